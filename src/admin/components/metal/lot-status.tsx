import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MELT_LOT_STATUS_LABELS, REFINING_LOT_STATUS_LABELS, type MeltLot, type RefiningLot } from "../../../types/metal"

const COLOR = { open: "grey", sent: "blue", receiving: "orange", received: "green", melting: "orange", melted: "green", cancelled: "red" } as const

/** A lot's status in the domain's words (translatable, English from the metal types). */
export function LotStatus({ kind, status }: { kind: "refining"; status: RefiningLot["status"] } | { kind: "melt"; status: MeltLot["status"] }) {
  const { t } = useTranslation()
  const english = kind === "refining" ? REFINING_LOT_STATUS_LABELS[status as RefiningLot["status"]] : MELT_LOT_STATUS_LABELS[status as MeltLot["status"]]
  return (
    <StatusBadge color={COLOR[status]} data-testid="lot-status" data-status={status}>
      {t(`jewelry.lots.status.${kind}.${status}`, { defaultValue: english })}
    </StatusBadge>
  )
}
