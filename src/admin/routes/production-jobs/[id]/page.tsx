import { Container, Text } from "@medusajs/ui"
import { MetalValueSection } from "../../../components/metal-prices/metal-value-section"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { CloseOutDrawer } from "../../../components/jobs/close-out-drawer"
import { CompleteStageDrawer } from "../../../components/jobs/complete-stage-drawer"
import { JobDrawers } from "../../../components/jobs/bench/job-drawers"
import { JobHeader, type JobDrawer } from "../../../components/jobs/job-header"
import { JobMaterials, JobReceipts } from "../../../components/jobs/job-materials"
import { JobRepairPanel } from "../../../components/jobs/job-repair-panel"
import { JobProgressSection } from "../../../components/jobs/job-progress-section"
import { JobStages } from "../../../components/jobs/job-stages"
import { StageDrawer } from "../../../components/jobs/stage-drawer"
import { StageMetalTable } from "../../../components/jobs/stage-metal-table"
import { useProductionJob, type JobStageView } from "../../../hooks/api/production-jobs"
import { JobTagsBar } from "../../../components/tags/job-tags-bar"

/** A production job: its stages, the metal through them, material, receipts, QA, and the bench's actions. */
const JobPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data: view, error } = useProductionJob(id!)
  const [drawer, setDrawer] = useState<JobDrawer>(null)
  const [editing, setEditing] = useState<JobStageView | null>(null)
  const [completing, setCompleting] = useState<JobStageView | null>(null)
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  if (!view) return <Text>{t("jewelry.loading")}</Text>
  const active = ["open", "in_progress", "completed"].includes(view.job.status)
  const close = () => setDrawer(null)
  return (
    <div className="flex flex-col gap-y-3" data-testid="job-page">
      <Container className="divide-y p-0">
        <JobHeader view={view} active={active} onOpen={setDrawer} />
        <JobRepairPanel view={view} />
        <JobTagsBar view={view} active={active} />
      </Container>
      <Container className="divide-y p-0">
        <JobProgressSection view={view} />
      </Container>
      <Container className="divide-y p-0">
        <JobStages stages={view.stages} active={active} onEdit={setEditing} onComplete={setCompleting} />
      </Container>
      <Container className="p-0">
        <StageMetalTable view={view} />
      </Container>
      {Object.keys(view.fine ?? {}).length > 0 && (
        <Container className="p-0">
          <MetalValueSection query={{ job_id: view.job.id }} />
        </Container>
      )}
      <Container className="divide-y p-0">
        <JobMaterials view={view} active={active} />
      </Container>
      <Container className="divide-y p-0">
        <JobReceipts view={view} />
      </Container>
      <StageDrawer jobId={view.job.id} open={drawer === "stage" || !!editing} stage={editing} onClose={() => { close(); setEditing(null) }} />
      <JobDrawers view={view} drawer={drawer === "issue" || drawer === "stones" || drawer === "receive" || drawer === "qa" ? drawer : null} onClose={close} />
      <CompleteStageDrawer jobId={view.job.id} stage={completing} unit={view.weights.unit} onClose={() => setCompleting(null)} />
      <CloseOutDrawer view={view} open={drawer === "close"} onClose={close} />
    </div>
  )
}

export default JobPage
