import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { METAL_LABELS } from "../../../../../../lib/purity"
import { LotFacts } from "../../../../../components/metal/lot-facts"
import { LotStatus } from "../../../../../components/metal/lot-status"
import { OutputItems } from "../../../../../components/metal/output-items"
import { ReceiveLotDrawer } from "../../../../../components/metal/receive-lot-drawer"
import { RefiningSourcesTable } from "../../../../../components/metal/refining-sources-table"
import { SendLotDrawer } from "../../../../../components/metal/send-lot-drawer"
import { useCancelRefiningLot, useCanMoveLots, useRefiningLot } from "../../../../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../../../../lib/format"

/** A refining lot: its sources and jobs; send it, receive it back once (fine received, refining loss %), or cancel it. */
const RefiningLotPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { data, error } = useRefiningLot(id!)
  const cancel = useCancelRefiningLot(id!)
  const canMove = useCanMoveLots()
  const [drawer, setDrawer] = useState<"send" | "receive" | null>(null)
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  if (!data) return <Text>{t("jewelry.loading")}</Text>
  const lot = data.refining_lot
  const u = lot.unit
  const onCancel = async () => {
    const ok = await prompt({ title: t("jewelry.lots.cancelTitle", { number: lot.display_number }), description: t("jewelry.lots.cancelRefining"), confirmText: t("jewelry.lots.cancelLot"), cancelText: t("jewelry.lots.keepLot") })
    if (!ok) return
    cancel.mutate(undefined, { onSuccess: () => toast.success(t("jewelry.lots.cancelled", { number: lot.display_number })), onError: (e) => toast.error(e.message) })
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="refining-lot-page">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Link to="/metal/lots" className="txt-small text-ui-fg-subtle">← {t("jewelry.nav.lots")}</Link>
            <div className="flex items-center gap-x-2">
              <Heading data-testid="lot-number">{lot.display_number}</Heading>
              <LotStatus kind="refining" status={lot.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">
              {METAL_LABELS[lot.metal]} · {lot.supplier?.name ?? t("jewelry.lots.noRefinerYet")}
            </Text>
          </div>
          <div className="flex gap-x-2">
            {canMove && lot.status === "open" && <Button size="small" variant="secondary" onClick={onCancel} data-testid="cancel-lot">{t("jewelry.lots.cancelLot")}</Button>}
            {canMove && lot.status === "open" && <Button size="small" onClick={() => setDrawer("send")} data-testid="open-send">{t("jewelry.lots.send")}</Button>}
            {canMove && (lot.status === "open" || lot.status === "sent") && (
              <Button size="small" variant={lot.status === "sent" ? "primary" : "secondary"} onClick={() => setDrawer("receive")} data-testid="open-receive-lot">{t("jewelry.lots.receive")}</Button>
            )}
          </div>
        </div>
        <LotFacts
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
        />
        <OutputItems ids={lot.output_item_ids ?? []} />
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("jewelry.lots.sources")}</Heading>
        </div>
        <RefiningSourcesTable lot={lot} />
      </Container>
      <SendLotDrawer lot={lot} open={drawer === "send"} onClose={() => setDrawer(null)} />
      <ReceiveLotDrawer lot={lot} open={drawer === "receive"} onClose={() => setDrawer(null)} />
    </div>
  )
}

export default RefiningLotPage
