import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { METAL_LABELS } from "../../../../../../lib/purity"
import { CompleteMeltDrawer } from "../../../../../components/metal/complete-melt-drawer"
import { LotFacts } from "../../../../../components/metal/lot-facts"
import { LotStatus } from "../../../../../components/metal/lot-status"
import { MeltInputsTable } from "../../../../../components/metal/melt-inputs-table"
import { OutputItems } from "../../../../../components/metal/output-items"
import { useCancelMeltLot, useCanMoveLots, useMeltLot } from "../../../../../hooks/api/metal"
import { dash, dateOnly, pct } from "../../../../../lib/format"

/** A melt lot: its inputs; complete it with what came out (fine out + loss = fine in), or cancel it. */
const MeltLotPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { data, error } = useMeltLot(id!)
  const cancel = useCancelMeltLot(id!)
  const canMove = useCanMoveLots()
  const [completing, setCompleting] = useState(false)
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  if (!data) return <Text>{t("jewelry.loading")}</Text>
  const lot = data.melt_lot
  const u = lot.unit
  const w = (v: string | null) => (v === null ? dash : `${v} ${u}`)
  const onCancel = async () => {
    const ok = await prompt({ title: t("jewelry.lots.cancelTitle", { number: lot.display_number }), description: t("jewelry.lots.cancelMelt"), confirmText: t("jewelry.lots.cancelLot"), cancelText: t("jewelry.lots.keepLot") })
    if (!ok) return
    cancel.mutate(undefined, { onSuccess: () => toast.success(t("jewelry.lots.cancelled", { number: lot.display_number })), onError: (e) => toast.error(e.message) })
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="melt-lot-page">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Link to="/metal/lots" className="txt-small text-ui-fg-subtle">← {t("jewelry.nav.lots")}</Link>
            <div className="flex items-center gap-x-2">
              <Heading data-testid="lot-number">{lot.display_number}</Heading>
              <LotStatus kind="melt" status={lot.status} />
            </div>
            <Text size="small" className="text-ui-fg-subtle">{METAL_LABELS[lot.metal]} · {lot.purity}</Text>
          </div>
          {canMove && lot.status === "open" && (
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={onCancel} data-testid="cancel-lot">{t("jewelry.lots.cancelLot")}</Button>
              <Button size="small" onClick={() => setCompleting(true)} data-testid="open-complete-melt">{t("jewelry.lots.complete")}</Button>
            </div>
          )}
        </div>
        <LotFacts
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
        />
        <OutputItems ids={lot.output_item_id ? [lot.output_item_id] : []} />
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("jewelry.lots.meltInputs")}</Heading>
        </div>
        <MeltInputsTable lot={lot} />
      </Container>
      <CompleteMeltDrawer lot={lot} open={completing} onClose={() => setCompleting(false)} />
    </div>
  )
}

export default MeltLotPage
