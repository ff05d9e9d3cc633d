import type { Browser, Page } from "playwright-core"
import { adminApi, BASE, choose, launch, login, shot } from "./helpers"

jest.setTimeout(300_000)

/**
 * Metal through the stages (SPEC 4a–4c) in the admin: the job's stage table,
 * a stage completed past its loss standard through the override prompt,
 * Metal balances, Loss control, a refining lot from collection to receipt
 * and a melt. Every job and item this suite uses it makes itself through the
 * API; the seeded store (and other suites' leftovers) only add rows.
 */
describe("Metal through the stages, balances, loss control, refining and melts", () => {
  let browser: Browser
  let page: Page
  let unit = "g"
  let caster: { id: string; name: string }
  let refiner: { id: string; name: string }
  let me: { id: string; name: string }
  let grainTemplate: any
  let fineGold: { id: string; title: string }
  const stage = (name: string) => catalog.find((s) => s.name === name)
  let catalog: any[] = []
  let chainJob: any
  let overJob: any
  let chainWasteReceipt = ""

  /** The admin API, failing the test with the server's message on a refusal. */
  const api = async (path: string, body?: unknown, method?: "GET" | "POST" | "DELETE") => {
    const res = await adminApi(page, path, body, method)
    if (res.status >= 300) throw new Error(`${method ?? (body === undefined ? "GET" : "POST")} ${path} → ${res.status}: ${res.body?.message}`)
    return res.body
  }
  /** A fresh 14K grain item of `grams`, copied from a seeded grain item's product, type and location. */
  const grain = async (grams: string) =>
    (
      await api("/admin/stock-items", {
        product_id: grainTemplate.product_id,
        inventory_type_id: grainTemplate.inventory_type_id,
        location_id: grainTemplate.location_id,
        purity: "14K",
        weight: grams,
        weight_unit: "g",
        pieces: 0,
      })
    ).stock_item
  const stageOf = (view: any, name: string) => view.stages.find((s: any) => s.stage_name === name)
  const stageRow = (name: string) => page.locator(`[data-testid="stage-metal-row"][data-stage="${name}"]`)

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
    unit = (await api("/admin/production/settings")).settings.default_weight_unit
    catalog = (await api("/admin/production/stages?limit=200")).stages
    const suppliers = (await api("/admin/suppliers")).suppliers
    const supplier = async (name: string) =>
      suppliers.find((s: any) => s.name === name) ?? (await api("/admin/suppliers", { name, currency_code: "usd" })).supplier
    caster = await supplier("Lost-Wax Casting Co.")
    refiner = await supplier("Metalor Refining")
    const { user } = await api("/admin/users/me")
    me = { id: user.id, name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email }
    grainTemplate = (await api("/admin/stock-items?q=JWGRN&limit=1")).stock_items[0]
    const products = (await api("/admin/products?q=Fine%20Gold&fields=id,title&limit=5")).products
    fineGold = products[0] ?? (await api(`/admin/products/${grainTemplate.product_id}?fields=id,title`)).product
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the job's stage table: cast by the outside caster, polished at the bench; holders, losses against standards, fine gold", async () => {
    const casting = stage("Metal Casting")!
    const polish = stage("Final Polish")!
    // A two-stage job: casting at the outside caster, polish by the signed-in staff member.
    let view = await api("/admin/production-jobs", { kind: "production", mode: "simple", title: "E2E chain: 14K signet", start_stage_id: casting.id })
    const job = view.job
    const cast = view.stages[0]
    await page.goto(`${BASE}/app/production-jobs/${job.id}`)
    const doneBy = (name: string) => page.locator(`[data-testid="job-stage-row"][data-stage="${name}"] [data-testid="stage-done-by"]`)
    // The casting goes out to the caster, picked from the suppliers.
    await page.locator('[data-testid="job-stage-row"][data-stage="Metal Casting"]').getByTestId("edit-stage").click()
    await choose(page, "#edit-stage-vendor_type", "Outside vendor")
    await choose(page, "#edit-stage-vendor_supplier_id", caster.name)
    await page.getByTestId("edit-stage-submit").click()
    await page.waitForFunction((name) => document.querySelector('[data-testid="job-stage-row"][data-stage="Metal Casting"] [data-testid="stage-done-by"]')?.textContent === name, caster.name)
    // The polish is added in-house, assigned to a staff member.
    await page.getByTestId("open-add-stage").click()
    await choose(page, "#add-stage-stage_id", polish.name)
    await choose(page, "#add-stage-assignee_user_id", me.name)
    await page.getByTestId("add-stage-submit").click()
    await doneBy("Final Polish").waitFor()
    expect(await doneBy("Final Polish").textContent()).toBe(`in-house · ${me.name}`)
    view = await api(`/admin/production-jobs/${job.id}`)
    expect(stageOf(view, "Metal Casting")).toMatchObject({ vendor_type: "outside", vendor_supplier_id: caster.id, vendor_name: caster.name })
    expect(stageOf(view, "Final Polish")).toMatchObject({ vendor_type: "in_house", assignee_user_id: me.id })
    const item = await grain("10")
    await api(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: cast.id, lines: [{ stock_item_id: item.id, weight: "10", weight_unit: "g" }] })
    const castReceipt = await api(`/admin/production-jobs/${job.id}/receipts`, {
      job_stage_id: cast.id,
      weight_unit: "g",
      received_pieces: 1,
      received_weight: "8.6",
      scrapped_weight: "1.25",
      waste_weight: "0.15",
    })
    chainWasteReceipt = castReceipt.receipts.find((r: any) => r.job_stage_id === cast.id && Number(r.waste_weight) > 0).id
    await api(`/admin/production-jobs/${job.id}/stages/${cast.id}/complete`, {})
    const casting1 = castReceipt.created_items.find((i: any) => /-RCV\d+$/.test(i.tag_id))
    view = await api(`/admin/production-jobs/${job.id}`)
    const polishStage = stageOf(view, "Final Polish")
    await api(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: polishStage.id, lines: [{ stock_item_id: casting1.id, full: true }] })
    await api(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: polishStage.id, weight_unit: "g", received_pieces: 1, received_weight: "8.52", waste_weight: "0.08" })
    chainJob = await api(`/admin/production-jobs/${job.id}`)

    await page.reload()
    await page.getByTestId("job-page").waitFor()
    // Casting: complete, 0.15 g lost of 10 g (1.5%) against its 2% standard, held by the caster.
    const castRow = stageRow("Metal Casting")
    await castRow.waitFor()
    expect(await castRow.getByTestId("stage-holders").textContent()).toContain(caster.name)
    expect(await castRow.getByTestId("stage-loss").textContent()).toBe(`${stageOf(chainJob, "Metal Casting").loss} ${unit}`)
    expect(await castRow.getByTestId("stage-loss-pct").textContent()).toBe("1.5% / 2%")
    expect(await castRow.getAttribute("data-past-standard")).toBe("false")
    expect(await castRow.getByTestId("stage-fine").textContent()).toContain("Gold")
    // Polish: still open, so no loss yet; what it has not returned is in process, held by me.
    const polishRow = stageRow("Final Polish")
    expect(await polishRow.getByTestId("stage-holders").textContent()).toContain(me.name)
    expect(await polishRow.getByTestId("stage-loss").textContent()).toBe("—")
    expect(await polishRow.getByTestId("stage-in-process").textContent()).toBe(`${stageOf(chainJob, "Final Polish").in_process} ${unit}`)
    // The job counts the casting once: Input 10 g, Received what the polish gave back.
    expect(await page.getByTestId("job-issued").textContent()).toBe(`${chainJob.weights.issued} ${unit}`)
    expect(await page.getByTestId("job-received").textContent()).toBe(`${chainJob.weights.received} ${unit}`)
    expect(await page.locator('[data-testid="job-fine"][data-metal="gold"]').textContent()).toContain(`${chainJob.fine.gold.input} ${unit} in`)

    // Receiving names who returns the metal: by default the stage's assignee, and the drawer says so.
    await page.getByTestId("open-receive").click()
    await page.getByTestId("receive").getByText(`Default: ${me.name}, the stage's assignee.`).waitFor()
    expect(await page.locator("#receive-weight_unit").textContent()).toBe(chainJob.weights.unit)
    await page.keyboard.press("Escape")
    await page.getByTestId("receive").waitFor({ state: "detached" })

    // Complete the polish in the browser: 0.08 g of 8.6 g is within its 1% standard.
    await page.locator('[data-testid="job-stage-row"][data-stage="Final Polish"]').getByTestId("complete-stage").click()
    await page.getByTestId("complete-summary").waitFor()
    await page.getByTestId("complete-submit").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="stage-metal-row"][data-stage="Final Polish"] [data-testid="stage-loss-pct"]')?.textContent === "0.9% / 1%")
    expect(await polishRow.getByTestId("stage-loss").textContent()).toBe(`0.08 ${unit}`)
    await shot(page, "metal-job-stage-table", { focus: page.getByTestId("stage-metal") })
  })

  it("completing a stage past its loss standard shows the figures, asks for the reason, and the stage keeps it", async () => {
    const polish = stage("Final Polish")!
    const view = await api("/admin/production-jobs", { kind: "repair", mode: "simple", title: "E2E over standard: re-polish", start_stage_id: polish.id })
    const job = view.job
    const st = view.stages[0]
    // The bench assigns the polish to a staff member from the stage's Edit drawer.
    await page.goto(`${BASE}/app/production-jobs/${job.id}`)
    await page.locator('[data-testid="job-stage-row"][data-stage="Final Polish"]').getByTestId("edit-stage").click()
    await choose(page, "#edit-stage-assignee_user_id", me.name)
    await page.getByTestId("edit-stage-submit").click()
    await page.waitForFunction((name) => document.querySelector('[data-testid="job-stage-row"][data-stage="Final Polish"] [data-testid="stage-done-by"]')?.textContent === `in-house · ${name}`, me.name)
    expect(stageOf(await api(`/admin/production-jobs/${job.id}`), "Final Polish").assignee_user_id).toBe(me.id)
    const item = await grain("5")
    await api(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: st.id, lines: [{ stock_item_id: item.id, full: true }] })
    await api(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: st.id, weight_unit: "g", received_pieces: 1, received_weight: "4.8", waste_weight: "0.2" })
    overJob = job

    await page.reload()
    await page.locator('[data-testid="job-stage-row"][data-stage="Final Polish"]').getByTestId("complete-stage").click()
    await page.getByTestId("complete-submit").click()
    // The server refuses with the figures: 0.2 g of 5 g is 4%, past the 1% standard.
    const figures = page.getByTestId("loss-figures")
    await figures.waitFor()
    expect(await figures.getByTestId("loss-figure-Loss %").textContent()).toBe("4.0%")
    expect(await figures.getByTestId("loss-figure-Allowed loss").textContent()).toBe("1%")
    await shot(page, "metal-loss-override-prompt")
    // Asked again without a reason, the drawer says what is missing.
    await page.getByTestId("complete-submit").click()
    await page.getByTestId("error-complete-loss_override_reason").waitFor()
    await page.locator("#complete-loss_override_reason").fill("Thin shank: heavy pre-polish needed")
    await page.getByTestId("complete-submit").click()
    const row = stageRow("Final Polish")
    await row.getByTestId("stage-override-reason").waitFor()
    expect(await row.getByTestId("stage-override-reason").textContent()).toContain("Thin shank: heavy pre-polish needed")
    expect(await row.getAttribute("data-past-standard")).toBe("true")
    expect(await row.getByTestId("stage-past-standard").isVisible()).toBe(true)
    expect(await row.getByTestId("stage-loss-pct").textContent()).toBe("4.0% / 1%")
    const stored = stageOf(await api(`/admin/production-jobs/${job.id}`), "Final Polish")
    expect(stored).toMatchObject({ status: "completed", loss_override_reason: "Thin shank: heavy pre-polish needed", past_standard: true })
  })

  it("Metal balances: each holder with what they hold and their period; a row opens their movements", async () => {
    const balances = await api("/admin/metal/balances")
    const mine = balances.holders.find((h: any) => h.type === "user" && h.id === me.id)
    expect(mine.period.gold).toBeTruthy()
    await page.goto(`${BASE}/app/metal`)
    await page.getByTestId("metal-balances-page").waitFor()
    const row = page.locator(`[data-testid="holder-row"][data-holder-id="${me.id}"]`)
    await row.waitFor()
    const cells = page.locator("tr", { has: row })
    expect(await cells.getByTestId("holder-issued").textContent()).toContain(`Gold ${mine.period.gold.issued} ${unit}`)
    expect(await cells.getByTestId("holder-loss").textContent()).toContain(`Gold ${mine.period.gold.loss} ${unit}`)
    const vendor = page.locator(`[data-testid="holder-row"][data-holder-id="${caster.id}"]`)
    expect(await vendor.getByTestId("holder-type").textContent()).toBe("Vendor")
    expect(await row.getByTestId("holder-type").textContent()).toBe("Staff")
    await shot(page, "metal-balances")

    await row.click()
    const drawer = page.getByTestId("holder-drawer")
    await drawer.waitFor()
    await drawer.getByTestId("entry-row").first().waitFor()
    const entries = await api(`/admin/metal/entries?holder_type=user&holder_id=${me.id}&limit=20`)
    expect(await drawer.getByTestId("entry-row").count()).toBe(Math.min(20, entries.count))
    // The re-polish job's loss is among my movements, linked to its job.
    await drawer.getByRole("link", { name: new RegExp(overJob.display_number) }).first().waitFor()
    const types = await drawer.getByTestId("entry-type").allTextContents()
    expect(types).toContain("Issued")
    expect(types.some((t) => t.startsWith("Loss"))).toBe(true)
    await shot(page, "metal-balances-movements")
    await page.keyboard.press("Escape")
  })

  it("Loss control: the chart of loss % per completed stage with its standard line; a point past it is red and opens its job", async () => {
    await page.goto(`${BASE}/app/metal/loss-control`)
    await page.getByTestId("loss-control-page").waitFor()
    await choose(page, "#loss-stage_id", "Final Polish (1%)")
    const chart = page.getByTestId("loss-chart")
    await page.waitForFunction(() => document.querySelector('[data-testid="loss-chart"]')?.getAttribute("data-standard") === "1")
    expect(await chart.locator("svg.recharts-surface").count()).toBeGreaterThan(0)
    expect(await chart.locator(".recharts-xAxis .recharts-cartesian-axis-tick").count()).toBeGreaterThan(0)
    expect(await chart.locator(".recharts-yAxis .recharts-cartesian-axis-tick").count()).toBeGreaterThan(0)
    expect(await chart.locator(".recharts-reference-line").count()).toBe(1)
    expect(await chart.textContent()).toContain("Loss (% of issued)")
    expect(await chart.textContent()).toContain("Completed (date)")
    const report = await api(`/admin/metal/loss-report?stage_id=${stage("Final Polish")!.id}`)
    expect(await page.getByTestId("summary-stages").textContent()).toBe(String(report.summary.stages))
    expect(await page.getByTestId("summary-past-standard").textContent()).toBe(String(report.summary.past_standard))
    const point = chart.locator(`[data-testid="loss-point"][data-job-id="${overJob.id}"]`)
    expect(await point.getAttribute("data-past-standard")).toBe("true")
    expect(await point.getAttribute("fill")).toBe("#e11d48")
    expect(await chart.locator(`[data-testid="loss-point"][data-job-id="${chainJob.job.id}"]`).getAttribute("data-past-standard")).toBe("false")
    await point.hover()
    await page.getByTestId("loss-tooltip").waitFor()
    expect(await page.getByTestId("loss-tooltip").textContent()).toContain("Loss 0.2")
    await shot(page, "metal-loss-control")
    await point.click()
    await page.waitForURL((u) => u.pathname.endsWith(`/production-jobs/${overJob.id}`))
    await page.getByTestId("job-page").waitFor()
  })

  it("a refining lot: stage waste and bench sweeps collected, sent to the refiner, received back with its fine gold and loss %", async () => {
    await page.goto(`${BASE}/app/metal/lots`)
    await page.getByTestId("metal-lots-page").waitFor()
    await page.getByTestId("new-refining").click()
    const modal = page.getByTestId("new-refining-lot")
    await modal.waitFor()
    // Saved empty, it says what is missing.
    await page.getByTestId("save-refining-lot").click()
    await page.getByTestId("error-refining-metal").waitFor()
    expect(await page.getByTestId("error-sources").textContent()).toContain("Collect at least one source")

    await choose(page, "#refining-metal", "Gold")
    await choose(page, "#refining-supplier", refiner.name)
    await modal.locator(`[data-testid="waste-source"][data-receipt-id="${chainWasteReceipt}"]`).click()
    await page.getByTestId("add-sweeps").click()
    await page.locator("#sweep-0-description").fill("E2E bench sweeps")
    await page.locator("#sweep-0-weight").fill("2.5")
    await page.locator("#sweep-0-purity").fill("300")
    expect(await page.getByTestId("refining-source-count").textContent()).toBe("2 sources")
    await shot(page, "metal-refining-new")
    await page.getByTestId("save-refining-lot").click()
    await page.getByTestId("refining-lot-page").waitFor()
    const lotId = page.url().split("/").pop()!
    expect(await page.getByTestId("lot-status").getAttribute("data-status")).toBe("open")
    expect(await page.getByTestId("source-row").count()).toBe(2)
    expect(await page.getByTestId("source-job").first().textContent()).toMatch(/^JOB-\d{5}$/)

    await page.getByTestId("open-send").click()
    await page.getByTestId("send-lot-submit").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="lot-status"]')?.getAttribute("data-status") === "sent")

    await page.getByTestId("open-receive-lot").click()
    // Without what came back, the drawer says so.
    await page.getByTestId("receive-lot-submit").click()
    await page.getByTestId("output-error").waitFor()
    await choose(page, "#output-0-product", fineGold.title)
    await page.locator("#output-0-purity").fill("999.9")
    await page.locator("#output-0-weight").fill("0.8")
    await page.getByTestId("receive-lot-submit").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="lot-status"]')?.getAttribute("data-status") === "received")
    const { refining_lot: lot } = await api(`/admin/metal/refining-lots/${lotId}`)
    expect(lot.status).toBe("received")
    expect(await page.getByTestId("lot-status").textContent()).toBe("Received")
    expect(await page.getByTestId("fact-fine-received").textContent()).toBe(`${lot.fine_received_weight} ${unit}`)
    expect(await page.getByTestId("fact-loss-pct").textContent()).toBe(`${Number(lot.loss_pct).toFixed(2)}%`)
    const created = page.getByTestId("output-item").first()
    await created.waitFor()
    expect(await created.getAttribute("href")).toContain(`/stock/${lot.output_item_ids[0]}`)
    await shot(page, "metal-refining-received")
    await created.click()
    await page.getByTestId("stock-item-page").waitFor()
    expect(await page.getByTestId("fact-purity").textContent()).toContain("999.9")
  })

  it("a lot still collecting is cancelled only once the prompt is confirmed", async () => {
    const { refining_lot: lot } = await api("/admin/metal/refining-lots", {
      metal: "gold",
      sources: [{ kind: "sweeps", description: "E2E floor sweeps", weight: "1", weight_unit: "g", est_fineness: "200" }],
    })
    await page.goto(`${BASE}/app/metal/lots/refining/${lot.id}`)
    await page.getByTestId("refining-lot-page").waitFor()
    await page.getByTestId("cancel-lot").click()
    const dialog = page.getByRole("alertdialog")
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain(`Cancel ${lot.display_number}?`)
    await dialog.getByRole("button", { name: "Keep it" }).click()
    await dialog.waitFor({ state: "detached" })
    expect((await api(`/admin/metal/refining-lots/${lot.id}`)).refining_lot.status).toBe("open")
    await page.getByTestId("cancel-lot").click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Cancel lot" }).click()
    await page.waitForFunction(() => document.querySelector('[data-testid="lot-status"]')?.getAttribute("data-status") === "cancelled")
    expect((await api(`/admin/metal/refining-lots/${lot.id}`)).refining_lot.status).toBe("cancelled")
    expect(await page.getByTestId("open-send").count()).toBe(0)
  })

  it("a melt: 14K grain into 18K, completed with the weight poured; fine out and loss make the fine in", async () => {
    const item = await grain("5")
    await page.goto(`${BASE}/app/metal/lots`)
    await page.getByTestId("new-melt").click()
    await page.getByTestId("new-melt-lot").waitFor()
    await page.getByTestId("save-melt-lot").click()
    await page.getByTestId("error-inputs").waitFor()
    await choose(page, "#melt-metal", "Gold")
    await page.locator("#melt-purity").fill("18K")
    await choose(page, "#melt-product", fineGold.title)
    await page.getByTestId("melt-search").fill(item.tag_id)
    await page.locator(`[data-testid="melt-input"][data-tag="${item.tag_id}"] button[role="checkbox"]`).first().click()
    await page.getByTestId("save-melt-lot").click()
    await page.getByTestId("melt-lot-page").waitFor()
    expect(await page.getByTestId("melt-input-row").textContent()).toBe(item.tag_id)
    await page.getByTestId("open-complete-melt").click()
    await page.locator("#melt-value").fill("3.8")
    await page.getByTestId("complete-melt-submit").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="lot-status"]')?.getAttribute("data-status") === "melted")
    const id = page.url().split("/").pop()!
    const { melt_lot: lot } = await api(`/admin/metal/melt-lots/${id}`)
    expect(lot).toMatchObject({ status: "melted", fine_in_weight: "2.925", fine_out_weight: "2.85", loss_fine_weight: "0.075" })
    expect(await page.getByTestId("fact-fine-out").textContent()).toBe(`2.85 ${unit}`)
    expect(await page.getByTestId("output-item").getAttribute("href")).toContain(`/stock/${lot.output_item_id}`)
    await shot(page, "metal-melt-completed")
  })
})
