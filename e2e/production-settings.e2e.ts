/**
 * Settings → Production, driven in Chromium as the seeded admin: the seed's
 * sections, adding a stage with its mappings, search, the Active checkbox,
 * departments, policies with a refused tolerance, the confirmed reset, and
 * what is still there after a reload. Each step leaves a screenshot in
 * .e2e-artifacts/screenshots/settings-production-*.png.
 */
import type { Browser, Page } from "playwright-core"
import { adminApi, adminRequest, BASE, choose, createStaffUser, launch, login, shot } from "./helpers"

jest.setTimeout(240_000)

// The jewelry catalog the demo seed loads, in flow order (SPEC §1).
const JEWELRY_STAGES_START = ["Design Sign-off & BOM", "CAD & Tooling Prep", "Model", "Mold Making", "Wax Injection"]
const JEWELRY_STAGE_COUNT = 20

// The suites share one database: put the seeded policies back afterwards, so other suites
// do not inherit "QA checks required" and a 2.5% tolerance from this one.
let seeded: Record<string, unknown>
beforeAll(async () => {
  seeded = (await adminRequest("/admin/production/settings")).settings
})
afterAll(async () => {
  if (!seeded) return
  const keys = ["enforce_stage_inventory_mapping", "enforce_stage_department_mapping", "qa_checks_required", "weight_tolerance_percent", "due_date_offset_days", "karat_table"]
  await adminRequest("/admin/production/settings", { body: Object.fromEntries(keys.map((k) => [k, seeded[k]])) })
})

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

  const stageRows = () => page.getByTestId("stage-row")
  const stageRow = (name: string) => page.locator(`[data-testid="stage-row"][data-stage-name="${name}"]`)
  const stageNames = () => stageRows().evaluateAll((rows) => rows.map((r) => r.getAttribute("data-stage-name")))
  const toast = (text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first()
  const ready = async () => {
    await page.getByTestId("production-settings").waitFor()
    await stageRows().first().waitFor()
  }
  /** Types into the stage search and waits until the list shows what the API answered for that text. */
  const search = async (text: string) => {
    await page.getByTestId("stage-search").fill(text)
    await page.locator(`[data-testid="stage-list"][data-settled="true"][data-q="${text.trim()}"]`).waitFor()
  }

  it("Settings → Production shows Production Defaults, Production Stages, Departments, Policies, Metal purity and Reset, in that order", async () => {
    await page.goto(`${BASE}/app/settings`)
    await page.locator('aside a[href="/app/settings/production"]').click()
    await page.waitForURL(`${BASE}/app/settings/production`)
    await ready()

    const sections = await page
      .locator('[data-testid^="section-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")))
    expect(sections).toEqual(["section-defaults", "section-stages", "section-departments", "section-policies", "section-purity", "section-reset"])
    expect(await page.getByTestId("production-settings").getAttribute("data-read-only")).toBe("false")
    expect(await page.getByTestId("read-only-note").count()).toBe(0)

    // Production Defaults carries the seeded values.
    const settings = (await adminApi(page, "/admin/production/settings")).body.settings
    expect(await page.locator("#due_date_offset_days").inputValue()).toBe(String(settings.due_date_offset_days))
    expect(await page.getByTestId("default-start-stage").textContent()).toContain("Design Sign-off & BOM")
    expect(await page.locator("#tag_prefix").inputValue()).toBe(settings.tag_prefix)

    // The jewelry stage catalog, in flow order.
    expect(await stageRows().count()).toBe(JEWELRY_STAGE_COUNT)
    expect((await stageNames()).slice(0, JEWELRY_STAGES_START.length)).toEqual(JEWELRY_STAGES_START)
    expect(await page.getByTestId("stage-count").textContent()).toBe(`${JEWELRY_STAGE_COUNT} stages`)
    await expect(page.getByTestId("reset-warning").textContent()).resolves.toContain(
      "Resetting production stages permanently deletes custom stages and cannot be undone"
    )
    await shot(page, "settings-production-01-page", { full: true })
  })

  it("adds a department and renames it", async () => {
    const section = page.getByTestId("section-departments")
    await section.locator("#department-name").fill("Engraving")
    await section.locator("#department-code").fill("ENG")
    await page.getByTestId("add-department").click()
    await toast('Department "Engraving" added').waitFor()
    const row = section.locator('[data-testid="department-row"][data-department-name="Engraving"]')
    await row.waitFor()
    expect(await row.textContent()).toContain("ENG")
    expect(await section.locator("#department-name").inputValue()).toBe("")

    await row.getByTestId("department-menu").click()
    await page.getByRole("menuitem", { name: "Rename" }).click()
    const editor = section.getByTestId("department-rename")
    await editor.getByLabel("Department name").fill("Laser Engraving Bench")
    await editor.getByRole("button", { name: "Save" }).click()
    await section.locator('[data-testid="department-row"][data-department-name="Laser Engraving Bench"]').waitFor()
    expect(await section.locator('[data-testid="department-row"][data-department-name="Engraving"]').count()).toBe(0)
    const { body } = await adminApi(page, "/admin/production/departments")
    expect(body.departments.find((d: any) => d.code === "ENG")?.name).toBe("Laser Engraving Bench")
    await shot(page, "settings-production-02-department-added", { focus: page.getByTestId("section-departments") })
  })

  it("adds a production stage with a code, a department and an inventory type", async () => {
    await page.getByTestId("add-stage").click()
    const form = page.getByTestId("stage-form")
    await form.getByRole("heading", { name: "Add production stage" }).waitFor()
    await form.locator("#stage-name").fill("Laser Engraving")
    await form.locator("#stage-code").fill("LSR")
    await form.locator("#stage-description").fill("Personalised engraving before the final polish")
    await form.getByRole("checkbox", { name: "Department Laser Engraving Bench" }).click()
    await form.getByRole("checkbox", { name: "Inventory type In-Process" }).click()
    expect(await form.getByRole("checkbox", { name: "Department Laser Engraving Bench" }).getAttribute("data-state")).toBe("checked")
    expect(await form.getByRole("checkbox", { name: "Inventory type In-Process" }).getAttribute("data-state")).toBe("checked")
    expect(await form.locator("#stage-active").getAttribute("data-state")).toBe("checked")
    await shot(page, "settings-production-03-add-stage-form")

    await page.getByTestId("save-stage").click()
    await toast('Stage "Laser Engraving" added').waitFor()
    await form.waitFor({ state: "detached" })
    const row = stageRow("Laser Engraving")
    await row.waitFor()
    const text = await row.textContent()
    expect(text).toContain("LSR")
    expect(text).toContain("Laser Engraving Bench")
    expect(text).toContain("In-Process")
    expect(await row.getByTestId("stage-active").getAttribute("data-state")).toBe("checked")
    expect(await stageRows().count()).toBe(JEWELRY_STAGE_COUNT + 1)

    // What the API stored: the mappings are the ids of the ticked department and type.
    const [stages, departments, types] = await Promise.all([
      adminApi(page, "/admin/production/stages?q=Laser Engraving"),
      adminApi(page, "/admin/production/departments"),
      adminApi(page, "/admin/production/inventory-types"),
    ])
    const stage = stages.body.stages.find((s: any) => s.name === "Laser Engraving")
    expect(stage).toMatchObject({
      code: "LSR",
      is_active: true,
      department_ids: [departments.body.departments.find((d: any) => d.name === "Laser Engraving Bench").id],
      inventory_type_ids: [types.body.inventory_types.find((t: any) => t.name === "In-Process").id],
    })
    await shot(page, "settings-production-04-stage-added", { focus: stageRow("Laser Engraving") })
  })

  it("a second stage with the same name is refused, with the error under Stage name", async () => {
    await page.getByTestId("add-stage").click()
    const form = page.getByTestId("stage-form")
    // Saved empty, it says what is missing, beside the field.
    await page.getByTestId("save-stage").click()
    await page.getByTestId("error-stage-name").filter({ hasText: "Stage name is required" }).waitFor()
    await form.locator("#stage-name").fill("laser engraving")
    await page.getByTestId("save-stage").click()
    const error = page.getByTestId("error-stage-name")
    await error.waitFor()
    expect(await error.textContent()).toMatch(/already exists/i)
    // Under the Stage name input, not somewhere else in the form.
    const [input, message] = await Promise.all([form.locator("#stage-name").boundingBox(), error.boundingBox()])
    expect(message!.y).toBeGreaterThan(input!.y)
    expect(message!.y - (input!.y + input!.height)).toBeLessThan(40)
    await shot(page, "settings-production-05-duplicate-stage-error")
    await form.getByRole("button", { name: "Cancel" }).click()
    await form.waitFor({ state: "detached" })
    expect(await stageRows().count()).toBe(JEWELRY_STAGE_COUNT + 1)
  })

  it("finds the stage with the search bar, by name and by code", async () => {
    const asked = page.waitForRequest((r) => {
      const url = new URL(r.url())
      return url.pathname === "/admin/production/stages" && url.searchParams.get("q") === "engrav"
    })
    await search("engrav")
    await asked
    expect(await stageNames()).toEqual(["Laser Engraving"])
    await search("LSR")
    expect(await stageNames()).toEqual(["Laser Engraving"])
    expect(await page.getByTestId("stage-count").textContent()).toBe("1 stage")
    await shot(page, "settings-production-06-search", { focus: page.getByTestId("section-stages") })
    await search("no such stage")
    expect(await stageRows().count()).toBe(0)
    await page.getByTestId("stages-empty").waitFor()
    await search("engrav")
  })

  it("the Active checkbox deactivates the stage at once", async () => {
    const checkbox = stageRow("Laser Engraving").getByTestId("stage-active")
    expect(await checkbox.getAttribute("data-state")).toBe("checked")
    await checkbox.click()
    await toast("Laser Engraving deactivated").waitFor()
    expect(await checkbox.getAttribute("data-state")).toBe("unchecked")
    const { body } = await adminApi(page, "/admin/production/stages?q=LSR")
    expect(body.stages).toHaveLength(1)
    expect(body.stages[0]).toMatchObject({ name: "Laser Engraving", is_active: false })
    // An inactive stage is no longer offered as the default start stage.
    await page.getByTestId("default-start-stage").click()
    await page.getByRole("option", { name: "Design Sign-off & BOM" }).waitFor()
    expect(await page.getByRole("option", { name: "Laser Engraving" }).count()).toBe(0)
    await page.keyboard.press("Escape")
    await shot(page, "settings-production-07-stage-deactivated", { focus: page.getByTestId("section-stages") })
  })

  it("Edit from the row's three-dot menu opens the same form, filled in, and saves the change", async () => {
    await stageRow("Laser Engraving").getByTestId("stage-menu").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const form = page.getByTestId("stage-form")
    await form.getByRole("heading", { name: "Edit production stage" }).waitFor()
    expect(await form.locator("#stage-name").inputValue()).toBe("Laser Engraving")
    expect(await form.locator("#stage-code").inputValue()).toBe("LSR")
    expect(await form.getByRole("checkbox", { name: "Department Laser Engraving Bench" }).getAttribute("data-state")).toBe("checked")
    expect(await form.getByRole("checkbox", { name: "Inventory type In-Process" }).getAttribute("data-state")).toBe("checked")
    expect(await form.locator("#stage-active").getAttribute("data-state")).toBe("unchecked")
    await form.locator("#stage-description").fill("Names and dates, engraved before the final polish")
    await page.getByTestId("save-stage").click()
    await toast('Stage "Laser Engraving" saved').waitFor()
    await form.waitFor({ state: "detached" })
    const { body } = await adminApi(page, "/admin/production/stages?q=LSR")
    expect(body.stages[0]).toMatchObject({ description: "Names and dates, engraved before the final polish", code: "LSR", is_active: false })
  })

  it("Allowed loss %: the seeded standards are listed; a stage's is set on its form, and 150 is refused beside the field", async () => {
    await search("Metal Casting")
    expect(await stageRow("Metal Casting").getByTestId("stage-loss-standard").textContent()).toBe("2%")
    await search("engrav")
    expect(await stageRow("Laser Engraving").getByTestId("stage-loss-standard").textContent()).toBe("-")
    await stageRow("Laser Engraving").getByTestId("stage-menu").click()
    await page.getByRole("menuitem", { name: "Edit" }).click()
    const form = page.getByTestId("stage-form")
    expect(await form.locator("#stage-loss-standard").inputValue()).toBe("")
    await form.locator("#stage-loss-standard").fill("150")
    await page.getByTestId("save-stage").click()
    const error = page.getByTestId("error-stage-loss-standard")
    await error.waitFor()
    expect(await error.textContent()).toContain("from 0 to 100")
    await form.locator("#stage-loss-standard").fill("0.75")
    await page.getByTestId("save-stage").click()
    await toast('Stage "Laser Engraving" saved').waitFor()
    await form.waitFor({ state: "detached" })
    await page.waitForFunction(() => document.querySelector('[data-testid="stage-row"][data-stage-name="Laser Engraving"] [data-testid="stage-loss-standard"]')?.textContent === "0.75%")
    const { body } = await adminApi(page, "/admin/production/stages?q=LSR")
    expect(Number(body.stages[0].loss_standard_pct)).toBe(0.75)
    await shot(page, "settings-production-07b-loss-standard", { focus: page.getByTestId("section-stages") })
  })

  it("Metal purity: the hallmark table until the workshop keeps its own (14K = 583.3); a bad fineness is refused; restoring asks first", async () => {
    const section = page.getByTestId("section-purity")
    expect(await section.getByTestId("karat-table-kind").textContent()).toBe("Hallmark convention")
    const karats = await section.getByTestId("karat-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-karat")))
    expect(karats).toEqual(["9", "10", "14", "18", "20", "21", "22", "24"])
    const fineness14 = section.locator('[data-testid="karat-row"][data-karat="14"]').getByTestId("fineness-input")
    expect(await fineness14.inputValue()).toBe("585")
    await fineness14.fill("1200")
    await page.getByTestId("save-karat-table").click()
    await section.getByTestId("error-karat-table").waitFor()
    expect(await section.getByTestId("error-karat-table").textContent()).toContain("at most 1000")
    expect((await adminApi(page, "/admin/production/settings")).body.settings.karat_table).toBeNull()

    await fineness14.fill("583.3")
    await page.getByTestId("save-karat-table").click()
    await toast("Karat table saved").waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="karat-table-kind"]')?.textContent === "Workshop's own table")
    expect((await adminApi(page, "/admin/production/settings")).body.settings.karat_table).toMatchObject({ "14": "583.3", "18": "750" })
    await shot(page, "settings-production-07c-karat-table", { focus: section })

    await page.getByTestId("restore-karat-table").click()
    const dialog = page.getByRole("alertdialog")
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain("14K 585")
    await dialog.getByRole("button", { name: "Restore hallmark convention" }).click()
    await toast("Hallmark convention restored").waitFor()
    await page.waitForFunction(() => document.querySelector('[data-testid="karat-table-kind"]')?.textContent === "Hallmark convention")
    expect((await adminApi(page, "/admin/production/settings")).body.settings.karat_table).toBeNull()
    expect(await fineness14.inputValue()).toBe("585")
  })

  it("Move up in the row's menu changes the stage's place in the flow", async () => {
    await search("")
    let names = await stageNames()
    expect(names.slice(-2)).toEqual(["Clean, Label & Pack", "Laser Engraving"])
    await stageRow("Laser Engraving").getByTestId("stage-menu").click()
    expect(await page.getByRole("menuitem", { name: "Move down" }).getAttribute("data-disabled")).not.toBeNull()
    await page.getByRole("menuitem", { name: "Move up" }).click()
    await toast("Laser Engraving moved up").waitFor()
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="stage-row"]')).map((r) => r.getAttribute("data-stage-name"))
      return rows[rows.length - 1] === "Clean, Label & Pack"
    })
    names = await stageNames()
    expect(names.slice(-2)).toEqual(["Laser Engraving", "Clean, Label & Pack"])
    const { body } = await adminApi(page, "/admin/production/stages")
    expect(body.stages.map((s: any) => s.name).slice(-2)).toEqual(["Laser Engraving", "Clean, Label & Pack"])
  })

  it("Remove from the row's menu asks for confirmation, then the stage is gone", async () => {
    const created = await adminApi(page, "/admin/production/stages", { name: "Stone Photography", code: "PHO" })
    expect(created.status).toBe(201)
    await search("photo")
    expect(await stageNames()).toEqual(["Stone Photography"])
    await stageRow("Stone Photography").getByTestId("stage-menu").click()
    await page.getByRole("menuitem", { name: "Remove" }).click()
    const dialog = page.getByRole("alertdialog")
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain("Remove Stone Photography?")
    await shot(page, "settings-production-08-remove-confirm")
    await page.getByTestId("confirm-remove-stage").click()
    await toast("Stone Photography removed").waitFor()
    await dialog.waitFor({ state: "detached" })
    await stageRow("Stone Photography").waitFor({ state: "detached" })
    await page.getByTestId("stages-empty").waitFor()
    const { body } = await adminApi(page, "/admin/production/stages?q=Photography")
    expect(body.stages).toHaveLength(0)
  })

  it("Policies: turns on QA checks required with a 2.5% tolerance and saves", async () => {
    const policies = page.getByTestId("section-policies")
    expect(await policies.locator("#qa_checks_required").getAttribute("data-state")).toBe("unchecked")
    await policies.locator("#qa_checks_required").click()
    await policies.locator("#weight_tolerance_percent").fill("2.5")
    await page.getByTestId("save-policies").click()
    await toast("Policies saved").waitFor()
    const { body } = await adminApi(page, "/admin/production/settings")
    expect(body.settings).toMatchObject({ qa_checks_required: true, weight_tolerance_percent: 2.5 })
    expect(body.settings.enforce_stage_inventory_mapping).toBe(false)
    await shot(page, "settings-production-09-policies-saved", { focus: page.getByTestId("section-policies") })
  })

  it("Policies: a 150% tolerance is refused, with the error beside Job weight tolerance (%)", async () => {
    const policies = page.getByTestId("section-policies")
    await policies.locator("#weight_tolerance_percent").fill("150")
    await page.getByTestId("save-policies").click()
    const error = page.getByTestId("error-weight_tolerance_percent")
    await error.waitFor()
    expect(await error.textContent()).toMatch(/100/)
    const [input, message] = await Promise.all([policies.locator("#weight_tolerance_percent").boundingBox(), error.boundingBox()])
    expect(message!.y).toBeGreaterThan(input!.y)
    expect(message!.y - (input!.y + input!.height)).toBeLessThan(40)
    // Nothing was saved: the tolerance is still 2.5.
    const { body } = await adminApi(page, "/admin/production/settings")
    expect(body.settings.weight_tolerance_percent).toBe(2.5)
    await shot(page, "settings-production-10-tolerance-error", { focus: page.getByTestId("section-policies") })
  })

  it("Reset asks for confirmation; Cancel keeps the custom stage", async () => {
    await search("")
    expect(await stageRows().count()).toBe(JEWELRY_STAGE_COUNT + 1)
    await choose(page, "#reset-industry", "Jewelry")
    await page.getByTestId("reset-stages").click()
    const dialog = page.getByRole("alertdialog")
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain("cannot be undone")
    await shot(page, "settings-production-11-reset-confirm")
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "detached" })
    const { body } = await adminApi(page, "/admin/production/stages?q=LSR")
    expect(body.stages).toHaveLength(1)
  })

  it("Reset Production Stages, confirmed: the custom stage is gone and the jewelry defaults are back", async () => {
    await page.getByTestId("reset-stages").click()
    const dialog = page.getByRole("alertdialog")
    await page.getByTestId("confirm-reset").click()
    await toast("Production stages reset").waitFor()
    await dialog.waitFor({ state: "detached" })
    await stageRow("Laser Engraving").waitFor({ state: "detached" })
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="stage-row"]').length === n, JEWELRY_STAGE_COUNT)
    expect((await stageNames()).slice(0, JEWELRY_STAGES_START.length)).toEqual(JEWELRY_STAGES_START)
    const { body } = await adminApi(page, "/admin/production/stages?q=Laser")
    expect(body.stages).toHaveLength(0)
    await shot(page, "settings-production-12-after-reset", { focus: page.getByTestId("section-stages") })
  })

  it("after a reload: policies kept, custom stage gone, default catalog listed", async () => {
    await page.reload()
    await ready()
    const policies = page.getByTestId("section-policies")
    expect(await policies.locator("#qa_checks_required").getAttribute("data-state")).toBe("checked")
    expect(await policies.locator("#weight_tolerance_percent").inputValue()).toBe("2.5")
    expect(await page.getByTestId("error-weight_tolerance_percent").count()).toBe(0)
    expect(await stageRows().count()).toBe(JEWELRY_STAGE_COUNT)
    expect(await stageRow("Laser Engraving").count()).toBe(0)
    expect((await stageNames()).slice(0, JEWELRY_STAGES_START.length)).toEqual(JEWELRY_STAGES_START)
    expect(await page.getByTestId("default-start-stage").textContent()).toContain("Design Sign-off & BOM")
    await shot(page, "settings-production-13-after-reload", { full: true })
    await search("engrav")
    await page.getByTestId("stages-empty").waitFor()
    expect(await stageRows().count()).toBe(0)
  })
})

