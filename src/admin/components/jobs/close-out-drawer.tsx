import { Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useLookups } from "../../hooks/use-lookups"
import { useJobAction, type JobView } from "../../hooks/api/production-jobs"
import { money } from "../../lib/format"
import { ActionDrawer } from "./action-drawer"
import { LossFiguresPanel, lossFiguresOf, type LossFigures } from "./loss-figures"

/**
 * Complete & Create Inventory. Stages still open complete with the job, each
 * held to its loss standard: past it the server answers 409 with the
 * figures, shown here, and the override reason (the same field as the
 * tolerance's) lets a manager or admin close the job out.
 */
export function CloseOutDrawer({ view, open, onClose }: { view: JobView; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const lookups = useLookups()
  const action = useJobAction(view.job.id)
  const [figures, setFigures] = useState<LossFigures | null>(null)
  const { job, cost } = view
  return (
    <ActionDrawer
      open={open}
      title="Complete & Create Inventory"
      testId="close-out"
      initial={{ location_id: lookups.locations[0]?.id }}
      errorAliases={{ loss_override_reason: "override_reason" }}
      fields={[
        { key: "location_id", label: "Stock location for the finished pieces", type: "select", options: lookups.locations.map((l) => [l.id, l.name]) },
        { key: "inventory_type_id", label: "Finished type", type: "select", options: lookups.types.filter((t) => t.kind === "finished").map((t) => [t.id, t.name]), placeholder: "First finished type" },
        { key: "override_reason", label: t("jewelry.job.closeOutReason"), type: "textarea" },
      ]}
      submitLabel={`Create ${job.quantity} ${job.quantity === 1 ? "item" : "items"}`}
      onClose={() => {
        setFigures(null)
        onClose()
      }}
      onSubmit={async (v) => {
        try {
          const res = await action.mutateAsync({ path: "/close-out", body: { location_id: v.location_id, inventory_type_id: v.inventory_type_id || undefined, override_reason: v.override_reason || null } })
          toast.success(`Created ${res.created_items.map((i: any) => i.tag_id).join(", ")}`)
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
          <Text size="small" className="text-ui-fg-subtle">
            Each piece carries cost basis {money(cost.total)} ÷ {job.quantity}. The linked variant's Medusa stock rises by {job.quantity}.
          </Text>
        </>
      )}
    </ActionDrawer>
  )
}
