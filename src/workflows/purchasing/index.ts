import BigNumber from "bignumber.js"
import { createHook, createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../modules/purchasing"
import type PurchasingModuleService from "../../modules/purchasing/service"
import { PRODUCTION_MODULE } from "../../modules/production"
import { STYLE_MODULE } from "../../modules/style"
import { STOCK_MODULE } from "../../modules/stock"
import { resolveNewItemsStep, StockItemRequest } from "../stock/steps/resolve-new-items"
import { createStockItemsStep } from "../stock/steps/ledger"
import { syncMedusaInventoryStep } from "../stock/steps/sync-medusa-inventory"
import { formatDecimal, isWeightUnit } from "../../lib/units"
import { createOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"

const purchasing = (c: any): PurchasingModuleService => c.resolve(PURCHASING_MODULE)
export const poNumber = (po: { number: number }) => `PO-${String(po.number).padStart(4, "0")}`

export async function retrievePurchaseOrder(container: any, id: string) {
  const [po]: any[] = await purchasing(container).listPurchaseOrders({ id }, { relations: ["lines", "receipts", "supplier"], take: 1 })
  if (!po) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Purchase order with id "${id}" was not found`)
  return po
}

export type PoLineInput = {
  product_id?: string | null
  variant_id?: string | null
  style_id?: string | null
  description?: string | null
  quantity: number
  size?: string | null
  shape?: string | null
  weight?: string | number | null
  weight_unit?: string | null
  material?: string | null
  priority?: "normal" | "high" | "rush" | null
  unit_cost?: string | number | null
}

export type CreatePoInput = {
  supplier_id: string
  lead_user_id?: string | null
  notes?: string | null
  currency_code?: string | null
  budget?: string | number | null
  date_required?: string | null
  deadline?: string | null
  terms_accepted?: boolean
  submit?: boolean
  lines: PoLineInput[]
  actor_id?: string | null
}

/** Checks the supplier, the lead, every line's product, variant and style, and the terms before submitting. */
const preparePurchaseOrderStep = createStep("prepare-jewelry-purchase-order", async (input: CreatePoInput, { container }) => {
  const [supplier]: any[] = await purchasing(container).listSuppliers({ id: input.supplier_id }, { take: 1 })
  if (!supplier) throw new MedusaError(MedusaError.Types.INVALID_DATA, `supplier_id: supplier "${input.supplier_id}" does not exist`)
  if (input.lead_user_id) {
    const users = await container.resolve(Modules.USER).listUsers({ id: [input.lead_user_id] })
    if (!users.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lead_user_id: user "${input.lead_user_id}" does not exist`)
  }
  if (input.submit && !input.terms_accepted) throw new MedusaError(MedusaError.Types.INVALID_DATA, `terms_accepted: accept the terms to submit the order`)
  if (input.submit && !input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: a purchase order needs at least one line`)
  const productIds = [...new Set(input.lines.map((l) => l.product_id).filter(Boolean))] as string[]
  const styleIds = [...new Set(input.lines.map((l) => l.style_id).filter(Boolean))] as string[]
  const [products, styles]: any[] = await Promise.all([
    productIds.length ? container.resolve(Modules.PRODUCT).listProducts({ id: productIds }, { relations: ["variants"], take: productIds.length }) : [],
    styleIds.length ? (container.resolve(STYLE_MODULE) as any).listStyles({ id: styleIds }, { take: styleIds.length }) : [],
  ])
  const lines = input.lines.map((l, i) => {
    const at = `lines[${i}]`
    const product = l.product_id ? products.find((p: any) => p.id === l.product_id) : null
    if (l.product_id && !product) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.product_id: product "${l.product_id}" does not exist`)
    if (l.variant_id && !product?.variants.some((v: any) => v.id === l.variant_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.variant_id: variant "${l.variant_id}" is not a variant of the line's product`)
    }
    const style = l.style_id ? styles.find((s: any) => s.id === l.style_id) : null
    if (l.style_id && !style) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.style_id: style "${l.style_id}" does not exist`)
    const description = (l.description ?? "").trim() || (style ? `Make ${l.quantity} × ${style.code} ${style.name}` : product?.title ?? "")
    if (!description) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.description: describe the line or choose a product`)
    if (l.weight !== null && l.weight !== undefined && l.weight !== "" && (!l.weight_unit || !isWeightUnit(l.weight_unit))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.weight_unit: give the weight's unit`)
    }
    return {
      product_id: l.product_id ?? null,
      variant_id: l.variant_id ?? null,
      style_id: l.style_id ?? null,
      description,
      quantity: l.quantity,
      size: l.size ?? null,
      shape: l.shape ?? null,
      weight: l.weight === null || l.weight === undefined || l.weight === "" ? null : String(l.weight),
      weight_unit: l.weight === null || l.weight === undefined || l.weight === "" ? null : l.weight_unit,
      material: l.material ?? null,
      priority: l.priority ?? null,
      unit_cost: l.unit_cost === null || l.unit_cost === undefined || l.unit_cost === "" ? null : String(l.unit_cost),
    }
  })
  return new StepResponse({ supplier, lines })
})

