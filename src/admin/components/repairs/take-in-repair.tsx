import { Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { FormModal } from "../form-modal"
import { useNavigate } from "react-router-dom"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import type { TakeInRepairBody } from "../../../types/repairs"
import { useStockLocations, useStoreCurrencies, type CustomerOption } from "../../hooks/api/medusa"
import { useTakeInRepair } from "../../hooks/api/repairs"
import { useInventoryTypes, useProductionSettings } from "../../hooks/api/production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { CustomerPicker } from "./customer-picker"

const FIELDS = ["customer_id", "description", "photos", "condition_notes", "declared_metal", "declared_stones", "take_in_weight", "weight_unit", "location_id", "inventory_type_id", "promised_date", "estimate_amount", "currency_code", "estimate_notes"] as const
type Form = Record<Exclude<(typeof FIELDS)[number], "customer_id">, string>
const EMPTY: Form = { description: "", photos: "", condition_notes: "", declared_metal: "", declared_stones: "", take_in_weight: "", weight_unit: "", location_id: "", inventory_type_id: "", promised_date: "", estimate_amount: "", currency_code: "", estimate_notes: "" }
const orNull = (v: string) => v.trim() || null

/** Takes a customer's piece in: whose it is, what it is and how it came in, what it weighs, where it is kept, and what was promised. */
export function TakeInRepair({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const unit = useProductionSettings().data?.default_weight_unit ?? "g"
  const locations = useStockLocations().data ?? []
  const types = (useInventoryTypes().data ?? []).filter((ty) => ty.kind === "finished")
  const currencies = useStoreCurrencies().data ?? []
  const create = useTakeInRepair()
  const [customer, setCustomer] = useState<CustomerOption | null>(null)
  const [f, setF] = useState<Form>(EMPTY)
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [customer, f])
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setCustomer(null)
      setF(EMPTY)
      setMissing({})
      create.reset()
    }
  }
  const set = (k: keyof Form) => (v: string) => setF((x) => ({ ...x, [k]: v }))
  const input = (k: keyof Form) => ({ id: `repair-${k}`, value: f[k], onChange: (e: { target: { value: string } }) => set(k)(e.target.value) })
  const errors = { ...fieldErrors(create.error, FIELDS), ...missing }
  const location = f.location_id || locations[0]?.id || ""
  const currency = f.currency_code || currencies[0] || ""

  const save = async () => {
    const need: Record<string, string> = {}
    if (!customer) need.customer_id = t("jewelry.repairs.needCustomer")
    if (!f.description.trim()) need.description = t("jewelry.repairs.needDescription")
    if (!f.take_in_weight.trim()) need.take_in_weight = t("jewelry.repairs.needWeight")
    if (!location) need.location_id = t("jewelry.repairs.needLocation")
    setMissing(need)
    if (Object.keys(need).length || !customer) return
    const estimate = f.estimate_amount.trim()
    const body: TakeInRepairBody = {
      customer_id: customer.id,
      description: f.description.trim(),
      photos: f.photos.split(/\s+/).map((p) => p.trim()).filter(Boolean),
      condition_notes: orNull(f.condition_notes),
      declared_metal: orNull(f.declared_metal),
      declared_stones: orNull(f.declared_stones),
      take_in_weight: f.take_in_weight.trim(),
      weight_unit: f.weight_unit || unit,
      location_id: location,
      inventory_type_id: f.inventory_type_id || null,
      promised_date: f.promised_date ? new Date(`${f.promised_date}T12:00:00`).toISOString() : null,
      ...(estimate ? { estimate_amount: estimate, currency_code: currency || null, estimate_notes: orNull(f.estimate_notes) } : {}),
    }
    try {
      const { repair } = await create.mutateAsync(body)
      toast.success(t("jewelry.repairs.takenIn", { tag: repair.item?.tag_id ?? "", customer: customer.name }))
      onClose()
      navigate(`/repairs/${repair.id}`)
    } catch {
      // Shown beside the field the API named.
    }
  }

  return (
    <FormModal
      open={open}
      onClose={onClose}
      testId="take-in-repair"
      title={t("jewelry.repairs.takeIn")}
      description={t("jewelry.repairs.takeInHint")}
      formError={errors._form}
      formErrorTestId="take-in-error"
      submit={{ label: t("jewelry.repairs.takeInSubmit"), onClick: save, pending: create.isPending, testId: "save-repair" }}
      width="2xl"
    >
      <Field label={t("jewelry.repairs.customer")} htmlFor="repair-customer" error={errors.customer_id}>
        <CustomerPicker id="repair-customer" value={customer} onChange={setCustomer} />
      </Field>
      <Field label={t("jewelry.repairs.description")} htmlFor="repair-description" error={errors.description} hint={t("jewelry.repairs.descriptionHint")}>
        <Textarea {...input("description")} />
      </Field>
      <Field label={t("jewelry.repairs.photos")} htmlFor="repair-photos" error={errors.photos} hint={t("jewelry.repairs.photosHint")}>
        <Textarea {...input("photos")} rows={2} placeholder="https://…" />
      </Field>
      <Field label={t("jewelry.repairs.condition")} htmlFor="repair-condition_notes" error={errors.condition_notes}><Textarea {...input("condition_notes")} rows={2} /></Field>
      <div className="grid grid-cols-2 gap-4">
        <Field label={t("jewelry.repairs.declaredMetal")} htmlFor="repair-declared_metal" error={errors.declared_metal} hint={t("jewelry.repairs.declaredMetalHint")}><Input {...input("declared_metal")} placeholder="14K" /></Field>
        <Field label={t("jewelry.repairs.declaredStones")} htmlFor="repair-declared_stones" error={errors.declared_stones}><Input {...input("declared_stones")} /></Field>
        <div className="grid grid-cols-[1fr_100px] gap-2">
          <Field label={t("jewelry.repairs.takeInWeight")} htmlFor="repair-take_in_weight" error={errors.take_in_weight}><Input {...input("take_in_weight")} inputMode="decimal" /></Field>
          <Field label={t("jewelry.unit")} htmlFor="repair-weight_unit" error={errors.weight_unit}>
            <OptionSelect id="repair-weight_unit" value={f.weight_unit || unit} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} onChange={set("weight_unit")} />
          </Field>
        </div>
        <Field label={t("jewelry.repairs.location")} htmlFor="repair-location_id" error={errors.location_id}>
          <OptionSelect id="repair-location_id" value={location} placeholder={t("jewelry.repairs.chooseLocation")} options={locations.map((l) => [l.id, l.name])} onChange={set("location_id")} />
        </Field>
        <Field label={t("jewelry.repairs.pieceType")} htmlFor="repair-inventory_type_id" error={errors.inventory_type_id}>
          <OptionSelect id="repair-inventory_type_id" value={f.inventory_type_id} emptyLabel={t("jewelry.repairs.firstFinishedType")} options={types.map((ty) => [ty.id, ty.name])} onChange={set("inventory_type_id")} />
        </Field>
        <Field label={t("jewelry.repairs.promised")} htmlFor="repair-promised_date" error={errors.promised_date}><Input {...input("promised_date")} type="date" /></Field>
        <Field label={t("jewelry.repairs.estimateOptional")} htmlFor="repair-estimate_amount" error={errors.estimate_amount}><Input {...input("estimate_amount")} inputMode="decimal" placeholder="85.00" /></Field>
        <Field label={t("jewelry.repairs.currency")} htmlFor="repair-currency_code" error={errors.currency_code}>
          <OptionSelect id="repair-currency_code" value={currency} options={currencies.map((c) => [c, c.toUpperCase()])} onChange={set("currency_code")} />
        </Field>
      </div>
      {f.estimate_amount.trim() && <Field label={t("jewelry.repairs.estimateNotes")} htmlFor="repair-estimate_notes" error={errors.estimate_notes}><Textarea {...input("estimate_notes")} rows={2} /></Field>}
    </FormModal>
  )
}
