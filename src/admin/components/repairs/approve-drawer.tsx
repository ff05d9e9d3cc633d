import { Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { Repair } from "../../../types/repairs"
import { useApproveRepair } from "../../hooks/api/repairs"
import { fieldErrors } from "../../lib/field-errors"
import { moneyIn } from "../../lib/format"
import { Field } from "../field"
import { FormDrawer } from "../metal/form-drawer"

/** The customer approves the estimate: the name they gave is kept with the approval. */
export function ApproveDrawer({ repair, open, onClose }: { repair: Repair; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const approve = useApproveRepair(repair.id)
  const [name, setName] = useState("")
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  // What was missing is shown until the form changes.
  useEffect(() => setMissing({}), [name])
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setName("")
      setMissing({})
      approve.reset()
    }
  }
  const errors = { ...fieldErrors(approve.error, ["approved_by_name", "status"]), ...missing }
  const submit = async () => {
    if (!name.trim()) return setMissing({ approved_by_name: t("jewelry.repairs.needApprover") })
    setMissing({})
    try {
      await approve.mutateAsync({ approved_by_name: name.trim() })
      toast.success(t("jewelry.repairs.approved", { name: name.trim() }))
      onClose()
    } catch {
      // Shown beside the field.
    }
  }
  return (
    <FormDrawer open={open} onClose={onClose} title={t("jewelry.repairs.approveTitle")} testId="approve-repair" submitLabel={t("jewelry.repairs.approve")} busy={approve.isPending} onSubmit={submit} formError={errors._form ?? errors.status}>
      <Text size="small" data-testid="approve-estimate">
        {t("jewelry.repairs.approveSummary", { amount: moneyIn(repair.estimate_amount, repair.currency_code), customer: repair.customer?.name ?? "" })}
      </Text>
      <Field label={t("jewelry.repairs.approverName")} htmlFor="approve-name" error={errors.approved_by_name} hint={t("jewelry.repairs.approverHint")}>
        <Input id="approve-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
