import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { METAL_LABELS } from "../../../../../../lib/purity"
import type { MeltLot } from "../../../../../../types/metal"
import { CompleteMeltDrawer } from "../../../../../components/metal/complete-melt-drawer"
import { LotPage, useCancelLot } from "../../../../../components/metal/lot-page"
import { LotStatus } from "../../../../../components/metal/lot-status"
import { MeltInputsTable } from "../../../../../components/metal/melt-inputs-table"
import { Pending } from "../../../../../components/pending"
import { useCancelMeltLot, useCanMoveLots, useMeltLot } from "../../../../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../../../../lib/format"


/** A melt lot: its inputs; complete it with what came out (fine out + loss = fine in), or cancel it. */
const MeltLotPage = () => {
  const { id } = useParams()
  const { data, error } = useMeltLot(id!)
  if (!data) return <Pending error={error} />
  return <MeltLot lot={data.melt_lot} />
}

function MeltLot({ lot }: { lot: MeltLot }) {
  const { t } = useTranslation()
  const onCancel = useCancelLot(lot, t("jewelry.lots.cancelMelt"), useCancelMeltLot(lot.id))
  const canMove = useCanMoveLots()
  const [completing, setCompleting] = useState(false)
  const w = (v: string | null) => (v === null ? dash : `${v} ${lot.unit}`)
  return (
    <LotPage
      kind="melt"
      lot={lot}
      status={<LotStatus kind="melt" status={lot.status} />}
      subtitle={`${METAL_LABELS[lot.metal]} · ${lot.purity}`}
      actions={
        canMove && lot.status === "open" ? (
          <>
            <Button size="small" variant="secondary" onClick={onCancel} data-testid="cancel-lot">{t("jewelry.lots.cancelLot")}</Button>
            <Button size="small" onClick={() => setCompleting(true)} data-testid="open-complete-melt">{t("jewelry.lots.complete")}</Button>
          </>
        ) : null
      }
      facts={[
        { id: "fine-in", label: t("jewelry.lots.fineIn"), value: w(lot.fine_in_weight) },
        { id: "alloy-in", label: t("jewelry.lots.alloyIn"), value: w(lot.alloy_in_weight) },
        { id: "fine-out", label: t("jewelry.lots.fineOut"), value: w(lot.fine_out_weight) },
        { id: "gross-out", label: t("jewelry.lots.grossOut"), value: w(lot.gross_out_weight) },
        { id: "loss-fine", label: t("jewelry.lots.fineLost"), value: w(lot.loss_fine_weight) },
        { id: "loss-pct", label: t("jewelry.lots.meltLoss"), value: pct(lot.loss_pct, 2) },
        { id: "melted", label: t("jewelry.lots.meltedOn"), value: dateOnly(lot.melted_at) },
        { id: "notes", label: t("jewelry.notes"), value: lot.notes ?? dash },
      ]}
      outputIds={lot.output_item_id ? [lot.output_item_id] : []}
      inputs={{ title: t("jewelry.lots.meltInputs"), table: <MeltInputsTable lot={lot} /> }}
    >
      <CompleteMeltDrawer lot={lot} open={completing} onClose={() => setCompleting(false)} />
    </LotPage>
  )
}

export default MeltLotPage
