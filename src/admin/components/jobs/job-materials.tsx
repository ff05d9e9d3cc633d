import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useJobAction, type JobView } from "../../hooks/api/production-jobs"
import { dash, dateTime, money } from "../../lib/format"
import { JobTableSection } from "./job-table-section"

/** Material and stones issued into the job, with purity and who took it; a stone can be given back. */
export function JobMaterials({ view, active }: { view: JobView; active: boolean }) {
  const { t } = useTranslation()
  const action = useJobAction(view.job.id)
  const stageName = (id: string | null) => view.stages.find((s) => s.id === id)?.stage_name ?? dash
  const right = (label: string) => ({ label, right: true })
  const columns = [t("jewelry.job.materials.tag"), t("jewelry.job.list.kind"), t("jewelry.stage"), t("jewelry.purity"), t("jewelry.job.heldBy"), right(t("jewelry.weight")), right(t("jewelry.pieces")), right(t("jewelry.job.cost")), ""]
  return (
    <JobTableSection title={t("jewelry.job.materials.heading")} columns={columns}>
      {view.materials.map((m) => (
        <Table.Row key={m.id} data-testid="material-row" data-tag={m.tag_id} className={m.removed_at ? "opacity-50 line-through" : ""}>
          <Table.Cell className="font-mono">{m.tag_id ?? <span className="text-ui-fg-subtle font-sans">{t("jewelry.job.otherLocation")}</span>}</Table.Cell>
          <Table.Cell>
            {m.kind === "stone" ? t("jewelry.job.materials.stone") : t("jewelry.job.materials.issued")}
            {m.intermediate && <Badge size="2xsmall" className="ml-1">{t("jewelry.job.intermediate")}</Badge>}
          </Table.Cell>
          <Table.Cell>{stageName(m.job_stage_id)}</Table.Cell>
          <Table.Cell>{m.purity || dash}</Table.Cell>
          <Table.Cell>{m.holder?.name ?? dash}</Table.Cell>
          <Table.Cell className="text-right">{m.weight} {m.weight_unit}</Table.Cell>
          <Table.Cell className="text-right">{m.pieces}</Table.Cell>
          <Table.Cell className="text-right">{money(m.cost)}</Table.Cell>
          <Table.Cell className="text-right">
            {active && m.kind === "stone" && !m.removed_at && (
              <IconButton
                size="small"
                variant="transparent"
                aria-label={t("jewelry.job.materials.giveBack", { tag: m.tag_id })}
                data-testid="remove-allocation"
                onClick={() =>
                  action.mutate(
                    { path: `/stones/${m.id}`, body: {}, method: "DELETE" },
                    { onSuccess: () => toast.success(t("jewelry.job.materials.credited", { tag: m.tag_id })), onError: (e) => toast.error(e.message) }
                  )
                }
              >
                <Trash />
              </IconButton>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </JobTableSection>
  )
}

/** Receipts (with purity and who returned it) and QA checks. */
export function JobReceipts({ view }: { view: JobView }) {
  const { t } = useTranslation()
  const right = (label: string) => ({ label, right: true })
  const columns = [t("jewelry.stage"), t("jewelry.purity"), t("jewelry.job.returnedBy"), right(t("jewelry.job.received")), right(t("jewelry.job.rejected")), right(t("jewelry.job.scrapped")), right(t("jewelry.job.waste")), t("jewelry.job.materials.when")]
  const qa = (
    <div className="mt-3 flex flex-col gap-y-1">
      {view.qa_checks.map((q) => (
        <Text key={q.id} size="small" data-testid="qa-row">
          <Badge size="2xsmall" color={q.result === "pass" ? "green" : "red"}>{t(`jewelry.job.bench.qa.${q.result}`)}</Badge> {q.inspector}{q.notes ? ` — ${q.notes}` : ""}
        </Text>
      ))}
    </div>
  )
  return (
    <JobTableSection title={t("jewelry.job.materials.receiptsHeading")} columns={columns} after={qa}>
      {view.receipts.map((r) => (
        <Table.Row key={r.id} data-testid="receipt-row">
          <Table.Cell>{view.stages.find((s) => s.id === r.job_stage_id)?.stage_name}</Table.Cell>
          <Table.Cell>{r.purity || dash}</Table.Cell>
          <Table.Cell>{r.holder?.name ?? dash}</Table.Cell>
          <Table.Cell className="text-right">{r.received_weight} {r.weight_unit} · {t("jewelry.job.bench.pcs", { count: r.received_pieces })}</Table.Cell>
          <Table.Cell className="text-right">{r.rejected_weight} {r.weight_unit}</Table.Cell>
          <Table.Cell className="text-right">{r.scrapped_weight} {r.weight_unit}</Table.Cell>
          <Table.Cell className="text-right">{r.waste_weight} {r.weight_unit}</Table.Cell>
          <Table.Cell>{dateTime(r.created_at)}</Table.Cell>
        </Table.Row>
      ))}
    </JobTableSection>
  )
}