describe("Settings → Production for a staff member who is not an admin", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launch()
    const member = await createStaffUser("member", `bench-${Date.now()}@jeweler.test`)
    page = await login(browser, member)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("shows the settings read-only, with a note saying only admins can change them", async () => {
    await page.goto(`${BASE}/app/settings/production`)
    await page.getByTestId("production-settings").waitFor()
    await page.getByTestId("stage-row").first().waitFor()
    const note = page.getByTestId("read-only-note")
    await note.waitFor()
    expect(await note.textContent()).toContain("Only admins can change production settings")
    expect(await note.textContent()).toContain("member")
    expect(await page.getByTestId("production-settings").getAttribute("data-read-only")).toBe("true")

    // Everything is readable, nothing is editable.
    expect(await page.getByTestId("stage-row").count()).toBe(JEWELRY_STAGE_COUNT)
    for (const id of ["#due_date_offset_days", "#tag_prefix", "#weight_tolerance_percent", "#qa_checks_required", "#managers_all_locations"]) {
      expect(await page.locator(id).isDisabled()).toBe(true)
    }
    expect(await page.getByTestId("stage-active").first().isDisabled()).toBe(true)
    expect(await page.getByTestId("fineness-input").first().isDisabled()).toBe(true)
    for (const id of ["save-defaults", "add-stage", "stage-menu", "add-department", "save-policies", "save-karat-table", "reset-stages"]) {
      expect(await page.getByTestId(id).count()).toBe(0)
    }
    // The policies the admin saved are what the member reads.
    expect(await page.locator("#weight_tolerance_percent").inputValue()).toBe("2.5")
    await shot(page, "settings-production-14-read-only", { full: true })
  })
})
