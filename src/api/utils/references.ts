import type { z } from "@medusajs/framework/zod"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../modules/production"
import { PURCHASING_MODULE } from "../../modules/purchasing"
import { STOCK_MODULE } from "../../modules/stock"
import { STYLE_MODULE } from "../../modules/style"
import { fieldKinds, RefKind } from "./schemas"

export type Reference = { path: string; kind: RefKind; id: string }

/** `lines[0].stock_item_id` from ["lines", 0, "stock_item_id"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), "")
}

/**
 * Every id in a validated body that refers to something (an `id(ref)` of
 * schemas.ts), found by walking the schema beside the value.
 */
export function collectReferences(schema: z.ZodType, value: unknown): Reference[] {
  const out: Reference[] = []
  walk(schema, value, [], undefined, out)
  return out
}

function walk(schema: any, value: unknown, path: PropertyKey[], parent: unknown, out: Reference[]) {
  if (value === undefined || value === null || !schema?._zod) return
  const meta = fieldKinds.get(schema)
  if (meta) {
    if (meta.kind === "id" && meta.ref && typeof value === "string") {
      const kind = typeof meta.ref === "function" ? meta.ref(parent) : meta.ref
      if (kind) out.push({ path: formatPath(path), kind, id: value })
    }
    return
  }
  const def = schema._zod.def
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return walk(def.innerType, value, path, parent, out)
    case "lazy":
      return walk(def.getter(), value, path, parent, out)
    case "pipe":
      // z.preprocess(fn, schema) is pipe(transform, schema): the value is the schema's; x.transform(fn) is pipe(x, transform).
      return walk(def.in?._zod?.def?.type === "transform" ? def.out : def.in, value, path, parent, out)
    case "object":
      if (typeof value !== "object" || Array.isArray(value)) return
      for (const [key, field] of Object.entries(def.shape)) walk(field, (value as any)[key], [...path, key], value, out)
      return
    case "array":
      if (!Array.isArray(value)) return
      value.forEach((v, i) => walk(def.element, v, [...path, i], value, out))
      return
    case "union": {
      const options: any[] = def.options
      if (def.discriminator && typeof value === "object") {
        const tag = (value as any)[def.discriminator]
        const match = options.find((o) => {
          const d = o._zod.def.shape?.[def.discriminator]?._zod?.def
          return d && (d.values ?? [d.value]).includes(tag)
        })
        if (match) walk(match, value, path, parent, out)
        return
      }
      const seen = new Set<string>()
      for (const o of options) {
        const found: Reference[] = []
        walk(o, value, path, parent, found)
        for (const r of found) if (!seen.has(r.path)) (seen.add(r.path), out.push(r))
      }
      return
    }
    default:
      return
  }
}

type Finder = { label: string; find: (scope: any, ids: string[]) => Promise<any[]> }
const take = (ids: string[]) => ({ select: ["id"], take: ids.length })

/** Where each kind of record lives, and its name in a message. */
export const REFERENCE_KINDS: Record<RefKind, Finder> = {
  user: { label: "user", find: (s, ids) => s.resolve(Modules.USER).listUsers({ id: ids }, take(ids)) },
  customer: { label: "customer", find: (s, ids) => s.resolve(Modules.CUSTOMER).listCustomers({ id: ids }, take(ids)) },
  product: { label: "product", find: (s, ids) => s.resolve(Modules.PRODUCT).listProducts({ id: ids }, take(ids)) },
  variant: { label: "product variant", find: (s, ids) => s.resolve(Modules.PRODUCT).listProductVariants({ id: ids }, take(ids)) },
  stock_location: { label: "stock location", find: (s, ids) => s.resolve(Modules.STOCK_LOCATION).listStockLocations({ id: ids }, take(ids)) },
  region: { label: "region", find: (s, ids) => s.resolve(Modules.REGION).listRegions({ id: ids }, take(ids)) },
  sales_channel: { label: "sales channel", find: (s, ids) => s.resolve(Modules.SALES_CHANNEL).listSalesChannels({ id: ids }, take(ids)) },
  shipping_option: { label: "shipping option", find: (s, ids) => s.resolve(Modules.FULFILLMENT).listShippingOptions({ id: ids }, take(ids)) },
  order: { label: "order", find: (s, ids) => s.resolve(Modules.ORDER).listOrders({ id: ids }, take(ids)) },
  order_line_item: { label: "order line", find: (s, ids) => s.resolve(Modules.ORDER).listOrderLineItems({ id: ids }, take(ids)) },
  style: { label: "style", find: (s, ids) => s.resolve(STYLE_MODULE).listStyles({ id: ids }, take(ids)) },
  // An archived stage is kept for history only: nothing new may refer to it.
  stage: { label: "stage", find: (s, ids) => s.resolve(PRODUCTION_MODULE).listProductionStages({ id: ids, archived_at: null }, take(ids)) },
  department: { label: "department", find: (s, ids) => s.resolve(PRODUCTION_MODULE).listProductionDepartments({ id: ids }, take(ids)) },
  inventory_type: { label: "inventory type", find: (s, ids) => s.resolve(PRODUCTION_MODULE).listInventoryTypes({ id: ids }, take(ids)) },
  supplier: { label: "supplier", find: (s, ids) => s.resolve(PURCHASING_MODULE).listSuppliers({ id: ids }, take(ids)) },
  stock_item: { label: "stock item", find: (s, ids) => s.resolve(STOCK_MODULE).listStockItems({ id: ids }, take(ids)) },
  job_stage: { label: "job stage", find: (s, ids) => s.resolve(PRODUCTION_MODULE).listProductionJobStages({ id: ids }, take(ids)) },
  receipt: { label: "receipt", find: (s, ids) => s.resolve(PRODUCTION_MODULE).listProductionJobReceipts({ id: ids }, take(ids)) },
}

/**
 * Refuses (400, naming the field) the first reference that does not exist
 * as a record of its kind: a customer id where a user goes does not exist
 * among users. One query per kind.
 */
export async function assertReferencesExist(scope: any, refs: Reference[]) {
  if (!refs.length) return
  const byKind = new Map<RefKind, Set<string>>()
  for (const r of refs) byKind.set(r.kind, (byKind.get(r.kind) ?? new Set()).add(r.id))
  const found = new Map<RefKind, Set<string>>()
  await Promise.all(
    [...byKind].map(async ([kind, ids]) => {
      const rows = await REFERENCE_KINDS[kind].find(scope, [...ids])
      found.set(kind, new Set(rows.map((r: any) => r.id)))
    })
  )
  const missing = refs.find((r) => !found.get(r.kind)!.has(r.id))
  if (missing) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${missing.path}: ${REFERENCE_KINDS[missing.kind].label} "${missing.id}" does not exist`)
  }
}
