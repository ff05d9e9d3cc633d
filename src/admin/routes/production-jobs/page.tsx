import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Tools } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { JobForm } from "../../components/jobs/job-form"
import { useApi } from "../../hooks/use-api"
import { STATUS_COLOR } from "../../components/jobs/status"

const ALL = "__all__"

/** Production, custom and repair jobs. */
const JobsPage = () => {
  const navigate = useNavigate()
  const [kind, setKind] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [q, setQ] = useState("")
  const [open, setOpen] = useState(false)
  const { data } = useApi<{ production_jobs: any[]; count: number }>("/admin/production-jobs", { kind, status, q })
  return (
    <Container className="divide-y p-0" data-testid="jobs-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Production Jobs</Heading>
          <Text size="small" className="text-ui-fg-subtle">Making pieces, from intake to stock: production, custom and repair.</Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={() => navigate("/workshop-monitor")}>Workshop monitor</Button>
          <Button size="small" onClick={() => setOpen(true)} data-testid="new-job"><Plus /> New job</Button>
        </div>
      </div>
      <div className="flex gap-x-2 px-6 py-3">
        <Input type="search" size="small" className="w-56" placeholder="Search number or title" value={q} onChange={(e) => setQ(e.target.value)} />
        <Select size="small" value={kind ?? ALL} onValueChange={(v) => setKind(v === ALL ? undefined : v)}>
          <Select.Trigger className="w-40" aria-label="Kind"><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All kinds</Select.Item>
            {["production", "custom", "repair"].map((k) => <Select.Item key={k} value={k}>{k}</Select.Item>)}
          </Select.Content>
        </Select>
        <Select size="small" value={status ?? ALL} onValueChange={(v) => setStatus(v === ALL ? undefined : v)}>
          <Select.Trigger className="w-40" aria-label="Status"><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {Object.keys(STATUS_COLOR).map((s) => <Select.Item key={s} value={s}>{s.replace("_", " ")}</Select.Item>)}
          </Select.Content>
        </Select>
      </div>
      <div className="px-6 py-4">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Job</Table.HeaderCell>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Kind</Table.HeaderCell>
              <Table.HeaderCell>Mode</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
              <Table.HeaderCell>Target</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.production_jobs ?? []).map((j) => (
              <Table.Row key={j.id} className="cursor-pointer" onClick={() => navigate(`/production-jobs/${j.id}`)} data-testid="job-row" data-number={j.display_number}>
                <Table.Cell className="font-mono">{j.display_number}{j.rush ? " ⚡" : ""}</Table.Cell>
                <Table.Cell>{j.title}</Table.Cell>
                <Table.Cell>{j.kind}</Table.Cell>
                <Table.Cell>{j.mode === "style" ? "style-driven" : "simple"}</Table.Cell>
                <Table.Cell className="text-right">{j.quantity}</Table.Cell>
                <Table.Cell>{new Date(j.target_date).toLocaleDateString()}</Table.Cell>
                <Table.Cell><Badge size="2xsmall" color={STATUS_COLOR[j.status]}>{j.status.replace("_", " ")}</Badge></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <JobForm open={open} onClose={() => setOpen(false)} onCreated={(id) => navigate(`/production-jobs/${id}`)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Production Jobs", icon: Tools })

export default JobsPage
