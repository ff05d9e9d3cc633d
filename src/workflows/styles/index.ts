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

async function writeLines(service: StyleModuleService, styleId: string, lines: Lines) {
  if (lines.bom_lines) {
    await service.createStyleBomLines(lines.bom_lines.map((l, rank) => ({ ...l, rank, style_id: styleId })) as any)
  }
  if (lines.labor_lines) {
    await service.createStyleLaborLines(lines.labor_lines.map((l, rank) => ({ ...l, rank, style_id: styleId })) as any)
  }
}

const createStyleStep = createStep(
  "create-jewelry-style",
  async (input: StyleInput, { container }) => {
    await assertStyleInput(container, input)
    const { bom_lines, labor_lines, ...fields } = input
    const service = styles(container)
    const style: any = await service.createStyles({ ...fields, made_to_order: fields.made_to_order ?? !!fields.variant_id } as any)
    await writeLines(service, style.id, { bom_lines, labor_lines })
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
    const [current]: any[] = await service.listStyles({ id: input.id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
    if (!current) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Style with id "${input.id}" was not found`)
    await assertStyleInput(container, input, input.id)
    const { id, bom_lines, labor_lines, ...fields } = input
    const previous: Record<string, any> = { id }
    for (const k of Object.keys(fields)) previous[k] = current[k]
    const strip = (l: any) => {
      const { id: _i, style: _s, style_id: _sid, created_at, updated_at, deleted_at, raw_weight, raw_unit_cost, raw_cost, ...rest } = l
      return { ...rest, weight: l.weight === null || l.weight === undefined ? null : String(l.weight), unit_cost: l.unit_cost === undefined ? undefined : String(l.unit_cost), cost: l.cost === undefined ? undefined : String(l.cost) }
    }
    const undo = {
      previous,
      bom_lines: bom_lines ? current.bom_lines.map(strip) : undefined,
      labor_lines: labor_lines ? current.labor_lines.map(strip) : undefined,
    }
    if (Object.keys(fields).length) await service.updateStyles({ id, ...fields } as any)
    if (bom_lines) await service.deleteStyleBomLines(current.bom_lines.map((l: any) => l.id))
    if (labor_lines) await service.deleteStyleLaborLines(current.labor_lines.map((l: any) => l.id))
    await writeLines(service, id, { bom_lines, labor_lines })
    return new StepResponse({ id }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = styles(container)
    await service.updateStyles(undo.previous as any)
    const [style]: any[] = await service.listStyles({ id: undo.previous.id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
    if (undo.bom_lines) {
      await service.deleteStyleBomLines(style.bom_lines.map((l: any) => l.id))
      await writeLines(service, style.id, { bom_lines: undo.bom_lines })
    }
    if (undo.labor_lines) {
      await service.deleteStyleLaborLines(style.labor_lines.map((l: any) => l.id))
      await writeLines(service, style.id, { labor_lines: undo.labor_lines })
    }
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
 * A made-to-order variant is sold with no stock on hand: Medusa must take
 * the order (allow backorder) and the job makes the piece. Undone by putting
 * the variant's setting back.
 */
const allowBackorderStep = createStep(
  "allow-backorder-for-made-to-order-variant",
  async (input: { id?: string; variant_id?: string | null; made_to_order?: boolean }, { container }) => {
    let { variant_id, made_to_order } = input
    if (input.id && (variant_id === undefined || made_to_order === undefined)) {
      const [current]: any[] = await (container.resolve(STYLE_MODULE) as StyleModuleService).listStyles({ id: input.id }, { take: 1 })
      variant_id = variant_id === undefined ? current?.variant_id : variant_id
      made_to_order = made_to_order === undefined ? current?.made_to_order : made_to_order
    }
    if (!made_to_order || !variant_id) return new StepResponse(null, null)
    const product = container.resolve(Modules.PRODUCT)
    const [variant] = await product.listProductVariants({ id: [variant_id] }, { select: ["id", "allow_backorder"] })
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: variant "${variant_id}" does not exist`)
    if (variant.allow_backorder) return new StepResponse(null, null)
    await product.updateProductVariants(variant.id, { allow_backorder: true })
    return new StepResponse(null, variant.id)
  },
  async (variantId, { container }) => {
    if (!variantId) return
    await container.resolve(Modules.PRODUCT).updateProductVariants(variantId, { allow_backorder: false })
  }
)

export const createStyleWorkflow = createWorkflow("create-jewelry-style", (input: StyleInput) => {
  allowBackorderStep(input as any)
  return new WorkflowResponse(createStyleStep(input))
})
export const updateStyleWorkflow = createWorkflow("update-jewelry-style", (input: StyleInput & { id: string }) => {
  allowBackorderStep(input as any)
  return new WorkflowResponse(updateStyleStep(input))
})
export const removeStyleWorkflow = createWorkflow("remove-jewelry-style", (input: { id: string }) => new WorkflowResponse(removeStyleStep(input.id)))
