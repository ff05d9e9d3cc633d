import { CheckCircleSolid } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { REPAIR_FLOW, type Repair } from "../../../types/repairs"
import { dateOnly } from "../../lib/format"
import { repairStatusLabel } from "./repair-status"

/** The path a repair takes, intake to pickup: what is done (with its date), where it stands, what comes next. */
export function RepairPath({ repair }: { repair: Repair }) {
  const { t } = useTranslation()
  const at = REPAIR_FLOW.indexOf(repair.status as (typeof REPAIR_FLOW)[number])
  const when: Record<string, string | null> = {
    intake: repair.created_at,
    estimated: repair.estimated_at,
    approved: repair.approved_at,
    ready: repair.ready_at,
    picked_up: repair.acknowledged_at,
  }
  if (repair.status === "cancelled") {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4" data-testid="repair-path">
        {t("jewelry.repairs.returnedOn", {
          status: repairStatusLabel(t, "cancelled"),
          date: repair.cancelled_at ? dateOnly(repair.cancelled_at) : "",
          name: repair.acknowledged_name ?? "",
          reason: repair.cancel_reason ?? "",
        })}
      </Text>
    )
  }
  return (
    <ol className="grid grid-cols-5 gap-2 px-6 py-4" data-testid="repair-path">
      {REPAIR_FLOW.map((s, i) => {
        const state = i < at ? "done" : i === at ? "current" : "next"
        return (
          <li key={s} data-testid="repair-step" data-step={s} data-state={state} className="flex flex-col gap-y-1">
            <div className={`h-1 rounded-full ${state === "next" ? "bg-ui-bg-subtle-pressed" : "bg-ui-fg-interactive"}`} />
            <div className="flex items-center gap-x-1">
              {state !== "next" && <CheckCircleSolid className={state === "current" ? "text-ui-fg-interactive" : "text-ui-fg-muted"} />}
              <Text size="xsmall" weight={state === "current" ? "plus" : "regular"} className={state === "next" ? "text-ui-fg-muted" : undefined}>
                {repairStatusLabel(t, s)}
              </Text>
            </div>
            {state !== "next" && when[s] && <Text size="xsmall" className="text-ui-fg-subtle">{dateOnly(when[s])}</Text>}
          </li>
        )
      })}
    </ol>
  )
}
