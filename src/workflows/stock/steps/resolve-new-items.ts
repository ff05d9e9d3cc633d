import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type ProductionModuleService from "../../../modules/production/service"
import type { NewStockItem } from "../../../modules/stock/service"
import { STOCK_MODULE } from "../../../modules/stock"
import { productShortName, tagStem } from "../../../lib/tags"
import { isWeightUnit, toGrams, WeightUnit } from "../../../lib/units"
import { MAX_PIECES, MAX_WEIGHT_GRAMS_TEXT, MONEY, parseDecimalInput, WEIGHT, withinWeightBound } from "../../../lib/decimal-input"
import { KaratTable, parsePurity, Purity, PurityError } from "../../../lib/purity"

/**
 * A stock item's purity: as given (purity, with metal where the fineness is
 * shared), else read from its quality when that names one plainly ("14K",
 * "925", "PT950"). Stones' qualities (VS1, AAA) name none.
 */
export function purityOf(r: { purity?: string | null; metal?: string | null; quality?: string | null }, karatTable: KaratTable | null): Purity | null {
  if (r.purity) return parsePurity(r.purity, { metal: r.metal ?? null, karatTable })
  if (r.metal) throw new PurityError("purity", "purity: give the purity with the metal (e.g. 950)")
  if (!r.quality) return null
  try {
    return parsePurity(r.quality, { karatTable })
  } catch {
    return null
  }
}

/** A stock item as the API receives it: references by id, weight as a decimal string. */
export type StockItemRequest = {
  tag_id?: string | null
  product_id: string
  variant_id?: string | null
  inventory_type_id: string
  shape?: string | null
  size?: string | null
  color?: string | null
  quality?: string | null
  /** Purity of precious metal: a karat ("14K") or a fineness ("585", "PT950"); with `metal` where the fineness is shared. */
  purity?: string | null
  metal?: string | null
  weight: string | number
  weight_unit?: string
  pieces?: number
  location_id: string
  rack?: string | null
  bin?: string | null
  image_url?: string | null
  status?: "available" | "reserved"
  cost_basis?: string | number | null
  currency_code?: string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  source_item_id?: string | null
  job_id?: string | null
}

export type RowError = { row: number; field: string; message: string }

/**
 * Checks every reference and value of the requested items against the
 * database and returns them ready for the ledger, or every problem found,
 * row by row. Nothing is written.
 */
