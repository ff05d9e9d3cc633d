/** A style as GET /admin/styles answers it (src/api/admin/styles/helpers.ts serializeStyle). */
export type StyleSource = "own" | "vendor"
export const STYLE_SOURCES = ["own", "vendor"] as const satisfies readonly StyleSource[]

export type StyleBomLine = {
  kind: "metal" | "stone" | "finding" | string
  description: string | null
  purity: string | null
  shape: string | null
  size: string | null
  quantity: number
  weight: string | null
  weight_unit: string | null
  unit_cost: string
  cost_per: "piece" | "weight" | string
}
export type StyleLaborLine = { stage_name: string; cost: string }

export type Style = {
  id: string
  code: string
  name: string
  category: string | null
  source: StyleSource
  vendor_name: string | null
  vendor_sku: string | null
  lead_time_days: number
  image_url: string | null
  description: string | null
  variant_id: string | null
  made_to_order: boolean
  bom_lines: StyleBomLine[]
  labor_lines: StyleLaborLine[]
  estimate: { per_piece: string } | null
}

/** The columns the style list sorts by; "-" first for descending. */
export const STYLE_LIST_ORDERS = ["code", "-code", "name", "-name", "lead_time_days", "-lead_time_days", "created_at", "-created_at"] as const
export type StyleListOrder = (typeof STYLE_LIST_ORDERS)[number]

export type StyleListQuery = { source?: StyleSource; category?: string; q?: string; order?: StyleListOrder; limit?: number; offset?: number }
export type StyleListResponse = { styles: Style[]; count: number; limit: number; offset: number }
export type StyleResponse = { style: Style }
