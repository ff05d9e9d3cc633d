import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useScanStage } from "../../hooks/api/tags"
import { ScanField } from "./scan-field"

/** On a job: scanning a stage's card (printed on the envelope) completes that stage for the signed-in staff member; the job moves to its next stage. */
export function StageScan({ jobId }: { jobId: string }) {
  const { t } = useTranslation()
  const scan = useScanStage(jobId)
  return (
    <div className="w-64">
      <ScanField
        testId="stage-scan"
        label={t("jewelry.tags.scanStage")}
        onScan={async (code) => {
          const r = await scan.mutateAsync(code)
          const said = r.next_stage
            ? t("jewelry.tags.stageMoved", { done: r.completed_stage.stage_name, next: r.next_stage.stage_name })
            : t("jewelry.tags.stageLast", { done: r.completed_stage.stage_name })
          toast.success(said)
          return said
        }}
      />
    </div>
  )
}
