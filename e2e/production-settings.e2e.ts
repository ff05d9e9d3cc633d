import type { Browser, Page } from "playwright-core"
import { adminApi, BASE, launch, login, shot } from "./helpers"

jest.setTimeout(180_000)

describe("Settings → Production in the Medusa admin", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launch()
    page = await login(browser)
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = async () => {
    await page.goto(`${BASE}/app/settings/production`)
    await page.getByTestId("production-settings").waitFor()
    await page.getByTestId("stage-row").first().waitFor()
  }
  const stageRow = (name: string) => page.locator(`[data-testid="stage-row"][data-stage-name="${name}"]`)

  it("shows the seed's sections with the jewelry catalog", async () => {
    await open()
    for (const id of ["section-defaults", "section-stages", "section-departments", "section-policies", "section-reset"]) {
      await page.getByTestId(id).waitFor()
    }
    await stageRow("Design Sign-off & BOM").waitFor()
    expect(await page.getByTestId("stage-row").count()).toBe(20)
    await shot(page, "settings-production")
  })

  it("adds a production stage with code, department and inventory type, and finds it by search", async () => {
    await page.getByTestId("add-stage").click()
    const form = page.getByTestId("stage-form")
    await form.locator("#stage-name").fill("Laser Engraving")
    await form.locator("#stage-code").fill("LSR")
    await form.locator("#stage-description").fill("Personalised engraving before polish")
    await form.getByRole("checkbox", { name: "Department Final Polish" }).click()
    await form.getByRole("checkbox", { name: "Inventory type In-Process" }).click()
    await shot(page, "settings-production-add-stage")
    await page.getByTestId("save-stage").click()
    await stageRow("Laser Engraving").waitFor()
    await page.getByTestId("stage-search").fill("engrav")
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="stage-row"]').length === 1)
    const row = stageRow("Laser Engraving")
    expect(await row.textContent()).toContain("LSR")
    expect(await row.textContent()).toContain("Final Polish")
    expect(await row.textContent()).toContain("In-Process")
  })

  it("a duplicate name is refused with the error beside the field", async () => {
    await page.getByTestId("add-stage").click()
    const form = page.getByTestId("stage-form")
    await form.locator("#stage-name").fill("laser engraving")
    await page.getByTestId("save-stage").click()
    await page.getByTestId("error-stage-name").waitFor()
    expect(await page.getByTestId("error-stage-name").textContent()).toContain("already exists")
    await shot(page, "settings-production-duplicate-stage")
    await page.keyboard.press("Escape")
    await form.waitFor({ state: "detached" })
  })

  it("deactivates the stage with its Active checkbox", async () => {
    const checkbox = stageRow("Laser Engraving").getByTestId("stage-active")
    expect(await checkbox.getAttribute("data-state")).toBe("checked")
    await checkbox.click()
    await page.waitForFunction(() => document.querySelector('[data-stage-name="Laser Engraving"] [data-testid="stage-active"]')?.getAttribute("data-state") === "unchecked")
    const { body } = await adminApi(page, "/admin/production/stages?q=Laser")
    expect(body.stages[0]).toMatchObject({ name: "Laser Engraving", is_active: false })
    await shot(page, "settings-production-stage-deactivated")
  })

  it("changes a policy and the tolerance; a bad tolerance is refused beside the field", async () => {
    const policies = page.getByTestId("section-policies")
    await policies.locator("#qa_checks_required").click()
    await policies.locator("#weight_tolerance_percent").fill("150")
    await page.getByTestId("save-policies").click()
    await page.getByTestId("error-weight_tolerance_percent").waitFor()
    expect(await page.getByTestId("error-weight_tolerance_percent").textContent()).toMatch(/100/)
    let settings = (await adminApi(page, "/admin/production/settings")).body.settings
    expect(settings.qa_checks_required).toBe(false)
    await shot(page, "settings-production-policy-error")
    await policies.locator("#weight_tolerance_percent").fill("2.5")
    await page.getByTestId("save-policies").click()
    await page.getByText("Policies saved").first().waitFor()
    settings = (await adminApi(page, "/admin/production/settings")).body.settings
    expect(settings).toMatchObject({ qa_checks_required: true, weight_tolerance_percent: 2.5 })
  })

  it("resets with confirmation: the custom stage is gone and the defaults are back", async () => {
    await page.getByTestId("reset-stages").click()
    await page.getByRole("alertdialog").waitFor()
    await shot(page, "settings-production-reset-confirm")
    await page.getByTestId("confirm-reset").click()
    await page.getByText(/Loaded 20 jewelry stages/).first().waitFor()
    const { body } = await adminApi(page, "/admin/production/stages?q=Laser")
    expect(body.stages).toHaveLength(0)
  })

  it("after a reload every change is still there", async () => {
    await page.reload()
    await open()
    expect(await page.getByTestId("stage-row").count()).toBe(20)
    expect(await stageRow("Laser Engraving").count()).toBe(0)
    const policies = page.getByTestId("section-policies")
    expect(await policies.locator("#qa_checks_required").getAttribute("data-state")).toBe("checked")
    expect(await policies.locator("#weight_tolerance_percent").inputValue()).toBe("2.5")
    await shot(page, "settings-production-after-reload")
  })
})
