import { Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { useStockItemAction, type StockItemView } from "../../hooks/api/stock-items"
import { useStockLocations } from "../../hooks/api/medusa"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { FormDrawer } from "../metal/form-drawer"
import { OptionSelect } from "../option-select"

export type StockAction = "adjust" | "move" | "status" | null
const FIELDS = ["weight", "weight_delta", "weight_unit", "pieces", "pieces_delta", "note", "location_id", "rack", "bin", "status"]

/** Adjust weight or pieces (a movement with its reason), move the item, or change its status. */
export function StockActionDrawer({ item, action, onClose }: { item: StockItemView["stock_item"]; action: StockAction; onClose: () => void }) {
  const { t } = useTranslation()
  const locations = useStockLocations().data ?? []
  const mutation = useStockItemAction(item.id)
  const [form, setForm] = useState<Record<string, string>>({})
  const [shown, setShown] = useState<StockAction>(null)
  if (action !== shown) {
    setShown(action)
    if (action) {
      mutation.reset()
      setForm(action === "adjust" ? { direction: "deduct", weight_unit: item.weight_unit } : action === "move" ? { location_id: item.location_id, rack: item.rack ?? "", bin: item.bin ?? "" } : {})
    }
  }
  const raw = fieldErrors(mutation.error, FIELDS)
  const errors: Record<string, string | undefined> = { ...raw, weight: raw.weight ?? raw.weight_delta, pieces: raw.pieces ?? raw.pieces_delta }
  const set = (k: string) => (v: string) => setForm((f) => ({ ...f, [k]: v }))
  const text = (k: string) => ({ id: `action-${k}`, value: form[k] ?? "", onChange: (e: { target: { value: string } }) => set(k)(e.target.value) })
  const submit = async () => {
    const sign = form.direction === "deduct" ? "-" : ""
    const request =
      action === "adjust"
        ? { path: "/adjustments", body: { weight_delta: `${sign}${form.weight || "0"}`, weight_unit: form.weight_unit, pieces_delta: Number(`${sign}${form.pieces || "0"}`), note: form.note ?? "" } }
        : action === "move"
          ? { path: "/move", body: { location_id: form.location_id, rack: form.rack || null, bin: form.bin || null, note: form.note || null } }
          : { path: "/status", body: { status: form.status, note: form.note || null } }
    try {
      await mutation.mutateAsync(request)
      toast.success(t("jewelry.stock.updated"))
      onClose()
    } catch {
      // Shown beside the field the API named.
    }
  }
  const title = action === "adjust" ? t("jewelry.stock.adjustTitle") : action === "move" ? t("jewelry.stock.moveTitle") : t("jewelry.stock.statusTitle")
  return (
    <FormDrawer open={!!action} onClose={onClose} title={title} testId="stock-action-form" submitLabel={t("jewelry.stock.save")} busy={mutation.isPending} onSubmit={submit} formError={errors._form}>
      {action === "adjust" && (
        <>
          <Field label={t("jewelry.stock.addOrDeduct")} htmlFor="action-direction">
            <OptionSelect id="action-direction" value={form.direction} onChange={set("direction")} options={[["add", t("jewelry.stock.add")], ["deduct", t("jewelry.stock.deduct")]]} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t("jewelry.weight")} htmlFor="action-weight" error={errors.weight}><Input {...text("weight")} inputMode="decimal" /></Field>
            <Field label={t("jewelry.unit")} htmlFor="action-weight_unit" error={errors.weight_unit}>
              <OptionSelect id="action-weight_unit" value={form.weight_unit} onChange={set("weight_unit")} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} />
            </Field>
          </div>
          <Field label={t("jewelry.pieces")} htmlFor="action-pieces" error={errors.pieces}><Input {...text("pieces")} type="number" min={0} /></Field>
        </>
      )}
      {action === "move" && (
        <>
          <Field label={t("jewelry.stock.location")} htmlFor="action-location_id" error={errors.location_id}>
            <OptionSelect id="action-location_id" value={form.location_id} onChange={set("location_id")} options={locations.map((l) => [l.id, l.name])} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label={t("jewelry.stock.rack")} htmlFor="action-rack" error={errors.rack}><Input {...text("rack")} /></Field>
            <Field label={t("jewelry.stock.bin")} htmlFor="action-bin" error={errors.bin}><Input {...text("bin")} /></Field>
          </div>
        </>
      )}
      {action === "status" && (
        <Field label={t("jewelry.stock.status")} htmlFor="action-status" error={errors.status}>
          <OptionSelect id="action-status" value={form.status} onChange={set("status")} placeholder={t("jewelry.stock.chooseStatus")} options={(["available", "reserved", "sold", "scrapped"] as const).map((s) => [s, t(`jewelry.stock.statuses.${s}`)])} />
        </Field>
      )}
      <Field label={action === "adjust" ? t("jewelry.stock.reasonLabel") : t("jewelry.notes")} htmlFor="action-note" error={errors.note}><Textarea {...text("note")} /></Field>
    </FormDrawer>
  )
}
