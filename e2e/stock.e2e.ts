import fs from "node:fs"
import type { Browser, Page } from "playwright-core"
import { displayWeight } from "../src/lib/units"
import { adminApi, BASE, choose, launch, login, shot } from "./helpers"

jest.setTimeout(240_000)

/** The file a click downloads, as text. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()])
  return fs.readFileSync((await download.path())!, "utf8")
}

/** Opens a filter of a DataTable's filter menu (Medusa's toolbar) by its label. */
async function addFilter(page: Page, table: string, label: string) {
  await page.getByTestId(`${table}-filter-menu`).locator("button").click()
  await page.getByRole("menuitem", { name: label, exact: true }).click()
}

/** Picks one option of the open radio filter and closes its popover. */
async function pickOption(page: Page, option: string) {
  const item = page.getByRole("listitem").filter({ hasText: new RegExp(`^${option}$`) })
  await item.click()
  // Closed before the choice shows as picked, Medusa UI's popover still holds "no value" and drops the
  // new filter (a person is never that fast; the test on a busy machine is).
  await item.locator("svg").waitFor()
  await page.keyboard.press("Escape")
}

const rowCount = (page: Page, n: number, within = "") =>
  page.waitForFunction(([sel, k]) => document.querySelectorAll(`${sel} [data-testid="stock-row"]`).length === k, [within, n] as const)

