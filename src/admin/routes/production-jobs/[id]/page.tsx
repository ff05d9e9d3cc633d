import { Badge, Button, Container, Heading, IconButton, Table, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useState } from "react"
import { Link, useParams } from "react-router-dom"
import { ActionDrawer, ActionField } from "../../../components/jobs/action-drawer"
import { ProductionProgress } from "../../../components/jobs/progress"
import { useApi } from "../../../hooks/use-api"
import { useLookups, WEIGHT_UNITS } from "../../../hooks/use-lookups"
import { api } from "../../../lib/api"
import { STATUS_COLOR } from "../../../components/jobs/status"

type Drawer = "stage" | "issue" | "stones" | "receive" | "qa" | "close" | "complete" | null

const money = (v: string | null | undefined) => (v === null || v === undefined ? "—" : Number(v).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }))

const JobPage = () => {
  const { id } = useParams()
  const { data, reload } = useApi<any>(`/admin/production-jobs/${id}`)
  const lookups = useLookups()
  const catalog = useApi<{ stages: any[] }>("/admin/production/stages", { is_active: true })
  const departments = useApi<{ departments: any[] }>("/admin/production/departments")
  const stock = useApi<{ stock_items: any[] }>("/admin/stock-items", { status: "available", limit: 200, order: "tag_id" })
  const [drawer, setDrawer] = useState<Drawer>(null)
  const [completing, setCompleting] = useState<any>(null)
  if (!data) return <Text>Loading…</Text>
  const { job, stages, materials, receipts, qa_checks, weights, metrics, cost, bom_estimate } = data
  const active = ["open", "in_progress", "completed"].includes(job.status)
  const openStages = stages.filter((s: any) => s.status !== "completed")
  const stageOptions: [string, string][] = openStages.map((s: any) => [s.id, s.stage_name])
  const itemOptions = (filter: (i: any) => boolean): [string, string][] =>
    (stock.data?.stock_items ?? []).filter(filter).map((i) => [i.id, `${i.tag_id} · ${lookups.productName(i.product_id)} · ${i.weight} ${i.weight_unit} · ${i.pieces} pcs`])
  const done = (msg: string) => {
    toast.success(msg)
    reload()
    stock.reload()
  }
  const post = (path: string, body: unknown) => api(`/admin/production-jobs/${id}${path}`, { body })
  const amountFields: ActionField[] = [
    { key: "stock_item_id", label: "Stock item", type: "select", options: [] },
    { key: "full", label: "Issue the whole item", type: "checkbox" },
    { key: "weight", label: "Weight", when: (v) => !v.full, placeholder: "exact part" },
    { key: "weight_unit", label: "Unit", type: "select", options: WEIGHT_UNITS.map((u) => [u, u]), when: (v) => !v.full },
    { key: "pieces", label: "Pieces", type: "number", when: (v) => !v.full },
  ]
  const line = (v: Record<string, any>) =>
    v.full ? { stock_item_id: v.stock_item_id, full: true } : { stock_item_id: v.stock_item_id, ...(v.weight ? { weight: v.weight, weight_unit: v.weight_unit } : {}), ...(v.pieces ? { pieces: Number(v.pieces) } : {}) }
  return (
    <div className="flex flex-col gap-y-3" data-testid="job-page">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between px-6 py-4">
          <div>
            <Link to="/production-jobs" className="txt-small text-ui-fg-subtle">← Production Jobs</Link>
            <Heading data-testid="job-number">{job.display_number}</Heading>
            <Text size="small">{job.title}</Text>
            <div className="mt-1 flex gap-x-1">
              <Badge size="2xsmall">{job.kind}</Badge>
              <Badge size="2xsmall">{job.mode === "style" ? `style-driven × ${job.quantity}` : "simple"}</Badge>
              <Badge size="2xsmall" color={STATUS_COLOR[job.status]} data-testid="job-status">{job.status.replace("_", " ")}</Badge>
              {job.rush && <Badge size="2xsmall" color="red">rush</Badge>}
            </div>
          </div>
          <div className="flex flex-wrap justify-end gap-2">
            {active && (
              <>
                <Button size="small" variant="secondary" onClick={() => setDrawer("stage")} data-testid="open-add-stage">Add stage</Button>
                <Button size="small" variant="secondary" onClick={() => setDrawer("issue")} data-testid="open-issue">Issue stock</Button>
                <Button size="small" variant="secondary" onClick={() => setDrawer("stones")} data-testid="open-stones">Allocate stones</Button>
                <Button size="small" variant="secondary" onClick={() => setDrawer("receive")} data-testid="open-receive">Receive</Button>
                <Button size="small" variant="secondary" onClick={() => setDrawer("qa")} data-testid="open-qa">QA check</Button>
                <Button size="small" onClick={() => setDrawer("close")} data-testid="open-close-out">Complete & Create Inventory</Button>
              </>
            )}
          </div>
        </div>
        <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
          {[
            ["Target date", new Date(job.target_date).toLocaleDateString()],
            ["Current stage", job.current_stage?.stage_name ?? "—"],
            ["Requested", [job.requested_pieces ? `${job.requested_pieces} pcs` : null, job.requested_weight ? `${job.requested_weight} ${job.weight_unit}` : null, job.requested_shape, job.requested_size].filter(Boolean).join(" · ") || "—"],
            ["Style", job.style ? `${job.style.code} · ${job.style.name}` : "—"],
          ].map(([k, v]) => (
            <div key={k}><Text size="xsmall" className="text-ui-fg-subtle">{k}</Text><Text size="small" weight="plus">{v}</Text></div>
          ))}
          {job.tolerance_override_reason && (
            <div className="col-span-full" data-testid="job-override"><Text size="xsmall" className="text-ui-fg-subtle">Tolerance override</Text><Text size="small">{job.tolerance_override_reason}</Text></div>
          )}
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">Progress and efficiency</Heading></div>
        <div className="px-6 py-4">
          <ProductionProgress metrics={metrics} weights={weights} unit={weights.unit} />
          <Text size="xsmall" className="mt-2 text-ui-fg-subtle">Base: {metrics.base} {weights.unit} ({job.requested_weight ? "requested" : "issued"} weight). Issued {weights.issued} {weights.unit}.</Text>
        </div>
        <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-2">
          <div data-testid="job-cost">
            <Text size="small" weight="plus">Actual cost</Text>
            {[["Stages", cost.stages], ["Material", cost.material], ["Stones", cost.stones], ["Total", cost.total]].map(([k, v]) => (
              <div key={k} className="flex justify-between txt-small"><span>{k}</span><span data-testid={`cost-${k.toLowerCase()}`}>{money(v)}</span></div>
            ))}
          </div>
          {bom_estimate && (
            <div data-testid="job-bom-estimate">
              <Text size="small" weight="plus">Bill-of-materials estimate (× {job.quantity})</Text>
              {[["Metal", bom_estimate.metal], ["Stones", bom_estimate.stones], ["Findings", bom_estimate.findings], ["Labour", bom_estimate.labor], ["Total", bom_estimate.per_piece]].map(([k, v]) => (
                <div key={k} className="flex justify-between txt-small"><span>{k}</span><span>{money(v)}</span></div>
              ))}
            </div>
          )}
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">Stages</Heading></div>
        <div className="px-6 py-4">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell>Vendor</Table.HeaderCell>
                <Table.HeaderCell>Department</Table.HeaderCell>
                <Table.HeaderCell>Due</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Cost</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Issued / out</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {stages.map((s: any) => (
                <Table.Row key={s.id} data-testid="job-stage-row" data-stage={s.stage_name}>
                  <Table.Cell>{s.stage_name}</Table.Cell>
                  <Table.Cell>{s.vendor_type === "outside" ? s.vendor_name ?? "outside" : "in-house"}</Table.Cell>
                  <Table.Cell>{departments.data?.departments.find((d: any) => d.id === s.department_id)?.name ?? "—"}</Table.Cell>
                  <Table.Cell>{s.due_date ? new Date(s.due_date).toLocaleDateString() : "—"}</Table.Cell>
                  <Table.Cell className="text-right">{money(s.cost)}</Table.Cell>
                  <Table.Cell className="text-right">{s.issued} / {(Number(s.received) + Number(s.rejected)).toString()} {weights.unit}</Table.Cell>
                  <Table.Cell><Badge size="2xsmall" color={s.status === "completed" ? "green" : s.status === "in_progress" ? "blue" : "grey"}>{s.status.replace("_", " ")}</Badge></Table.Cell>
                  <Table.Cell className="text-right">
                    {active && s.status !== "completed" && (
                      <Button size="small" variant="transparent" onClick={() => { setCompleting(s); setDrawer("complete") }} data-testid="complete-stage">Complete</Button>
                    )}
                    {s.tolerance_override_reason && <Text size="xsmall" className="text-ui-fg-subtle">override: {s.tolerance_override_reason}</Text>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">Material and stones</Heading></div>
        <div className="px-6 py-4">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Tag</Table.HeaderCell>
                <Table.HeaderCell>Kind</Table.HeaderCell>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Weight</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Pieces</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Cost</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {materials.map((m: any) => (
                <Table.Row key={m.id} data-testid="material-row" data-tag={m.tag_id} className={m.removed_at ? "opacity-50 line-through" : ""}>
                  <Table.Cell className="font-mono">{m.tag_id}</Table.Cell>
                  <Table.Cell>{m.kind === "stone" ? "stone allocation" : "issued"}</Table.Cell>
                  <Table.Cell>{stages.find((s: any) => s.id === m.job_stage_id)?.stage_name ?? "—"}</Table.Cell>
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
                        onClick={async () => {
                          try {
                            await api(`/admin/production-jobs/${id}/stones/${m.id}`, { method: "DELETE" })
                            done(`${m.tag_id} credited back to stock`)
                          } catch (e: any) {
                            toast.error(e.message)
                          }
                        }}
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
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4"><Heading level="h2">Receipts and QA</Heading></div>
        <div className="px-6 py-4">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Stage</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Received</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Rejected</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Scrapped</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Waste</Table.HeaderCell>
                <Table.HeaderCell>When</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {receipts.map((r: any) => (
                <Table.Row key={r.id} data-testid="receipt-row">
                  <Table.Cell>{stages.find((s: any) => s.id === r.job_stage_id)?.stage_name}</Table.Cell>
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
            {qa_checks.map((q: any) => (
              <Text key={q.id} size="small" data-testid="qa-row">
                <Badge size="2xsmall" color={q.result === "pass" ? "green" : "red"}>{q.result}</Badge> {q.inspector}{q.notes ? ` — ${q.notes}` : ""}
              </Text>
            ))}
          </div>
        </div>
      </Container>

      <ActionDrawer
        open={drawer === "stage"}
        title="Add stage"
        testId="add-stage"
        initial={{ vendor_type: "in_house" }}
        fields={[
          { key: "stage_id", label: "Stage", type: "select", options: (catalog.data?.stages ?? []).map((s) => [s.id, s.name]) },
          { key: "vendor_type", label: "Vendor", type: "select", options: [["in_house", "In-house"], ["outside", "Outside vendor"]] },
          { key: "vendor_name", label: "Vendor name", when: (v) => v.vendor_type === "outside" },
          { key: "cost", label: "Cost" },
          { key: "due_date", label: "Due date", type: "date" },
          { key: "department_id", label: "Department", type: "select", options: (departments.data?.departments ?? []).map((d) => [d.id, d.name]) },
        ]}
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          await post("/stages", { stage_id: v.stage_id, vendor_type: v.vendor_type, vendor_name: v.vendor_name || null, cost: v.cost || undefined, due_date: v.due_date || null, department_id: v.department_id || null })
          done("Stage added")
        }}
      />
      <ActionDrawer
        open={drawer === "issue"}
        title="Issue stock into a stage"
        testId="issue"
        initial={{ job_stage_id: openStages[0]?.id, weight_unit: weights.unit }}
        fields={[{ key: "job_stage_id", label: "Stage", type: "select", options: stageOptions }, { ...amountFields[0], options: itemOptions((i) => !job.source_product_ids?.length || job.source_product_ids.includes(i.product_id)) }, ...amountFields.slice(1)]}
        submitLabel="Issue"
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          await post("/issues", { job_stage_id: v.job_stage_id, lines: [line(v)] })
          done("Stock issued")
        }}
      />
      <ActionDrawer
        open={drawer === "stones"}
        title="Allocate stones"
        testId="stones"
        initial={{ weight_unit: "ct" }}
        fields={[{ ...amountFields[0], options: itemOptions((i) => i.inventory_kind === "materials_supplies" || i.inventory_kind === "rough") }, ...amountFields.slice(1)]}
        submitLabel="Allocate"
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          await post("/stones", { lines: [line(v)] })
          done("Stones allocated")
        }}
      />
      <ActionDrawer
        open={drawer === "receive"}
        title="Receive output"
        testId="receive"
        initial={{ job_stage_id: openStages[0]?.id, weight_unit: weights.unit }}
        fields={[
          { key: "job_stage_id", label: "Stage", type: "select", options: stageOptions },
          { key: "weight_unit", label: "Unit", type: "select", options: WEIGHT_UNITS.map((u) => [u, u]) },
          { key: "received_pieces", label: "Received pieces", type: "number" },
          { key: "received_weight", label: "Received weight" },
          { key: "rejected_pieces", label: "Rejected pieces", type: "number" },
          { key: "rejected_weight", label: "Rejected weight" },
          { key: "rejected_shape", label: "Rejected: shape / size / color", when: (v) => !!v.rejected_weight || !!v.rejected_pieces, placeholder: "e.g. Solitaire · 6 · White" },
          { key: "scrapped_weight", label: "Scrapped weight" },
          { key: "scrapped_shape", label: "Scrap: shape / size / color", when: (v) => !!v.scrapped_weight, placeholder: "e.g. Sprue · — · Yellow" },
          { key: "waste_weight", label: "Waste (loss, recorded only)" },
          { key: "notes", label: "Notes", type: "textarea" },
        ]}
        submitLabel="Receive"
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          const details = (s?: string) => {
            if (!s) return undefined
            const [shape, size, color] = s.split("·").map((x) => x.trim())
            return { shape: shape || null, size: size || null, color: color || null }
          }
          const res = await post("/receipts", {
            job_stage_id: v.job_stage_id,
            weight_unit: v.weight_unit,
            ...(v.received_pieces ? { received_pieces: Number(v.received_pieces) } : {}),
            ...(v.received_weight ? { received_weight: v.received_weight } : {}),
            ...(v.rejected_pieces ? { rejected_pieces: Number(v.rejected_pieces) } : {}),
            ...(v.rejected_weight ? { rejected_weight: v.rejected_weight, rejected_details: details(v.rejected_shape) } : {}),
            ...(v.scrapped_weight ? { scrapped_weight: v.scrapped_weight, scrapped_details: details(v.scrapped_shape) } : {}),
            ...(v.waste_weight ? { waste_weight: v.waste_weight } : {}),
            notes: v.notes || null,
          })
          done(`Received: ${res.created_items.map((i: any) => i.tag_id).join(", ") || "waste recorded"}`)
        }}
      />
      <ActionDrawer
        open={drawer === "qa"}
        title="Record QA check"
        testId="qa"
        initial={{ result: "pass" }}
        fields={[
          { key: "inspector", label: "Inspector" },
          { key: "result", label: "Result", type: "select", options: [["pass", "Pass"], ["fail", "Fail"]] },
          { key: "notes", label: "Notes", type: "textarea" },
        ]}
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          await post("/qa-checks", { inspector: v.inspector ?? "", result: v.result, notes: v.notes || null })
          done("QA check recorded")
        }}
      />
      <ActionDrawer
        open={drawer === "complete"}
        title={`Complete ${completing?.stage_name ?? "stage"}`}
        testId="complete"
        fields={[{ key: "override_reason", label: "Override reason (managers and admins, only past the weight tolerance)", type: "textarea" }]}
        submitLabel="Complete stage"
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          await post(`/stages/${completing.id}/complete`, { override_reason: v.override_reason || null })
          done(`${completing.stage_name} completed`)
        }}
      />
      <ActionDrawer
        open={drawer === "close"}
        title="Complete & Create Inventory"
        testId="close-out"
        initial={{ location_id: lookups.locations[0]?.id }}
        fields={[
          { key: "location_id", label: "Stock location for the finished pieces", type: "select", options: lookups.locations.map((l) => [l.id, l.name]) },
          { key: "inventory_type_id", label: "Finished type", type: "select", options: lookups.types.filter((t) => t.kind === "finished").map((t) => [t.id, t.name]), placeholder: "First finished type" },
          { key: "override_reason", label: "Tolerance override reason (managers and admins)", type: "textarea" },
        ]}
        submitLabel={`Create ${job.quantity} ${job.quantity === 1 ? "item" : "items"}`}
        onClose={() => setDrawer(null)}
        onSubmit={async (v) => {
          const res = await post("/close-out", { location_id: v.location_id, inventory_type_id: v.inventory_type_id || undefined, override_reason: v.override_reason || null })
          done(`Created ${res.created_items.map((i: any) => i.tag_id).join(", ")}`)
        }}
      >
        {() => <Text size="small" className="text-ui-fg-subtle">Each piece carries cost basis {money(cost.total)} ÷ {job.quantity}. The linked variant's Medusa stock rises by {job.quantity}.</Text>}
      </ActionDrawer>
    </div>
  )
}

export default JobPage
