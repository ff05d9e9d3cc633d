import { Input, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { RefiningLot } from "../../../types/metal"
import { useSendRefiningLot } from "../../hooks/api/metal"
import { useSuppliers } from "../../hooks/api/suppliers"
import { fieldErrors } from "../../lib/field-errors"
import { isoDay } from "../../lib/format"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { FormDrawer } from "./form-drawer"

/** Sends a collected lot to the refiner (a supplier), on a date. */
export function SendLotDrawer({ lot, open, onClose }: { lot: RefiningLot; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const suppliers = useSuppliers()
  const send = useSendRefiningLot(lot.id)
  const [supplierId, setSupplierId] = useState("")
  const [sentAt, setSentAt] = useState("")
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setSupplierId(lot.supplier_id ?? "")
      setSentAt(isoDay(new Date()))
      setMissing({})
      send.reset()
    }
  }
  const errors = { ...fieldErrors(send.error, ["supplier_id", "sent_at"]), ...missing }
  const submit = async () => {
    if (!supplierId) return setMissing({ supplier_id: t("jewelry.lots.needRefiner") })
    setMissing({})
    try {
      await send.mutateAsync({ supplier_id: supplierId, ...(sentAt ? { sent_at: new Date(`${sentAt}T12:00:00`).toISOString() } : {}) })
      toast.success(t("jewelry.lots.sent", { number: lot.display_number }))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.lots.sendTitle", { number: lot.display_number })} testId="send-lot" submitLabel={t("jewelry.lots.send")} busy={send.isPending} onSubmit={submit} formError={errors._form}>
      <Field label={t("jewelry.lots.refiner")} htmlFor="send-supplier" error={errors.supplier_id}>
        <OptionSelect id="send-supplier" value={supplierId} placeholder={t("jewelry.lots.chooseRefiner")} options={(suppliers.data ?? []).map((s) => [s.id, s.name])} onChange={setSupplierId} />
      </Field>
      <Field label={t("jewelry.lots.sentOn")} htmlFor="send-date" error={errors.sent_at}>
        <Input id="send-date" type="date" value={sentAt} onChange={(e) => setSentAt(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
