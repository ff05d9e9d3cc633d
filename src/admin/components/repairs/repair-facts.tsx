import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { Repair } from "../../../types/repairs"
import { useStockLocations } from "../../hooks/api/medusa"
import { dash, dateOnly, dateTime, moneyIn } from "../../lib/format"
import { serverChange } from "../../lib/weight-change"
import { WeightChange } from "./weight-change"

const link = "text-ui-fg-interactive hover:underline"

function Fact({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xsmall" className="text-ui-fg-subtle">{label}</Text>
      <div className="txt-small-plus" data-testid={`repair-${id}`}>{children}</div>
    </div>
  )
}

/** Whose piece, where it is, the job on it, the weights in and out, the estimate, the approval, the pickup and the charge. */
export function RepairFacts({ repair: r }: { repair: Repair }) {
  const { t } = useTranslation()
  const locations = useStockLocations().data ?? []
  const where = r.item ? locations.find((l) => l.id === r.item!.location_id)?.name ?? r.item.location_id : null
  const estimate = moneyIn(r.estimate_amount, r.currency_code)
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="repair-facts">
      <Fact id="customer" label={t("jewelry.repairs.customer")}>{r.customer ? `${r.customer.name} · ${r.customer.email}` : dash}</Fact>
      <Fact id="piece" label={t("jewelry.repairs.piece")}>
        {r.item ? <Link to={`/stock/${r.item.id}`} className={`${link} font-mono`} data-testid="repair-piece-link">{r.item.tag_id}</Link> : dash}
        {where && <span className="text-ui-fg-subtle font-normal"> · {where} · {t(`jewelry.stock.statuses.${r.item!.status}`)}</span>}
      </Fact>
      <Fact id="job" label={t("jewelry.repairs.job")}>
        {r.job ? <Link to={`/production-jobs/${r.job.id}`} className={link} data-testid="repair-job-link">{r.job.display_number}</Link> : dash}
        {r.job && <span className="text-ui-fg-subtle font-normal"> · {r.job.current_stage ?? t(`jewelry.job.statuses.${r.job.status}`)}</span>}
      </Fact>
      <Fact id="promised" label={t("jewelry.repairs.promised")}>{dateOnly(r.promised_date)}</Fact>
      <Fact id="weight-in" label={t("jewelry.repairs.weightIn")}>{`${r.take_in_weight} ${r.weight_unit}`}</Fact>
      <Fact id="weight-out" label={t("jewelry.repairs.weightOut")}>{r.out_weight === null ? dash : `${r.out_weight} ${r.weight_unit}`}</Fact>
      <Fact id="change" label={t("jewelry.repairs.weightChange")}><WeightChange change={serverChange(r.weight_change)} testId="repair-weight-change" /></Fact>
      <Fact id="estimate" label={t("jewelry.repairs.estimate")}>{estimate}</Fact>
      <Fact id="declared" label={t("jewelry.repairs.declared")}>{[r.declared_metal, r.declared_stones].filter(Boolean).join(" · ") || dash}</Fact>
      <Fact id="approved" label={t("jewelry.repairs.approvedBy")}>{r.approved_by_name ? `${r.approved_by_name} · ${dateOnly(r.approved_at)}` : dash}</Fact>
      <Fact id="acknowledged" label={t("jewelry.repairs.acknowledgedBy")}>{r.acknowledged_name ? `${r.acknowledged_name} · ${dateTime(r.acknowledged_at)}` : dash}</Fact>
      <Fact id="charge" label={t("jewelry.repairs.charge")}>
        {r.draft_order_id ? <Link to={`/draft-orders/${r.draft_order_id}`} className={link} data-testid="repair-draft-order-link">{t("jewelry.repairs.openDraftOrder")}</Link> : dash}
      </Fact>
      <div className="col-span-full grid grid-cols-1 gap-4 md:grid-cols-2">
        <Fact id="condition" label={t("jewelry.repairs.condition")}>{r.condition_notes ?? dash}</Fact>
        <Fact id="estimate-notes" label={t("jewelry.repairs.estimateNotes")}>{r.estimate_notes ?? dash}</Fact>
      </div>
      {r.photos.length > 0 && (
        <Fact id="photos" label={t("jewelry.repairs.photos")}>
          <div className="flex flex-wrap gap-2">
            {r.photos.map((p, i) => <a key={p} href={p} target="_blank" rel="noreferrer" className={link}>{t("jewelry.repairs.photoN", { n: i + 1 })}</a>)}
          </div>
        </Fact>
      )}
    </div>
  )
}
