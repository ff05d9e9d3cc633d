import { Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import type { Repair } from "../../../types/repairs"
import { usePickUpRepair, useReturnRepair } from "../../hooks/api/repairs"
import { fieldErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { FormDrawer } from "../metal/form-drawer"
import { OptionSelect } from "../option-select"
import { changeFromTakeIn } from "../../lib/weight-change"
import { WeightChange } from "./weight-change"

/**
 * The piece handed back, once: at pickup, or unrepaired (`returning`, with
 * why). It is weighed again (the change from take-in shown before
 * confirming) and the customer types their name to acknowledge it.
 */
export function PickupDrawer({ repair, open, onClose, returning = false }: { repair: Repair; open: boolean; onClose: () => void; returning?: boolean }) {
  const { t } = useTranslation()
  const pickedUp = usePickUpRepair(repair.id)
  const returned = useReturnRepair(repair.id)
  const pickup = returning ? returned : pickedUp
  const [f, setF] = useState({ weight: "", unit: repair.weight_unit, name: "", reason: "" })
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [f])
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setF({ weight: "", unit: repair.weight_unit, name: "", reason: "" })
      setMissing({})
      pickup.reset()
    }
  }
  const errors = { ...fieldErrors(pickup.error, ["out_weight", "weight_unit", "acknowledged_name", "reason", "status"]), ...missing }
  const change = changeFromTakeIn(repair.take_in_weight, repair.weight_unit, f.weight, f.unit)
  const submit = async () => {
    const need: Record<string, string> = {}
    if (!f.weight.trim()) need.out_weight = t("jewelry.repairs.needOutWeight")
    if (!f.name.trim()) need.acknowledged_name = t("jewelry.repairs.needAcknowledgement")
    if (returning && !f.reason.trim()) need.reason = t("jewelry.repairs.needReturnReason")
    setMissing(need)
    if (Object.keys(need).length) return
    try {
      const body = { out_weight: f.weight.trim(), weight_unit: f.unit, acknowledged_name: f.name.trim() }
      if (returning) await returned.mutateAsync({ ...body, reason: f.reason.trim() })
      else await pickedUp.mutateAsync(body)
      toast.success(t(returning ? "jewelry.repairs.returned" : "jewelry.repairs.pickedUp", { name: f.name.trim() }))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t(returning ? "jewelry.repairs.returnTitle" : "jewelry.repairs.pickupTitle")}
      description={t(returning ? "jewelry.repairs.returnHint" : "jewelry.repairs.pickupHint")}
      testId={returning ? "return-repair" : "pickup-repair"}
      submitLabel={t(returning ? "jewelry.repairs.confirmReturn" : "jewelry.repairs.confirmPickup")} busy={pickup.isPending} onSubmit={submit} formError={errors._form ?? errors.status}>
      <div className="grid grid-cols-[1fr_110px] gap-2">
        <Field label={t("jewelry.repairs.weightNow")} htmlFor="pickup-weight" error={errors.out_weight}>
          <Input id="pickup-weight" inputMode="decimal" value={f.weight} onChange={(e) => setF({ ...f, weight: e.target.value })} />
        </Field>
        <Field label={t("jewelry.unit")} htmlFor="pickup-unit" error={errors.weight_unit}>
          <OptionSelect id="pickup-unit" value={f.unit} options={WEIGHT_UNIT_CODES.map((u) => [u, u])} onChange={(v) => setF({ ...f, unit: v })} />
        </Field>
      </div>
      <div className="rounded-md border px-3 py-2" data-testid="pickup-change">
        <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.repairs.changeFromTakeIn", { weight: `${repair.take_in_weight} ${repair.weight_unit}` })}</Text>
        <WeightChange change={change} testId="pickup-weight-change" />
      </div>
      {returning && (
        <Field label={t("jewelry.repairs.returnReason")} htmlFor="return-reason" error={errors.reason}>
          <Input id="return-reason" value={f.reason} onChange={(e) => setF({ ...f, reason: e.target.value })} />
        </Field>
      )}
      <Field label={t("jewelry.repairs.acknowledgedName")} htmlFor="pickup-name" error={errors.acknowledged_name} hint={t("jewelry.repairs.acknowledgedHint", { customer: repair.customer?.name ?? "" })}>
        <Input id="pickup-name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
      </Field>
    </FormDrawer>
  )
}
