import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { STYLE_MODULE } from "../../modules/style"
import type StyleModuleService from "../../modules/style/service"

type Lines = { bom_lines?: Record<string, any>[]; labor_lines?: Record<string, any>[] }
export type StyleInput = Record<string, any> & Lines

const styles = (container: any): StyleModuleService => container.resolve(STYLE_MODULE)

async function assertStyleInput(container: any, input: StyleInput, excludeId?: string) {
  if (input.code) {
    const clash = (await styles(container).listStyles({ code: input.code }, { take: 2 })).find((s: any) => s.id !== excludeId)
    if (clash) throw new MedusaError(MedusaError.Types.CONFLICT, `code: style ${input.code} already exists ("${clash.name}")`)
  }
  if (input.variant_id) {
    const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: [input.variant_id] }, { take: 1 })
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: variant "${input.variant_id}" does not exist`)
    const linked = (await styles(container).listStyles({ variant_id: input.variant_id }, { take: 2 })).find((s: any) => s.id !== excludeId)
    if (linked) throw new MedusaError(MedusaError.Types.CONFLICT, `variant_id: the variant is already made from style ${linked.code}`)
  }
}

/**
 * Each step is one transaction in the style module: a failure inside it
 * leaves nothing half-written, and the steps before it undo themselves.
 */
const createStyleStep = createStep(
  "create-jewelry-style",
  async (input: StyleInput, { container }) => {
    await assertStyleInput(container, input)
    const { bom_lines, labor_lines, ...fields } = input
    const style: any = await styles(container).createStyleWithLines({ ...fields, made_to_order: fields.made_to_order ?? !!fields.variant_id }, { bom_lines, labor_lines })
    return new StepResponse(style, style.id)
  },
  async (id, { container }) => {
    if (id) await styles(container).deleteStyles(id)
  }
)

const updateStyleStep = createStep(
  "update-jewelry-style",
  async (input: StyleInput & { id: string }, { container }) => {
    const service = styles(container)
    const [current]: any[] = await service.listStyles({ id: input.id }, { take: 1 })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Style with id "${input.id}" was not found`)
    await assertStyleInput(container, input, input.id)
    const { id, bom_lines, labor_lines, ...fields } = input
    const previous = await service.updateStyleWithLines(id, fields, { bom_lines, labor_lines })
    return new StepResponse({ id }, { id, ...previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await styles(container).updateStyleWithLines(undo.id, undo.fields, undo.lines)
  }
)

const removeStyleStep = createStep(
  "remove-jewelry-style",
  async (id: string, { container }) => {
    const service = styles(container)
    const [style] = await service.listStyles({ id }, { take: 1 })
    if (!style) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Style with id "${id}" was not found`)
    await service.softDeleteStyles([id])
    return new StepResponse({ id, deleted: true }, id)
  },
  async (id, { container }) => {
    if (id) await styles(container).restoreStyles([id])
  }
)

/**
 * A made-to-order variant is sold with no stock on hand: its pieces are
 * made, not counted, so Medusa does not manage its inventory (and allows
 * backorders): the storefront takes the order, the job makes the piece, and
 * a fulfillment never drives a stock level below zero. Undone by putting
 * the variant's settings back.
 */
const madeToOrderInventoryStep = createStep(
  "unmanage-inventory-of-made-to-order-variant",
  async (input: { id?: string; variant_id?: string | null; made_to_order?: boolean }, { container }) => {
    let { variant_id, made_to_order } = input
    if (input.id && (variant_id === undefined || made_to_order === undefined)) {
      const [current]: any[] = await (container.resolve(STYLE_MODULE) as StyleModuleService).listStyles({ id: input.id }, { take: 1 })
      variant_id = variant_id === undefined ? current?.variant_id : variant_id
      made_to_order = made_to_order === undefined ? current?.made_to_order : made_to_order
    }
    if (!made_to_order || !variant_id) return new StepResponse(null, null)
    const product = container.resolve(Modules.PRODUCT)
    const [variant] = await product.listProductVariants({ id: [variant_id] }, { select: ["id", "allow_backorder", "manage_inventory"] })
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: variant "${variant_id}" does not exist`)
    if (variant.allow_backorder && !variant.manage_inventory) return new StepResponse(null, null)
    await product.updateProductVariants(variant.id, { allow_backorder: true, manage_inventory: false })
    return new StepResponse(null, { id: variant.id, allow_backorder: variant.allow_backorder, manage_inventory: variant.manage_inventory })
  },
  async (previous, { container }) => {
    if (!previous) return
    const { id, ...settings } = previous
    await container.resolve(Modules.PRODUCT).updateProductVariants(id, settings)
  }
)

export const createStyleWorkflow = createWorkflow("create-jewelry-style", (input: StyleInput) => {
  madeToOrderInventoryStep(input as any)
  return new WorkflowResponse(createStyleStep(input))
})
export const updateStyleWorkflow = createWorkflow("update-jewelry-style", (input: StyleInput & { id: string }) => {
  madeToOrderInventoryStep(input as any)
  return new WorkflowResponse(updateStyleStep(input))
})
export const removeStyleWorkflow = createWorkflow("remove-jewelry-style", (input: { id: string }) => new WorkflowResponse(removeStyleStep(input.id)))
