import { Button, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import type { Repair } from "../../../types/repairs"
import { useChargeRepair } from "../../hooks/api/repairs"

export type RepairDrawer = "estimate" | "approve" | "pickup" | "return" | null

/**
 * What can be done with a repair now, by its status: estimate it (again,
 * until approved), record the customer's approval, charge it through a
 * Medusa draft order once approved, hand it back; or hand it back unrepaired
 * before the work begins. Nothing once it is picked up or returned.
 */
export function RepairActions({ repair, onOpen }: { repair: Repair; onOpen: (d: RepairDrawer) => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const charge = useChargeRepair(repair.id)
  const s = repair.status
  // The customer pays for what they approved.
  const canCharge = repair.estimate_amount !== null && !repair.draft_order_id && (s === "approved" || s === "ready")
  const canReturn = s === "intake" || s === "estimated" || s === "approved"
  const onCharge = () =>
    charge.mutate(undefined, {
      onSuccess: () => toast.success(t("jewelry.repairs.charged")),
      onError: (e) => toast.error(e.message),
    })
  return (
    <div className="flex flex-wrap justify-end gap-2" data-testid="repair-actions">
      {(s === "intake" || s === "estimated") && (
        <Button size="small" variant={s === "intake" ? "primary" : "secondary"} onClick={() => onOpen("estimate")} data-testid="open-estimate">
          {s === "intake" ? t("jewelry.repairs.estimateAction") : t("jewelry.repairs.reviseEstimate")}
        </Button>
      )}
      {s === "estimated" && <Button size="small" onClick={() => onOpen("approve")} data-testid="open-approve">{t("jewelry.repairs.approve")}</Button>}
      {canCharge && (
        <Button size="small" variant="secondary" onClick={onCharge} isLoading={charge.isPending} data-testid="charge-repair">{t("jewelry.repairs.chargeAction")}</Button>
      )}
      {repair.draft_order_id && (
        <Button size="small" variant="secondary" onClick={() => navigate(`/draft-orders/${repair.draft_order_id}`)} data-testid="open-draft-order">{t("jewelry.repairs.openDraftOrder")}</Button>
      )}
      {s === "ready" && <Button size="small" onClick={() => onOpen("pickup")} data-testid="open-pickup">{t("jewelry.repairs.pickUp")}</Button>}
      {canReturn && (
        <Button size="small" variant="secondary" onClick={() => onOpen("return")} data-testid="open-return">{t("jewelry.repairs.returnAction")}</Button>
      )}
    </div>
  )
}
