import type { TFunction } from "i18next"
import type { ProductionSettings } from "../../../../types/production-settings"

/** The job form's three steps, in order. */
export const STEPS = ["context", "specs", "issue"] as const
export type Step = (typeof STEPS)[number]

/** The step that shows each field, so an error the server names opens the step where it can be fixed. */
export const STEP_OF: Record<string, Step> = {
  kind: "context", mode: "context", style_id: "context", quantity: "context", title: "context", start_stage_id: "context", product_id: "context",
  variant_id: "context", source_product_ids: "context", order_id: "context", order_line_item_id: "context", stock_item_id: "context", repair_item_id: "context", weight: "context", lines: "context",
  requested_shape: "specs", requested_size: "specs", requested_pieces: "specs", requested_weight: "specs", weight_unit: "specs", request_basis: "specs",
  target_date: "issue", issued_at: "issue", staff_deadline: "issue", notes: "issue", responsible_user_id: "issue", department_id: "issue",
}

/** A product picked in the form, with its variants (from Medusa, searched on the server). */
export type PickedProduct = { id: string; title: string; variants: { id: string; title: string }[] }

export type JobFormValues = Record<string, any> & { product?: PickedProduct | null; source?: PickedProduct | null }

/** Stock of the source product to issue as the job opens: whole (full) or an exact part. */
export type SourceLines = Record<string, { full: boolean; weight: string; pieces: string }>

const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10)

/** A fresh form: the production settings' start stage, unit and due-date offset. */
export function jobDefaults(s: ProductionSettings | null | undefined): JobFormValues {
  return {
    kind: "production",
    mode: "simple",
    quantity: "1",
    start_stage_id: s?.default_start_stage_id ?? "",
    weight_unit: s?.default_weight_unit ?? "g",
    request_basis: "total",
    target_date: day(s?.due_date_offset_days ?? 7),
    issued_at: day(0),
  }
}

/** What the form is missing before the server is asked, as sentences beside the fields. */
export function missingFields(f: JobFormValues, t: TFunction): Record<string, string> {
  const out: Record<string, string> = {}
  if (f.mode !== "style" && !f.title?.trim()) out.title = t("jewelry.job.form.titleMissing")
  if (f.mode === "style" && !f.style_id) out.style_id = t("jewelry.job.form.styleMissing")
  return out
}

const issueLines = (lines: SourceLines) =>
  Object.entries(lines)
    .filter(([, l]) => l.full || l.weight || l.pieces)
    .map(([id, l]) => (l.full ? { stock_item_id: id, full: true } : { stock_item_id: id, ...(l.weight ? { weight: l.weight } : {}), ...(l.pieces ? { pieces: Number(l.pieces) } : {}) }))

/** The body of POST /admin/production-jobs from the form's values. */
export function jobBody(f: JobFormValues, lines: SourceLines): Record<string, any> {
  const issue_lines = issueLines(lines)
  const style = f.mode === "style"
  return {
    kind: f.kind,
    mode: f.mode,
    title: style ? f.title || undefined : f.title ?? "",
    description: f.description || null,
    style_id: style ? f.style_id || null : null,
    quantity: style ? Number(f.quantity || 1) : 1,
    start_stage_id: f.start_stage_id || null,
    product_id: f.product?.id ?? null,
    variant_id: f.variant_id || null,
    order_id: f.order_id || null,
    order_line_item_id: f.order_line_item_id || null,
    source_product_ids: f.source ? [f.source.id] : [],
    ...(f.kind === "repair" && f.repair_item_id ? { repair_item_id: f.repair_item_id } : {}),
    requested_shape: f.requested_shape || null,
    requested_size: f.requested_size || null,
    requested_pieces: f.requested_pieces ? Number(f.requested_pieces) : null,
    requested_weight: f.requested_weight || null,
    weight_unit: f.weight_unit,
    request_basis: f.request_basis,
    target_date: f.target_date || null,
    issued_at: f.issued_at || null,
    staff_deadline: f.staff_deadline || null,
    notes: f.notes || null,
    responsible_user_id: f.responsible_user_id || null,
    department_id: f.department_id || null,
    rush: !!f.rush,
    ...(issue_lines.length ? { issue_lines } : {}),
  }
}

/** What each part of the form gets: the values, a way to change some, and the errors by field. */
export type FormPart = { f: JobFormValues; patch: (p: JobFormValues) => void; errors: Record<string, string> }

/** An input's id, value and change handler for one field of the form (ids "job-…" as the labels and tests name them). */
export const textOf = ({ f, patch }: FormPart, key: string, id: string) => ({ id, value: f[key] ?? "", onChange: (e: { target: { value: string } }) => patch({ [key]: e.target.value }) })

/** A select's id, value and change handler for one field of the form. */
export const choiceOf = ({ f, patch }: FormPart, key: string, id: string) => ({ id, value: f[key] ?? "", onChange: (v: string) => patch({ [key]: v }) })
