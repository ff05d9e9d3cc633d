import { Trash } from "@medusajs/icons"
import { Badge, Heading, IconButton, Table, Text, toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useJobAction, type JobView } from "../../hooks/api/production-jobs"
import { dash, money } from "../../lib/format"

/** Material and stones issued into the job, with purity and who took it; a stone can be given back. */
export function JobMaterials({ view, active }: { view: JobView; active: boolean }) {
  const { t } = useTranslation()
  const action = useJobAction(view.job.id)
  const stageName = (id: string | null) => view.stages.find((s) => s.id === id)?.stage_name ?? dash
  return (
    <>
      <div className="px-6 py-4"><Heading level="h2">Material and stones</Heading></div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Tag</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Stage</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.purity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.job.heldBy")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Weight</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Pieces</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Cost</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {view.materials.map((m) => (
              <Table.Row key={m.id} data-testid="material-row" data-tag={m.tag_id} className={m.removed_at ? "opacity-50 line-through" : ""}>
                <Table.Cell className="font-mono">{m.tag_id ?? <span className="text-ui-fg-subtle font-sans">{t("jewelry.job.otherLocation")}</span>}</Table.Cell>
                <Table.Cell>
                  {m.kind === "stone" ? "stone allocation" : "issued"}
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
                      aria-label={`Give ${m.tag_id} back`}
                      data-testid="remove-allocation"
                      onClick={() =>
                        action.mutate(
                          { path: `/stones/${m.id}`, body: {}, method: "DELETE" },
                          { onSuccess: () => toast.success(`${m.tag_id} credited back to stock`), onError: (e) => toast.error(e.message) }
                        )
                      }
                    >
                      <Trash />
                    </IconButton>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </>
  )
}

/** Receipts (with purity and who returned it) and QA checks. */
export function JobReceipts({ view }: { view: JobView }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="px-6 py-4"><Heading level="h2">Receipts and QA</Heading></div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Stage</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.purity")}</Table.HeaderCell>
              <Table.HeaderCell>{t("jewelry.job.returnedBy")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rejected</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Scrapped</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Waste</Table.HeaderCell>
              <Table.HeaderCell>When</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {view.receipts.map((r) => (
              <Table.Row key={r.id} data-testid="receipt-row">
                <Table.Cell>{view.stages.find((s) => s.id === r.job_stage_id)?.stage_name}</Table.Cell>
                <Table.Cell>{r.purity || dash}</Table.Cell>
                <Table.Cell>{r.holder?.name ?? dash}</Table.Cell>
                <Table.Cell className="text-right">{r.received_weight} {r.weight_unit} · {r.received_pieces} pcs</Table.Cell>
                <Table.Cell className="text-right">{r.rejected_weight} {r.weight_unit}</Table.Cell>
                <Table.Cell className="text-right">{r.scrapped_weight} {r.weight_unit}</Table.Cell>
                <Table.Cell className="text-right">{r.waste_weight} {r.weight_unit}</Table.Cell>
                <Table.Cell>{new Date(r.created_at).toLocaleString()}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <div className="mt-3 flex flex-col gap-y-1">
          {view.qa_checks.map((q) => (
            <Text key={q.id} size="small" data-testid="qa-row">
              <Badge size="2xsmall" color={q.result === "pass" ? "green" : "red"}>{q.result}</Badge> {q.inspector}{q.notes ? ` — ${q.notes}` : ""}
            </Text>
          ))}
        </div>
      </div>
    </>
  )
}
