import { Button, Drawer, Input, ProgressTabs, Text, toast } from "@medusajs/ui"
import { OptionSelect } from "../option-select"
import { useEffect, useState } from "react"
import { Field } from "../field"
import { useApi, useFieldErrors } from "../../hooks/use-api"
import { useLookups } from "../../hooks/use-lookups"
import { api } from "../../lib/api"
import { JobFormDetails } from "./job-form-details"
import { RepairItemField } from "./repair-item-field"
import { SourceStockLines, type SourceLines } from "./source-stock-lines"

type Step = "context" | "specs" | "issue"
const STEP_OF: Record<string, Step> = {
  kind: "context", mode: "context", style_id: "context", quantity: "context", title: "context", start_stage_id: "context", product_id: "context",
  variant_id: "context", source_product_ids: "context", order_id: "context", order_line_item_id: "context", stock_item_id: "context", repair_item_id: "context", weight: "context", lines: "context",
  requested_shape: "specs", requested_size: "specs", requested_pieces: "specs", requested_weight: "specs", weight_unit: "specs", request_basis: "specs",
  target_date: "issue", issued_at: "issue", staff_deadline: "issue", notes: "issue", responsible_user_id: "issue", department_id: "issue",
}

/**
 * The guided job form: context (what, from which stock, which stage), physical
 * specs, and issue details. Defaults come from the production settings.
 */
