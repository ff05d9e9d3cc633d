import { DocumentText } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { jobEnvelopeFile, saveFile } from "../../hooks/api/tags"

/** Prints the job's envelope (job bag): downloads its PDF. */
export function EnvelopeButton({ jobId }: { jobId: string }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={busy}
      data-testid="print-envelope"
      onClick={async () => {
        setBusy(true)
        try {
          saveFile(await jobEnvelopeFile(jobId))
        } catch (e: any) {
          toast.error(e.message)
        } finally {
          setBusy(false)
        }
      }}
    >
      <DocumentText /> {t("jewelry.tags.envelope")}
    </Button>
  )
}
