import type { Browser, Page } from "playwright-core"
import { adminApi, adminRequest, BASE, choose, launch, login, shot } from "./helpers"

jest.setTimeout(300_000)

/**
 * Seed 003 in the admin: a customer's repair from intake to pickup (the
 * piece worked on in its own job and charged through a Medusa draft order),
 * a repair of the shop's stock (the same tag back, its cost basis raised), a
 * custom job for an order line (its piece selected for the line at close-out)
 * and SetStones on an item's page. Every customer, item, order and job this
 * suite drives it makes itself through the API; the demo's repairs are only
 * looked at through the status filter.
 */

/** Policies another suite may have left on: put back as they were after this suite. */
const POLICY_KEYS = ["qa_checks_required", "weight_tolerance_percent", "enforce_stage_inventory_mapping", "enforce_stage_department_mapping"]
let policies: Record<string, unknown> | null = null
afterAll(async () => {
  if (policies) await adminRequest("/admin/production/settings", { body: policies })
})

describe("Repairs, custom pieces and setting stones, as the bench runs them", () => {
  let browser: Browser
  let page: Page
  const stamp = Date.now().toString(36).toUpperCase()
  const ids: { location: string; mount: string; melee: string; grain: string; rings: string; gems: string; metals: string } = {} as any

  /** The admin API, failing the test with the server's message on a refusal. */
  const api = async (path: string, body?: unknown, method?: "GET" | "POST" | "DELETE") => {
    const res = await adminApi(page, path, body, method)
    if (res.status >= 300) throw new Error(`${method ?? (body === undefined ? "GET" : "POST")} ${path} → ${res.status}: ${res.body?.message}`)
    return res.body
  }
  const record = async (over: Record<string, unknown>) => (await api("/admin/stock-items", { location_id: ids.location, pieces: 1, currency_code: "usd", ...over })).stock_item
  const customer = async (first: string, last: string) =>
    (await api("/admin/customers", { email: `${first}.${last}.${stamp}@example.com`.toLowerCase(), first_name: first, last_name: last })).customer
  /** Picks the option of a Medusa UI select that starts with `prefix` (labels end in live figures). */
  const chooseStarting = async (trigger: string, prefix: string) => {
    await page.locator(trigger).click()
    await page.getByRole("option").filter({ hasText: prefix }).first().click()
  }
  const toast = (text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first()
  const stageButton = (testId: string) => page.locator(`[data-testid="job-stage-row"] [data-testid="${testId}"]`).first()

  /** Issue an item into the job's first open stage (all of it, or `weight`), receive `received` g back, complete the stage. */
  const benchWork = async (tag: string, opts: { weight?: string; received: string; waste?: string }) => {
    await page.getByTestId("open-issue").click()
    await chooseStarting("#issue-stock_item_id", `${tag} ·`)
    if (opts.weight) await page.locator("#issue-weight").fill(opts.weight)
    else await page.locator("#issue-full").click()
    await page.getByTestId("issue-submit").click()
    await page.locator(`[data-testid="material-row"][data-tag="${tag}"]`).waitFor()
    await page.getByTestId("open-receive").click()
    await page.locator("#receive-received_pieces").fill("1")
    await page.locator("#receive-received_weight").fill(opts.received)
    if (opts.waste) await page.locator("#receive-waste_weight").fill(opts.waste)
    await page.getByTestId("receive-submit").click()
    await toast(new RegExp(`Received: ${tag}-RCV1`)).waitFor()
    await stageButton("complete-stage").click()
    await page.getByTestId("complete-submit").click()
    await page.getByTestId("complete").waitFor({ state: "detached" })
    await page.locator('[data-testid="job-stage-row"]').first().filter({ hasText: "Completed" }).waitFor()
  }

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
    const { settings } = await api("/admin/production/settings")
    policies = Object.fromEntries(POLICY_KEYS.map((k) => [k, settings[k]]))
    // The figures below are the bench's, not a policy's: no QA step, tolerance or mapping in the way.
    await api("/admin/production/settings", { qa_checks_required: false, weight_tolerance_percent: null, enforce_stage_inventory_mapping: false, enforce_stage_department_mapping: false })
    ids.location = (await api("/admin/stock-locations?limit=1&order=created_at")).stock_locations[0].id
    const products = (await api("/admin/products?fields=id,handle&limit=50")).products
    const product = (handle: string) => products.find((p: any) => p.handle === handle).id
    ids.mount = product("solitaire-ring-mount-14k")
    // Stones of this suite's own product: the seeded diamonds' figures (another suite's) stay as they were.
    ids.melee = (
      await api("/admin/products", {
        title: `Melee diamonds ${stamp}`,
        status: "draft",
        options: [{ title: "Lot", values: ["Default"] }],
        variants: [{ title: "Default", options: { Lot: "Default" }, manage_inventory: false, prices: [] }],
      })
    ).product.id
    ids.grain = product("casting-grain-14ky")
    const types = (await api("/admin/production/inventory-types")).inventory_types
    const type = (name: string) => types.find((t: any) => t.name === name).id
    ids.rings = type("Rings")
    ids.gems = type("Gemstones")
    ids.metals = type("Precious Metals")
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("the list filters repairs by status: Awaiting approval shows the demo's necklace and nothing else", async () => {
    await page.goto(`${BASE}/app/repairs`)
    await page.getByTestId("repairs-page").waitFor()
    await page.getByTestId("repair-row").first().waitFor()
    await page.getByTestId("repairs-filter-menu").locator("button").click()
    await page.getByRole("menuitem", { name: "Status" }).click()
    await page.getByRole("listitem").filter({ hasText: "Awaiting approval" }).click()
    await page.waitForURL(/status=estimated/)
    await page.keyboard.press("Escape")
    await page.locator('[data-testid="repair-status"][data-status="estimated"]').first().waitFor()
    const { body } = await adminApi(page, "/admin/repairs?status=estimated&limit=20")
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="repair-row"]').length === n, body.repairs.length)
    expect(await page.locator('[data-testid="repair-status"]:not([data-status="estimated"])').count()).toBe(0)
    expect(await page.locator("table").textContent()).toContain("Jordan Lee")
    await shot(page, "repairs-list-awaiting-approval")
  })

  it("a customer's repair: taken in, estimated, approved, worked on its job, ready, picked up with the acknowledgement and charged in Medusa", async () => {
    const ines = await customer("Ines", `Okafor${stamp}`)
    const name = `Ines Okafor${stamp}`
    await page.goto(`${BASE}/app/repairs`)
    await page.getByTestId("open-take-in").click()
    const form = page.getByTestId("take-in-repair")
    await form.waitFor()
    // Saved empty: it says what is missing, beside each field.
    await page.getByTestId("save-repair").click()
    expect(await form.getByTestId("error-repair-customer").textContent()).toBe("Choose whose piece it is.")
    expect(await form.getByTestId("error-repair-description").textContent()).toBe("Describe the piece and the work.")
    expect(await form.getByTestId("error-repair-take_in_weight").textContent()).toContain("Weigh the piece")

    await form.locator("#repair-customer").fill(ines.email)
    await form.getByTestId("customer-option").filter({ hasText: ines.email }).click()
    await form.getByTestId("chosen-customer").filter({ hasText: name }).waitFor()
    await form.locator("#repair-description").fill("Resize from 6 to 7, retip two prongs")
    await form.locator("#repair-photos").fill("not-a-link")
    await form.locator("#repair-condition_notes").fill("Worn shank, one loose prong")
    await form.locator("#repair-declared_metal").fill("14K")
    await form.locator("#repair-declared_stones").fill("1 round diamond, about 0.5 ct")
    await form.locator("#repair-take_in_weight").fill("5.20")
    await choose(page, "#repair-weight_unit", "g")
    await form.locator("#repair-promised_date").fill(new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10))
    // A photo that is not a link is refused beside Photo links.
    await page.getByTestId("save-repair").click()
    await form.getByTestId("error-repair-photos").waitFor()
    expect(await form.getByTestId("error-repair-photos").textContent()).toMatch(/a link to the photo/i)
    await form.locator("#repair-photos").fill("https://example.com/ring-front.jpg")
    await shot(page, "repairs-take-in")
    await page.getByTestId("save-repair").click()
    await page.getByTestId("repair-page").waitFor()
    const repairId = page.url().split("/").pop()!
    const taken = (await api(`/admin/repairs/${repairId}`)).repair
    const tag = taken.item.tag_id as string
    expect(tag).toMatch(/REP\d{4}$/)
    expect(await page.getByTestId("repair-heading").textContent()).toBe(tag)
    expect(await page.getByTestId("repair-status").getAttribute("data-status")).toBe("intake")
    expect(await page.getByTestId("repair-customer").textContent()).toContain(name)
    expect(await page.getByTestId("repair-weight-in").textContent()).toBe("5.2 g")

    // The piece is found among customers' pieces, with its customer and repair; never listed as shop stock.
    await page.goto(`${BASE}/app/stock?ownership=customer&q=${tag}`)
    const row = page.locator(`[data-testid="stock-row"][data-tag="${tag}"]`)
    await row.getByTestId("stock-customer").filter({ hasText: name }).waitFor()
    await page.goto(`${BASE}/app/stock?q=${tag}`)
    await page.getByTestId("stock-table").waitFor()
    // The search has run and found nothing: the table says so (its empty state, not a row).
    await page.getByTestId("stock-table").getByText(/No stock items (match|yet)/).waitFor()
    expect((await adminApi(page, `/admin/stock-items?q=${tag}`)).body.stock_items).toEqual([])
    expect(await row.count()).toBe(0)

    // Estimate, then the customer's approval (the name they gave, asked for when left empty).
    await page.goto(`${BASE}/app/repairs/${repairId}`)
    await page.getByTestId("open-estimate").click()
    await page.locator("#estimate-amount").fill("85.00")
    await page.locator("#estimate-notes").fill("Sizing stock and two platinum tips")
    await page.getByTestId("estimate-repair-submit").click()
    await page.locator('[data-testid="repair-status"][data-status="estimated"]').waitFor()
    expect(await page.getByTestId("repair-estimate").textContent()).toBe("85.00 USD")
    await page.getByTestId("open-approve").click()
    await page.getByTestId("approve-repair-submit").click()
    expect(await page.getByTestId("error-approve-name").textContent()).toBe("Enter the name the customer gave.")
    await page.locator("#approve-name").fill("Ines Okafor")
    await page.getByTestId("approve-repair-submit").click()
    await page.locator('[data-testid="repair-status"][data-status="approved"]').waitFor()
    expect(await page.getByTestId("repair-approved").textContent()).toContain("Ines Okafor")
    expect(await page.locator('[data-testid="repair-step"][data-state="done"]').count()).toBe(2)
    await shot(page, "repair-approved")

    // The work, on the job's page: the piece goes in, comes back heavier (solder), the stage completes.
    await page.getByTestId("repair-job-link").click()
    await page.getByTestId("job-page").waitFor()
    const panel = page.getByTestId("job-repair-panel")
    await panel.getByTestId("job-repair-piece").filter({ hasText: tag }).waitFor()
    expect(await panel.getByTestId("job-repair-ownership").textContent()).toBe("customer's piece")
    await panel.locator('[data-testid="repair-status"][data-status="approved"]').waitFor()
    await benchWork(tag, { received: "5.35" })
    await page.getByTestId("open-close-out").click()
    const summary = page.getByTestId("close-out-summary")
    expect(await summary.getAttribute("data-kind")).toBe("customer_repair")
    expect(await summary.textContent()).toContain(`${tag}, ${name}'s piece, comes back: the same piece, no new items`)
    expect(await page.locator("#close-out-inventory_type_id").count()).toBe(0)
    await shot(page, "repair-job-close-out")
    await page.getByTestId("close-out-submit").click()
    await toast(`${tag} is back from the bench`).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="job-status"]')?.textContent === "Closed")
    await panel.locator('[data-testid="repair-status"][data-status="ready"]').waitFor()
    const piece = (await api(`/admin/stock-items/${taken.item.id}`)).stock_item
    expect(piece).toMatchObject({ tag_id: tag, weight: "5.35", ownership: "customer", status: "available" })

    // Pickup: the weight now beside the weight in, the customer's typed name; once.
    await panel.getByTestId("job-repair-link").click()
    await page.getByTestId("repair-page").waitFor()
    await page.locator('[data-testid="repair-status"][data-status="ready"]').waitFor()
    await page.getByTestId("open-pickup").click()
    await page.locator("#pickup-weight").fill("5.34")
    expect(await page.getByTestId("pickup-weight-change").textContent()).toBe("+0.14 g: metal added")
    await page.getByTestId("pickup-repair-submit").click()
    expect(await page.getByTestId("error-pickup-name").textContent()).toContain("types their name")
    await page.locator("#pickup-name").fill("Ines Okafor")
    await shot(page, "repair-pickup")
    await page.getByTestId("pickup-repair-submit").click()
    await page.locator('[data-testid="repair-status"][data-status="picked_up"]').waitFor()
    await page.getByTestId("repair-read-only").waitFor()
    expect(await page.getByTestId("repair-actions").locator("button").allTextContents()).toEqual(["Open the draft order"])
    expect(await page.getByTestId("repair-weight-out").textContent()).toBe("5.34 g")
    expect(await page.getByTestId("repair-weight-change").textContent()).toBe("+0.14 g: metal added")
    expect(await page.getByTestId("repair-acknowledged").textContent()).toContain("Ines Okafor")
    await shot(page, "repair-picked-up", { full: true })

    // Charged through Medusa: a draft order for the customer at the estimate, opened in Medusa's own screen.
    const done = (await api(`/admin/repairs/${repairId}`)).repair
    expect(done).toMatchObject({ status: "picked_up", out_weight: "5.34", acknowledged_name: "Ines Okafor", weight_change: { direction: "added" } })
    const draft = (await api(`/admin/draft-orders/${done.draft_order_id}?fields=id,status,customer_id,*items`)).draft_order
    expect(draft).toMatchObject({ id: done.draft_order_id, status: "draft", customer_id: ines.id })
    expect(Number(draft.items[0].unit_price)).toBe(85)
    const again = await adminApi(page, `/admin/repairs/${repairId}/pickup`, { out_weight: "5.34", acknowledged_name: "Ines Okafor" })
    expect(again.status).toBe(409)
    await page.getByTestId("repair-draft-order-link").click()
    await page.waitForURL(new RegExp(`/app/draft-orders/${done.draft_order_id}`))
    await page.getByText(/Repair JOB-\d{5}: Resize from 6 to 7/).first().waitFor()
    await shot(page, "repair-draft-order")
  })

  it("a piece returned unrepaired: the customer declined the estimate, so it is weighed and handed back, its job cancelled and nothing charged", async () => {
    const leo = await customer("Leo", `Marsh${stamp}`)
    const intake = (
      await api("/admin/repairs", { customer_id: leo.id, description: "Re-string a pearl necklace", take_in_weight: "31.5", weight_unit: "g", location_id: ids.location })
    ).repair
    await api(`/admin/repairs/${intake.id}/estimate`, { estimate_amount: "120", currency_code: "usd" })
    await page.goto(`${BASE}/app/repairs/${intake.id}`)
    await page.locator('[data-testid="repair-status"][data-status="estimated"]').waitFor()
    // No charge before the customer approves what they would pay.
    expect(await page.getByTestId("charge-repair").count()).toBe(0)
    await page.getByTestId("open-return").click()
    const drawer = page.getByTestId("return-repair")
    await drawer.waitFor()
    await page.getByTestId("return-repair-submit").click()
    expect(await drawer.getByText("Say why the piece goes back unrepaired").count()).toBe(1)
    await page.locator("#pickup-weight").fill("31.5")
    await page.locator("#return-reason").fill("Declined the estimate")
    await page.locator("#pickup-name").fill("Leo Marsh")
    await page.getByTestId("return-repair-submit").click()
    await page.locator('[data-testid="repair-status"][data-status="cancelled"]').waitFor()
    expect(await page.getByTestId("repair-path").textContent()).toContain("returned unrepaired to Leo Marsh")
    expect(await page.getByTestId("open-return").count()).toBe(0)
    const back = (await api(`/admin/repairs/${intake.id}`)).repair
    expect(back).toMatchObject({ status: "cancelled", cancel_reason: "Declined the estimate", draft_order_id: null, item: { status: "returned" }, job: { status: "cancelled" } })
  })

  it("a repair of stock gives the same tag back with its cost basis raised by the job's cost; no new item", async () => {
    const tag = `RING${stamp}`
    const ring = await record({ tag_id: tag, product_id: ids.mount, inventory_type_id: ids.rings, weight: "4.20", weight_unit: "g", cost_basis: "1000", purity: "14K", shape: "Solitaire", size: "7" })
    await page.goto(`${BASE}/app/production-jobs`)
    await page.getByTestId("new-job").click()
    const form = page.getByTestId("job-form")
    await choose(page, "#job-kind", "Repair")
    await form.getByTestId("job-repair-search").fill(tag)
    await chooseStarting("#job-repair-item", `${tag} ·`)
    await form.locator("#job-title").fill("Refurbish: rhodium and polish")
    await choose(page, "#job-start-stage", "Final Polish")
    await shot(page, "repair-stock-job-form")
    await page.getByTestId("job-next").click()
    await page.getByTestId("job-next").click()
    await page.getByTestId("job-submit").click()
    await page.getByTestId("job-page").waitFor()
    const panel = page.getByTestId("job-repair-panel")
    await panel.getByTestId("job-repair-piece").filter({ hasText: tag }).waitFor()
    expect(await panel.getByTestId("job-repair-ownership").textContent()).toBe("shop stock")

    // The polish costs 45; the ring goes in whole and comes back 0.03 g lighter.
    await stageButton("edit-stage").click()
    await page.locator("#edit-stage-cost").fill("45")
    await page.getByTestId("edit-stage-submit").click()
    await page.locator('[data-testid="job-stage-row"]').first().filter({ hasText: "45.00" }).waitFor()
    await benchWork(tag, { received: "4.17", waste: "0.03" })
    await page.getByTestId("open-close-out").click()
    const summary = page.getByTestId("close-out-summary")
    expect(await summary.getAttribute("data-kind")).toBe("stock_repair")
    expect(await summary.textContent()).toContain(`${tag} comes back to stock: the same piece, no new items. Its cost basis rises by the job's cost, 45.00 (from 1,000.00 to 1,045.00)`)
    await shot(page, "repair-stock-close-out")
    await page.getByTestId("close-out-submit").click()
    await toast(`${tag} is back from the bench`).waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="job-status"]')?.textContent === "Closed")

    const back = (await api(`/admin/stock-items/${ring.id}`)).stock_item
    expect(back).toMatchObject({ tag_id: tag, weight: "4.17", pieces: 1, status: "available", cost_basis: "1045" })
    // No new item: the job's intermediate output is empty, the ring is the one piece.
    const live = (await api(`/admin/stock-items?q=${tag}&limit=20`)).stock_items.filter((i: any) => Number(i.weight) > 0 || i.pieces > 0)
    expect(live.map((i: any) => i.tag_id)).toEqual([tag])
    await page.goto(`${BASE}/app/stock/${ring.id}`)
    await page.getByTestId("stock-item-page").waitFor()
    expect(await page.getByTestId("fact-cost-basis").textContent()).toBe("1,045.00 USD")
    await page.locator('[data-testid="movement-row"][data-reason="repair_return"]').waitFor()
  })

  it("a custom job for an order line closes out into its piece, selected for that line: Production Completed", async () => {
    const buyer = await customer("Dara", `Quinn${stamp}`)
    const { order } = await api("/admin/jewelry-orders", {
      customer_id: buyer.id,
      terms_accepted: true,
      lines: [{ description: `Signet ring with the Quinn crest ${stamp}`, quantity: 1, unit_price: "650" }],
    })
    const line = (await api(`/admin/orders/${order.id}?fields=id,*items`)).order.items[0]
    const grainTag = `GRN${stamp}`
    await record({ tag_id: grainTag, product_id: ids.grain, inventory_type_id: ids.metals, weight: "10", weight_unit: "g", pieces: 0, purity: "14K", cost_basis: "500" })
    const stages = (await api("/admin/production/stages?limit=200")).stages
    const plain = stages.find((s: any) => s.is_active && (s.loss_standard_pct === null || s.loss_standard_pct === undefined)) ?? stages[0]
    const { job } = await api("/admin/production-jobs", {
      kind: "custom",
      mode: "simple",
      title: "Signet ring, Quinn crest",
      order_id: order.id,
      order_line_item_id: line.id,
      product_id: ids.mount,
      start_stage_id: plain.id,
    })
    await page.goto(`${BASE}/app/production-jobs/${job.id}`)
    await page.getByTestId("job-page").waitFor()
    await benchWork(grainTag, { weight: "5", received: "5" })
    await page.getByTestId("open-close-out").click()
    const summary = page.getByTestId("close-out-summary")
    expect(await summary.getAttribute("data-kind")).toBe("custom_for_line")
    expect(await summary.textContent()).toContain("selects it for its order line at once: the line becomes Production Completed")
    await page.getByTestId("close-out-submit").click()
    const created = toast(/^Created /)
    await created.waitFor()
    const madeTag = (await created.textContent())!.match(/Created (\S+)/)![1]
    await page.waitForFunction(() => document.querySelector('[data-testid="job-status"]')?.textContent === "Closed")

    // The order page: the line is Production Completed with the new piece selected for it.
    await page.goto(`${BASE}/app/orders/${order.id}`)
    const widget = page.getByTestId("jewelry-order-widget")
    await widget.waitFor()
    const row = widget.getByTestId("jewelry-lines").locator("tr", { hasText: "Signet ring with the Quinn crest" })
    await row.getByTestId("line-status").filter({ hasText: "Production Completed" }).waitFor()
    await widget.getByTestId("order-selections").filter({ hasText: madeTag }).waitFor()
    await shot(page, "custom-job-order-line", { focus: widget })
    const view = await api(`/admin/jewelry-orders/${order.id}`)
    expect(view.lines.find((l: any) => l.id === line.id)?.status).toBe("production_completed")
    expect(view.selections).toEqual([expect.objectContaining({ line_item_id: line.id, status: "selected", pieces: 1 })])
  })

  it("SetStones on an item's page: stones leave stock into the piece, which lists them; one is taken out after a confirmation", async () => {
    const mount = await record({ tag_id: `MNT${stamp}`, product_id: ids.mount, inventory_type_id: ids.rings, weight: "3.20", weight_unit: "g", cost_basis: "360", shape: "Solitaire", size: "6" })
    const lot = await record({ tag_id: `MEL${stamp}`, product_id: ids.melee, inventory_type_id: ids.gems, weight: "0.30", weight_unit: "ct", pieces: 3, shape: "Round", size: "2.5mm", cost_basis: "300" })
    const single = await record({ tag_id: `DIA${stamp}`, product_id: ids.melee, inventory_type_id: ids.gems, weight: "0.50", weight_unit: "ct", pieces: 1, shape: "Round", size: "5.1mm", color: "G", quality: "VS1", cost_basis: "1050" })
    await page.goto(`${BASE}/app/stock/${mount.id}`)
    await page.getByTestId("stock-item-page").waitFor()
    await page.getByTestId("no-stones-set").waitFor()
    await page.getByTestId("open-set-stones").click()
    const drawer = page.getByTestId("set-stones")
    await drawer.waitFor()
    // Saved with nothing picked: it says so.
    await page.getByTestId("set-stones-submit").click()
    expect(await page.getByTestId("set-stones-error").textContent()).toBe("Pick at least one stone.")
    await drawer.getByTestId("stones-search").fill(stamp)
    const pick = (tag: string) => drawer.locator(`[data-testid="stone-pick"][data-tag="${tag}"]`)
    await pick(lot.tag_id).waitFor()
    await pick(lot.tag_id).getByLabel(`Set ${lot.tag_id}`).click()
    await pick(lot.tag_id).getByLabel(`All of ${lot.tag_id}`).click()
    // More pieces than the lot holds is refused on the lot's row.
    await pick(lot.tag_id).getByLabel(`Pieces of ${lot.tag_id}`).fill("5")
    await page.getByTestId("set-stones-submit").click()
    await pick(lot.tag_id).getByTestId("stone-pick-error").waitFor()
    expect(await pick(lot.tag_id).getByTestId("stone-pick-error").textContent()).toContain("cannot deduct 5 pieces")
    await pick(lot.tag_id).getByLabel(`Pieces of ${lot.tag_id}`).fill("2")
    await pick(lot.tag_id).getByLabel(`Weight of ${lot.tag_id}`).fill("0.20")
    await pick(single.tag_id).getByLabel(`Set ${single.tag_id}`).click()
    // 0.70 ct is 0.14 g; the cost is 2/3 of the lot's 300 and all of the single's 1050.
    expect(await drawer.getByTestId("weight-after").textContent()).toBe("3.2 → 3.34 g")
    expect(await drawer.getByTestId("cost-after").textContent()).toBe("360.00 → 1,610.00")
    await shot(page, "set-stones-drawer")
    await page.getByTestId("set-stones-submit").click()
    await drawer.waitFor({ state: "detached" })
    const rows = page.getByTestId("stone-set-row")
    await rows.nth(1).waitFor()
    expect(await rows.evaluateAll((r) => r.map((x) => [x.getAttribute("data-tag"), x.getAttribute("data-state")]))).toEqual([
      [lot.tag_id, "set"],
      [single.tag_id, "set"],
    ])
    expect(await page.getByTestId("fact-weight").textContent()).toContain("3.34 g")
    expect(await page.getByTestId("fact-cost-basis").textContent()).toBe("1,610.00 USD")
    expect((await api(`/admin/stock-items/${lot.id}`)).stock_item).toMatchObject({ weight: "0.1", pieces: 1, status: "available" })
    expect((await api(`/admin/stock-items/${single.id}`)).stock_item).toMatchObject({ weight: "0", pieces: 0 })
    await shot(page, "stones-set", { focus: page.getByTestId("stones-set-section") })

    // Take the single stone out: asked first; it goes back to stock, the record stays, marked taken out.
    const singleRow = page.locator(`[data-testid="stone-set-row"][data-tag="${single.tag_id}"]`)
    await singleRow.getByTestId("take-out-stone").click()
    const dialog = page.getByRole("alertdialog")
    expect(await dialog.textContent()).toContain(`${single.tag_id} goes back to stock`)
    await dialog.getByRole("button", { name: "Keep it set" }).click()
    expect(await singleRow.getAttribute("data-state")).toBe("set")
    await singleRow.getByTestId("take-out-stone").click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Take out" }).click()
    await page.locator(`[data-testid="stone-set-row"][data-tag="${single.tag_id}"][data-state="out"]`).waitFor()
    expect(await page.getByTestId("fact-weight").textContent()).toContain("3.24 g")
    expect(await page.getByTestId("fact-cost-basis").textContent()).toBe("560.00 USD")
    expect(await singleRow.getByTestId("take-out-stone").count()).toBe(0)
    expect((await api(`/admin/stock-items/${single.id}`)).stock_item).toMatchObject({ weight: "0.5", pieces: 1, status: "available" })
    await page.locator('[data-testid="movement-row"][data-reason="unset_stones"]').waitFor()
  })
})
