import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STYLE_MODULE } from "../../../modules/style"
import { STOCK_MODULE } from "../../../modules/stock"
import { isWeightUnit, toDecimal } from "../../../lib/units"
import { assertDepartmentMapping, production } from "./common"

export type CreateJobInput = {
  kind: "production" | "custom" | "repair"
  mode: "simple" | "style"
  title?: string
  description?: string | null
  style_id?: string | null
  quantity?: number
  rush?: boolean
  target_date?: string | null
  issued_at?: string | null
  staff_deadline?: string | null
  start_stage_id?: string | null
  requested_pieces?: number | null
  requested_weight?: string | null
  weight_unit?: string | null
  requested_shape?: string | null
  requested_size?: string | null
  request_basis?: "total" | "per_item"
  responsible_user_id?: string | null
  department_id?: string | null
  notes?: string | null
  order_id?: string | null
  order_line_item_id?: string | null
  product_id?: string | null
  variant_id?: string | null
  customer_id?: string | null
  source_product_ids?: string[]
  created_by?: string | null
  /** A repair of this piece of stock: the job gives the same item back. */
  repair_item_id?: string | null
  /** The caller's locations (null: all). */
  location_ids?: string[] | null
}

const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86400000)

/** Checks a new job against the catalog and fills its defaults from the settings. Writes nothing. */
export const prepareJobStep = createStep("prepare-production-job", async (input: CreateJobInput, { container }) => {
  const service = production(container)
  const settings = await service.getSettings()
  const fail = (field: string, message: string) => {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${message}`)
  }

  const startId = input.start_stage_id ?? settings.default_start_stage_id
  let start: any = null
  if (startId) {
    ;[start] = await service.listProductionStages({ id: startId, archived_at: null }, { take: 1 })
    if (!start) fail("start_stage_id", `stage "${startId}" does not exist`)
    if (!start.is_active) fail("start_stage_id", `stage "${start.name}" is not active`)
  } else {
    ;[start] = await service.listProductionStages({ is_active: true, archived_at: null }, { order: { rank: "ASC" }, take: 1 })
  }
  if (!start) fail("start_stage_id", "there is no active stage; add one under Settings → Production")
  assertDepartmentMapping(settings, start, input.department_id)
  if (input.department_id) {
    const [dept] = await service.listProductionDepartments({ id: input.department_id }, { take: 1 })
    if (!dept) fail("department_id", `department "${input.department_id}" does not exist`)
  }

  let style: any = null
  let quantity = input.quantity ?? 1
  if (input.mode === "style") {
    if (!input.style_id) fail("style_id", "a style-driven job needs a style")
    ;[style] = await (container.resolve(STYLE_MODULE) as any).listStyles({ id: input.style_id }, { take: 1 })
    if (!style) fail("style_id", `style "${input.style_id}" does not exist`)
    if (!Number.isInteger(quantity) || quantity < 1) fail("quantity", "must be a whole number, 1 or more")
  } else {
    if (quantity !== 1) fail("quantity", "a simple job makes one piece; use a style-driven job for a batch")
    quantity = 1
    if (!input.title?.trim()) fail("title", "describe what you are making")
  }

  const unit = input.weight_unit ?? settings.default_weight_unit
  if (!isWeightUnit(unit)) fail("weight_unit", `unknown unit "${unit}"`)
  if (input.requested_weight !== undefined && input.requested_weight !== null && input.requested_weight !== "") {
    let w
    try {
      w = toDecimal(input.requested_weight)
    } catch {
      fail("requested_weight", "must be a decimal number")
    }
    if (w!.isNegative()) fail("requested_weight", "must be 0 or more")
  }

  let variantId = input.variant_id ?? style?.variant_id ?? null
  let productId = input.product_id ?? null
  const productModule = container.resolve(Modules.PRODUCT)
  if (variantId) {
    const [variant] = await productModule.listProductVariants({ id: [variantId] }, { take: 1 })
    if (!variant) fail("variant_id", `variant "${variantId}" does not exist`)
    if (productId && variant.product_id !== productId) fail("variant_id", "is not a variant of the job's product")
    productId = variant.product_id
  }
  if (productId) {
    const [product] = await productModule.listProducts({ id: [productId] }, { take: 1 })
    if (!product) fail("product_id", `product "${productId}" does not exist`)
  }
  const sources = input.source_product_ids ?? []
  if (sources.length) {
    const found = await productModule.listProducts({ id: sources }, { take: sources.length })
    const unknown = sources.filter((id) => !found.some((p: any) => p.id === id))
    if (unknown.length) fail("source_product_ids", `unknown product ${unknown.join(", ")}`)
  }

  let customerId = input.customer_id ?? null
  if (input.order_id || input.order_line_item_id) {
    const orders = container.resolve(Modules.ORDER)
    if (input.order_id) {
      const [order] = await orders.listOrders({ id: [input.order_id] }, { take: 1 })
      if (!order) fail("order_id", `order "${input.order_id}" does not exist`)
      customerId = customerId ?? order.customer_id ?? null
    }
    if (input.order_line_item_id) {
      if (!input.order_id) fail("order_id", "give the order of the order line")
      const items = await orders.listOrderLineItems({ id: [input.order_line_item_id] } as any, { take: 1 })
      const line: any = items[0]
      if (!line) fail("order_line_item_id", `order line "${input.order_line_item_id}" does not exist`)
      const [order] = await orders.listOrders({ id: [input.order_id!] }, { relations: ["items"], take: 1 })
      if (!order.items?.some((i: any) => i.id === input.order_line_item_id)) fail("order_line_item_id", "is not a line of that order")
      variantId = variantId ?? line.variant_id ?? null
      productId = productId ?? line.product_id ?? null
    }
  }

  // A repair of a piece of stock works on that item and gives it back (seed 003: cost rolled onto a StockID).
  let repairItemId: string | null = null
  if (input.repair_item_id) {
    if (input.kind !== "repair") fail("repair_item_id", "only a repair job works on an existing piece")
    const [item]: any[] = await (container.resolve(STOCK_MODULE) as any).listStockItems({ id: input.repair_item_id }, { take: 1 })
    if (!item || (input.location_ids && !input.location_ids.includes(item.location_id))) fail("repair_item_id", `stock item "${input.repair_item_id}" does not exist`)
    if (item.ownership === "customer") fail("repair_item_id", `${item.tag_id} is a customer's piece: take it in as a customer repair`)
    if (item.status !== "available") fail("repair_item_id", `${item.tag_id} is ${item.status}, not available`)
    const busy = await service.listProductionJobs({ repair_item_id: item.id, status: ["open", "in_progress", "completed", "closing"] } as any, { take: 1 })
    if (busy.length) fail("repair_item_id", `${item.tag_id} is already in repair job JOB-${String((busy[0] as any).number).padStart(5, "0")}`)
    repairItemId = item.id
    productId = productId ?? item.product_id
    variantId = variantId ?? item.variant_id ?? null
  }

  const today = new Date()
  const target = input.target_date ? new Date(input.target_date) : addDays(today, settings.due_date_offset_days)
  if (isNaN(target.getTime())) fail("target_date", "is not a date")
  return new StepResponse({
    job: {
      kind: input.kind,
      mode: input.mode,
      status: "open",
      title: input.title?.trim() || (style ? `${style.code} ${style.name}${quantity > 1 ? ` × ${quantity}` : ""}` : ""),
      description: input.description ?? null,
      style_id: style?.id ?? null,
      quantity,
      rush: input.rush ?? false,
      target_date: target,
      issued_at: input.issued_at ? new Date(input.issued_at) : today,
      staff_deadline: input.staff_deadline ? new Date(input.staff_deadline) : null,
      start_stage_id: start.id,
      requested_pieces: input.requested_pieces ?? (style ? quantity : null),
      requested_weight: input.requested_weight ? toDecimal(input.requested_weight).toFixed() : null,
      weight_unit: unit,
      requested_shape: input.requested_shape ?? null,
      requested_size: input.requested_size ?? null,
      request_basis: input.request_basis ?? "total",
      responsible_user_id: input.responsible_user_id ?? null,
      department_id: input.department_id ?? null,
      notes: input.notes ?? null,
      order_id: input.order_id ?? null,
      order_line_item_id: input.order_line_item_id ?? null,
      product_id: productId,
      variant_id: variantId,
      customer_id: customerId,
      repair_item_id: repairItemId,
      source_product_ids: sources,
      created_by: input.created_by ?? null,
    },
    first_stage: { stage_id: start.id, stage_name: start.name, rank: 0, department_id: input.department_id ?? null },
  })
})

export const createJobStep = createStep(
  "create-production-job",
  async (input: { job: Record<string, any>; first_stage: Record<string, any> }, { container }) => {
    const service = production(container)
    const dueDate = input.job.staff_deadline ?? input.job.target_date
    const job: any = await service.createJobWithFirstStage(input.job, { ...input.first_stage, due_date: dueDate })
    return new StepResponse(job, job.id as string)
  },
  async (id, { container }) => {
    if (!id) return
    const service = production(container)
    const stages = await service.listProductionJobStages({ job_id: id } as any, { select: ["id"], take: null as any })
    if (stages.length) await service.deleteProductionJobStages(stages.map((s) => s.id))
    await service.deleteProductionJobs(id)
  }
)
