/**
 * Where the plugin's panels sit on Medusa's pages. Medusa 2.21's layout
 * composer puts widgets after a page's own sections (Metadata and JSON
 * included) unless a saved layout orders them; an entry without a saved
 * order counts as 0, so a widget saved at -1 leads its section.
 */

/** The Workshop panel on Medusa's order page (its `defineWidgetConfig` id, as the dashboard keys it). */
export const ORDER_WORKSHOP_WIDGET = "widget:jewelry-production:order-workshop"
export const ORDER_DETAILS_ZONE = "order.details"

export type WidgetPreference = { hidden?: boolean; section?: string; order?: number }
export type LayoutPreference = { widgets: Record<string, WidgetPreference> }

/**
 * The store's default layout with the Workshop first in the main column, or
 * null when nothing should change: the store (or a user acting for it) has
 * already placed, moved or hidden the panel, and their choice stands.
 */
export function workshopFirst(existing: { widgets?: Record<string, WidgetPreference> } | null | undefined): LayoutPreference | null {
  const widgets = { ...(existing?.widgets ?? {}) }
  if (widgets[ORDER_WORKSHOP_WIDGET]) return null
  const lowest = Math.min(0, ...Object.values(widgets).map((w) => (typeof w.order === "number" ? w.order : 0)))
  widgets[ORDER_WORKSHOP_WIDGET] = { section: "main", order: lowest - 1 }
  return { widgets }
}
