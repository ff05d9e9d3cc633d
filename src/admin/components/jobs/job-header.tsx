import { Badge, Button, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { JobView } from "../../hooks/api/production-jobs"
import { STATUS_COLOR } from "./status"

export type JobDrawer = "stage" | "issue" | "stones" | "receive" | "qa" | "close" | null

/** The job's number, title, kind and status, the bench's actions and the key facts. */
export function JobHeader({ view, active, onOpen }: { view: JobView; active: boolean; onOpen: (d: JobDrawer) => void }) {
  const { job } = view
  const actions: [JobDrawer, string, string][] = [
    ["stage", "Add stage", "open-add-stage"],
    ["issue", "Issue stock", "open-issue"],
    ["stones", "Allocate stones", "open-stones"],
    ["receive", "Receive", "open-receive"],
    ["qa", "QA check", "open-qa"],
  ]
  return (
    <>
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
        {active && (
          <div className="flex flex-wrap justify-end gap-2">
            {actions.map(([d, label, id]) => (
              <Button key={id} size="small" variant="secondary" onClick={() => onOpen(d)} data-testid={id}>{label}</Button>
            ))}
            <Button size="small" onClick={() => onOpen("close")} data-testid="open-close-out">Complete & Create Inventory</Button>
          </div>
        )}
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
    </>
  )
}
