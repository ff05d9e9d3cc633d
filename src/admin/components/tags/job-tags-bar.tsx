import { useTranslation } from "react-i18next"
import { Text } from "@medusajs/ui"
import type { JobView } from "../../hooks/api/production-jobs"
import { EnvelopeButton } from "./envelope-button"
import { StageScan } from "./stage-scan"
import { TagPrintOffer } from "./tag-print-offer"

/** A job's paper: its envelope to print, the stage-card scan that moves it on, and tags for what its close-out just made. */
export function JobTagsBar({ view, active }: { view: JobView; active: boolean }) {
  const { t } = useTranslation()
  return (
    <>
      <div className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid="job-tags-bar">
        <Text size="small" className="text-ui-fg-subtle">{t("jewelry.tags.jobBar")}</Text>
        <div className="flex items-start gap-x-2">
          {active && <StageScan jobId={view.job.id} />}
          <EnvelopeButton jobId={view.job.id} />
        </div>
      </div>
      <TagPrintOffer />
    </>
  )
}
