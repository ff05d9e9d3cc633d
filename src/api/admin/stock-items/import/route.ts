import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import { createStockItemsWorkflow } from "../../../../workflows"
import { resolveNewItems, RowError, StockItemRequest } from "../../../../workflows/stock/steps/resolve-new-items"
import { parseCsvRecords } from "../../../../lib/csv"
import { MAX_PIECES, parseWholeNumberInput } from "../../../../lib/decimal-input"
import { withConflicts } from "../../../utils/http"
import { stockScope } from "../../../utils/stock-scope"
import { serializeStockItem } from "../helpers"

const REQUIRED = ["weight"]

/**
 * Imports existing stock from CSV. Columns: tag_id (optional), product_id or
 * product_handle, variant_id or variant_sku, inventory_type_id or
 * inventory_type (name or code), shape, size, color, quality, purity (14K,
 * 585, PT950) or fineness, metal (where a fineness is shared), weight,
 * weight_unit, pieces, location_id or location (name), rack, bin, status,
 * cost_basis, currency_code, image_url, notes. `dry_run: true` reports
 * every row it would refuse and why, and writes nothing; a real import with
 * any bad row is refused whole.
 */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<{ csv: string; dry_run?: boolean }>, res: MedusaResponse) => {
  const { csv, dry_run } = req.validatedBody
  let parsed
  try {
    parsed = parseCsvRecords(csv)
  } catch (e: any) {
    res.status(400).json({ type: "invalid_data", message: `csv: ${e.message}`, errors: [] })
    return
  }
  const { header, records } = parsed
  const missing = REQUIRED.filter((c) => !header.includes(c))
  if (!header.includes("product_id") && !header.includes("product_handle")) missing.push("product_id or product_handle")
  if (!header.includes("location_id") && !header.includes("location")) missing.push("location_id or location")
  if (!header.includes("inventory_type_id") && !header.includes("inventory_type")) missing.push("inventory_type_id or inventory_type")
  if (missing.length || !records.length) {
    res.status(400).json({
      type: "invalid_data",
      message: missing.length ? `csv: missing column ${missing.join(", ")}` : "csv: no rows after the header",
      errors: [],
    })
    return
  }

  // Names a jeweler's spreadsheet uses, turned into ids.
  const handles = [...new Set(records.map((r) => r.product_handle).filter(Boolean))] as string[]
  const skus = [...new Set(records.map((r) => r.variant_sku).filter(Boolean))] as string[]
  const [products, variants, locations, types] = await Promise.all([
    handles.length ? req.scope.resolve(Modules.PRODUCT).listProducts({ handle: handles }, { take: handles.length }) : [],
    skus.length ? req.scope.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { take: skus.length }) : [],
    req.scope.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1000 }),
    (req.scope.resolve(PRODUCTION_MODULE) as any).listInventoryTypes({}, { take: 1000 }),
  ])
  const productByHandle = new Map((products as any[]).map((p) => [p.handle, p.id] as [string, string]))
  const variantBySku = new Map((variants as any[]).map((v) => [v.sku, v] as [string, any]))
  const locationByName = new Map((locations as any[]).map((l) => [l.name.toLowerCase(), l.id] as [string, string]))
  const typeByName = new Map<string, string>()
  for (const t of types as any[]) {
    typeByName.set(t.name.toLowerCase(), t.id)
    typeByName.set(t.code.toLowerCase(), t.id)
  }

  const nameErrors: RowError[] = []
  const requests: StockItemRequest[] = records.map((r, row) => {
    const err = (field: string, message: string) => nameErrors.push({ row, field, message: `${field}: ${message}` })
    const variant = r.variant_sku ? variantBySku.get(r.variant_sku) : undefined
    if (r.variant_sku && !variant) err("variant_sku", `no variant has SKU "${r.variant_sku}"`)
    const product_id = r.product_id || (r.product_handle ? productByHandle.get(r.product_handle) : undefined) || variant?.product_id
    if (!r.product_id && r.product_handle && !productByHandle.has(r.product_handle)) err("product_handle", `no product has handle "${r.product_handle}"`)
    const location_id = r.location_id || (r.location ? locationByName.get(r.location.toLowerCase()) : undefined)
    if (!r.location_id && r.location && !location_id) err("location", `no stock location is named "${r.location}"`)
    const inventory_type_id = r.inventory_type_id || (r.inventory_type ? typeByName.get(r.inventory_type.toLowerCase()) : undefined)
    if (!r.inventory_type_id && r.inventory_type && !inventory_type_id) err("inventory_type", `unknown inventory type "${r.inventory_type}"`)
    let pieces = 1
    if (r.pieces !== undefined && r.pieces !== "") {
      const p = parseWholeNumberInput(r.pieces, 0, MAX_PIECES)
      if (p.ok) pieces = p.value
      else err("pieces", p.message)
    }
    if (r.status && !["available", "reserved"].includes(r.status)) err("status", `imports are available or reserved, not "${r.status}"`)
    return {
      tag_id: r.tag_id || null,
      product_id: product_id as string,
      variant_id: r.variant_id || variant?.id || null,
      inventory_type_id: inventory_type_id as string,
      shape: r.shape || null,
      size: r.size || null,
      color: r.color || null,
      quality: r.quality || null,
      purity: r.purity || (r.fineness ? r.fineness : null),
      metal: r.metal || null,
      weight: r.weight,
      weight_unit: r.weight_unit || undefined,
      pieces,
      location_id: location_id as string,
      rack: r.rack || null,
      bin: r.bin || null,
      status: (r.status || "available") as any,
      cost_basis: r.cost_basis || null,
      currency_code: r.currency_code || null,
      image_url: r.image_url || null,
      notes: r.notes || null,
    }
  })

  const { location_ids, settings } = await stockScope(req)
  const { errors } = await resolveNewItems(req.scope, requests)
  const scopeErrors: RowError[] = location_ids
    ? requests.flatMap((r, row) =>
        r.location_id && !location_ids.includes(r.location_id)
          ? [{ row, field: "location", message: "location: you can only import stock at your own locations" }]
          : []
      )
    : []
  const seen = new Map<string, number>()
  const dupErrors: RowError[] = []
  requests.forEach((r, row) => {
    if (!r.tag_id) return
    const key = r.tag_id.toUpperCase()
    if (seen.has(key)) dupErrors.push({ row, field: "tag_id", message: `tag_id: ${key} is also on row ${seen.get(key)! + 2}` })
    else seen.set(key, row)
  })
  const all = [...nameErrors, ...errors, ...scopeErrors, ...dupErrors]
    // Row numbers as a spreadsheet shows them: the header is line 1.
    .map((e) => ({ ...e, line: e.row + 2 }))
    .sort((a, b) => a.row - b.row)
  const badRows = new Set(all.map((e) => e.row))

  if (dry_run) {
    res.json({ dry_run: true, rows: records.length, valid: records.length - badRows.size, refused: badRows.size, errors: all })
    return
  }
  if (all.length) {
    res.status(400).json({
      type: "invalid_data",
      message: `line ${all[0].line}: ${all[0].message} (${badRows.size} of ${records.length} rows refused; nothing was imported)`,
      errors: all,
    })
    return
  }
  const { result } = await createStockItemsWorkflow(req.scope).run({
    input: { items: requests, actor_id: req.auth_context?.actor_id ?? null, reason: "import" },
  })
  res.status(201).json({ imported: result.length, stock_items: result.map((i: any) => serializeStockItem(i, settings.karat_table as any)) })
})
