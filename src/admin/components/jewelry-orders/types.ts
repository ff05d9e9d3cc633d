import type { TFunction } from "i18next"
import { LINE_STATUS_LABELS, type LineStatus } from "../../../lib/order-status"
import type { OrderLine } from "../../../types/jewelry-orders"

export type { JewelryOrderView, OrderLine, Selection } from "../../../types/jewelry-orders"

/** "Solitaire Ring Mount 14K White 6", not the product's title twice. */
export const lineName = (l: { title: string; variant_title?: string | null }) =>
  !l.variant_title || l.variant_title === l.title ? l.title : l.variant_title.startsWith(l.title) ? l.variant_title : `${l.title} · ${l.variant_title}`

/** The name of the order's line with this id (a shipment or selection names its line by id). */
export const lineNameById = (lines: OrderLine[], id: string) => {
  const line = lines.find((l) => l.id === id)
  return line ? lineName(line) : id
}

/** Lines that can still take stock or ship: not cancelled, not fully shipped. */
export const openLines = (lines: OrderLine[]) => lines.filter((l) => l.status !== "cancelled" && l.fulfilled_quantity < l.quantity)

/** A parcel's tracking status in words ("In Transit"). */
export const trackingLabel = (t: TFunction, status: string) => t(`jewelry.orders.tracking.${status}`, { defaultValue: status })

/** An order's lines per status: "Not Started · 2, Ready · 1". */
export const lineCountsText = (counts: Record<string, number> | null | undefined) =>
  Object.entries(counts ?? {})
    .map(([s, n]) => `${LINE_STATUS_LABELS[s as LineStatus] ?? s} · ${n}`)
    .join(", ")

const COLORS: Record<string, "green" | "orange" | "red" | "blue" | "grey" | "purple"> = {
  not_started: "grey",
  in_progress: "blue",
  in_production: "blue",
  ready: "green",
  ready_to_ship: "green",
  production_completed: "purple",
  partially_shipped: "orange",
  shipped: "green",
  completed: "green",
  cancelled: "red",
  on_hold: "red",
  backordered: "orange",
  returned: "red",
  partially_returned: "orange",
  all_returned: "red",
  delivered: "green",
  exception: "red",
  in_transit: "blue",
  out_for_delivery: "blue",
  pending: "grey",
}
export const statusColor = (s: string) => COLORS[s] ?? "grey"
