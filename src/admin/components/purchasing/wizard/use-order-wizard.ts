import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { orderDateRequired } from "../../../../lib/extraction/order-dates"
import { useExtractOrderNotes } from "../../../hooks/api/order-notes"
import { useCreatePurchaseOrder, useCreateSalesOrder } from "../../../hooks/api/purchase-orders"
import { useProductionSettings } from "../../../hooks/api/production-settings"
import { rowErrors, type FieldErrors } from "../../../lib/field-errors"
import type { SearchOption } from "../search-select"
import { emptyRow, linesOf, rowFromExtraction, type Row, type WizardKind } from "./rows"

export const STEPS = ["party", "notes", "products", "details", "submit"] as const
export type Step = (typeof STEPS)[number]
export type Details = { currency_code: string; budget: string; date_required: string; deadline: string; region_id: string }

/** The fields each step shows: an error the server names sends the wizard back to its step. */
const FIELDS_OF: Record<Step, string[]> = {
  party: ["supplier_id", "customer_id", "lead_user_id"],
  notes: ["notes"],
  products: ["lines"],
  details: ["currency_code", "region_id", "budget", "date_required", "deadline"],
  submit: ["terms_accepted"],
}
const FIELDS = Object.values(FIELDS_OF).flat()
export const rowKey = (i: number) => `row-${i}`

/**
 * The wizard's state and what it does: the party and lead, the notes read
 * into rows once (again only when they change), the details and terms, and
 * the order created with its lines. Errors are sentences beside their field.
 */
export function useOrderWizard(kind: WizardKind) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const defaultUnit = useProductionSettings().data?.default_weight_unit ?? "g"
  const extraction = useExtractOrderNotes()
  const createPurchase = useCreatePurchaseOrder()
  const createSales = useCreateSalesOrder()
  const [step, setStep] = useState<Step>("party")
  const [party, setParty] = useState<SearchOption | null>(null)
  const [lead, setLead] = useState("")
  const [notes, setNotes] = useState("")
  const [rows, setRows] = useState<Row[]>([])
  const [warnings, setWarnings] = useState<string[]>([])
  const [extractedFrom, setExtractedFrom] = useState<string | null>(null)
  const [details, setDetails] = useState<Details>({ currency_code: "", budget: "", date_required: "", deadline: "", region_id: "" })
  const [terms, setTerms] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const partyField = kind === "purchase" ? "supplier_id" : "customer_id"

  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const addRow = () => setRows((rs) => [...rs, emptyRow(defaultUnit)])
  const removeRow = (i: number) => setRows((rs) => rs.filter((_, j) => j !== i))

  const extract = async () => {
    if (extractedFrom === notes) return
    try {
      const result = await extraction.mutateAsync({ notes, kind })
      // Each row keeps its own priority and quality, as the words near it say.
      setRows(result.rows.map((r) => rowFromExtraction(r, defaultUnit)))
      // The notes' dates carry into the order: its Date required is the earliest a row asks for, unless one is chosen.
      const due = orderDateRequired(result.rows, details.date_required)
      if (due) setDetails((d) => ({ ...d, date_required: d.date_required || due }))
      setWarnings(result.warnings)
    } catch (e) {
      // Extraction never blocks the order: type the rows by hand.
      setWarnings([t("jewelry.purchasing.wizard.unreadable", { reason: (e as Error).message })])
      if (!rows.length) setRows([emptyRow(defaultUnit)])
    } finally {
      setExtractedFrom(notes)
    }
  }

  const go = async (next: Step) => {
    setErrors({})
    if (STEPS.indexOf(next) > STEPS.indexOf("party") && !party) {
      setStep("party")
      return setErrors({ [partyField]: t(`jewelry.purchasing.wizard.errors.${partyField}`) })
    }
    if (next === "products") {
      if (notes.trim()) await extract()
      else if (!rows.length) setRows([emptyRow(defaultUnit)])
    }
    setStep(next)
  }

  /** What is missing, said before anything is sent; otherwise the server's refusal beside its field. */
  const fail = (found: FieldErrors) => {
    setErrors(found)
    const key = Object.keys(found)[0] ?? "_form"
    const at = key.startsWith("row-") ? "products" : STEPS.find((s) => FIELDS_OF[s].includes(key))
    if (at) setStep(at)
  }

  const submit = () => {
    if (!party) return fail({ [partyField]: t(`jewelry.purchasing.wizard.errors.${partyField}`) })
    if (!terms) return fail({ terms_accepted: t(`jewelry.purchasing.wizard.errors.terms_${kind}`) })
    setErrors({})
    const common = {
      lead_user_id: lead || null,
      notes: notes || null,
      budget: details.budget || null,
      date_required: details.date_required || null,
      deadline: details.deadline || null,
      terms_accepted: terms,
      lines: linesOf(rows, kind),
    }
    const onError = (e: unknown) => fail(rowErrors(e, "lines", rows.map((_, i) => rowKey(i)), FIELDS, { quantity: "lines", description: "lines" }))
    if (kind === "purchase") {
      createPurchase.mutate(
        { ...common, supplier_id: party.value, currency_code: details.currency_code || null, submit: true },
        {
          onSuccess: ({ purchase_order }) => {
            toast.success(t("jewelry.purchasing.wizard.submitted", { number: purchase_order.display_number }))
            navigate(`/purchase-orders/${purchase_order.id}`)
          },
          onError,
        }
      )
    } else {
      createSales.mutate(
        { ...common, customer_id: party.value, region_id: details.region_id || null },
        {
          onSuccess: ({ order }) => {
            toast.success(t("jewelry.purchasing.wizard.created", { number: order.display_id }))
            navigate(`/orders/${order.id}`)
          },
          onError,
        }
      )
    }
  }

  return {
    kind,
    step,
    go,
    party: { value: party, set: setParty, lead, setLead },
    notes: { value: notes, set: setNotes },
    rows: { list: rows, set: setRow, add: addRow, remove: removeRow, warnings, extracting: extraction.isPending },
    details: { value: details, set: (patch: Partial<Details>) => setDetails((d) => ({ ...d, ...patch })) },
    terms: { value: terms, set: setTerms },
    errors,
    submit,
    saving: createPurchase.isPending || createSales.isPending,
  }
}

export type OrderWizardState = ReturnType<typeof useOrderWizard>
