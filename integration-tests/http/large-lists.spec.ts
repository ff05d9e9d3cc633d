import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { encodePageCursor } from "../../src/lib/page-cursor"

jest.setTimeout(240_000)

const DAY = 86400000
const KINDS = ["production", "custom", "repair"] as const

/**
 * Lists past 1,000 rows: the workshop monitor and the stock list page on the
 * server and give exact totals, never a silently cut result. Rows are written
 * straight into the tables (thousands through the API would take minutes);
 * the expected figures are computed here from the same generator, not read
 * back from the database.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let w: Awaited<ReturnType<typeof createWorkshop>>
    const get = async (url: string, who = admin) => (await api.get(url, who.headers)).data

    beforeEach(async () => {
      admin = await createStaffUser(getContainer(), api, `admin-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      w = await createWorkshop(getContainer())
    })

    describe("Workshop monitor with 1,203 active jobs", () => {
      it("pages through every active job with exact counts, rush first, then overdue, then by due date", async () => {
        const today = new Date(new Date().toISOString().slice(0, 10)).getTime()
        const ACTIVE = 1203
        const jobs: any[] = []
        const stages: any[] = []
        const expected = new Map<string, { kind: string; rush: boolean; overdue: boolean; due: number; number: number; stage: string | null }>()
        for (let n = 1; n <= ACTIVE + 60; n++) {
          const id = `prjob_big${String(n).padStart(5, "0")}`
          const active = n <= ACTIVE
          const kind = KINDS[n % 3]
          const rush = n % 50 === 0
          // Every 7th job is past its target date; the rest are due over the coming days.
          const target = n % 7 === 0 ? today - (1 + (n % 5)) * DAY : today + (1 + (n % 40)) * DAY + 3600_000
          const status = active ? (["open", "in_progress", "completed"] as const)[n % 3] : n % 2 ? "closed" : "cancelled"
          jobs.push({ id, number: 100000 + n, kind, status, title: `Big queue job ${n}`, rush, target_date: new Date(target).toISOString() })
          // Five stages; the first n % 6 are completed (all five: no current stage).
          const done = n % 6
          let current: { name: string; due: number } | null = null
          for (let r = 1; r <= 5; r++) {
            // The current stage of every 11th job is past its own due date.
            const due = n % 11 === 0 && r === done + 1 ? today - DAY : target - (5 - r) * 3600_000
            const s = { id: `prjst_big${n}_${r}`, job_id: id, stage_id: `stage_${r}`, stage_name: `Stage ${r}`, rank: r, status: r <= done ? "completed" : r === done + 1 ? "in_progress" : "pending", due_date: new Date(due).toISOString() }
            stages.push(s)
            if (!current && s.status !== "completed") current = { name: s.stage_name, due }
          }
          if (active) {
            const overdue = target < today || (current ? current.due < today : false)
            expected.set(id, { kind, rush, overdue, due: current ? current.due : target, number: 100000 + n, stage: current?.name ?? null })
          }
        }
        await dbConnection.raw(
          `INSERT INTO production_job (id, number, kind, status, title, rush, target_date)
           SELECT id, number, kind, status, title, rush, target_date FROM json_to_recordset(?::json)
             AS x(id text, number int, kind text, status text, title text, rush boolean, target_date timestamptz)`,
          [JSON.stringify(jobs)]
        )
        await dbConnection.raw(
          `INSERT INTO production_job_stage (id, job_id, stage_id, stage_name, rank, status, due_date)
           SELECT id, job_id, stage_id, stage_name, rank, status, due_date FROM json_to_recordset(?::json)
             AS x(id text, job_id text, stage_id text, stage_name text, rank int, status text, due_date timestamptz)`,
          [JSON.stringify(stages)]
        )
        const all = [...expected.values()]
        const want = {
          total: ACTIVE,
          production: all.filter((e) => e.kind === "production").length,
          custom: all.filter((e) => e.kind === "custom").length,
          repair: all.filter((e) => e.kind === "repair").length,
          overdue: all.filter((e) => e.overdue).length,
          rush: all.filter((e) => e.rush).length,
        }
        expect(want.overdue).toBeGreaterThan(100)

        // The first page by default: 50 rows, with the whole queue's counts.
        const first = await get("/admin/workshop-monitor")
        expect(first.counts).toEqual(want)
        expect(first).toMatchObject({ count: ACTIVE, limit: 50, offset: 0 })
        expect(first.queue).toHaveLength(50)

        // Every page in turn adds up to every active job, once each, in the queue's order.
        const seen: any[] = []
        for (let offset = 0; offset < ACTIVE; offset += 200) {
          const page = await get(`/admin/workshop-monitor?limit=200&offset=${offset}`)
          expect(page.count).toBe(ACTIVE)
          expect(page.counts).toEqual(want)
          seen.push(...page.queue)
        }
        expect(seen).toHaveLength(ACTIVE)
        expect(new Set(seen.map((q) => q.id)).size).toBe(ACTIVE)
        const order = [...expected.entries()]
          .sort(([, a], [, b]) => Number(b.rush) - Number(a.rush) || Number(b.overdue) - Number(a.overdue) || a.due - b.due || a.number - b.number)
          .map(([id]) => id)
        expect(seen.map((q) => q.id)).toEqual(order)
        for (const q of seen) {
          const e = expected.get(q.id)!
          expect([q.kind, q.rush, q.overdue, q.current_stage?.name ?? null, new Date(q.due_date).getTime()]).toEqual([e.kind, e.rush, e.overdue, e.stage, e.due])
        }
        expect((await get(`/admin/workshop-monitor?limit=200&offset=${ACTIVE}`)).queue).toEqual([])

        // One kind: its exact count, and its pages hold only that kind.
        const repairs = await get("/admin/workshop-monitor?kind=repair&limit=200&offset=200")
        expect(repairs.count).toBe(want.repair)
        expect(repairs.queue).toHaveLength(Math.min(200, want.repair - 200))
        expect(repairs.queue.every((q: any) => q.kind === "repair")).toBe(true)

        for (const bad of ["limit=0", "limit=201", "offset=-1", "kind=bench"]) {
          const res = await attempt(api.get(`/admin/workshop-monitor?${bad}`, admin.headers))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(bad.split("=")[0])
        }
      })
    })

    describe("Stock list with 1,500 items", () => {
      it("counts every matching item exactly and serves page 74 of a filtered, sorted list", async () => {
        const [type] = (await dbConnection.raw(`SELECT id FROM production_inventory_type WHERE kind = 'materials_supplies' AND deleted_at IS NULL LIMIT 1`)).rows
        const TOTAL = 1500
        // Items 1..1500: every 3rd at the vault; shapes cycle Round, Oval, Pear; weight rises with n.
        await dbConnection.raw(
          `INSERT INTO jewelry_stock_item (id, tag_id, product_id, inventory_kind, inventory_type_id, shape, weight, raw_weight, weight_unit,
             weight_grams, raw_weight_grams, pieces, location_id, status)
           SELECT 'jsi_big' || lpad(n::text, 5, '0'), 'BIG' || lpad(n::text, 5, '0'), ?, 'materials_supplies', ?,
                  (ARRAY['Round', 'Oval', 'Pear'])[1 + n % 3], n, jsonb_build_object('value', n::text, 'precision', 20), 'g',
                  n, jsonb_build_object('value', n::text, 'precision', 20), 1, CASE WHEN n % 3 = 0 THEN ? ELSE ? END, 'available'
           FROM generate_series(1, ?) n`,
          [w.grain.id, type.id, w.vault.id, w.main.id, TOTAL]
        )
        const all = await get("/admin/stock-items?limit=20")
        expect(all.count).toBe(TOTAL)
        // Main workshop, shape Oval (n % 3 = 1: 500 items, none at the vault), heaviest first.
        const ovalMain = Array.from({ length: TOTAL }, (_, i) => i + 1).filter((n) => n % 3 === 1).sort((a, b) => b - a)
        const page = await get(`/admin/stock-items?location_id=${w.main.id}&shape=Oval&order=-weight&limit=20&offset=480`)
        expect(page.count).toBe(ovalMain.length)
        expect(page.stock_items.map((i: any) => i.tag_id)).toEqual(ovalMain.slice(480, 500).map((n) => `BIG${String(n).padStart(5, "0")}`))
        const last = await get(`/admin/stock-items?limit=500&offset=1400`)
        expect(last.count).toBe(TOTAL)
        expect(last.stock_items).toHaveLength(100)

        // A member limited to the vault: the vault's 500, exactly.
        const member = await createStaffUser(getContainer(), api, `mem-${Date.now()}@workshop.test`)
        await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.vault.id] }, admin.headers)
        const mine = await get("/admin/stock-items?limit=20&offset=490", member)
        expect(mine.count).toBe(TOTAL / 3)
        expect(mine.stock_items).toHaveLength(10)
      })

      it("walks every page forward and back by cursor, each the same rows as by offset, whatever the ties", async () => {
        const [type] = (await dbConnection.raw(`SELECT id FROM production_inventory_type WHERE kind = 'materials_supplies' AND deleted_at IS NULL LIMIT 1`)).rows
        const TOTAL = 1030
        // Weights repeat (n % 7), and creation times differ by microseconds inside one millisecond:
        // a cursor that kept less than the database's precision, or broke ties other than by id, skips or repeats rows.
        await dbConnection.raw(
          `INSERT INTO jewelry_stock_item (id, tag_id, product_id, inventory_kind, inventory_type_id, weight, raw_weight, weight_unit,
             weight_grams, raw_weight_grams, pieces, location_id, status, created_at)
           SELECT 'jsi_cur' || lpad((n * 7919 % 10007)::text, 5, '0'), 'CUR' || lpad(n::text, 5, '0'), ?, 'materials_supplies', ?,
                  (n % 7) + 0.125, jsonb_build_object('value', ((n % 7) + 0.125)::text, 'precision', 20), 'g',
                  (n % 7) + 0.125, jsonb_build_object('value', ((n % 7) + 0.125)::text, 'precision', 20), 1 + n % 3, ?, 'available',
                  date_trunc('milliseconds', now()) + (n % 5) * interval '1 microsecond'
           FROM generate_series(1, ?) n`,
          [w.grain.id, type.id, w.main.id, TOTAL]
        )
        const base = `/admin/stock-items?location_id=${w.main.id}&status=available&limit=50&fields=id`
        for (const order of ["-created_at", "-weight", "weight", "tag_id", "-pieces"]) {
          const byOffset: string[] = []
          for (let offset = 0; offset < TOTAL; offset += 500) {
            byOffset.push(...(await get(`${base.replace("limit=50", "limit=500")}&order=${order}&offset=${offset}`)).stock_items.map((i: any) => i.id))
          }
          expect(byOffset).toHaveLength(TOTAL)
          // Forward: page after page from the last one's `cursors.after`.
          const pages: string[][] = []
          let page = await get(`${base}&order=${order}`)
          while (page.stock_items.length) {
            expect(page.count).toBe(TOTAL)
            pages.push(page.stock_items.map((i: any) => i.id))
            page = await get(`${base}&order=${order}&after=${page.cursors.after}`)
          }
          expect(page.cursors).toEqual({ before: null, after: null })
          expect(pages.flat()).toEqual(byOffset)
          // Back: from the last page, each `cursors.before` gives the page before it, in the list's order.
          const lastPage = await get(`${base}&order=${order}&offset=${TOTAL - 30}`)
          expect(lastPage.stock_items.map((i: any) => i.id)).toEqual(byOffset.slice(TOTAL - 30))
          let back = lastPage
          const backPages: string[][] = []
          for (;;) {
            back = await get(`${base}&order=${order}&before=${back.cursors.before}`)
            if (!back.stock_items.length) break
            backPages.unshift(back.stock_items.map((i: any) => i.id))
          }
          expect(backPages.flat()).toEqual(byOffset.slice(0, TOTAL - 30))
        }

        // A cursor is the list's own and belongs to its order.
        const first = await get(`${base}&order=-weight`)
        const forged = (order: string, key: string) => encodePageCursor({ order, key, id: "jsi_cur00001" })
        for (const [query, field, says] of [
          [`after=notacursor`, "after", "not a page cursor"],
          [`before=${first.cursors.after}x`, "before", "not a page cursor"],
          [`order=tag_id&after=${first.cursors.after}`, "after", "sorted by weight_grams DESC"],
          [`order=-weight&after=${first.cursors.after}&before=${first.cursors.before}`, "before", "not both"],
          // Edited cursors in the list's own form: a sort value the column cannot hold, a NUL.
          [`order=-weight&after=${forged("weight_grams DESC", "abc")}`, "after", "not a weight_grams"],
          [`order=-created_at&before=${forged("created_at DESC", "2026-02-30 00:00:00+00")}`, "before", "not a created_at"],
          [`order=pieces&after=${forged("pieces ASC", String(2 ** 31))}`, "after", "not a pieces"],
          [`order=tag_id&after=${forged("tag_id ASC", "CUR\u0000")}`, "after", "not a page cursor"],
        ]) {
          const res = await attempt(api.get(`${base}&${query}`, admin.headers))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain(field)
          expect(res.data.message).toContain(says)
        }
      })
    })
  },
})
