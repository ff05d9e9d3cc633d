import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { REPAIR_STATUS_LABELS, type RepairStatus } from "../../../types/repairs"

export const REPAIR_STATUS_COLOR = { intake: "grey", estimated: "orange", approved: "blue", ready: "green", picked_up: "grey", cancelled: "red" } as const

/** A repair's status in the bench's words (translatable, English from the repair types). */
export function RepairStatusBadge({ status }: { status: RepairStatus }) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={REPAIR_STATUS_COLOR[status]} data-testid="repair-status" data-status={status}>
      {repairStatusLabel(t, status)}
    </StatusBadge>
  )
}

export const repairStatusLabel = (t: (k: string, o?: any) => string, status: RepairStatus) =>
  t(`jewelry.repairs.status.${status}`, { defaultValue: REPAIR_STATUS_LABELS[status] ?? status })