const createPurchaseOrderStep = createStep(
  "create-jewelry-purchase-order",
  async (input: { order: CreatePoInput; supplier: any; lines: any[] }, { container }) => {
    const o = input.order
    const po: any = await purchasing(container).createPurchaseOrders({
      supplier_id: input.supplier.id,
      lead_user_id: o.lead_user_id ?? null,
      notes: o.notes ?? null,
      currency_code: (o.currency_code ?? input.supplier.currency_code ?? "usd").toLowerCase(),
      budget: o.budget === null || o.budget === undefined || o.budget === "" ? null : String(o.budget),
      date_required: o.date_required ? new Date(o.date_required) : null,
      deadline: o.deadline ? new Date(o.deadline) : null,
      terms_accepted: !!o.terms_accepted,
      status: o.submit ? "submitted" : "draft",
      submitted_at: o.submit ? new Date() : null,
      created_by: o.actor_id ?? null,
      lines: input.lines,
    } as any)
    return new StepResponse(po, po.id)
  },
  async (id, { container }) => {
    if (id) await purchasing(container).deletePurchaseOrders([id])
  }
)

/** The purchase order wizard's last step: a draft, or submitted when the terms are accepted. */
export const createPurchaseOrderWorkflow = createWorkflow("create-jewelry-purchase-order", (input: CreatePoInput) => {
  const prepared = preparePurchaseOrderStep(input)
  const po = createPurchaseOrderStep(transform({ input, prepared }, ({ input, prepared }) => ({ order: input, supplier: prepared.supplier, lines: prepared.lines })))
  return new WorkflowResponse(po)
})

const ALLOWED: Record<string, string[]> = {
  submitted: ["draft"],
  cancelled: ["draft", "submitted", "partially_received"],
}

