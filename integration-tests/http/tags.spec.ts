import net from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { readPdfAsync } from "../../src/lib/__tests__/barcode-reader"
import { labelRegions, tagPlacements, TAG_STOCKS } from "../../src/lib/tags-print"

jest.setTimeout(240_000)

// A fake Zebra printer on the network: a TCP server that keeps every job it is sent (the plugin's tag_printer option).
const PRINTER_PORT = 20000 + (process.pid % 20000)
process.env.JEWELRY_TAG_PRINTER = `localhost:${PRINTER_PORT}`
const printed: string[] = []
const printer = net.createServer((socket) => {
  const chunks: Buffer[] = []
  socket.on("data", (c) => chunks.push(c))
  socket.on("end", () => {
    printed.push(Buffer.concat(chunks).toString("utf8"))
    socket.end()
  })
})

/** Each label's barcode box on a Letter sheet of 30, in print order. */
const letterBoxes = (n: number, symbology: "code128" | "qr" = "code128") => {
  const s = TAG_STOCKS.letter_30
  const r = labelRegions(s, symbology).barcode
  return tagPlacements(s, n).map((p) => ({ page: p.page, box: { x: p.x + r.x, y: p.y + r.y, w: r.w, h: r.h } }))
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let w: Awaited<ReturnType<typeof createWorkshop>>
    let types: Record<string, any>
    let stages: Record<string, any>

    const post = (url: string, body: any, who = admin, extra: any = {}) => api.post(url, body, { ...who.headers, ...extra })
    const get = async (url: string, who = admin) => (await api.get(url, who.headers)).data
    const item = async (over: Record<string, any> = {}) =>
      (
        await post("/admin/stock-items", {
          product_id: w.diamond.id,
          variant_id: w.diamondVariant.id,
          inventory_type_id: types["Gemstones"].id,
          shape: "Round",
          size: "5.1mm",
          weight: "0.50",
          weight_unit: "ct",
          pieces: 1,
          location_id: w.main.id,
          ...over,
        })
      ).data.stock_item
    const counts = async () =>
      (
        await dbConnection.raw(
          `SELECT (SELECT COUNT(*) FROM jewelry_stock_item)::int AS items, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS movements,
                  (SELECT COALESCE(SUM(weight), 0)::text FROM jewelry_stock_item) AS weight, (SELECT COUNT(*) FROM production_job_material)::int AS materials,
                  (SELECT string_agg(status, ',' ORDER BY rank) FROM production_job_stage) AS stages`
        )
      ).rows[0]
    const pdfOf = async (url: string, body: any, who = admin) => {
      const res = await post(url, body, who, { responseType: "arraybuffer" })
      return { res, pdf: Buffer.from(res.data) }
    }

    beforeAll(async () => {
      await new Promise<void>((resolve) => printer.listen(PRINTER_PORT, "localhost", () => resolve()))
    })
    afterAll(async () => {
      await new Promise((resolve) => printer.close(resolve))
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `admin-${Date.now()}@workshop.test`)
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      await post("/admin/production/settings", { tag_prefix: "GEM" })
      w = await createWorkshop(container)
      types = Object.fromEntries((await get("/admin/production/inventory-types")).inventory_types.map((t: any) => [t.name, t]))
      stages = Object.fromEntries((await get("/admin/production/stages")).stages.map((s: any) => [s.name, s]))
    })

    describe("Printing tags", () => {
      it("a PDF holds each selected item once, in the order chosen; every barcode decodes to exactly its tag; Medusa's price of the variant is printed", async () => {
        const a = await item()
        const b = await item({ product_id: w.grain.id, variant_id: null, inventory_type_id: types["Precious Metals"].id, purity: "14K", weight: "31.1", weight_unit: "g", size: null, shape: null })
        const c = await item({ weight: "0.3" })
        const before = await counts()
        const { res, pdf } = await pdfOf("/admin/tags/print", { stock_item_ids: [c.id, a.id, b.id, a.id], format: "pdf" })
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        expect(res.headers["x-tag-count"]).toBe("3")
        const read = await readPdfAsync(pdf, letterBoxes(3))
        expect(read.texts).toEqual([c.tag_id, a.tag_id, b.tag_id])
        const text = read.text.join("\n")
        const order = [c.tag_id, a.tag_id, b.tag_id].map((t) => text.split(/\s+/).indexOf(t))
        expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true)
        expect(text.split(/\s+/).filter((x) => x === a.tag_id)).toHaveLength(1)
        // Name, weight and unit, size, and the variant's price in the store's currency; the grain shows its purity.
        for (const s of ["Round Brilliant Diamond 0.50 ct", "0.5 ct", "Size 5.1mm", "USD 1,450.00", "31.1 g", "14K"]) expect(text).toContain(s)
        // Printing changes nothing.
        expect(await counts()).toEqual(before)
      })

      it("ZPL for a Zebra printer: one label per item in order, the printer's own ^BC / ^BQ with the exact tag in ^FD; the tag stock and barcode come from the settings", async () => {
        const a = await item()
        const b = await item()
        const res = await post("/admin/tags/print", { stock_item_ids: [b.id, a.id], format: "zpl" })
        expect(res.headers["content-type"]).toMatch(/text\/plain/)
        expect([...res.data.matchAll(/\^BC[^^]*\^FD([^^]*)\^FS/g)].map((m: any) => m[1])).toEqual([b.tag_id, a.tag_id])
        expect(res.data).toContain("^PW533")
        await post("/admin/production/settings", { tag_stock: "barbell_thermal", tag_symbology: "qr" })
        expect((await get("/admin/production/settings")).settings).toMatchObject({ tag_stock: "barbell_thermal", tag_symbology: "qr" })
        const qr = await post("/admin/tags/print", { stock_item_ids: [a.id], format: "zpl" })
        expect([...qr.data.matchAll(/\^BQ[^^]*\^FDMA,([^^]*)\^FS/g)].map((m: any) => m[1])).toEqual([a.tag_id])
        expect(qr.data).toContain("^PW447")
        // The barbell PDF: one tag per page, its QR reads back.
        const { pdf } = await pdfOf("/admin/tags/print", { stock_item_ids: [a.id, b.id], format: "pdf" })
        const s = TAG_STOCKS.barbell_thermal
        const box = labelRegions(s, "qr").barcode
        expect((await readPdfAsync(pdf, [0, 1].map((page) => ({ page, box })))).texts).toEqual([a.tag_id, b.tag_id])
        // Only admins change where tags print.
        const bad = await attempt(post("/admin/production/settings", { tag_stock: "envelope_10" }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/^tag_stock:/)
      })

      it("sends ZPL to the network printer of the plugin options over raw TCP", async () => {
        const a = await item()
        const b = await item()
        printed.length = 0
        const res = await post("/admin/tags/print", { stock_item_ids: [a.id, b.id], format: "zpl", send: true })
        expect(res.data).toMatchObject({ sent: true, printer: `localhost:${PRINTER_PORT}`, labels: 2, tag_ids: [a.tag_id, b.tag_id] })
        for (let i = 0; i < 50 && !printed.length; i++) await new Promise((r) => setTimeout(r, 20))
        expect(printed).toHaveLength(1)
        expect([...printed[0].matchAll(/\^BC[^^]*\^FD([^^]*)\^FS/g)].map((m) => m[1])).toEqual([a.tag_id, b.tag_id])
        expect(res.data.bytes).toBe(Buffer.byteLength(printed[0]))
        const pdfSend = await attempt(post("/admin/tags/print", { stock_item_ids: [a.id], format: "pdf", send: true }))
        expect(pdfSend.status).toBe(400)
        expect(pdfSend.data.message).toMatch(/^format:/)
      })

      it("bad input is a 400 naming the field; a long tag's Code 128 on a barbell tag is refused naming QR", async () => {
        const a = await item()
        for (const [body, field] of [
          [{ stock_item_ids: [], format: "pdf" }, "stock_item_ids"],
          [{ stock_item_ids: [a.id], format: "png" }, "format"],
          [{ stock_item_ids: [a.id], format: "pdf", stock: "matchbox" }, "stock"],
          [{ stock_item_ids: [a.id], format: "pdf", symbology: "ean13" }, "symbology"],
        ] as [any, string][]) {
          const res = await attempt(post("/admin/tags/print", body))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(new RegExp(`^${field}`))
        }
        const long = await item({ tag_id: "GEMDIA0001-RCV1-REJ2" })
        const refused = await attempt(post("/admin/tags/print", { stock_item_ids: [long.id], format: "pdf", stock: "barbell_thermal", symbology: "code128" }))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/^symbology: "GEMDIA0001-RCV1-REJ2" needs .* print it as QR/)
      })
    })

    describe("Staff see and print only items of their locations", () => {
      it("a member of the main workshop prints its items; an item of the vault is not found for them, in print and in a scan", async () => {
        const here = await item()
        const there = await item({ location_id: w.vault.id })
        const member = await createStaffUser(getContainer(), api, `member-${Date.now()}@workshop.test`)
        await post("/admin/production/staff-profiles", { user_id: admin.id, role: "admin" })
        await post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] })

        const mixed = await attempt(post("/admin/tags/print", { stock_item_ids: [here.id, there.id], format: "zpl" }, member))
        expect(mixed.status).toBe(404)
        expect(mixed.data.message).toBe(`stock_item_ids[1]: stock item "${there.id}" was not found`)
        const own = await post("/admin/tags/print", { stock_item_ids: [here.id], format: "zpl" }, member)
        expect(own.data).toContain(`^FD${here.tag_id}^FS`)
        expect(own.data).not.toContain(there.tag_id)

        expect((await get(`/admin/tags/resolve?code=${here.tag_id}`, member)).stock_item.id).toBe(here.id)
        const hidden = await attempt(api.get(`/admin/tags/resolve?code=${there.tag_id}`, member.headers))
        expect(hidden.status).toBe(404)
        expect(hidden.data.message).toBe(`code: nothing has the code "${there.tag_id}" (no job, stage card or stock item of yours)`)
        // The admin sees both.
        expect((await get(`/admin/tags/resolve?code=${there.tag_id}`)).stock_item.id).toBe(there.id)
      })
    })

    describe("Scanning at the bench", () => {
      const openJob = async () => {
        const { data } = await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Solitaire ring, size 6", start_stage_id: stages["Metal Casting"].id, rush: true })
        await post(`/admin/production-jobs/${data.job.id}/stages`, { stage_id: stages["Final Polish"].id })
        return get(`/admin/production-jobs/${data.job.id}`)
      }
      const cardOf = (job: any, stage: any) => `${job.display_number}-S${stage.id.slice(-8).toUpperCase()}`

      it("a tag resolves to its item, a job number to its job, a stage card to its stage; spaces round it and lower case are forgiven; nothing changes", async () => {
        const a = await item()
        const view = await openJob()
        const before = await counts()
        expect(await get(`/admin/tags/resolve?code=${encodeURIComponent(`  ${a.tag_id} `)}`)).toMatchObject({ kind: "stock_item", code: a.tag_id, stock_item: { id: a.id, tag_id: a.tag_id } })
        expect((await get(`/admin/tags/resolve?code=${a.tag_id.toLowerCase()}`)).stock_item.id).toBe(a.id)
        expect(await get(`/admin/tags/resolve?code=${view.job.display_number}`)).toMatchObject({ kind: "job", job: { id: view.job.id, display_number: view.job.display_number } })
        expect(await get(`/admin/tags/resolve?code=${cardOf(view.job, view.stages[1])}`)).toMatchObject({
          kind: "stage",
          job: { id: view.job.id },
          stage: { id: view.stages[1].id, stage_name: "Final Polish", current: false },
        })
        expect(await counts()).toEqual(before)
      })

      it("an unknown code is a 404 saying so, and changes nothing", async () => {
        await item()
        await openJob()
        const before = await counts()
        for (const code of ["GEMXYZ9999", "JOB-99999", "JOB-00001-SZZZZZZZZ"]) {
          const res = await attempt(api.get(`/admin/tags/resolve?code=${code}`, admin.headers))
          expect(res.status).toBe(404)
          expect(res.data.message).toBe(`code: nothing has the code "${code}" (no job, stage card or stock item of yours)`)
        }
        const empty = await attempt(api.get(`/admin/tags/resolve?code=`, admin.headers))
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/^code/)
        const scanned = await attempt(post("/admin/tags/stage-scans", { code: "JOB-99999-SZZZZZZZZ" }))
        expect(scanned.status).toBe(404)
        expect(await counts()).toEqual(before)
      })

      it("scanning the current stage's card completes it for the signed-in staff member and the job moves to the next stage; another stage's card changes nothing", async () => {
        const view = await openJob()
        const [cast, polish] = view.stages
        const before = await counts()
        const early = await attempt(post("/admin/tags/stage-scans", { code: cardOf(view.job, polish) }))
        expect(early.status).toBe(409)
        expect(early.data.message).toBe(`code: stage "Final Polish" is not the job's current stage ("Metal Casting" is); nothing changed`)
        expect(await counts()).toEqual(before)

        const res = await post("/admin/tags/stage-scans", { code: cardOf(view.job, cast).toLowerCase() })
        expect(res.data).toMatchObject({ completed_stage: { id: cast.id, stage_name: "Metal Casting" }, next_stage: { id: polish.id, stage_name: "Final Polish" }, completed_by: admin.id })
        const after = await get(`/admin/production-jobs/${view.job.id}`)
        expect(after.stages[0]).toMatchObject({ status: "completed" })
        expect(after.job.current_stage.id).toBe(polish.id)
        const again = await attempt(post("/admin/tags/stage-scans", { code: cardOf(view.job, cast) }))
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already completed; nothing changed$/)
        const notACard = await attempt(post("/admin/tags/stage-scans", { code: view.job.display_number }))
        expect(notACard.status).toBe(400)
        expect(notACard.data.message).toMatch(/^code: .* is not a stage card/)
      })
    })

    describe("Job envelope", () => {
      it("the job number and each stage card on the envelope decode back exactly; stages, departments, materials with tags and weights are printed", async () => {
        const grain = await item({ product_id: w.grain.id, variant_id: null, inventory_type_id: types["Precious Metals"].id, purity: "14K", weight: "20", weight_unit: "g", size: null, shape: null })
        const { data } = await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Signet ring", start_stage_id: stages["Metal Casting"].id, rush: true, requested_size: "9" })
        const depts = Object.fromEntries((await get("/admin/production/departments")).departments.map((d: any) => [d.name, d]))
        await post(`/admin/production-jobs/${data.job.id}/stages`, { stage_id: stages["Final Polish"].id, department_id: depts["Final Polish"].id })
        const view = await get(`/admin/production-jobs/${data.job.id}`)
        await post(`/admin/production-jobs/${data.job.id}/issues`, { job_stage_id: view.stages[0].id, lines: [{ stock_item_id: grain.id, weight: "5", weight_unit: "g" }] })
        const res = await api.get(`/admin/tags/envelopes/${data.job.id}`, { ...admin.headers, responseType: "arraybuffer" })
        expect(res.headers["content-type"]).toMatch(/application\/pdf/)
        const pdf = Buffer.from(res.data)
        const read = await readPdfAsync(pdf, [{ page: 0, scan: true }], 300)
        expect(read.texts[0]).toEqual([view.job.display_number, ...view.stages.map((s: any) => `${view.job.display_number}-S${s.id.slice(-8).toUpperCase()}`)])
        const text = read.text.join("\n")
        for (const s of [view.job.display_number, "Signet ring", "RUSH", "Metal Casting", "Final Polish · pending", grain.tag_id, "5 g", "Size:", "9", "Issued by"]) expect(text).toContain(s)
        const missing = await attempt(api.get(`/admin/tags/envelopes/prjob_missing`, admin.headers))
        expect(missing.status).toBe(404)
      })
    })
  },
})
