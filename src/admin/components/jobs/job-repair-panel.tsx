import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { JobView } from "../../hooks/api/production-jobs"
import { dash } from "../../lib/format"
import { RepairStatusBadge } from "../repairs/repair-status"
import { useJobOutcome } from "./repair-context"

const link = "text-ui-fg-interactive hover:underline"

/** On a repair job: the piece it repairs (its tag, whose it is) and, for a customer's piece, the repair's status and page. */
export function JobRepairPanel({ view }: { view: JobView }) {
  const { t } = useTranslation()
  const { item, repair } = useJobOutcome(view)
  if (view.job.kind !== "repair") return null
  if (!view.job.repair_item_id) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="job-repair-panel">{t("jewelry.jobRepair.noPiece")}</Text>
  }
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="job-repair-panel">
      <div>
        <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.jobRepair.piece")}</Text>
        <div className="flex items-center gap-x-2">
          <Link to={`/stock/${view.job.repair_item_id}`} className={`${link} txt-small-plus font-mono`} data-testid="job-repair-piece">{item?.tag_id ?? dash}</Link>
          {item && (
            <Badge size="2xsmall" color={item.ownership === "customer" ? "purple" : "grey"} data-testid="job-repair-ownership">
              {item.ownership === "customer" ? t("jewelry.jobRepair.customerPiece") : t("jewelry.jobRepair.shopStock")}
            </Badge>
          )}
        </div>
      </div>
      {repair && (
        <>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.repairs.customer")}</Text>
            <Text size="small" weight="plus">{repair.customer?.name ?? dash}</Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">{t("jewelry.jobRepair.repair")}</Text>
            <div className="flex items-center gap-x-2">
              <RepairStatusBadge status={repair.status} />
              <Link to={`/repairs/${repair.id}`} className={`${link} txt-small`} data-testid="job-repair-link">{t("jewelry.jobRepair.openRepair")}</Link>
            </div>
          </div>
        </>
      )}
    </div>
  )
}
