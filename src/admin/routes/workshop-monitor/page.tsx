import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ComputerDesktop } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { useApi } from "../../hooks/use-api"
import { WorkshopScan } from "../../components/tags/workshop-scan"

const REFRESH_SECONDS = 15

type QueueRow = {
  id: string
  display_number: string
  kind: string
  title: string
  quantity: number
  current_stage: { name: string; status: string; vendor_name: string | null } | null
  department: string | null
  assignee: { name: string | null } | null
  due_date: string
  days_in_stage: number
  overdue: boolean
  rush: boolean
}

const KIND_COLOR: Record<string, "blue" | "purple" | "orange"> = { production: "blue", custom: "purple", repair: "orange" }

/**
 * Every active job of all three kinds in one queue. `?kiosk=1` shows it full
 * screen for a wall display; it refreshes itself.
 */
const MonitorPage = () => {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const kiosk = params.get("kiosk") === "1"
  const { data, reload } = useApi<{ queue: QueueRow[]; counts: Record<string, number>; generated_at: string }>("/admin/workshop-monitor")
  const [, tick] = useState(0)
  useEffect(() => {
    const t = setInterval(() => reload(), REFRESH_SECONDS * 1000)
    const c = setInterval(() => tick((n) => n + 1), 1000)
    return () => {
      clearInterval(t)
      clearInterval(c)
    }
  }, [reload])
  const counts = data?.counts
  const rows = data?.queue ?? []
  const table = (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Job</Table.HeaderCell>
          <Table.HeaderCell>Kind</Table.HeaderCell>
          <Table.HeaderCell>What</Table.HeaderCell>
          <Table.HeaderCell>Current stage</Table.HeaderCell>
          <Table.HeaderCell>Assignee</Table.HeaderCell>
          <Table.HeaderCell>Due</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Days in stage</Table.HeaderCell>
          <Table.HeaderCell>Flags</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((r) => (
          <Table.Row key={r.id} data-testid="monitor-row" data-number={r.display_number} className={`cursor-pointer ${r.overdue ? "bg-ui-tag-red-bg" : ""}`} onClick={() => !kiosk && navigate(`/production-jobs/${r.id}`)}>
            <Table.Cell className="font-mono">{r.display_number}</Table.Cell>
            <Table.Cell><Badge size="2xsmall" color={KIND_COLOR[r.kind]}>{r.kind}</Badge></Table.Cell>
            <Table.Cell>{r.title}{r.quantity > 1 ? ` × ${r.quantity}` : ""}</Table.Cell>
            <Table.Cell>{r.current_stage ? `${r.current_stage.name}${r.current_stage.vendor_name ? ` (${r.current_stage.vendor_name})` : ""}` : "—"}</Table.Cell>
            <Table.Cell>{r.assignee?.name ?? r.department ?? "—"}</Table.Cell>
            <Table.Cell>{new Date(r.due_date).toLocaleDateString()}</Table.Cell>
            <Table.Cell className="text-right">{r.days_in_stage}</Table.Cell>
            <Table.Cell className="flex gap-1">
              {r.rush && <Badge size="2xsmall" color="red" data-testid="flag-rush">rush</Badge>}
              {r.overdue && <Badge size="2xsmall" color="red" data-testid="flag-overdue">overdue</Badge>}
            </Table.Cell>
          </Table.Row>
        ))}
        {data && !rows.length && (
          <Table.Row><Table.Cell {...({ colSpan: 8 } as any)}><Text size="small" className="text-ui-fg-subtle">No active jobs.</Text></Table.Cell></Table.Row>
        )}
      </Table.Body>
    </Table>
  )
  const summary = counts && (
    <div className="flex flex-wrap gap-2" data-testid="monitor-counts">
      <Badge>{counts.total} active</Badge>
      <Badge color="blue">{counts.production} production</Badge>
      <Badge color="purple">{counts.custom} custom</Badge>
      <Badge color="orange">{counts.repair} repair</Badge>
      <Badge color="red">{counts.overdue} overdue</Badge>
      <Badge color="red">{counts.rush} rush</Badge>
    </div>
  )
  const updated = data ? Math.round((Date.now() - new Date(data.generated_at).getTime()) / 1000) : null
  if (kiosk) {
    return (
      <div className="fixed inset-0 z-50 overflow-auto bg-ui-bg-base p-8 text-lg" data-testid="monitor-kiosk">
        <div className="mb-6 flex items-center justify-between">
          <Heading className="text-3xl">Workshop monitor</Heading>
          <WorkshopScan autoFocus />
          <div className="text-right">
            <Text className="text-2xl font-mono">{new Date().toLocaleTimeString()}</Text>
            <Text size="small" className="text-ui-fg-subtle" data-testid="kiosk-updated">updated {updated ?? "—"}s ago · refreshes every {REFRESH_SECONDS}s</Text>
          </div>
        </div>
        {summary}
        <div className="mt-4 [&_td]:py-4 [&_td]:text-lg">{table}</div>
        <Button size="small" variant="transparent" className="mt-4" onClick={() => setParams({})}>Exit kiosk</Button>
      </div>
    )
  }
  return (
    <Container className="divide-y p-0" data-testid="monitor-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Workshop monitor</Heading>
          <Text size="small" className="text-ui-fg-subtle">Every active production, custom and repair job in one queue. Rush first, then overdue, then by due date.</Text>
        </div>
        <div className="flex items-start gap-x-2">
          <WorkshopScan />
          <Button size="small" variant="secondary" onClick={() => setParams({ kiosk: "1" })} data-testid="open-kiosk">Kiosk view</Button>
        </div>
      </div>
      <div className="px-6 py-3">{summary}</div>
      <div className="px-6 py-4">{table}</div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Workshop Monitor", icon: ComputerDesktop })

export default MonitorPage
