import type { Browser, Page } from "playwright-core"
import { adminApi, BASE, choose, launch, login, shot } from "./helpers"

jest.setTimeout(300_000)

describe("Suppliers, purchase orders and the order wizards", () => {
  let browser: Browser
  let page: Page
  let poUrl: string

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("keeps suppliers with contacts, currency and terms", async () => {
    // Suppliers has its own place in the sidebar.
    await page.locator("aside nav").getByRole("link", { name: "Suppliers" }).click()
    await page.waitForURL(/\/app\/suppliers/)
    await page.locator('[data-testid="supplier-row"][data-name="Hoover & Strong"]').waitFor()
    await page.getByTestId("new-supplier").click()
    const form = page.getByTestId("supplier-form")
    // Saving an empty form says what is missing, beside the field.
    await form.getByTestId("save-supplier").click()
    expect(await form.getByTestId("error-supplier-name").textContent()).toBe("Name is required")
    await form.locator("#supplier-name").fill("Stuller")
    await form.locator("#supplier-email").fill("not-an-email")
    await form.getByTestId("save-supplier").click()
    await form.getByTestId("error-supplier-email").filter({ hasText: /^Not an email address/ }).waitFor()
    await form.locator("#supplier-email").fill("orders@stuller.example")
    await form.locator("#supplier-payment_terms").fill("Net 30")
    await form.getByTestId("save-supplier").click()
    await page.locator("tr").filter({ has: page.locator('[data-testid="supplier-row"][data-name="Stuller"]') }).filter({ hasText: "Net 30" }).waitFor()
    await shot(page, "suppliers")
  })

  it("lists suppliers on the server's pages: the exact count, a search by name", async () => {
    const list = page.getByTestId("suppliers-page")
    const { body } = await adminApi(page, "/admin/suppliers?limit=1")
    await list.getByTestId("suppliers-count").filter({ hasText: `${body.count} ${body.count === 1 ? "supplier" : "suppliers"}` }).waitFor()
    await list.locator("input").first().fill("stul")
    await list.getByTestId("suppliers-count").filter({ hasText: /^1 supplier$/ }).waitFor()
    expect(await list.getByTestId("supplier-row").count()).toBe(1)
    expect(await list.getByTestId("supplier-row").getAttribute("data-name")).toBe("Stuller")
  })

  it("the purchase order wizard prepares the products from the notes, corrected in the table, and submits", async () => {
    await page.goto(`${BASE}/app/purchase-orders`)
    await page.getByTestId("new-purchase-order").click()
    const wizard = page.getByTestId("order-wizard")
    await wizard.waitFor()
    // The supplier is found by a search on the server, not picked from a list of all of them.
    await wizard.locator("#wizard-party").fill("hoover")
    await choose(page, "#wizard-party", "Hoover & Strong")
    await choose(page, "#wizard-lead", "Avery Goldsmith")
    await wizard.getByTestId("wizard-next").click()
    await wizard.locator("#wizard-notes").fill("10 round brilliant diamonds 0.50 ct\n50 dwt 14K yellow casting grain approx\n12 lobster clasps 14K yellow")
    await wizard.getByTestId("wizard-next").click()
    const rows = wizard.getByTestId("review-row")
    await rows.nth(2).waitFor()
    expect(await rows.count()).toBe(3)
    expect(await rows.nth(0).getByLabel("Quantity").inputValue()).toBe("10")
    expect(await rows.nth(1).getByLabel("Weight").inputValue()).toBe("50")
    expect(await rows.nth(0).textContent()).toContain("match")
    expect(await wizard.getByTestId("extraction-warning").first().textContent()).toMatch(/matched no catalog product/)
    // The jeweler corrects the table: 12 stones, not 10, and a unit cost.
    await rows.nth(0).getByLabel("Quantity").fill("12")
    await rows.nth(0).getByLabel("Unit cost").fill("1050")
    await shot(page, "po-wizard-review")
    await wizard.getByTestId("wizard-next").click()
    await wizard.locator("#wizard-budget").fill("15000")
    await wizard.locator("#wizard-date-required").fill("2026-12-10")
    await wizard.getByTestId("wizard-next").click()
    // Submitting without the terms is refused and says why.
    await wizard.getByTestId("wizard-submit").click()
    await wizard.getByTestId("wizard-error").filter({ hasText: /terms/ }).waitFor()
    await wizard.locator("#wizard-terms").click()
    await wizard.getByTestId("wizard-submit").click()
    await page.getByTestId("purchase-order-page").waitFor()
    poUrl = page.url()
    expect(await page.getByTestId("po-status").textContent()).toBe("Submitted")
    const lines = page.getByTestId("po-line")
    expect(await lines.count()).toBe(3)
    expect(await lines.nth(0).textContent()).toContain("12")
  })

  it("lists purchase orders on the server's pages: filtered by status, searched by number, with the exact count", async () => {
    const { body: got } = await adminApi(page, `/admin/purchase-orders/${poUrl.split("/").pop()}`)
    const number = got.purchase_order.display_number
    await page.goto(`${BASE}/app/purchase-orders`)
    const list = page.getByTestId("purchase-orders-page")
    await list.getByTestId("po-row").first().waitFor()
    const all = (await adminApi(page, "/admin/purchase-orders?limit=1")).body.count
    const label = (n: number) => `${n} ${n === 1 ? "purchase order" : "purchase orders"}`
    await list.getByTestId("purchase-orders-count").filter({ hasText: new RegExp(`^${label(all)}$`) }).waitFor()
    // Status from Medusa's filter menu, kept in the URL.
    await list.getByTestId("purchase-orders-filter-menu").locator("button").click()
    await page.getByRole("menuitem", { name: "Status" }).click()
    await page.getByRole("listitem").filter({ hasText: "Submitted" }).click()
    await page.waitForURL(/status=submitted/)
    await page.keyboard.press("Escape")
    const submitted = (await adminApi(page, "/admin/purchase-orders?status=submitted&limit=1")).body.count
    await list.getByTestId("purchase-orders-count").filter({ hasText: new RegExp(`^${label(submitted)}$`) }).waitFor()
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="po-row"]').length === Math.min(n, 20), submitted)
    expect(await list.locator('[data-testid="po-row-status"]:not([data-status="submitted"])').count()).toBe(0)
    // The number as the list shows it finds the one order.
    await list.locator("input").first().fill(number)
    await list.getByTestId("purchase-orders-count").filter({ hasText: /^1 purchase order$/ }).waitFor()
    expect(await list.getByTestId("po-row").getAttribute("data-number")).toBe(number)
    await shot(page, "purchase-orders-list")
    await list.getByTestId("po-row").click()
    await page.getByTestId("purchase-order-page").waitFor()
    expect(page.url()).toBe(poUrl)
  })

  it("receives inventory in parts into tagged stock", async () => {
    await page.getByTestId("po-receive").click()
    const drawer = page.getByTestId("receive-drawer")
    const lines = drawer.getByTestId("receive-line")
    await lines.nth(2).waitFor()
    await lines.nth(1).getByRole("checkbox").uncheck()
    await lines.nth(2).getByRole("checkbox").uncheck()
    await lines.nth(0).getByLabel("Quantity received").fill("5")
    await lines.nth(0).getByLabel("Weight received").fill("2.52")
    await choose(page, '[data-testid="receive-line"] >> nth=0 >> [aria-label="Weight unit"]', "ct")
    await shot(page, "po-receive")
    await drawer.getByTestId("confirm-receive").click()
    await page.getByTestId("po-status").filter({ hasText: "Partially Received" }).waitFor()
    const tags = await page.getByTestId("po-created-tags").textContent()
    expect(tags).toMatch(/JWDIA\d{4}/)
    expect(await page.getByTestId("po-line-received").nth(0).textContent()).toBe("5")

    // The rest of the stones and the grain; the clasps must be given a product, so they wait.
    await page.getByTestId("po-receive").click()
    await lines.nth(2).waitFor()
    await lines.nth(2).getByRole("checkbox").uncheck()
    // Each line starts as the inventory type its product is kept as, not "Rough" for everything.
    const { body: got } = await adminApi(page, `/admin/purchase-orders/${poUrl.split("/").pop()}`)
    const { body: catalog } = await adminApi(page, "/admin/production/inventory-types")
    const grainType = catalog.inventory_types.find((t: any) => t.id === got.purchase_order.lines[1].receive_as_type_id)
    if (grainType) expect(await lines.nth(1).getByLabel("Inventory type").textContent()).toContain(grainType.name)
    // The grain was ordered as 50 dwt: receiving it without its weight is refused beside the line, and nothing is received.
    await drawer.getByTestId("confirm-receive").click()
    await lines.nth(1).getByTestId("receive-line-error").filter({ hasText: "Weight received is required: this line was ordered by weight (50 dwt)." }).waitFor()
    expect(await page.getByTestId("po-line-received").nth(1).textContent()).toBe("0")
    // The weight input starts in the unit the line was ordered in.
    expect(await lines.nth(1).getByLabel("Weight unit").textContent()).toContain("dwt")
    if (got.purchase_order.lines[0].weight) await lines.nth(0).getByLabel("Weight received").fill("3.5")
    await lines.nth(1).getByLabel("Weight received").fill("49.6")
    await drawer.getByTestId("confirm-receive").click()
    await page.getByTestId("po-receipts").filter({ hasText: "49.6 dwt" }).waitFor()
    expect(await page.getByTestId("po-line-received").nth(0).textContent()).toBe("12")
    expect(await page.getByTestId("po-status").textContent()).toBe("Partially Received")
  })

  it("removes the order after a confirmation; the received stock stays", async () => {
    const tag = (await page.getByTestId("po-created-tags").textContent())!.match(/JW[A-Z]+\d{4}/)![0]
    await page.getByTestId("po-remove").click()
    const dialog = page.getByRole("alertdialog")
    expect(await dialog.textContent()).toContain("Stock already received stays in stock")
    await dialog.getByRole("button", { name: "Remove" }).click()
    await page.getByTestId("purchase-orders-page").waitFor()
    const { status } = await adminApi(page, `/admin/purchase-orders/${poUrl.split("/").pop()}`)
    expect(status).toBe(404)
    const { body } = await adminApi(page, `/admin/stock-items?q=${tag}`)
    expect(body.stock_items).toHaveLength(1)
  })

  it("the same wizard creates a sales order that is a real Medusa order", async () => {
    await page.goto(`${BASE}/app/purchase-orders`)
    await page.getByTestId("new-sales-order").click()
    const wizard = page.getByTestId("order-wizard")
    await wizard.locator("#wizard-party").fill("mei.chen")
    await choose(page, "#wizard-party", "Mei Chen (mei.chen@example.com)")
    await wizard.getByTestId("wizard-next").click()
    await wizard.locator("#wizard-notes").fill("Solitaire ring mount 14K white size 7\nEngrave 'M & J' inside, 40 dollars")
    await wizard.getByTestId("wizard-next").click()
    const rows = wizard.getByTestId("review-row")
    await rows.nth(0).waitFor()
    // The engraving is not a product: it stays a described line with its price.
    const count = await rows.count()
    if (count < 2) await wizard.getByTestId("add-row").click()
    await rows.nth(1).getByLabel("Description").fill("Engraving 'M & J' inside the band")
    await rows.nth(1).getByLabel("Unit price").fill("40")
    await shot(page, "so-wizard-review")
    await wizard.getByTestId("wizard-next").click()
    await wizard.getByTestId("wizard-next").click()
    await wizard.locator("#wizard-terms").click()
    await wizard.getByTestId("wizard-submit").click()
    await page.waitForURL(/\/app\/orders\/order_/)
    await page.getByTestId("jewelry-order-widget").waitFor()
    const orderId = page.url().split("/").pop()!
    const { body } = await adminApi(page, `/admin/orders/${orderId}?fields=id,email,*items`)
    expect(body.order.email).toBe("mei.chen@example.com")
    expect(body.order.items.find((i: any) => i.variant_sku === "RM-SOL-14W-7")).toBeTruthy()
    expect(body.order.items.find((i: any) => i.title.startsWith("Engraving"))).toMatchObject({ unit_price: 40 })
  })
})
