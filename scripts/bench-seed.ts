/**
 * The Medusa side of the benchmark's data (run by scripts/bench.mjs through `medusa exec`):
 * the jewelry production catalog, two stock locations, BENCH_PRODUCTS products with 4 variants
 * each (so Medusa has products × 4 inventory items, each with a level at the workshop), and a
 * member staff profile limited to the workshop for the bench's member user. The stock items and
 * the ledger are generated afterwards in SQL (scripts/bench-sql.mjs).
 * Prints one line `BENCH_SEED_JSON={...}` with the ids the bench needs.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { resetProductionCatalogWorkflow, upsertStaffProfileWorkflow } from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"

const SIZES = ["S", "M", "L", "XL"]

export default async function benchSeed({ container }: ExecArgs) {
  const productCount = Number(process.env.BENCH_PRODUCTS ?? 50)
  const memberEmail = process.env.BENCH_MEMBER_EMAIL

  await resetProductionCatalogWorkflow(container).run({ input: { industry: "jewelry" } })
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Bench Workshop" }, { name: "Bench Vault" }] },
  })

  const productIds: string[] = []
  for (let start = 0; start < productCount; start += 10) {
    const batch = Array.from({ length: Math.min(10, productCount - start) }, (_, i) => {
      const n = start + i
      return {
        title: `Bench ring ${n}`,
        handle: `bench-ring-${n}`,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Size", values: SIZES }],
        variants: SIZES.map((size) => ({
          title: size,
          sku: `BENCH-${n}-${size}`,
          manage_inventory: true,
          options: { Size: size },
          prices: [{ currency_code: "usd", amount: 100 }],
        })),
      }
    })
    const { result } = await createProductsWorkflow(container).run({ input: { products: batch } })
    productIds.push(...result.map((p) => p.id))
  }

  const inventoryItems = await container.resolve(Modules.INVENTORY).listInventoryItems({}, { take: productCount * SIZES.length + 10 })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItems.map((i, n) => ({ inventory_item_id: i.id, location_id: locations[0].id, stocked_quantity: 1 + (n % 7) })),
    },
  })

  const production: any = container.resolve(PRODUCTION_MODULE)
  const types = await production.listInventoryTypes({}, { take: 200 })
  const typeIdByKind: Record<string, string> = {}
  for (const t of types) typeIdByKind[t.kind] ??= t.id

  if (memberEmail) {
    const [member] = await container.resolve(Modules.USER).listUsers({ email: memberEmail })
    if (!member) throw new Error(`bench member ${memberEmail} does not exist`)
    await upsertStaffProfileWorkflow(container).run({ input: { user_id: member.id, role: "member", location_ids: [locations[0].id] } })
  }

  console.log(
    `BENCH_SEED_JSON=${JSON.stringify({
      productIds,
      locationIds: locations.map((l) => l.id),
      typeIdByKind,
      inventoryItems: inventoryItems.length,
    })}`
  )
}
