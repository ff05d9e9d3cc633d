import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate, useParams } from "react-router-dom"
import { PO_STATUS_COLORS, PO_STATUS_LABELS, RECEIVABLE_STATUSES, type CreatedStockItem, type PurchaseOrder } from "../../../../types/purchasing"
import { PurchaseOrderLines, PurchaseOrderReceipts } from "../../../components/purchasing/po-lines"
import { ReceiveDrawer } from "../../../components/purchasing/receive-drawer"
import { usePurchaseOrder, usePurchaseOrderStatus, useRemovePurchaseOrder } from "../../../hooks/api/purchase-orders"
import { readable } from "../../../lib/field-errors"
import { dateOnly, money } from "../../../lib/format"
import type { ApiError } from "../../../lib/api"

/** A refusal as a sentence: "status: PO-0003 is received; …" → "PO-0003 is received; …". */
const sentence = (e: ApiError) => (e.field ? readable(e.message, e.field) : e.message)

/** Submit, receive, cancel and remove: what can be done with the order in its status. */
function PurchaseOrderActions({ po, onReceive }: { po: PurchaseOrder; onReceive: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const status = usePurchaseOrderStatus(po.id)
  const remove = useRemovePurchaseOrder(po.id)
  const act = (action: "submit" | "cancel") => status.mutate({ action, body: action === "submit" ? { terms_accepted: true } : {} }, { onError: (e) => toast.error(sentence(e)) })
  const confirmRemove = async () => {
    const ok = await prompt({
      title: t("jewelry.purchasing.removeTitle", { number: po.display_number }),
      description: t("jewelry.purchasing.removeDescription", { lines: po.lines.length, receipts: po.receipts.length }),
      confirmText: t("jewelry.remove"),
      cancelText: t("jewelry.purchasing.keep"),
    })
    if (!ok) return
    remove.mutate(undefined, {
      onSuccess: () => {
        toast.success(t("jewelry.purchasing.removed", { number: po.display_number }))
        navigate("/purchase-orders")
      },
      onError: (e) => toast.error(sentence(e)),
    })
  }
  return (
    <div className="flex gap-2">
      {po.status === "draft" && <Button size="small" onClick={() => act("submit")} data-testid="po-submit">{t("jewelry.purchasing.submit")}</Button>}
      {RECEIVABLE_STATUSES.includes(po.status) && <Button size="small" onClick={onReceive} data-testid="po-receive">{t("jewelry.purchasing.receiveTitle")}</Button>}
      {po.status !== "received" && po.status !== "cancelled" && <Button size="small" variant="secondary" onClick={() => act("cancel")} data-testid="po-cancel">{t("jewelry.purchasing.cancelOrder")}</Button>}
      <Button size="small" variant="danger" onClick={confirmRemove} data-testid="po-remove">{t("jewelry.remove")}</Button>
    </div>
  )
}

/** A purchase order: lines, receipts, and its actions. */
const PurchaseOrderPage = () => {
  const { t } = useTranslation()
  const { id } = useParams()
  const { data: po, error } = usePurchaseOrder(id)
  const [receiving, setReceiving] = useState(false)
  const [created, setCreated] = useState<CreatedStockItem[]>([])
  if (error) return <Container><Text className="text-ui-fg-error">{error.message}</Text></Container>
  if (!po) return <Container><Text>{t("jewelry.loading")}</Text></Container>
  const facts = [po.currency_code.toUpperCase(), t("jewelry.purchasing.estimated", { total: money(po.estimated_total) }), po.budget && t("jewelry.purchasing.budget", { budget: money(po.budget) }), po.date_required && t("jewelry.purchasing.required", { date: dateOnly(po.date_required) })]
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="purchase-order-page">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>{po.display_number} · {po.supplier?.name}</Heading>
            <div className="mt-1 flex items-center gap-2">
              <Badge size="2xsmall" color={PO_STATUS_COLORS[po.status]} data-testid="po-status">{t(`jewelry.purchasing.status.${po.status}`, PO_STATUS_LABELS[po.status])}</Badge>
              <Text size="small" className="text-ui-fg-subtle">{facts.filter(Boolean).join(" · ")}</Text>
            </div>
          </div>
          <PurchaseOrderActions po={po} onReceive={() => setReceiving(true)} />
        </div>
        <PurchaseOrderLines po={po} />
        {po.notes && <div className="px-6 py-4"><Text size="small" className="whitespace-pre-wrap text-ui-fg-subtle">{po.notes}</Text></div>}
      </Container>
      <PurchaseOrderReceipts po={po} created={created} />
      <ReceiveDrawer po={po} open={receiving} onClose={() => setReceiving(false)} onDone={(items) => { setCreated(items); setReceiving(false) }} />
    </div>
  )
}

export default PurchaseOrderPage
