import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { JobView } from "../../hooks/api/production-jobs"
import { money } from "../../lib/format"
import type { useJobOutcome } from "./repair-context"

/** What "Complete & Create Inventory" will do for this kind of job, said before it is done. */
export function CloseOutSummary({ view, outcome }: { view: JobView; outcome: ReturnType<typeof useJobOutcome> }) {
  const { t } = useTranslation()
  const { job, cost } = view
  const { kind, item, repair } = outcome
  const tag = item?.tag_id ?? ""
  const text = (() => {
    switch (kind) {
      case "customer_repair":
        return t("jewelry.closeOut.customerRepair", { tag, customer: repair?.customer?.name ?? t("jewelry.closeOut.theCustomer") })
      case "stock_repair":
        return t("jewelry.closeOut.stockRepair", { tag, added: money(outcome.costAdded), from: money(item?.cost_basis ?? "0"), to: money(outcome.costAfter) })
      case "custom_for_line":
        return t("jewelry.closeOut.customForLine")
      case "custom":
        return t("jewelry.closeOut.custom", { cost: money(cost.total) })
      default:
        return t("jewelry.closeOut.production", { cost: money(cost.total), count: job.quantity })
    }
  })()
  const unapproved = kind === "customer_repair" && repair && repair.status !== "approved"
  return (
    <div className="flex flex-col gap-y-2" data-testid="close-out-summary" data-kind={kind}>
      <Text size="small">{text}</Text>
      {unapproved && (
        <Text size="small" className="text-ui-fg-error" role="alert" data-testid="close-out-unapproved">
          {t("jewelry.closeOut.notApproved")}{" "}
          <Link to={`/repairs/${repair!.id}`} className="text-ui-fg-interactive hover:underline">{t("jewelry.jobRepair.openRepair")}</Link>
        </Text>
      )}
    </div>
  )
}