const setStatusStep = createStep(
  "set-jewelry-purchase-order-status",
  async (input: { id: string; status: "submitted" | "cancelled"; terms_accepted?: boolean }, { container }) => {
    const po = await retrievePurchaseOrder(container, input.id)
    if (!ALLOWED[input.status].includes(po.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: ${poNumber(po)} is ${po.status.replace("_", " ")}; it cannot be ${input.status}`)
    }
    const terms = input.terms_accepted ?? po.terms_accepted
    if (input.status === "submitted" && !terms) throw new MedusaError(MedusaError.Types.INVALID_DATA, `terms_accepted: accept the terms to submit ${poNumber(po)}`)
    if (input.status === "submitted" && !po.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: ${poNumber(po)} has no lines`)
    await purchasing(container).updatePurchaseOrders({ id: po.id, status: input.status, terms_accepted: terms, submitted_at: input.status === "submitted" ? new Date() : po.submitted_at } as any)
    return new StepResponse(true, { id: po.id, status: po.status, terms_accepted: po.terms_accepted, submitted_at: po.submitted_at })
  },
  async (previous, { container }) => {
    if (previous) await purchasing(container).updatePurchaseOrders(previous as any)
  }
)

export const setPurchaseOrderStatusWorkflow = createWorkflow(
  "set-jewelry-purchase-order-status",
  (input: { id: string; status: "submitted" | "cancelled"; terms_accepted?: boolean }) => new WorkflowResponse(setStatusStep(input))
)

/** A line with a weight on the order is received by weight: the weight received is required. */
export const orderedByWeight = (line: { weight?: unknown }) => line.weight !== null && line.weight !== undefined && line.weight !== "" && !new BigNumber(String(line.weight)).isZero()

/**
 * The inventory type each open line is received as by default: the type the
 * caster's line (a style) makes finished pieces; any other line is received
 * as the type its product is already kept as in stock (its latest item). Null where nothing says,
 * so the jeweler chooses rather than a wrong guess ("Rough" for clasps).
 */
export async function receivingTypes(container: any, po: any): Promise<Record<string, string | null>> {
  const lines: any[] = po.lines ?? []
  const productIds = [...new Set(lines.filter((l) => !l.style_id).map((l) => l.product_id).filter(Boolean))] as string[]
  const byProduct = new Map<string, string>()
  for (const productId of productIds) {
    const [latest]: any[] = await (container.resolve(STOCK_MODULE) as any).listStockItems({ product_id: productId }, { select: ["id", "inventory_type_id"], order: { created_at: "DESC" }, take: 1 })
    if (latest) byProduct.set(productId, latest.inventory_type_id)
  }
  const finished: any[] = lines.some((l) => l.style_id) ? await (container.resolve(PRODUCTION_MODULE) as any).listInventoryTypes({ kind: "finished" }, { order: { rank: "ASC" }, take: 1 }) : []
  return Object.fromEntries(lines.map((l) => {
    return [l.id, l.style_id ? finished[0]?.id ?? null : (l.product_id && byProduct.get(l.product_id)) || null]
  }))
}

export type ReceiveInput = {
  purchase_order_id: string
  location_id: string
  lines: { line_id: string; quantity: number; weight?: string | number | null; weight_unit?: string | null; product_id?: string | null; variant_id?: string | null; inventory_type_id: string }[]
  actor_id?: string | null
}

/**
 * Receive Inventory: what arrived becomes stock items at a location with
 * tag IDs (finished pieces one item each, everything else one lot per line),
 * at the line's unit cost. A line without a product must be given one now; a
 * caster's line takes its style's product.
 */
const prepareReceiptStep = createStep("prepare-jewelry-purchase-receipt", async (input: ReceiveInput, { container }) => {
  const po = await retrievePurchaseOrder(container, input.purchase_order_id)
  if (!["submitted", "partially_received"].includes(po.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: ${poNumber(po)} is ${po.status.replace("_", " ")}; only a submitted order can be received`)
  }
  if (!input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: say what arrived`)
  const types: any[] = await (container.resolve(PRODUCTION_MODULE) as any).listInventoryTypes({ id: input.lines.map((l) => l.inventory_type_id) }, { take: input.lines.length })
  const styleIds = po.lines.map((l: any) => l.style_id).filter(Boolean)
  const styles: any[] = styleIds.length ? await (container.resolve(STYLE_MODULE) as any).listStyles({ id: styleIds }, { take: styleIds.length }) : []
  const requests: StockItemRequest[] = []
  const claims: { line_id: string; quantity: number; label: string }[] = []
  const receipts: any[] = []
  for (const [i, r] of input.lines.entries()) {
    const at = `lines[${i}]`
    const line = po.lines.find((l: any) => l.id === r.line_id)
    if (!line) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.line_id: line "${r.line_id}" is not on ${poNumber(po)}`)
    const open = line.quantity - line.received_quantity
    if (r.quantity > open) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.quantity: ${line.description} has ${open} of ${line.quantity} still to receive, not ${r.quantity}`)
    }
    const type = types.find((t) => t.id === r.inventory_type_id)
    if (!type) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.inventory_type_id: inventory type "${r.inventory_type_id}" does not exist`)
    let productId = r.product_id ?? line.product_id
    let variantId = r.variant_id ?? line.variant_id
    if (!productId && line.style_id) {
      const style = styles.find((s) => s.id === line.style_id)
      if (style?.variant_id) {
        const [variant]: any[] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: [style.variant_id] }, { select: ["id", "product_id"] })
        productId = variant?.product_id ?? null
        variantId = variant?.id ?? null
      }
    }
    if (!productId) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.product_id: "${line.description}" matches no product; choose the product it is received as`)
    const unit = r.weight_unit ?? line.weight_unit ?? "g"
    const blank = r.weight === null || r.weight === undefined || r.weight === ""
    const total = blank ? new BigNumber(0) : new BigNumber(String(r.weight))
    if (!total.isFinite() || total.isNegative()) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.weight: must be a weight of zero or more`)
    // A line ordered by weight (50 dwt of grain) becomes a lot of what was weighed in, never a 0 dwt lot.
    if (orderedByWeight(line) && total.isZero()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.weight: weigh what arrived for "${line.description}" (ordered as ${formatDecimal(String(line.weight))} ${line.weight_unit}); the weight received is required`)
    }
    const unitCost = line.unit_cost === null || line.unit_cost === undefined ? null : new BigNumber(String(line.unit_cost))
    const perPiece = type.kind === "finished"
    const base = {
      product_id: productId,
      variant_id: variantId,
      inventory_type_id: type.id,
      weight_unit: unit,
      location_id: input.location_id,
      size: line.size,
      shape: line.shape,
      quality: line.material,
      currency_code: po.currency_code,
      notes: `${poNumber(po)} from ${po.supplier?.name ?? "supplier"}`,
    }
    if (perPiece) {
      for (let k = 0; k < r.quantity; k++) {
        requests.push({ ...base, weight: formatDecimal(total.div(r.quantity)), pieces: 1, cost_basis: unitCost ? unitCost.toFixed(2) : null } as any)
      }
    } else {
      requests.push({ ...base, weight: formatDecimal(total), pieces: r.quantity, cost_basis: unitCost ? unitCost.times(r.quantity).toFixed(2) : null } as any)
    }
    claims.push({ line_id: line.id, quantity: r.quantity, label: `"${line.description}"` })
    receipts.push({ line_id: line.id, quantity: r.quantity, weight: total.isZero() ? null : formatDecimal(total), weight_unit: total.isZero() ? null : unit, location_id: input.location_id, items: perPiece ? r.quantity : 1 })
  }
  return new StepResponse({ po_id: po.id, requests, claims, receipts })
})

