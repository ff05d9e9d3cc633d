import en from "../../../i18n/json/en.json"
import { JOB_KINDS, JOB_MODES, JOB_STATUSES } from "../../../../types/production-jobs"
import { jobBody, jobDefaults, missingFields, STEP_OF, STEPS } from "../form/job-form-state"

const job = (en as any).jewelry.job
const t = ((key: string) => key) as any

describe("The job screens' words", () => {
  it("every kind, mode, status, step and bench action the screens build a key for has its English", () => {
    for (const k of JOB_KINDS) {
      expect(typeof job.kinds[k]).toBe("string")
      expect(typeof job.form.kinds[k]).toBe("string")
    }
    for (const m of JOB_MODES) expect(typeof job.form.modes[m]).toBe("string")
    for (const s of JOB_STATUSES) expect(typeof job.statuses[s]).toBe("string")
    for (const s of ["pending", "in_progress", "completed", "skipped"]) expect(typeof job.stageStatuses[s]).toBe("string")
    for (const s of STEPS) expect(typeof job.form.steps[s]).toBe("string")
    for (const a of ["stage", "issue", "stones", "receive", "qa"]) expect(typeof job.actions[a]).toBe("string")
    for (const k of ["received", "rejected", "scrapped", "waste", "pending", "output", "grossWaste", "netWaste", "consumption"]) expect(typeof job.progress[k]).toBe("string")
    for (const k of ["pass", "fail"]) expect(typeof job.bench.qa[k]).toBe("string")
    for (const k of ["receivedPieces", "receivedWeight", "rejectedPieces", "rejectedWeight", "rejectedDetails", "rejectedPlaceholder", "scrappedWeight", "scrappedDetails", "scrappedPlaceholder", "waste", "title", "submit"])
      expect(typeof job.bench.receive[k]).toBe("string")
    for (const k of ["stages", "material", "stones", "total", "metal", "findings", "labour", "actual"]) expect(typeof job.costs[k]).toBe("string")
  })
})

describe("The job form", () => {
  it("opens with the settings' start stage, unit and due-date offset", () => {
    const d = jobDefaults({ default_start_stage_id: "prstg_1", default_weight_unit: "dwt", due_date_offset_days: 10 } as any)
    expect(d).toMatchObject({ kind: "production", mode: "simple", start_stage_id: "prstg_1", weight_unit: "dwt", request_basis: "total" })
    expect(Math.round((new Date(d.target_date).getTime() - new Date(d.issued_at).getTime()) / 86400000)).toBe(10)
  })

  it("says what an empty form is missing before asking the server", () => {
    expect(Object.keys(missingFields({ mode: "simple", title: "  " }, t))).toEqual(["title"])
    expect(Object.keys(missingFields({ mode: "style" }, t))).toEqual(["style_id"])
    expect(missingFields({ mode: "simple", title: "Ring" }, t)).toEqual({})
  })

  it("sends the picked products' ids and only the stock lines given an amount", () => {
    const body = jobBody(
      { kind: "production", mode: "simple", title: "Ring", product: { id: "prod_1", title: "Ring", variants: [] }, variant_id: "variant_1", source: { id: "prod_2", title: "Grain", variants: [] }, weight_unit: "g", rush: true },
      { a: { full: true, weight: "", pieces: "" }, b: { full: false, weight: "10", pieces: "" }, c: { full: false, weight: "", pieces: "" } }
    )
    expect(body).toMatchObject({ product_id: "prod_1", variant_id: "variant_1", source_product_ids: ["prod_2"], quantity: 1, rush: true, style_id: null })
    expect(body.issue_lines).toEqual([{ stock_item_id: "a", full: true }, { stock_item_id: "b", weight: "10" }])
  })

  it("an error the server names opens the step that shows its field", () => {
    expect(STEP_OF.title).toBe("context")
    expect(STEP_OF.requested_weight).toBe("specs")
    expect(STEP_OF.target_date).toBe("issue")
  })
})
