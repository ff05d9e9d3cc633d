import { Badge, Button, Checkbox, Container, Heading, IconButton, Input, Label, ProgressTabs, Text, Textarea, toast } from "@medusajs/ui"
import { Plus, Trash } from "@medusajs/icons"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { useApi, useFieldErrors } from "../../hooks/use-api"
import { useLookups, WEIGHT_UNITS } from "../../hooks/use-lookups"
import { api } from "../../lib/api"

export type WizardKind = "purchase" | "sales"

export type Row = {
  product_id: string
  variant_id: string
  description: string
  quantity: string
  size: string
  shape: string
  weight: string
  weight_unit: string
  material: string
  priority: string
  price: string
  confidence: number | null
  /** The words of the notes the row was read from, and the others that changed it (a shared product name, a correction). */
  source: { text: string; also: { text: string; why: string }[] } | null
}

const emptyRow = (): Row => ({ product_id: "", variant_id: "", description: "", quantity: "1", size: "", shape: "", weight: "", weight_unit: "g", material: "", priority: "", price: "", confidence: null, source: null })

/** An extracted row as the review table edits it. */
export function rowFromExtraction(r: any): Row {
  return {
    product_id: r.product_id ?? "",
    variant_id: r.variant_id ?? "",
    description: r.description ?? "",
    quantity: r.quantity === null || r.quantity === undefined ? "1" : String(r.quantity),
    size: r.size ?? "",
    shape: r.shape ?? "",
    weight: r.weight ?? "",
    weight_unit: r.weight_unit ?? "g",
    material: r.material ?? "",
    priority: r.priority ?? "",
    price: "",
    confidence: typeof r.match_confidence === "number" && r.product_id ? r.match_confidence : null,
    source: sourceOf(r),
  }
}

function sourceOf(r: any): Row["source"] {
  const text = typeof r.source?.text === "string" ? r.source.text : typeof r.source_text === "string" ? r.source_text : ""
  if (!text.trim()) return null
  const also = Array.isArray(r.source?.also) ? r.source.also.filter((a: any) => typeof a?.text === "string").map((a: any) => ({ text: a.text, why: String(a.why ?? "") })) : []
  return { text, also }
}

const WHY: Record<string, string> = { "shared product": "product from", correction: "corrected by", detail: "with" }

/** "from “2 x 18K white halo pendants” · corrected by “actually make it 3”": why the row reads as it does. */
export function sourceLine(source: Row["source"]): string {
  if (!source) return ""
  return [`from “${source.text}”`, ...source.also.map((a) => `${WHY[a.why] ?? "with"} “${a.text}”`)].join(" · ")
}

const STEPS = ["party", "notes", "products", "details", "submit"] as const
type Step = (typeof STEPS)[number]

/**
 * The creation wizard for both kinds of order: supplier or customer and the
 * internal order lead; the notes; the requested products prepared from the
 * notes and corrected in an editable table; order details; accept terms and
 * submit. A purchase order is the plugin's own; a sales order is a real
 * Medusa order.
 */