export async function resolveNewItems(
  container: any,
  requests: StockItemRequest[]
): Promise<{ items: NewStockItem[]; errors: RowError[] }> {
  const errors: RowError[] = []
  const production: ProductionModuleService = container.resolve(PRODUCTION_MODULE)
  const settings = await production.getSettings()
  const productIds = [...new Set(requests.map((r) => r.product_id).filter(Boolean))]
  const locationIds = [...new Set(requests.map((r) => r.location_id).filter(Boolean))]
  const typeIds = [...new Set(requests.map((r) => r.inventory_type_id).filter(Boolean))]
  const [products, locations, types] = await Promise.all([
    productIds.length
      ? container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { relations: ["variants"], take: productIds.length })
      : [],
    locationIds.length ? container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: locationIds }) : [],
    typeIds.length ? production.listInventoryTypes({ id: typeIds }, { take: typeIds.length }) : [],
  ])
  const givenTags = [...new Set(requests.map((r) => r.tag_id?.toUpperCase()).filter(Boolean))] as string[]
  const existingTags = new Set(
    givenTags.length
      ? ((await container.resolve(STOCK_MODULE).listStockItems({ tag_id: givenTags }, { select: ["tag_id"], take: givenTags.length })) as any[]).map(
          (i) => i.tag_id
        )
      : []
  )
  const productById = new Map<string, any>((products as any[]).map((p: any) => [p.id, p] as [string, any]))
  const locationSet = new Set((locations as any[]).map((l: any) => l.id))
  const typeById = new Map<string, any>((types as any[]).map((t: any) => [t.id, t] as [string, any]))

  const items: NewStockItem[] = []
  requests.forEach((r, row) => {
    const fail = (field: string, message: string) => errors.push({ row, field, message: `${field}: ${message}` })
    const product = productById.get(r.product_id)
    if (!product) fail("product_id", `product "${r.product_id ?? ""}" does not exist`)
    if (r.variant_id && product && !product.variants.some((v: any) => v.id === r.variant_id)) {
      fail("variant_id", `variant "${r.variant_id}" is not a variant of ${product.title}`)
    }
    if (!locationSet.has(r.location_id)) fail("location_id", `stock location "${r.location_id ?? ""}" does not exist`)
    const type = typeById.get(r.inventory_type_id)
    if (!type) fail("inventory_type_id", `inventory type "${r.inventory_type_id ?? ""}" does not exist`)
    const unit = r.weight_unit ?? settings.default_weight_unit
    if (!isWeightUnit(unit)) fail("weight_unit", `unknown unit "${unit}"`)
    // The same number rule as the JSON API (src/lib/decimal-input.ts): a CSV's "0x10" or "1e3" is not 16 or 1000.
    let weight: string | null = null
    const w = parseDecimalInput(r.weight, WEIGHT)
    if (!w.ok) fail("weight", w.message)
    else if (isWeightUnit(unit) && !withinWeightBound(toGrams(w.value, unit))) fail("weight", `${w.value} ${unit} is more than ${MAX_WEIGHT_GRAMS_TEXT}, the most one stock item may hold`)
    else weight = w.value
    const pieces = r.pieces ?? 1
    if (!Number.isInteger(pieces) || pieces < 0 || pieces > MAX_PIECES) fail("pieces", "must be a whole number from 0 to 1,000,000")
    let cost: string | null = null
    if (r.cost_basis !== undefined && r.cost_basis !== null && r.cost_basis !== "") {
      const c = parseDecimalInput(r.cost_basis, MONEY)
      if (!c.ok) fail("cost_basis", c.message)
      else cost = c.value
    }
    let purity: Purity | null = null
    try {
      purity = purityOf(r, (settings.karat_table as any) ?? null)
    } catch (e) {
      if (e instanceof PurityError) errors.push({ row, field: e.field, message: e.message })
      else throw e
    }
    if (r.tag_id !== undefined && r.tag_id !== null && !/^[A-Za-z0-9][A-Za-z0-9\-_.]{0,49}$/.test(r.tag_id)) {
      fail("tag_id", "1 to 50 letters, digits, - _ or .")
    } else if (r.tag_id && existingTags.has(r.tag_id.toUpperCase())) {
      fail("tag_id", `${r.tag_id.toUpperCase()} already exists`)
    }
    if (errors.some((e) => e.row === row)) return
    items.push({
      tag_id: r.tag_id ? r.tag_id.toUpperCase() : null,
      tag_stem: tagStem(settings.tag_prefix, productShortName(product)),
      product_id: r.product_id,
      variant_id: r.variant_id ?? null,
      inventory_kind: type.kind,
      inventory_type_id: type.id,
      shape: r.shape ?? null,
      size: r.size ?? null,
      color: r.color ?? null,
      quality: r.quality ?? null,
      metal: purity?.metal ?? null,
      fineness: purity?.fineness ?? null,
      weight: weight!,
      weight_unit: unit as WeightUnit,
      pieces,
      location_id: r.location_id,
      rack: r.rack ?? null,
      bin: r.bin ?? null,
      image_url: r.image_url ?? null,
      status: r.status ?? "available",
      cost_basis: cost,
      currency_code: r.currency_code ?? null,
      notes: r.notes ?? null,
      metadata: r.metadata ?? null,
      source_item_id: r.source_item_id ?? null,
      job_id: r.job_id ?? null,
    })
  })
  return { items, errors }
}

export const resolveNewItemsStep = createStep(
  "resolve-new-stock-items",
  async (requests: StockItemRequest[], { container }) => {
    const { items, errors } = await resolveNewItems(container, requests)
    if (errors.length) {
      const first = errors[0]
      const where = requests.length > 1 ? `row ${first.row + 1}: ` : ""
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${where}${first.message}`)
    }
    return new StepResponse(items)
  }
)
