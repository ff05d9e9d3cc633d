import { Drawer, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useHoldOrder } from "../../hooks/api/jewelry-orders"
import { fieldErrors } from "../../lib/field-errors"
import { DrawerFooter } from "../drawer-footer"
import { Field } from "../field"
import { useResetOnOpen } from "./use-reset-on-open"

/** Put on hold, with the reason staff will see. */
export function HoldDrawer({ orderId, open, onClose }: { orderId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const hold = useHoldOrder(orderId)
  const [reason, setReason] = useState("")
  const [missing, setMissing] = useState<string | null>(null)
  useResetOnOpen(open, () => {
    setReason("")
    setMissing(null)
    hold.reset()
  })
  const save = async () => {
    if (!reason.trim()) return setMissing(t("jewelry.orders.required", { field: t("jewelry.orders.reason") }))
    try {
      await hold.mutateAsync({ reason: reason.trim() })
      toast.success(t("jewelry.orders.toast.onHold"))
      onClose()
    } catch {
      // Shown beside the reason.
    }
  }
  const errors = fieldErrors(hold.error, ["reason"])
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="hold-drawer">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.orders.holdTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body>
          <Field label={t("jewelry.orders.reason")} htmlFor="hold-reason" error={missing ?? errors.reason} hint={t("jewelry.orders.holdHint")}>
            <Textarea
              id="hold-reason"
              value={reason}
              onChange={(e) => {
                setMissing(null)
                setReason(e.target.value)
              }}
            />
          </Field>
        </Drawer.Body>
        <DrawerFooter saveLabel={t("jewelry.orders.putOnHold")} onCancel={onClose} onSave={save} saving={hold.isPending} error={errors._form} saveTestId="confirm-hold" />
      </Drawer.Content>
    </Drawer>
  )
}
