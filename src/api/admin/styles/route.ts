import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STYLE_MODULE } from "../../../modules/style"
import { createStyleWorkflow } from "../../../workflows"
import { parseQuery } from "../../utils/validation"
import { withConflicts } from "../../utils/http"
import { ListStyles } from "./validators"
import { serializeStyle } from "./helpers"

/** The style catalog. `source=own` is My Designs, `source=vendor` is Vendor Styles; paged with the exact count, searched by code, name or SKU, sorted by `order`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = parseQuery(ListStyles, req.query)
  const filters: Record<string, unknown> = {}
  if (q.source) filters.source = q.source
  if (q.category) filters.category = q.category
  if (q.q?.trim()) {
    const like = `%${q.q.trim()}%`
    filters.$or = [{ code: { $ilike: like } }, { name: { $ilike: like } }, { vendor_sku: { $ilike: like } }]
  }
  const desc = q.order?.startsWith("-") ?? false
  const column = q.order?.replace(/^-/, "") ?? "code"
  const [styles, count] = await (req.scope.resolve(STYLE_MODULE) as any).listAndCountStyles(filters, {
    relations: ["bom_lines", "labor_lines"],
    // The sorted column first, the code after it so equal values keep one order across pages.
    order: { ...(column !== "code" ? { [column]: desc ? "DESC" : "ASC" } : {}), code: column === "code" && desc ? "DESC" : "ASC" },
    take: q.limit ?? 50,
    skip: q.offset ?? 0,
  })
  res.json({ styles: styles.map(serializeStyle), count, limit: q.limit ?? 50, offset: q.offset ?? 0 })
}

export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const { result } = await createStyleWorkflow(req.scope).run({ input: req.validatedBody })
  const [style] = await (req.scope.resolve(STYLE_MODULE) as any).listStyles({ id: result.id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
  res.status(201).json({ style: serializeStyle(style) })
})
