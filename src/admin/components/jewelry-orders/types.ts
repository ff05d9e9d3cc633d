import type { OrderLine } from "../../../types/jewelry-orders"

export type { JewelryOrderView, OrderLine, Selection } from "../../../types/jewelry-orders"

export const TRACKING_LABELS: Record<string, string> = {
  pending: "Pending",
  in_transit: "In Transit",
  out_for_delivery: "Out for Delivery",
  delivered: "Delivered",
  exception: "Exception",
  cancelled: "Cancelled",
}

/** "Solitaire Ring Mount 14K White 6", not the product's title twice. */
export const lineName = (l: { title: string; variant_title?: string | null }) =>
  !l.variant_title || l.variant_title === l.title ? l.title : l.variant_title.startsWith(l.title) ? l.variant_title : `${l.title} · ${l.variant_title}`

/** Lines that can still take stock or ship: not cancelled, not fully shipped. */
export const openLines = (lines: OrderLine[]) => lines.filter((l) => l.status !== "cancelled" && l.fulfilled_quantity < l.quantity)

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