const claimReceiptStep = createStep(
  "claim-jewelry-purchase-receipt",
  async (claims: { line_id: string; quantity: number; label: string }[], { container }) => {
    await purchasing(container).claimReceipt(claims)
    return new StepResponse(true, claims)
  },
  async (claims, { container }) => {
    if (claims?.length) await purchasing(container).unclaimReceipt(claims)
  }
)

const recordReceiptStep = createStep(
  "record-jewelry-purchase-receipt",
  async (input: { po_id: string; receipts: any[]; items: any[]; actor_id?: string | null }, { container }) => {
    const svc = purchasing(container)
    let k = 0
    const rows = input.receipts.map((r) => {
      const ids = input.items.slice(k, k + r.items).map((i: any) => i.id)
      k += r.items
      return { purchase_order_id: input.po_id, line_id: r.line_id, quantity: r.quantity, weight: r.weight, weight_unit: r.weight_unit, location_id: r.location_id, stock_item_ids: ids, received_by: input.actor_id ?? null }
    })
    const created: any[] = (await svc.createPurchaseReceipts(rows as any)) as any
    const po = await retrievePurchaseOrder(container, input.po_id)
    const done = po.lines.every((l: any) => l.received_quantity >= l.quantity)
    await svc.updatePurchaseOrders({ id: po.id, status: done ? "received" : "partially_received" } as any)
    return new StepResponse(created, { receipt_ids: created.map((c) => c.id), po_id: po.id, status: po.status })
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = purchasing(container)
    await svc.deletePurchaseReceipts(undo.receipt_ids)
    await svc.updatePurchaseOrders({ id: undo.po_id, status: undo.status } as any)
  }
)

export const receivePurchaseOrderWorkflow = createWorkflow("receive-jewelry-purchase-order", (input: ReceiveInput) => {
  const prepared = prepareReceiptStep(input)
  const resolved = resolveNewItemsStep(transform({ prepared }, ({ prepared }) => prepared.requests))
  claimReceiptStep(transform({ prepared }, ({ prepared }) => prepared.claims))
  const created = createStockItemsStep(
    transform({ resolved, input }, ({ resolved, input }) => ({
      items: resolved,
      actor_id: input.actor_id ?? null,
      reason: "purchase_receipt",
      reference_type: "purchase_order",
      reference_id: input.purchase_order_id,
    }))
  )
  const receipts = recordReceiptStep(
    transform({ prepared, created, input }, ({ prepared, created, input }) => ({ po_id: prepared.po_id, receipts: prepared.receipts, items: created.items, actor_id: input.actor_id }))
  )
  syncMedusaInventoryStep(transform({ created }, ({ created }) => created.pairs))
  // receivePurchaseOrderWorkflow.hooks.stockReceived(({ purchase_order_id, items }, { container }) => …)
  const received = createHook("stockReceived", { purchase_order_id: input.purchase_order_id, items: transform({ created }, ({ created }) => created.items) })
  return new WorkflowResponse(transform({ receipts, created }, ({ receipts, created }) => ({ receipts, items: created.items })), { hooks: [received] })
})

/** Remove: the order, its lines and receipts are deleted for good; stock already received stays in stock. */
export const removePurchaseOrderWorkflow = createWorkflow("remove-jewelry-purchase-order", (input: { id: string }) => {
  const removed = createStep("remove-jewelry-purchase-order", async (i: { id: string }, { container }) => {
    const po = await retrievePurchaseOrder(container, i.id)
    await purchasing(container).deletePurchaseOrders([po.id])
    return new StepResponse({ id: po.id, number: poNumber(po), kept_stock_items: po.receipts.flatMap((r: any) => r.stock_item_ids ?? []).length })
  })(input)
  return new WorkflowResponse(removed)
})

