import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { JobView } from "../../../hooks/api/production-jobs"
import { DrawerScan } from "../../tags/drawer-scan"
import { ActionDrawer } from "../action-drawer"
import { holderBody } from "../holders"
import { HOLDER_ALIASES, lineOf, useBenchFields, useBenchStock } from "./use-bench-fields"

type Props = { view: JobView; open: boolean; onClose: () => void; post: (path: string, body: Record<string, any>) => Promise<any> }

/** Issue stock into a stage: the whole item or an exact part, in the item's unit, held by the stage's default or someone named. */
export function IssueDrawer({ view, open, onClose, post }: Props) {
  const { t } = useTranslation()
  const { issuable } = useBenchStock(view, open, open)
  const { firstOpenStage, stageField, itemField, amountFields, holderField } = useBenchFields(view)
  return (
    <ActionDrawer
      open={open}
      title={t("jewelry.job.bench.issueTitle")}
      testId="issue"
      initial={{ job_stage_id: firstOpenStage, weight_unit: view.weights.unit }}
      errorAliases={HOLDER_ALIASES}
      fields={[stageField, itemField(issuable), ...amountFields, holderField]}
      submitLabel={t("jewelry.job.bench.issue")}
      onClose={onClose}
      onSubmit={async (v) => {
        await post("/issues", { job_stage_id: v.job_stage_id, lines: [lineOf(v)], ...holderBody(v.holder) })
        toast.success(t("jewelry.job.bench.issued"))
      }}
    >
      {(_v, set) => <DrawerScan testId="issue-scan" offered={issuable} onPick={(id) => set({ stock_item_id: id })} />}
    </ActionDrawer>
  )
}

/** Allocate stones (or other supplies) to the job; they leave stock at once. */
export function StonesDrawer({ view, open, onClose, post }: Props) {
  const { t } = useTranslation()
  const { stones } = useBenchStock(view, open, false)
  const { itemField, amountFields } = useBenchFields(view)
  return (
    <ActionDrawer
      open={open}
      title={t("jewelry.job.bench.stonesTitle")}
      testId="stones"
      initial={{ weight_unit: "ct" }}
      errorAliases={HOLDER_ALIASES}
      fields={[itemField(stones), ...amountFields]}
      submitLabel={t("jewelry.job.bench.allocate")}
      onClose={onClose}
      onSubmit={async (v) => {
        await post("/stones", { lines: [lineOf(v)] })
        toast.success(t("jewelry.job.bench.allocated"))
      }}
    >
      {(_v, set) => <DrawerScan testId="stones-scan" offered={stones} onPick={(id) => set({ stock_item_id: id })} />}
    </ActionDrawer>
  )
}