export function OrderWizard({ kind }: { kind: WizardKind }) {
  const navigate = useNavigate()
  const { products, defaultUnit } = useLookups()
  const parties = useApi<any>(kind === "purchase" ? "/admin/suppliers" : "/admin/customers", kind === "purchase" ? undefined : { limit: 200, fields: "id,email,first_name,last_name" })
  const users = useApi<{ users: { id: string; email: string; first_name: string | null; last_name: string | null }[] }>("/admin/users", { limit: 200 })
  const regions = useApi<{ regions: { id: string; name: string; currency_code: string }[] }>(kind === "sales" ? "/admin/regions" : null, { limit: 50 })
  const [step, setStep] = useState<Step>("party")
  const [party, setParty] = useState("")
  const [lead, setLead] = useState("")
  const [notes, setNotes] = useState("")
  const [rows, setRows] = useState<Row[]>([])
  const [warnings, setWarnings] = useState<string[]>([])
  const [extracting, setExtracting] = useState(false)
  const [extractedFrom, setExtractedFrom] = useState<string | null>(null)
  const [details, setDetails] = useState({ currency_code: "", budget: "", date_required: "", deadline: "", region_id: "" })
  const [terms, setTerms] = useState(false)
  const [saving, setSaving] = useState(false)
  const { errors, take, clear } = useFieldErrors()

  const partyOptions: [string, string][] =
    kind === "purchase"
      ? (parties.data?.suppliers ?? []).map((s: any) => [s.id, s.name])
      : (parties.data?.customers ?? []).map((c: any) => [c.id, [c.first_name, c.last_name].filter(Boolean).join(" ") ? `${[c.first_name, c.last_name].filter(Boolean).join(" ")} (${c.email})` : c.email])
  const productOptions = useMemo(() => products.map((p) => [p.id, p.title] as [string, string]), [products])
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)))

  const extract = async () => {
    if (extractedFrom === notes) return
    setExtracting(true)
    try {
      const result = await api<{ rows: any[]; warnings: string[]; provider: string }>("/admin/order-notes/extract", { body: { notes, kind } })
      setRows(result.rows.map(rowFromExtraction).map((r) => ({ ...r, weight_unit: r.weight ? r.weight_unit : defaultUnit })))
      setWarnings(result.warnings)
    } catch (e: any) {
      // Extraction never blocks the order: type the rows by hand.
      setWarnings([`The notes could not be read (${e.message}); add the rows by hand.`])
      if (!rows.length) setRows([emptyRow()])
    } finally {
      setExtractedFrom(notes)
      setExtracting(false)
    }
  }

  const go = async (next: Step) => {
    clear()
    if (next === "notes" && !party) return take(new Error(`${kind === "purchase" ? "supplier_id" : "customer_id"}: choose ${kind === "purchase" ? "a supplier" : "a customer"}`), kind === "purchase" ? "supplier_id" : "customer_id")
    if (next === "products") {
      if (notes.trim()) await extract()
      else if (!rows.length) setRows([emptyRow()])
    }
    setStep(next)
  }

  const submit = async () => {
    clear()
    setSaving(true)
    const lines = rows.map((r) => ({
      product_id: r.product_id || null,
      variant_id: r.variant_id || null,
      description: r.description || null,
      quantity: Number(r.quantity || 0),
      size: r.size || null,
      shape: r.shape || null,
      weight: r.weight || null,
      weight_unit: r.weight ? r.weight_unit : null,
      material: r.material || null,
      priority: r.priority || null,
      ...(kind === "purchase" ? { unit_cost: r.price || null } : { unit_price: r.price || null }),
    }))
    const common = {
      lead_user_id: lead || null,
      notes: notes || null,
      budget: details.budget || null,
      date_required: details.date_required || null,
      deadline: details.deadline || null,
      terms_accepted: terms,
      lines,
    }
    try {
      if (kind === "purchase") {
        const { purchase_order } = await api<any>("/admin/purchase-orders", { body: { ...common, supplier_id: party, currency_code: details.currency_code || null, submit: true } })
        toast.success(`${purchase_order.display_number} submitted`)
        navigate(`/purchase-orders/${purchase_order.id}`)
      } else {
        const { order } = await api<any>("/admin/jewelry-orders", { body: { ...common, customer_id: party, region_id: details.region_id || null } })
        toast.success(`Order #${order.display_id} created`)
        navigate(`/orders/${order.id}`)
      }
    } catch (e: any) {
      take(e)
      const field = e?.field ?? ""
      if (/^lines|quantity|description|product|variant|unit_/.test(field) || /^lines/.test(e.message)) setStep("products")
    } finally {
      setSaving(false)
    }
  }
  const formError = Object.entries(errors).find(([k]) => !["supplier_id", "customer_id"].includes(k))?.[1]

  return (
    <Container className="divide-y p-0" data-testid="order-wizard">
      <div className="px-6 py-4">
        <Heading>{kind === "purchase" ? "New purchase order" : "New sales order"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {kind === "purchase" ? "Order from a supplier or a caster; receive it into stock when it arrives." : "A Medusa order created for a customer, with lines matched to the catalog or described."}
        </Text>
      </div>
      <ProgressTabs value={step} onValueChange={(v) => go(v as Step)}>
        <ProgressTabs.List className="border-b">
          {STEPS.map((s, i) => (
            <ProgressTabs.Trigger key={s} value={s} status={STEPS.indexOf(step) > i ? "completed" : STEPS.indexOf(step) === i ? "in-progress" : "not-started"}>
              {{ party: kind === "purchase" ? "Supplier" : "Customer", notes: "Notes", products: "Requested products", details: "Order details", submit: "Terms & submit" }[s]}
            </ProgressTabs.Trigger>
          ))}
        </ProgressTabs.List>
        <div className="px-6 py-6">
          <ProgressTabs.Content value="party" className="grid max-w-xl gap-4">
            <Field label={kind === "purchase" ? "Supplier" : "Customer"} htmlFor="wizard-party" error={errors.supplier_id ?? errors.customer_id}>
              <OptionSelect id="wizard-party" value={party} onChange={setParty} options={partyOptions} placeholder={kind === "purchase" ? "Choose a supplier" : "Choose a customer"} />
            </Field>
            <Field label="Internal order lead" htmlFor="wizard-lead" error={errors.lead_user_id}>
              <OptionSelect id="wizard-lead" value={lead} onChange={setLead} options={(users.data?.users ?? []).map((u) => [u.id, [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email])} emptyLabel="Nobody yet" />
            </Field>
          </ProgressTabs.Content>
          <ProgressTabs.Content value="notes" className="grid max-w-3xl gap-2">
            <Field label="Notes" htmlFor="wizard-notes" hint="Paste or type what was asked for; the next step prepares the products from it.">
              <Textarea id="wizard-notes" rows={10} value={notes} onChange={(e) => setNotes(e.target.value)} placeholder={kind === "purchase" ? '2 dozen 4mm round CZ\n50 dwt 14KY casting grain approx\n18" 925 rope chain x 10' : "Customer wants a 14K white solitaire, size 6, with a 1ct round G VS1, by Dec 12"} />
            </Field>
          </ProgressTabs.Content>
          <ProgressTabs.Content value="products" className="flex flex-col gap-3">
            {extracting && <Text size="small">Reading the notes…</Text>}
            {warnings.map((w) => (
              <Text key={w} size="small" className="text-ui-fg-subtle" data-testid="extraction-warning">
                {w}
              </Text>
            ))}
            <div className="overflow-x-auto">
              <table className="w-full text-left txt-small" data-testid="review-table">
                <thead className="text-ui-fg-subtle">
                  <tr>
                    <th className="p-1">Product match</th>
                    <th className="p-1">Description</th>
                    <th className="p-1 w-16">Qty</th>
                    <th className="p-1 w-16">Size</th>
                    <th className="p-1 w-20">Shape</th>
                    <th className="p-1 w-20">Weight</th>
                    <th className="p-1 w-20">Unit</th>
                    <th className="p-1">Material / quality</th>
                    <th className="p-1 w-24">Priority</th>
                    <th className="p-1 w-24">{kind === "purchase" ? "Unit cost" : "Unit price"}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r, i) => {
                    const variants = products.find((p) => p.id === r.product_id)?.variants ?? []
                    return (
                      <tr key={i} data-testid="review-row" className="align-top">
                        <td className="p-1 min-w-[220px]">
                          <OptionSelect size="small" ariaLabel="Product" value={r.product_id} onChange={(v) => setRow(i, { product_id: v, variant_id: "", confidence: null })} options={productOptions} emptyLabel="No match: free description" />
                          {r.product_id && variants.length > 0 && (
                            <div className="mt-1">
                              <OptionSelect size="small" ariaLabel="Variant" value={r.variant_id} onChange={(v) => setRow(i, { variant_id: v })} options={variants.map((v) => [v.id, v.title])} emptyLabel="Any variant" />
                            </div>
                          )}
                          {r.confidence !== null && (
                            <Badge size="2xsmall" color={r.confidence >= 0.8 ? "green" : "orange"} className="mt-1">
                              match {Math.round(r.confidence * 100)}%
                            </Badge>
                          )}
                        </td>
                        <td className="p-1 min-w-[200px]">
                          <Input size="small" aria-label="Description" value={r.description} onChange={(e) => setRow(i, { description: e.target.value })} />
                          {r.source && (
                            <Text size="xsmall" className="mt-1 block max-w-[360px] truncate text-ui-fg-muted" title={sourceLine(r.source)} data-testid="row-source">
                              {sourceLine(r.source)}
                            </Text>
                          )}
                        </td>
                        <td className="p-1"><Input size="small" aria-label="Quantity" value={r.quantity} onChange={(e) => setRow(i, { quantity: e.target.value })} /></td>
                        <td className="p-1"><Input size="small" aria-label="Size" value={r.size} onChange={(e) => setRow(i, { size: e.target.value })} /></td>
                        <td className="p-1"><Input size="small" aria-label="Shape" value={r.shape} onChange={(e) => setRow(i, { shape: e.target.value })} /></td>
                        <td className="p-1"><Input size="small" aria-label="Weight" value={r.weight} onChange={(e) => setRow(i, { weight: e.target.value })} /></td>
                        <td className="p-1"><OptionSelect size="small" ariaLabel="Unit" value={r.weight_unit} onChange={(v) => setRow(i, { weight_unit: v })} options={WEIGHT_UNITS.map((u) => [u, u])} /></td>
                        <td className="p-1"><Input size="small" aria-label="Material" value={r.material} onChange={(e) => setRow(i, { material: e.target.value })} /></td>
                        <td className="p-1"><OptionSelect size="small" ariaLabel="Priority" value={r.priority} onChange={(v) => setRow(i, { priority: v })} options={[["normal", "Normal"], ["high", "High"], ["rush", "Rush"]]} emptyLabel="—" /></td>
                        <td className="p-1"><Input size="small" aria-label={kind === "purchase" ? "Unit cost" : "Unit price"} value={r.price} onChange={(e) => setRow(i, { price: e.target.value })} /></td>
                        <td className="p-1"><IconButton size="small" variant="transparent" aria-label="Remove row" onClick={() => setRows(rows.filter((_, j) => j !== i))}><Trash /></IconButton></td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
            <div>
              <Button size="small" variant="secondary" onClick={() => setRows([...rows, { ...emptyRow(), weight_unit: defaultUnit }])} data-testid="add-row">
                <Plus /> Row
              </Button>
            </div>
          </ProgressTabs.Content>
          <ProgressTabs.Content value="details" className="grid max-w-xl grid-cols-2 gap-4">
            {kind === "purchase" ? (
              <Field label="Currency" htmlFor="wizard-currency" hint="The supplier's currency unless you change it.">
                <Input id="wizard-currency" maxLength={3} value={details.currency_code} onChange={(e) => setDetails({ ...details, currency_code: e.target.value })} placeholder="USD" />
              </Field>
            ) : (
              <Field label="Region (sets the currency)" htmlFor="wizard-region">
                <OptionSelect id="wizard-region" value={details.region_id} onChange={(v) => setDetails({ ...details, region_id: v })} options={(regions.data?.regions ?? []).map((r) => [r.id, `${r.name} (${r.currency_code.toUpperCase()})`])} emptyLabel="The store's first region" />
              </Field>
            )}
            <Field label="Internal budget" htmlFor="wizard-budget" error={errors.budget}>
              <Input id="wizard-budget" value={details.budget} onChange={(e) => setDetails({ ...details, budget: e.target.value })} />
            </Field>
            <Field label="Date required" htmlFor="wizard-date-required" error={errors.date_required}>
              <Input id="wizard-date-required" type="date" value={details.date_required} onChange={(e) => setDetails({ ...details, date_required: e.target.value })} />
            </Field>
            <Field label="Deadline" htmlFor="wizard-deadline" error={errors.deadline}>
              <Input id="wizard-deadline" type="date" value={details.deadline} onChange={(e) => setDetails({ ...details, deadline: e.target.value })} />
            </Field>
          </ProgressTabs.Content>
          <ProgressTabs.Content value="submit" className="grid max-w-xl gap-4">
            <Text size="small">
              {rows.length} line{rows.length === 1 ? "" : "s"} · {rows.filter((r) => r.product_id).length} matched to the catalog · {rows.filter((r) => !r.product_id).length} described
            </Text>
            <div className="flex items-start gap-x-2">
              <Checkbox id="wizard-terms" checked={terms} onCheckedChange={(v) => setTerms(v === true)} />
              <Label htmlFor="wizard-terms">
                {kind === "purchase" ? "I accept the supplier's terms and commit to this purchase." : "The customer accepted the price, the lead time and the shop's terms."}
              </Label>
            </div>
          </ProgressTabs.Content>
          {formError && (
            <Text className="mt-4 text-ui-fg-error" data-testid="wizard-error">
              {formError}
            </Text>
          )}
        </div>
      </ProgressTabs>
      <div className="flex justify-between px-6 py-4">
        <Button variant="secondary" disabled={step === "party"} onClick={() => go(STEPS[STEPS.indexOf(step) - 1])}>
          Back
        </Button>
        {step === "submit" ? (
          <Button onClick={submit} isLoading={saving} data-testid="wizard-submit">
            Submit
          </Button>
        ) : (
          <Button onClick={() => go(STEPS[STEPS.indexOf(step) + 1])} isLoading={extracting} data-testid="wizard-next">
            Continue
          </Button>
        )}
      </div>
    </Container>
  )
}
