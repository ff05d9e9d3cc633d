import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pluginOptions } from "../../../../utils/plugin-options"
import { CatalogEntry, extractionProviderFromOptions, extractOrderNotes } from "../../../../lib/extraction"

/**
 * The requested products read from an order's notes, matched to the store's
 * catalog, for the order wizard's review table. Never fails the order: on any
 * trouble it answers what it could read, with warnings.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ notes: string; kind: "sales" | "purchase" }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "variants.id", "variants.title", "variants.sku"],
    pagination: { take: 2000, skip: 0 },
  })
  const catalog: CatalogEntry[] = (products as any[]).flatMap((p) =>
    (p.variants?.length ? p.variants : [null]).map((v: any) => ({
      product_id: p.id,
      variant_id: v?.id ?? null,
      title: p.title,
      variant_title: v?.title ?? null,
      sku: v?.sku ?? null,
      handle: p.handle ?? null,
    }))
  )
  const result = await extractOrderNotes(req.validatedBody.notes, { catalog, kind: req.validatedBody.kind }, extractionProviderFromOptions(pluginOptions(req.scope) as any))
  res.json(result)
}