export function JobForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const lookups = useLookups()
  const settings = useApi<{ settings: any }>("/admin/production/settings")
  const stages = useApi<{ stages: any[] }>("/admin/production/stages", { is_active: true })
  const styles = useApi<{ styles: any[] }>("/admin/styles", { source: "own" })
  const [step, setStep] = useState<Step>("context")
  const [f, setF] = useState<Record<string, any>>({})
  const [lines, setLines] = useState<SourceLines>({})
  const { errors, take, clear } = useFieldErrors()
  const defaults = () => {
    const s = settings.data?.settings
    return {
      kind: "production",
      mode: "simple",
      quantity: "1",
      start_stage_id: s?.default_start_stage_id ?? "",
      weight_unit: s?.default_weight_unit ?? "g",
      request_basis: "total",
      target_date: new Date(Date.now() + (s?.due_date_offset_days ?? 7) * 86400000).toISOString().slice(0, 10),
      issued_at: new Date().toISOString().slice(0, 10),
    }
  }
  // A fresh form each time the drawer opens, set during render so nothing typed is ever wiped.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      clear()
      setStep("context")
      setLines({})
      setF(defaults())
    }
  }
  // Settings that arrive after the form opened fill only what is still empty.
  useEffect(() => {
    if (!settings.data) return
    const d = defaults()
    setF((prev) => ({ ...prev, ...Object.fromEntries(Object.entries(d).filter(([k]) => !prev[k])) }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settings.data])
  const set = (k: string) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value })
  const product = lookups.products.find((p) => p.id === f.product_id)
  const sel = (id: string, key: string, options: [string, string][], placeholder: string, optional = false) => (
    <OptionSelect id={id} value={f[key]} onChange={(v) => setF({ ...f, [key]: v })} options={options} placeholder={placeholder} emptyLabel={optional ? "None" : undefined} />
  )
  const submit = async () => {
    clear()
    // Saved without a title, a simple job says what is missing (the API only says the field is empty).
    if (f.mode !== "style" && !f.title?.trim()) {
      take({ field: "title", message: "Describe what you are making, e.g. 14K white solitaire ring, size 6." })
      setStep("context")
      return
    }
    const issue_lines = Object.entries(lines)
      .filter(([, l]) => l.full || l.weight || l.pieces)
      .map(([id, l]) => (l.full ? { stock_item_id: id, full: true } : { stock_item_id: id, ...(l.weight ? { weight: l.weight } : {}), ...(l.pieces ? { pieces: Number(l.pieces) } : {}) }))
    const body: Record<string, any> = {
      kind: f.kind,
      mode: f.mode,
      title: f.mode === "simple" ? f.title ?? "" : f.title || undefined,
      description: f.description || null,
      style_id: f.mode === "style" ? f.style_id || null : null,
      quantity: f.mode === "style" ? Number(f.quantity || 1) : 1,
      start_stage_id: f.start_stage_id || null,
      product_id: f.product_id || null,
      variant_id: f.variant_id || null,
      order_id: f.order_id || null,
      order_line_item_id: f.order_line_item_id || null,
      source_product_ids: f.source_product_id ? [f.source_product_id] : [],
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
    try {
      const res = await api("/admin/production-jobs", { body })
      toast.success(`${res.job.display_number} opened`)
      onCreated(res.job.id)
      onClose()
    } catch (e: any) {
      take(e)
      const field = e.field?.replace(/^lines\[\d+\]\./, "")
      if (field && STEP_OF[field]) setStep(STEP_OF[field])
    }
  }
  const steps: Step[] = ["context", "specs", "issue"]
  const next = () => setStep(steps[Math.min(2, steps.indexOf(step) + 1)])
  const back = () => setStep(steps[Math.max(0, steps.indexOf(step) - 1)])
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="job-form" className="max-w-2xl">
        <Drawer.Header>
          <Drawer.Title>New production job</Drawer.Title>
        </Drawer.Header>
        <ProgressTabs value={step} onValueChange={(v) => setStep(v as Step)} className="flex flex-1 flex-col overflow-hidden">
          <ProgressTabs.List className="border-b">
            <ProgressTabs.Trigger value="context" data-testid="step-context">Context</ProgressTabs.Trigger>
            <ProgressTabs.Trigger value="specs" data-testid="step-specs">Physical specs</ProgressTabs.Trigger>
            <ProgressTabs.Trigger value="issue" data-testid="step-issue">Issue details</ProgressTabs.Trigger>
          </ProgressTabs.List>
          <Drawer.Body className="overflow-y-auto">
            <ProgressTabs.Content value="context" className="flex flex-col gap-y-3">
              <div className="grid grid-cols-2 gap-3">
                <Field label="Kind" htmlFor="job-kind" error={errors.kind}>
                  {sel("job-kind", "kind", [["production", "Production (for stock)"], ["custom", "Custom (for a customer)"], ["repair", "Repair"]], "Kind")}
                </Field>
                <Field label="Mode" htmlFor="job-mode" error={errors.mode}>
                  {sel("job-mode", "mode", [["simple", "Simple: one piece, free description"], ["style", "Style-driven: a saved design × N"]], "Mode")}
                </Field>
              </div>
              {f.kind === "repair" && <RepairItemField value={f.repair_item_id ?? ""} onChange={(v) => setF({ ...f, repair_item_id: v })} error={errors.repair_item_id} />}
              {f.mode === "style" ? (
                <div className="grid grid-cols-[1fr_120px] gap-3">
                  <Field label="Style (My Designs)" htmlFor="job-style" error={errors.style_id}>
                    {sel("job-style", "style_id", (styles.data?.styles ?? []).map((s) => [s.id, `${s.code} · ${s.name}`]), "Choose a design")}
                  </Field>
                  <Field label="Quantity" htmlFor="job-quantity" error={errors.quantity}><Input id="job-quantity" type="number" min={1} value={f.quantity ?? ""} onChange={set("quantity")} /></Field>
                </div>
              ) : null}
              <Field label={f.mode === "style" ? "Title (optional)" : "What are you making?"} htmlFor="job-title" error={errors.title}>
                <Input id="job-title" placeholder="14K white solitaire ring, size 6" value={f.title ?? ""} onChange={set("title")} />
              </Field>
              <div className="grid grid-cols-2 gap-3">
                <Field label="Start stage" htmlFor="job-start-stage" error={errors.start_stage_id}>
                  {sel("job-start-stage", "start_stage_id", (stages.data?.stages ?? []).map((s) => [s.id, s.name]), "Default start stage")}
                </Field>
                <Field label="Order (optional)" htmlFor="job-order" error={errors.order_id}><Input id="job-order" placeholder="order_…" value={f.order_id ?? ""} onChange={set("order_id")} /></Field>
                <Field label="Product made" htmlFor="job-product" error={errors.product_id}>
                  {sel("job-product", "product_id", lookups.products.map((p) => [p.id, p.title]), "Product", true)}
                </Field>
                {product?.variants?.length ? (
                  <Field label="Variant" htmlFor="job-variant" error={errors.variant_id}>
                    {sel("job-variant", "variant_id", product.variants.map((v) => [v.id, v.title]), "Variant", true)}
                  </Field>
                ) : <div />}
                <Field label="Source stock from product" htmlFor="job-source" hint="Narrows the stock you can issue." error={errors.source_product_ids}>
                  {sel("job-source", "source_product_id", lookups.products.map((p) => [p.id, p.title]), "Any product", true)}
                </Field>
              </div>
              {f.source_product_id && <SourceStockLines productId={f.source_product_id} lines={lines} setLines={setLines} errors={errors} />}
            </ProgressTabs.Content>
            <JobFormDetails f={f} setF={setF} set={set} sel={sel} errors={errors} />
          </Drawer.Body>
        </ProgressTabs>
        {errors._form && <Text className="text-ui-fg-error px-6">{errors._form}</Text>}
        <Drawer.Footer>
          {step !== "context" && <Button size="small" variant="secondary" onClick={back}>Back</Button>}
          {step !== "issue" ? (
            <Button size="small" onClick={next} data-testid="job-next">Next</Button>
          ) : (
            <Button size="small" onClick={submit} data-testid="job-submit">Open job</Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
