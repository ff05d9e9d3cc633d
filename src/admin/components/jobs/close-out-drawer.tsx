import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { makesNewItems } from "../../../lib/job-kinds"
import { useStockLocations } from "../../hooks/api/medusa"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { useJobAction, type JobView } from "../../hooks/api/production-jobs"
import { ActionDrawer, type ActionField } from "./action-drawer"
import { CloseOutSummary } from "./close-out-summary"
import { LossFiguresPanel, lossFiguresOf, type LossFigures } from "./loss-figures"
import { useJobOutcome } from "./repair-context"
import { offerTags } from "../tags/tag-print-offer"

/**
 * Complete & Create Inventory. Stages still open complete with the job, each
 * held to its loss standard: past it the server answers 409 with the
 * figures, shown here, and the override reason (the same field as the
 * tolerance's) lets a manager or admin close the job out. What close-out
 * does depends on the kind (new pieces, the same piece back, a piece for
 * an order line), said before confirming.
 */
export function CloseOutDrawer({ view, open, onClose }: { view: JobView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const locations = useStockLocations().data ?? []
  const types = useInventoryTypes().data ?? []
  const action = useJobAction(view.job.id)
  const outcome = useJobOutcome(view)
  const [figures, setFigures] = useState<LossFigures | null>(null)
  const { job } = view
  const newItems = makesNewItems(outcome.kind)
  const tag = outcome.item?.tag_id ?? ""
  const fields: ActionField[] = [
    { key: "location_id", label: newItems ? t("jewelry.closeOut.locationNew") : t("jewelry.closeOut.locationBack"), type: "select", required: true, options: locations.map((l) => [l.id, l.name]) },
    ...(newItems
      ? [{ key: "inventory_type_id", label: t("jewelry.closeOut.finishedType"), type: "select", options: types.filter((ty) => ty.kind === "finished").map((ty) => [ty.id, ty.name]), placeholder: t("jewelry.closeOut.firstFinishedType") } as ActionField]
      : []),
    { key: "override_reason", label: t("jewelry.job.closeOutReason"), type: "textarea" },
  ]
  return (
    <ActionDrawer
      open={open}
      title={t("jewelry.closeOut.title")}
      testId="close-out"
      initial={{ location_id: outcome.item?.location_id ?? locations[0]?.id }}
      errorAliases={{ loss_override_reason: "override_reason" }}
      fields={fields}
      submitLabel={newItems ? t("jewelry.closeOut.create", { count: job.quantity }) : t("jewelry.closeOut.giveBack", { tag })}
      onClose={() => {
        setFigures(null)
        onClose()
      }}
      onSubmit={async (v) => {
        try {
          const res = await action.mutateAsync({ path: "/close-out", body: { location_id: v.location_id, inventory_type_id: v.inventory_type_id || undefined, override_reason: v.override_reason || null } })
          const made = res.created_items.map((i: any) => i.tag_id).join(", ")
          toast.success(made ? t("jewelry.closeOut.created", { tags: made }) : t("jewelry.closeOut.returned", { tag }))
          if (res.created_items.length) offerTags(res.created_items)
          setFigures(null)
        } catch (e) {
          setFigures(lossFiguresOf(e))
          throw e
        }
      }}
    >
      {() => (
        <>
          {figures && <LossFiguresPanel figures={figures} />}
          <CloseOutSummary view={view} outcome={outcome} />
        </>
      )}
    </ActionDrawer>
  )
}