describe("Jewelry Stock screens and the product page widget", () => {
  let browser: Browser
  let page: Page
  let diamond: any
  let location: any
  let firstTag = ""
  let secondTag = ""

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
    diamond = (await adminApi(page, "/admin/products?handle=round-diamond&fields=id,title,*variants")).body.products[0]
    location = (await adminApi(page, "/admin/stock-locations")).body.stock_locations[0]
  })
  afterAll(async () => {
    await browser?.close()
  })

  const row = (tag: string) => page.locator(`[data-testid="stock-row"][data-tag="${tag}"]`)

  it("lists the seeded stock on Medusa's DataTable: search by tag from the URL, the exact count, a filter, sorting and an export of the filtered set", async () => {
    // Other suites add stock before this one: look at the seeded diamonds by their tags.
    await page.goto(`${BASE}/app/stock?q=JWDIA`)
    await page.getByTestId("stock-page").waitFor()
    expect(await page.getByPlaceholder("Search tag ID").inputValue()).toBe("JWDIA")
    await row("JWDIA0001").waitFor()
    const all = (await adminApi(page, "/admin/stock-items?q=JWDIA&limit=1")).body.count
    await page.getByTestId("stock-table-count").filter({ hasText: new RegExp(`^${all} items?$`) }).waitFor()
    await addFilter(page, "stock-table", "Quality")
    await page.getByPlaceholder("Quality").fill("VS1")
    await rowCount(page, 3)
    await page.keyboard.press("Escape")
    const tags = await page.locator('[data-testid="stock-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tag")))
    expect(tags.sort()).toEqual(["JWDIA0001", "JWDIA0003", "JWDIA0004"])
    await page.getByTestId("stock-table-count").filter({ hasText: /^3 items$/ }).waitFor()
    // The export is exactly the filtered set, every page of it.
    const csv = await downloadOf(page, () => page.getByTestId("export-csv").click())
    expect(csv.trim().split("\r\n")).toHaveLength(4)
    await page.locator("thead").getByRole("button", { name: /^Weight/ }).click()
    await page.waitForFunction(() => document.querySelector('[data-testid="stock-row"]')?.getAttribute("data-tag") === "JWDIA0003")
    await shot(page, "stock-list-filtered")
    await page.getByRole("button", { name: "Clear all" }).click()
    await page.getByTestId("stock-table-count").filter({ hasText: new RegExp(`^${all} items?$`) }).waitFor()
  })

  it("pages on the server: next and previous pages hold the items of the exact count, read from the page's edges, and a status filter goes back to page 1 in the URL", async () => {
    // More than two pages of stock: 41 lots of casting grain (not diamonds, so the JWDIA views are unchanged).
    const [grain] = (await adminApi(page, "/admin/products?handle=casting-grain-14ky&fields=id")).body.products
    const [template] = (await adminApi(page, `/admin/stock-items?product_id=${grain.id}&limit=1`)).body.stock_items
    const lot = { product_id: grain.id, inventory_type_id: template.inventory_type_id, weight: "1", weight_unit: "g", location_id: template.location_id, notes: "paging" }
    expect((await adminApi(page, "/admin/stock-items", { items: Array.from({ length: 41 }, () => lot) })).status).toBe(201)
    await page.goto(`${BASE}/app/stock`)
    await page.getByTestId("stock-page").waitFor()
    const { body } = await adminApi(page, "/admin/stock-items?limit=20&offset=20")
    expect(body.count).toBeGreaterThan(20)
    await page.getByTestId("stock-table-count").filter({ hasText: `${body.count} items` }).waitFor()
    await page.getByText(`20 of ${body.count} results`).waitFor()
    const pages = Math.ceil(body.count / 20)
    const offsetPage = async (offset: number) => (await adminApi(page, `/admin/stock-items?limit=20&offset=${offset}`)).body.stock_items.map((i: any) => i.tag_id)
    const shown = () => page.locator('[data-testid="stock-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tag")))
    // Each step asks for the page beside the one on screen by its edge (`after`/`before`), and shows what offset paging would.
    const step = async (button: "Next" | "Prev", cursor: "after" | "before" | null, pageNo: number) => {
      const want = await offsetPage((pageNo - 1) * 20)
      const asked: string[] = []
      const listen = (r: { url: () => string }) => r.url().includes("/admin/stock-items?") && !r.url().includes("/export") && asked.push(r.url())
      page.on("request", listen)
      await page.getByRole("button", { name: button, exact: true }).click()
      await page.getByText(`${pageNo} of ${pages} pages`).waitFor()
      await row(want[0]).waitFor()
      await rowCount(page, want.length)
      expect(await shown()).toEqual(want)
      page.off("request", listen)
      // Page 1 is read by offset; any other by the cursor of the page beside it. A page seen before may come from the cache.
      const params = asked.map((u) => new URL(u).searchParams)
      expect(params.map((p) => [p.has("after"), p.has("before")])).toEqual(params.map(() => [cursor === "after", cursor === "before"]))
      return params.length
    }
    expect(await step("Next", "after", 2)).toBe(1)
    expect(await offsetPage(20)).toEqual(body.stock_items.map((i: any) => i.tag_id))
    expect(await step("Next", "after", 3)).toBe(1)
    expect(await step("Prev", "before", 2)).toBe(1)
    await step("Prev", null, 1)
    await step("Next", "after", 2)
    await addFilter(page, "stock-table", "Status")
    await pickOption(page, "Reserved")
    await page.waitForURL(/status=reserved/)
    await page.getByText(/^1 of \d+ pages$/).waitFor()
    const reserved = (await adminApi(page, "/admin/stock-items?status=reserved&limit=20")).body
    await page.getByTestId("stock-table-count").filter({ hasText: new RegExp(`^${reserved.count} items?$`) }).waitFor()
    expect(await page.locator('[data-testid="stock-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tag")))).toEqual(reserved.stock_items.map((i: any) => i.tag_id))
    // The filter is in the URL: reopening the link shows the same list.
    await page.reload()
    await page.getByTestId("stock-table-count").filter({ hasText: new RegExp(`^${reserved.count} items?$`) }).waitFor()
    await page.goto(`${BASE}/app/stock?q=JWDIA`)
    await row("JWDIA0001").waitFor()
  })

  it("records two identical stones at once, each with its own tag", async () => {
    await page.getByTestId("open-record").click()
    const form = page.getByTestId("record-stock-form")
    await choose(page, "#stock-product", "Round Brilliant Diamond")
    await choose(page, "#stock-type", "Materials & supplies · Gemstones")
    await form.locator("#stock-shape").fill("Oval")
    await form.locator("#stock-size").fill("7x5mm")
    await form.locator("#stock-color").fill("E")
    await form.locator("#stock-quality").fill("VVS2")
    await form.locator("#stock-weight").fill("0.75")
    await choose(page, "#stock-unit", "ct")
    await form.locator("#stock-count").fill("2")
    await form.locator("#stock-cost").fill("2100")
    await shot(page, "stock-record-form")
    await page.getByTestId("record-stock-form-submit").click()
    // The next two numbers of the DIA sequence (other suites may have used some before this one).
    const message = page.getByText(/Recorded 2 items: JWDIA\d{4} … JWDIA\d{4}/).first()
    await message.waitFor()
    ;[firstTag, secondTag] = (await message.textContent())!.match(/JWDIA\d{4}/g)!
    expect(Number(secondTag.slice(-4))).toBe(Number(firstTag.slice(-4)) + 1)
    await row(secondTag).waitFor()
  })

  it("records fine gold by its purity: 999 is shared, so the metal is asked; the list shows purity and fine gold, filtered by metal", async () => {
    await page.getByTestId("open-record").click()
    const form = page.getByTestId("record-stock-form")
    const [fineGold] = (await adminApi(page, "/admin/products?handle=fine-gold-granules&fields=id,title")).body.products
    await choose(page, "#stock-product", fineGold?.title ?? "14K Yellow Casting Grain")
    await choose(page, "#stock-type", "Materials & supplies · Precious Metals")
    expect(await form.locator("#stock-purity-metal").count()).toBe(0)
    await form.locator("#stock-purity").fill("999")
    // 999 is fine gold, silver, platinum or palladium: the form asks which.
    await form.locator("#stock-purity-metal").waitFor()
    await form.getByText("This fineness is used by more than one metal").waitFor()
    await choose(page, "#stock-purity-metal", "Gold")
    // Fine gold at 999 is 24K by the hallmark convention.
    await form.getByText("Reads as 24K · 999").waitFor()
    await form.locator("#stock-weight").fill("2.5")
    await choose(page, "#stock-unit", "g")
    await shot(page, "stock-record-purity")
    await page.getByTestId("record-stock-form-submit").click()
    const message = page.getByText(/^Recorded JW[A-Z]+\d{4}$/).first()
    await message.waitFor()
    const tag = (await message.textContent())!.replace("Recorded ", "")
    const [item] = (await adminApi(page, `/admin/stock-items?q=${tag}`)).body.stock_items
    expect(item).toMatchObject({ metal: "gold", fineness: "999", purity: "24K · 999", fine_grams: "2.4975" })

    await addFilter(page, "stock-table", "Metal")
    await pickOption(page, "Gold")
    await page.getByPlaceholder("Search tag ID").fill(tag)
    await row(tag).waitFor()
    // The search is in the URL beside the filter: a reload (or the link) shows the same list.
    await page.waitForURL((u) => u.searchParams.get("q") === tag && u.searchParams.get("metal") === "gold")
    await page.reload()
    await row(tag).waitFor()
    expect(await page.getByPlaceholder("Search tag ID").inputValue()).toBe(tag)
    await rowCount(page, 1)
    expect(await row(tag).getByTestId("stock-purity").textContent()).toBe("24K · 999")
    expect(await row(tag).getByTestId("stock-fine").textContent()).toBe(displayWeight("2.4975", "g"))
    // The chip's value reopens the filter: Silver has no such item.
    await page.getByRole("button", { name: "Gold", exact: true }).click()
    await pickOption(page, "Silver")
    await row(tag).waitFor({ state: "detached" })
    await page.getByRole("button", { name: "Clear all" }).click()
    await page.getByPlaceholder("Search tag ID").fill("JWDIA")
  })

  it("refuses a karat the table does not have, with the error beside Purity", async () => {
    await page.getByTestId("open-record").click()
    await choose(page, "#stock-product", "14K Yellow Casting Grain")
    await choose(page, "#stock-type", "Materials & supplies · Precious Metals")
    await page.locator("#stock-purity").fill("23K")
    await page.locator("#stock-weight").fill("5")
    await page.getByTestId("record-stock-form-submit").click()
    await page.getByTestId("error-stock-purity").waitFor()
    expect(await page.getByTestId("error-stock-purity").textContent()).toContain("23K is not in the karat table")
    await page.keyboard.press("Escape")
    await page.getByTestId("record-stock-form").waitFor({ state: "detached" })
  })

  it("saved empty, the form says what is missing beside each field; a bad weight is refused beside the field", async () => {
    await page.getByTestId("open-record").click()
    await page.getByTestId("record-stock-form-submit").click()
    expect(await page.getByTestId("error-stock-product").textContent()).toBe("Choose the product the item is.")
    expect(await page.getByTestId("error-stock-type").textContent()).toBe("Choose the inventory type.")
    expect(await page.getByTestId("error-stock-weight").textContent()).toBe("Enter the item's weight.")
    await choose(page, "#stock-product", "Round Brilliant Diamond")
    await choose(page, "#stock-type", "Materials & supplies · Gemstones")
    await page.locator("#stock-weight").fill("heavy")
    await page.getByTestId("record-stock-form-submit").click()
    await page.getByTestId("error-stock-weight").waitFor()
    // A sentence beside the field, led by the field's name: the API's "weight: must be a decimal …".
    expect(await page.getByTestId("error-stock-weight").textContent()).toMatch(/^Weight must be a decimal/)
    await shot(page, "stock-record-error")
    await page.keyboard.press("Escape")
    await page.getByTestId("record-stock-form").waitFor({ state: "detached" })
  })

  it("opens an item: adjusts with a reason, refuses going below zero, moves it and changes its status", async () => {
    await row(firstTag).click()
    await page.getByTestId("stock-item-page").waitFor()
    expect(await page.getByTestId("stock-item-tag").textContent()).toBe(firstTag)
    // A stone has no purity and no fine metal.
    expect(await page.getByTestId("fact-purity").textContent()).toBe("-")
    expect(await page.getByTestId("fact-fine-metal").textContent()).toBe("-")
    await page.getByTestId("open-adjust").click()
    await page.locator("#action-weight").fill("0.05")
    await page.locator("#action-note").fill("Recut girdle")
    await page.getByTestId("stock-action-form-submit").click()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="movement-row"]').length === 2)
    expect(await page.getByTestId("fact-weight").textContent()).toContain("0.7 ct")
    expect(await page.locator('[data-testid="movement-row"]').first().textContent()).toContain("Recut girdle")

    await page.getByTestId("open-adjust").click()
    await page.locator("#action-weight").fill("5")
    await page.locator("#action-note").fill("Oops")
    await page.getByTestId("stock-action-form-submit").click()
    await page.getByTestId("error-action-weight").waitFor()
    expect(await page.getByTestId("error-action-weight").textContent()).toContain("cannot deduct")
    await page.keyboard.press("Escape")
    await page.getByTestId("stock-action-form").waitFor({ state: "detached" })
    expect(await page.locator('[data-testid="movement-row"]').count()).toBe(2)

    await page.getByTestId("open-move").click()
    await page.locator("#action-rack").fill("Safe B")
    await page.locator("#action-bin").fill("Tray 9")
    await page.getByTestId("stock-action-form-submit").click()
    await page.getByText("rack Safe B / bin Tray 9").waitFor()

    await page.getByTestId("open-status").click()
    await choose(page, "#action-status", "Reserved")
    await page.locator("#action-note").fill("Held for Mrs. Chen")
    await page.getByTestId("stock-action-form-submit").click()
    await page.waitForFunction(() => document.querySelector('[data-testid="stock-item-status"]')?.getAttribute("data-status") === "reserved")
    expect(await page.getByTestId("stock-item-status").textContent()).toBe("Reserved")
    await shot(page, "stock-item-detail")
  })

  it("imports a CSV: the dry run lists the broken row, the fixed file imports", async () => {
    await page.goto(`${BASE}/app/stock`)
    await page.getByTestId("open-import").click()
    expect(await page.getByTestId("import-stock-form").textContent()).toContain("purity")
    const header = "tag_id,product_handle,inventory_type,shape,size,color,quality,weight,weight_unit,pieces,location"
    const bad = [header, `OLD-101,round-diamond,Gemstones,Round,4mm,H,SI1,0.25,ct,1,${location.name}`, `OLD-102,round-diamond,Gemstones,Round,4mm,H,SI1,lots,ct,1,${location.name}`].join("\n")
    await page.getByTestId("import-csv").fill(bad)
    await page.getByTestId("import-dry-run").click()
    await page.getByTestId("import-report").waitFor()
    expect(await page.getByTestId("import-report").textContent()).toContain("2 rows: 1 ready, 1 refused")
    expect(await page.getByTestId("import-error").first().textContent()).toContain("weight")
    expect(await page.getByTestId("import-submit").isDisabled()).toBe(true)
    await shot(page, "stock-import-dry-run")
    await page.getByTestId("import-csv").fill(bad.replace("lots", "0.26"))
    await page.getByTestId("import-dry-run").click()
    await page.getByText("2 rows: 2 ready, 0 refused").waitFor()
    await page.getByTestId("import-submit").click()
    await page.getByText("Imported 2 stock items").first().waitFor()
    await row("OLD-102").waitFor()
  })

  it("the product page shows the workshop's figures, chart, related items, summary and image choice", async () => {
    await page.goto(`${BASE}/app/products/${diamond.id}`)
    const widget = page.getByTestId("product-stock-widget")
    await widget.waitFor()
    // The diamond has no finished pieces: the widget opens on a tab that has items, not an empty "Finished".
    const { body: first } = await adminApi(page, `/admin/products/${diamond.id}/stock-analytics?inventory_kind=finished`)
    const landing = ["finished", "materials_supplies", "rough", "in_process"].find((k) => first.analytics.kinds.some((x: any) => x.inventory_kind === k && x.item_count > 0))
    await widget.locator(`[data-testid="kind-${landing}"][data-state="active"]`).waitFor()
    // Its figures are that tab's own, never the "Finished" answer it was first read from (0 items).
    await widget.locator(`[data-testid="stock-stats"][data-kind="${landing}"]`).waitFor()
    const landed = first.analytics.kinds.find((x: any) => x.inventory_kind === landing).item_count
    expect(await widget.getByTestId("stat-items").textContent()).toBe(String(landed))
    expect(landed).toBeGreaterThan(0)
    await widget.getByTestId("kind-materials_supplies").click()
    await widget.locator('[data-testid="stock-stats"][data-kind="materials_supplies"]').waitFor()
    // The count is the database's: the demo sets one seeded diamond into a mount, and other suites record and receive diamonds.
    const { body } = await adminApi(page, `/admin/products/${diamond.id}/stock-analytics?inventory_kind=materials_supplies`)
    const count = String(body.analytics.item_count)
    expect(body.analytics.item_count).toBeGreaterThanOrEqual(5)
    await page.waitForFunction((n) => document.querySelector('[data-testid="stat-items"]')?.textContent === n, count)
    // Weights read at the unit's precision (0.01 g), never a float's eight places.
    expect(await widget.getByTestId("stat-total").textContent()).toBe(displayWeight(body.analytics.total_weight, "g"))
    expect(await widget.getByTestId("stat-average").textContent()).toBe(displayWeight(body.analytics.average_weight, "g"))
    // The chart has a weight axis in the unit and a date axis.
    expect(await widget.getByTestId("chart-y-axis").textContent()).toContain("0 g")
    expect(await widget.getByTestId("chart-x-axis").locator("text").count()).toBe(3)
    expect(await widget.locator('[data-testid="bar-added"]').count()).toBeGreaterThan(0)
    expect(await widget.locator('[data-testid="bar-deducted"]').count()).toBeGreaterThan(0)
    expect(await widget.getByTestId("stock-summary").textContent()).toContain(`Round Brilliant Diamond: ${count} items of materials & supplies on hand`)
    await addFilter(page, "product-stock-table", "Color")
    await page.getByPlaceholder("Color").fill("E")
    await rowCount(page, 2, '[data-testid="product-stock-table"]')
    await page.keyboard.press("Escape")
    expect(await widget.getByTestId("full-stock-link").getAttribute("href")).toContain(`product_id=${diamond.id}`)
    await widget.getByTestId("choose-image").first().click()
    await page.getByText("Product image updated").first().waitFor()
    const product = (await adminApi(page, `/admin/products/${diamond.id}`)).body.product
    expect(product.thumbnail).toMatch(/^data:image\/svg\+xml/)
    await shot(page, "product-page-stock-widget")
  })
})
