import { deleteCustomersWorkflow, deleteProductsWorkflow, deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { STYLE_MODULE } from "../../modules/style"
import type StyleModuleService from "../../modules/style/service"
import { assertDeletable, variantIdsOfProducts } from "../deletions/live-references"

/**
 * Medusa deleting a product, a variant or a customer the workshop still
 * depends on (issue 13, lib/deletion-rules): the admin routes refuse it up
 * front with 409 (api/utils/guards); these hooks hold the same rule for
 * every other way in (batch routes, other plugins' workflows) by failing the
 * deletion, which Medusa then rolls back. A variant that goes is unlinked
 * from the styles that made it to order, and linked again if the deletion
 * is rolled back.
 */
type StyleLinks = { id: string; variant_id: string }[]

async function unlinkStyles(container: any, variantIds: string[]): Promise<StyleLinks> {
  if (!variantIds.length) return []
  const styles: StyleModuleService = container.resolve(STYLE_MODULE)
  const linked = await styles.listStyles({ variant_id: variantIds }, { select: ["id", "variant_id"], take: null as any })
  if (linked.length) await styles.updateStyles(linked.map((s: any) => ({ id: s.id, variant_id: null })))
  return linked.map((s: any) => ({ id: s.id, variant_id: s.variant_id }))
}

async function relinkStyles(links: StyleLinks | undefined, { container }: { container: any }) {
  if (!links?.length) return
  await (container.resolve(STYLE_MODULE) as StyleModuleService).updateStyles(links as any)
}

deleteProductsWorkflow.hooks.productsDeleted(async ({ ids }, { container }) => {
  await assertDeletable(container, "product", ids)
  return new StepResponse(undefined, await unlinkStyles(container, await variantIdsOfProducts(container, ids)))
}, relinkStyles)

deleteProductVariantsWorkflow.hooks.productVariantsDeleted(async ({ ids }, { container }) => {
  await assertDeletable(container, "variant", ids)
  return new StepResponse(undefined, await unlinkStyles(container, ids))
}, relinkStyles)

deleteCustomersWorkflow.hooks.customersDeleted(async ({ ids }, { container }) => {
  await assertDeletable(container, "customer", ids)
})
