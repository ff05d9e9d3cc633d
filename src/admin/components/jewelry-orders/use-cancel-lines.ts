import { toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCancelLines } from "../../hooks/api/jewelry-orders"
import { lineName, type OrderLine } from "./types"

/** Cancels lines after the user confirms (their selected stock goes back); true when they were cancelled. */
export function useCancelLinesPrompt(orderId: string) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const cancel = useCancelLines(orderId)
  return async (lines: OrderLine[]) => {
    if (!lines.length) return false
    const ok = await prompt({
      title: t("jewelry.orders.cancelPrompt.title", { count: lines.length }),
      description: t("jewelry.orders.cancelPrompt.description", { lines: lines.map(lineName).join(", ") }),
      confirmText: t("jewelry.orders.cancelLines"),
      cancelText: t("jewelry.orders.cancelPrompt.keep"),
    })
    if (!ok) return false
    try {
      await cancel.mutateAsync({ line_item_ids: lines.map((l) => l.id), confirm: true })
      toast.success(t("jewelry.orders.toast.linesCancelled"))
      return true
    } catch (e) {
      toast.error((e as Error).message)
      return false
    }
  }
}
