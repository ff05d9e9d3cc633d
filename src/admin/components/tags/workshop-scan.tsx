import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { resolveCode } from "../../hooks/api/tags"
import { ScanField } from "./scan-field"

/** The workshop monitor's (and kiosk's) scan field: a job number, a stage card or a tag opens that job or item. Opening changes nothing. */
export function WorkshopScan({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <div className="w-72">
      <ScanField
        testId="workshop-scan"
        label={t("jewelry.tags.scanToOpen")}
        autoFocus={autoFocus}
        onScan={async (code) => {
          const hit = await resolveCode(code)
          if (hit.kind === "stock_item") navigate(`/stock/${hit.stock_item.id}`)
          else navigate(`/production-jobs/${hit.job.id}`)
        }}
      />
    </div>
  )
}
