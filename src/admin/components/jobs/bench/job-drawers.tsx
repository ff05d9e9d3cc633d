import { toast } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useJobAction, type JobView } from "../../../hooks/api/production-jobs"
import { ActionDrawer } from "../action-drawer"
import { ReceiveDrawer } from "./receive-drawer"
import { IssueDrawer, StonesDrawer } from "./stock-drawers"

export type BenchDrawer = "issue" | "stones" | "receive" | "qa" | null

/** Issue stock, allocate stones, receive output and record QA: the bench's drawers on a job. */
export function JobDrawers({ view, drawer, onClose }: { view: JobView; drawer: BenchDrawer; onClose: () => void }) {
  const { t } = useTranslation()
  const action = useJobAction(view.job.id)
  const post = (path: string, body: Record<string, any>) => action.mutateAsync({ path, body })
  return (
    <>
      <IssueDrawer view={view} open={drawer === "issue"} onClose={onClose} post={post} />
      <StonesDrawer view={view} open={drawer === "stones"} onClose={onClose} post={post} />
      <ReceiveDrawer view={view} open={drawer === "receive"} onClose={onClose} post={post} />
      <ActionDrawer
        open={drawer === "qa"}
        title={t("jewelry.job.bench.qa.title")}
        testId="qa"
        initial={{ result: "pass" }}
        fields={[
          { key: "inspector", label: t("jewelry.job.bench.qa.inspector"), required: true },
          { key: "result", label: t("jewelry.job.bench.qa.result"), type: "select", options: [["pass", t("jewelry.job.bench.qa.pass")], ["fail", t("jewelry.job.bench.qa.fail")]] },
          { key: "notes", label: t("jewelry.notes"), type: "textarea" },
        ]}
        submitLabel={t("jewelry.job.bench.qa.submit")}
        onClose={onClose}
        onSubmit={async (v) => {
          await post("/qa-checks", { inspector: v.inspector ?? "", result: v.result, notes: v.notes || null })
          toast.success(t("jewelry.job.bench.qa.done"))
        }}
      />
    </>
  )
}
