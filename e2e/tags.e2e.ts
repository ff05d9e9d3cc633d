import fs from "node:fs"
import type { Browser, Page } from "playwright-core"
import { adminApi, BASE, choose, launch, login, shot } from "./helpers"
import { readPdfAsync } from "../src/lib/__tests__/barcode-reader"
import { labelRegions, stageCardCode, tagPlacements, TAG_STOCKS } from "../src/lib/tags-print"

jest.setTimeout(300_000)

/** The PDF a click downloads. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()])
  return fs.readFileSync((await download.path())!)
}

/** Types a code into a scan field the way a hand scanner does: the characters, then Enter. */
async function scan(page: Page, testId: string, code: string) {
  const input = page.getByTestId(`${testId}-input`)
  await input.waitFor()
  await input.click()
  await page.keyboard.type(code, { delay: 5 })
  await page.keyboard.press("Enter")
}

describe("Tags you can print and scan, and job envelopes", () => {
  let browser: Browser
  let page: Page
  let items: any[]
  let job: any

  const api = async (path: string, body?: unknown) => {
    const res = await adminApi(page, path, body)
    if (res.status >= 400) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body
  }
  const item = async (id: string) => (await api(`/admin/stock-items/${id}`)).stock_item

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
    // Two diamonds of our own, like the seeded ones, and a job with two stages.
    const template = (await api("/admin/stock-items?q=JWDIA&limit=1")).stock_items[0]
    items = []
    for (const weight of ["0.41", "0.42"]) {
      const { stock_item } = await api("/admin/stock-items", {
        product_id: template.product_id,
        variant_id: template.variant_id,
        inventory_type_id: template.inventory_type_id,
        shape: "Round",
        size: "4.8mm",
        weight,
        weight_unit: "ct",
        pieces: 1,
        location_id: template.location_id,
      })
      items.push(stock_item)
    }
    const stages = Object.fromEntries((await api("/admin/production/stages?limit=500")).stages.map((s: any) => [s.name, s]))
    const created = await api("/admin/production-jobs", { kind: "production", mode: "simple", title: "Tag test: halo ring", start_stage_id: stages["Metal Casting"].id, rush: true, requested_size: "7" })
    await api(`/admin/production-jobs/${created.job.id}/stages`, { stage_id: stages["Final Polish"].id })
    job = await api(`/admin/production-jobs/${created.job.id}`)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("prints tags from the stock list in the order scanned, each once: the PDF's barcodes decode to exactly the tags", async () => {
    const [a, b] = items
    await page.goto(`${BASE}/app/stock`)
    await page.getByTestId("stock-page").waitFor()
    await page.getByTestId("open-print-tags").click()
    const drawer = page.getByTestId("print-tags")
    await drawer.waitFor()
    await scan(page, "print-tags-scan", b.tag_id)
    await drawer.locator(`[data-testid="print-tags-item"][data-tag="${b.tag_id}"]`).waitFor()
    await scan(page, "print-tags-scan", a.tag_id)
    await drawer.locator(`[data-testid="print-tags-item"][data-tag="${a.tag_id}"]`).waitFor()
    // Scanned twice, listed once.
    await scan(page, "print-tags-scan", b.tag_id)
    await page.getByTestId("print-tags-scan-note").waitFor()
    expect(await drawer.getByTestId("print-tags-item").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tag")))).toEqual([b.tag_id, a.tag_id])
    await choose(page, "#print-tags-stock", "Letter sheet, 30 labels (2.625 × 1 in)")
    await choose(page, "#print-tags-symbology", "Code 128")
    await shot(page, "tags-print-drawer")
    const pdf = await downloadOf(page, () => page.getByTestId("print-tags-pdf").click())
    const s = TAG_STOCKS.letter_30
    const r = labelRegions(s, "code128").barcode
    const boxes = tagPlacements(s, 3).map((p) => ({ page: p.page, box: { x: p.x + r.x, y: p.y + r.y, w: r.w, h: r.h } }))
    const read = await readPdfAsync(pdf, boxes)
    // Two labels, in the order chosen; the third place on the sheet is empty.
    expect(read.texts).toEqual([b.tag_id, a.tag_id, null])
    const words = read.text.join("\n").split(/\s+/)
    expect(words.filter((w) => w === a.tag_id || w === b.tag_id)).toEqual([b.tag_id, a.tag_id])
    expect(read.text[0]).toContain("Round Brilliant Diamond")
    expect(read.text[0]).toContain("0.41 ct")
    // ZPL too: the printer's own Code 128 with the exact tags, in the same order.
    const zpl = (await downloadOf(page, () => page.getByTestId("print-tags-zpl").click())).toString("utf8")
    expect([...zpl.matchAll(/\^BC[^^]*\^FD([^^]*)\^FS/g)].map((m) => m[1])).toEqual([b.tag_id, a.tag_id])
  })

  it("prints an item's tag from its page, as QR on a barbell tag", async () => {
    const [a] = items
    await page.goto(`${BASE}/app/stock/${a.id}`)
    await page.getByTestId("stock-item-page").waitFor()
    await page.getByTestId("open-print-tags").click()
    await page.locator(`[data-testid="print-tags-item"][data-tag="${a.tag_id}"]`).waitFor()
    await choose(page, "#print-tags-stock", "Barbell tags, thermal roll (2.2 × 0.5 in)")
    await choose(page, "#print-tags-symbology", "QR code")
    const pdf = await downloadOf(page, () => page.getByTestId("print-tags-pdf").click())
    const read = await readPdfAsync(pdf, [{ page: 0, box: labelRegions(TAG_STOCKS.barbell_thermal, "qr").barcode }])
    expect(read.texts).toEqual([a.tag_id])
    expect(read.pages).toBe(1)
    await page.keyboard.press("Escape")
  })

  it("prints the job's envelope: the job number and each stage card decode back exactly, the job's facts are printed", async () => {
    await page.goto(`${BASE}/app/production-jobs/${job.job.id}`)
    await page.getByTestId("job-page").waitFor()
    await shot(page, "tags-job-bar", { focus: page.getByTestId("job-tags-bar") })
    const pdf = await downloadOf(page, () => page.getByTestId("print-envelope").click())
    const read = await readPdfAsync(pdf, [{ page: 0, scan: true }], 300)
    const number = job.job.display_number
    expect(read.texts[0]).toEqual([number, ...job.stages.map((s: any) => stageCardCode(number, s.id))])
    for (const text of [number, "Tag test: halo ring", "RUSH", "Metal Casting", "Final Polish", "Size:", "Issued by"]) expect(read.text[0]).toContain(text)
  })

  it("scanning the current stage's card on the job moves it to the next stage for the signed-in staff member", async () => {
    await page.goto(`${BASE}/app/production-jobs/${job.job.id}`)
    await page.getByTestId("job-page").waitFor()
    const [cast, polish] = job.stages
    await scan(page, "stage-scan", stageCardCode(job.job.display_number, polish.id))
    expect(await page.getByTestId("stage-scan-error").textContent()).toBe(`stage "Final Polish" is not the job's current stage ("Metal Casting" is); nothing changed`)
    await scan(page, "stage-scan", stageCardCode(job.job.display_number, cast.id))
    expect(await page.getByTestId("stage-scan-note").textContent()).toBe("Metal Casting done; the job is now at Final Polish")
    const after = await api(`/admin/production-jobs/${job.job.id}`)
    expect(after.stages[0].status).toBe("completed")
    expect(after.job.current_stage.id).toBe(polish.id)
  })

  it("in the Issue drawer a scan picks the item; stock changes only when the drawer is confirmed", async () => {
    // (After the stage card test: the diamond goes into Final Polish, the job's current stage.)
    const [, b] = items
    await page.goto(`${BASE}/app/production-jobs/${job.job.id}`)
    await page.getByTestId("job-page").waitFor()
    await page.getByTestId("open-issue").click()
    await page.getByTestId("issue").waitFor()
    // A code nobody has, and a job number, are refused and pick nothing.
    await scan(page, "issue-scan", "JWNOPE9999")
    expect(await page.getByTestId("issue-scan-error").textContent()).toBe('nothing has the code "JWNOPE9999" (no job, stage card or stock item of yours)')
    await scan(page, "issue-scan", job.job.display_number)
    expect(await page.getByTestId("issue-scan-error").textContent()).toContain("is a job, not a stock item")
    await scan(page, "issue-scan", b.tag_id)
    expect(await page.getByTestId("issue-scan-note").textContent()).toContain(`${b.tag_id} picked`)
    await page.locator("#issue-stock_item_id").filter({ hasText: b.tag_id }).waitFor()
    await shot(page, "tags-issue-scan")
    // Scanned, not yet taken.
    expect(await item(b.id)).toMatchObject({ status: "available", pieces: 1, weight: "0.42" })
    await page.locator("#issue-full").click()
    await page.getByTestId("issue-submit").click()
    await page.locator(`[data-testid="material-row"][data-tag="${b.tag_id}"]`).waitFor()
    expect(await item(b.id)).toMatchObject({ pieces: 0, weight: "0" })
  })

  it("in the Allocate drawer a scan picks the stone; leaving without confirming takes nothing", async () => {
    const [a] = items
    await page.goto(`${BASE}/app/production-jobs/${job.job.id}`)
    await page.getByTestId("job-page").waitFor()
    // The drawer offers the stock it has loaded: scan once that list is in (a scan before it would be "not offered").
    const listed = page.waitForResponse((r) => r.url().includes("/admin/stock-items?") && r.url().includes("status=available") && r.url().includes("limit=200") && r.ok())
    await page.getByTestId("open-stones").click()
    await page.getByTestId("stones").waitFor()
    await listed
    await scan(page, "stones-scan", a.tag_id)
    expect(await page.getByTestId("stones-scan-note").textContent()).toContain(`${a.tag_id} picked`)
    await page.locator("#stones-stock_item_id").filter({ hasText: a.tag_id }).waitFor()
    await page.getByTestId("stones").getByRole("button", { name: "Cancel" }).click()
    await page.getByTestId("stones").waitFor({ state: "hidden" })
    expect(await item(a.id)).toMatchObject({ status: "available", pieces: 1, weight: "0.41" })
    expect((await api(`/admin/production-jobs/${job.job.id}`)).materials.filter((m: any) => m.tag_id === a.tag_id)).toEqual([])
  })

  it("the kiosk's scan field opens the scanned job or stock item; an unknown code says so", async () => {
    const [a] = items
    await page.goto(`${BASE}/app/workshop-monitor?kiosk=1`)
    await page.getByTestId("monitor-kiosk").waitFor()
    await scan(page, "workshop-scan", "JOB-99999")
    expect(await page.getByTestId("workshop-scan-error").textContent()).toBe('nothing has the code "JOB-99999" (no job, stage card or stock item of yours)')
    await shot(page, "tags-kiosk-scan")
    await scan(page, "workshop-scan", job.job.display_number.toLowerCase())
    await page.waitForURL(`**/production-jobs/${job.job.id}`)
    await page.getByTestId("job-page").waitFor()
    await page.goto(`${BASE}/app/workshop-monitor?kiosk=1`)
    await page.getByTestId("monitor-kiosk").waitFor()
    await scan(page, "workshop-scan", a.tag_id)
    await page.waitForURL(`**/stock/${a.id}`)
    expect(await page.getByTestId("stock-item-tag").textContent()).toBe(a.tag_id)
  })
})