export type SalesOrderInput = {
  customer_id: string
  region_id?: string | null
  sales_channel_id?: string | null
  lead_user_id?: string | null
  notes?: string | null
  budget?: string | number | null
  date_required?: string | null
  deadline?: string | null
  terms_accepted?: boolean
  lines: (PoLineInput & { unit_price?: string | number | null })[]
  actor_id?: string | null
}

/**
 * The wizard's sales order becomes a real Medusa order: lines matched to a
 * variant are catalog lines (priced from the variant in the region's currency
 * unless a price is given), the others carry their description. The internal
 * lead, budget, dates and notes go in the order's metadata.
 */
const prepareSalesOrderStep = createStep("prepare-jewelry-sales-order", async (input: SalesOrderInput, { container }) => {
  if (!input.terms_accepted) throw new MedusaError(MedusaError.Types.INVALID_DATA, `terms_accepted: accept the terms to submit the order`)
  if (!input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: a sales order needs at least one line`)
  const [customer]: any[] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: [input.customer_id] }, { take: 1 })
  if (!customer) throw new MedusaError(MedusaError.Types.INVALID_DATA, `customer_id: customer "${input.customer_id}" does not exist`)
  const regions: any[] = await container.resolve(Modules.REGION).listRegions(input.region_id ? { id: [input.region_id] } : {}, { take: 1, order: { created_at: "ASC" } })
  const region = regions[0]
  if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: ${input.region_id ? `region "${input.region_id}" does not exist` : "the store has no region"}`)
  // The store's default sales channel unless one is chosen.
  const [store]: any[] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const channelId = input.sales_channel_id ?? store?.default_sales_channel_id ?? null
  const channels: any[] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels(channelId ? { id: [channelId] } : {}, { take: 1, order: { created_at: "ASC" } })
  if (!channels[0]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_channel_id: no sales channel`)
  const variantIds = input.lines.map((l) => l.variant_id).filter(Boolean) as string[]
  const query = container.resolve("query") as any
  const { data: variants } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "title", "product.title", "prices.amount", "prices.currency_code"], filters: { id: variantIds } })
    : { data: [] }
  const items = input.lines.map((l, i) => {
    const at = `lines[${i}]`
    if (!Number.isInteger(l.quantity) || l.quantity < 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.quantity: at least 1`)
    const given = l.unit_price === null || l.unit_price === undefined || l.unit_price === "" ? null : Number(l.unit_price)
    if (given !== null && (!Number.isFinite(given) || given < 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.unit_price: must be zero or more`)
    const details = { size: l.size ?? null, shape: l.shape ?? null, weight: l.weight ?? null, weight_unit: l.weight_unit ?? null, material: l.material ?? null, priority: l.priority ?? null }
    if (l.variant_id) {
      const v = (variants as any[]).find((x) => x.id === l.variant_id)
      if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.variant_id: variant "${l.variant_id}" does not exist`)
      const price = v.prices?.find((p: any) => p.currency_code === region.currency_code)?.amount
      if (given === null && price === undefined) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.unit_price: ${v.title} has no ${region.currency_code.toUpperCase()} price; give one`)
      return { variant_id: v.id, title: v.product?.title ?? v.title, quantity: l.quantity, unit_price: given ?? Number(price), metadata: details }
    }
    const title = (l.description ?? "").trim()
    if (!title) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.description: describe the line or match it to a product`)
    return { title, quantity: l.quantity, unit_price: given ?? 0, requires_shipping: true, metadata: details }
  })
  return new StepResponse({
    region_id: region.id,
    sales_channel_id: channels[0].id,
    currency_code: region.currency_code,
    customer_id: customer.id,
    email: customer.email,
    items,
    metadata: {
      created_with: "jewelry-order-wizard",
      internal_lead_user_id: input.lead_user_id ?? null,
      internal_budget: input.budget === null || input.budget === undefined || input.budget === "" ? null : String(input.budget),
      date_required: input.date_required ?? null,
      deadline: input.deadline ?? null,
      notes: input.notes ?? null,
    },
  })
})

export const createSalesOrderFromWizardWorkflow = createWorkflow("create-jewelry-sales-order", (input: SalesOrderInput) => {
  const prepared = prepareSalesOrderStep(input)
  const order = createOrderWorkflow.runAsStep({ input: prepared as any })
  // Placed by staff as a storefront order is by a customer: made-to-order lines open their jobs, statuses are derived.
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: transform({ order }, ({ order }) => ({ id: (order as any).id })) }).config({ name: "emit-wizard-order-placed" })
  return new WorkflowResponse(order)
})
