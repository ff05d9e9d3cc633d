import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useStockLocations } from "../../hooks/api/medusa"
import { useRecordStock } from "../../hooks/api/stock-items"
import { useProductionSettings } from "../../hooks/api/production-settings"
import { fieldErrors } from "../../lib/field-errors"
import { FormDrawer } from "../metal/form-drawer"
import { blankRecordForm, missingFields, RECORD_FIELDS, recordItem, type RecordForm } from "./record-stock-form"
import { RecordStockFields } from "./record-stock-fields"

/** Records stock items: one, or several identical ones at once, each with its own tag ID. */
export function RecordStock({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const unit = useProductionSettings().data?.default_weight_unit ?? "g"
  const firstLocation = useStockLocations().data?.[0]?.id ?? ""
  const record = useRecordStock()
  const [typed, setForm] = useState<RecordForm>(() => blankRecordForm(unit, firstLocation))
  // Medusa's locations may arrive after the drawer opened: the first is the default until one is chosen.
  const form = typed.location_id ? typed : { ...typed, location_id: firstLocation }
  const [missing, setMissing] = useState<Record<string, string>>({})
  // A fresh form each time the drawer opens, set during render so nothing typed is wiped.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setForm(blankRecordForm(unit, firstLocation))
      setMissing({})
      record.reset()
    }
  }
  const set = (patch: Partial<RecordForm>) => setForm((f) => ({ ...f, ...patch }))
  const errors: Record<string, string | undefined> = { ...fieldErrors(record.error, RECORD_FIELDS), ...missing }
  const save = async () => {
    const lacking = missingFields(form, t)
    setMissing(lacking)
    if (Object.keys(lacking).length) return
    try {
      const { stock_items } = await record.mutateAsync({ item: recordItem(form), count: Number(form.count) })
      const tags = stock_items.map((i) => i.tag_id)
      toast.success(tags.length === 1 ? t("jewelry.stock.recordedOne", { tag: tags[0] }) : t("jewelry.stock.recordedMany", { count: tags.length, first: tags[0], last: tags[tags.length - 1] }))
      onClose()
    } catch {
      // Shown beside the field the API named.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.stock.record")} testId="record-stock-form" submitLabel={t("jewelry.stock.recordAction")} busy={record.isPending} onSubmit={save} formError={errors._form}>
      <RecordStockFields form={form} set={set} errors={errors} />
    </FormDrawer>
  )
}
