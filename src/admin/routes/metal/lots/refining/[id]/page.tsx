import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { METAL_LABELS } from "../../../../../../lib/purity"
import type { RefiningLot } from "../../../../../../types/metal"
import { LotPage, useCancelLot } from "../../../../../components/metal/lot-page"
import { LotStatus } from "../../../../../components/metal/lot-status"
import { ReceiveLotDrawer } from "../../../../../components/metal/receive-lot-drawer"
import { RefiningSourcesTable } from "../../../../../components/metal/refining-sources-table"
import { SendLotDrawer } from "../../../../../components/metal/send-lot-drawer"
import { Pending } from "../../../../../components/pending"
import { useCancelRefiningLot, useCanMoveLots, useRefiningLot } from "../../../../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../../../../lib/format"


/** A refining lot: its sources and jobs; send it, receive it back once (fine received, refining loss %), or cancel it. */
const RefiningLotPage = () => {
  const { id } = useParams()
  const { data, error } = useRefiningLot(id!)
  if (!data) return <Pending error={error} />
  return <RefiningLot lot={data.refining_lot} />
}

function RefiningLot({ lot }: { lot: RefiningLot }) {
  const { t } = useTranslation()
  const onCancel = useCancelLot(lot, t("jewelry.lots.cancelRefining"), useCancelRefiningLot(lot.id))
  const canMove = useCanMoveLots()
  const [drawer, setDrawer] = useState<"send" | "receive" | null>(null)
  const u = lot.unit
  return (
    <LotPage
      kind="refining"
      lot={lot}
      status={<LotStatus kind="refining" status={lot.status} />}
      subtitle={`${METAL_LABELS[lot.metal]} · ${lot.supplier?.name ?? t("jewelry.lots.noRefinerYet")}`}
      actions={
        canMove ? (
          <>
            {lot.status === "open" && <Button size="small" variant="secondary" onClick={onCancel} data-testid="cancel-lot">{t("jewelry.lots.cancelLot")}</Button>}
            {lot.status === "open" && <Button size="small" onClick={() => setDrawer("send")} data-testid="open-send">{t("jewelry.lots.send")}</Button>}
            {(lot.status === "open" || lot.status === "sent") && (
              <Button size="small" variant={lot.status === "sent" ? "primary" : "secondary"} onClick={() => setDrawer("receive")} data-testid="open-receive-lot">{t("jewelry.lots.receive")}</Button>
            )}
          </>
        ) : null
      }
      facts={[
        { id: "est-gross", label: t("jewelry.lots.estGross"), value: `${lot.est_gross_weight} ${u}` },
        { id: "est-fine", label: t("jewelry.lots.estFine"), value: `${lot.est_fine_weight} ${u}` },
        { id: "fine-received", label: t("jewelry.lots.fineReceived"), value: lot.fine_received_weight === null ? dash : `${lot.fine_received_weight} ${u}` },
        { id: "loss-pct", label: t("jewelry.lots.refiningLoss"), value: pct(lot.loss_pct, 2) },
        { id: "sent", label: t("jewelry.lots.sentOn"), value: dateOnly(lot.sent_at) },
        { id: "received", label: t("jewelry.lots.receivedOn"), value: dateOnly(lot.received_at) },
        { id: "charges", label: t("jewelry.lots.charges"), value: lot.charges === null ? dash : `${lot.charges} ${(lot.currency_code ?? "").toUpperCase()}` },
        { id: "notes", label: t("jewelry.notes"), value: lot.notes ?? dash },
      ]}
      outputIds={lot.output_item_ids ?? []}
      inputs={{ title: t("jewelry.lots.sources"), table: <RefiningSourcesTable lot={lot} /> }}
    >
      <SendLotDrawer lot={lot} open={drawer === "send"} onClose={() => setDrawer(null)} />
      <ReceiveLotDrawer lot={lot} open={drawer === "receive"} onClose={() => setDrawer(null)} />
    </LotPage>
  )
}

export default RefiningLotPage
