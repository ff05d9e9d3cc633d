/**
 * The Medusa side of the benchmark's data (run by scripts/bench.mjs through `medusa exec`):
 * the jewelry production catalog, five stock locations, BENCH_PRODUCTS products with 4 variants
 * each (so Medusa has products × 4 inventory items, each with a level at the workshop), a
 * member staff profile limited to the workshop for the bench's member user, and three template
 * orders made by Medusa's order module (50 lines, 3 lines, 2 lines) that the bench clones in SQL
 * to the full order history. The stock items, the ledger, jobs, styles, purchase orders and staff
 * are generated afterwards in SQL (scripts/bench-sql.mjs, scripts/bench-workshop.mjs).
 * Prints one line `BENCH_SEED_JSON={...}` with the ids the bench needs.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createStockLocationsWorkflow,
  createUserAccountWorkflow,
} from "@medusajs/medusa/core-flows"
import { resetProductionCatalogWorkflow, upsertStaffProfileWorkflow } from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"

const SIZES = ["S", "M", "L", "XL"]

export default async function benchSeed({ container }: ExecArgs) {
  const productCount = Number(process.env.BENCH_PRODUCTS ?? 50)
  const memberEmail = process.env.BENCH_MEMBER_EMAIL
  // The bench's users (email:password pairs), made here rather than by one `medusa user` run each.
  for (const pair of (process.env.BENCH_USERS ?? "").split(",").filter(Boolean)) {
    const [email, password] = pair.split(":")
    const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", { body: { email, password } } as any)
    if (error || !authIdentity) throw new Error(`bench user ${email}: ${error}`)
    await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  }

  await resetProductionCatalogWorkflow(container).run({ input: { industry: "jewelry" } })
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: ["Bench Workshop", "Bench Vault", "Bench Casting", "Bench Setting", "Bench Retail"].map((name) => ({ name })) },
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

  // The bench's admin is a staff admin: once profiles exist, a user without one sees no stock.
  const adminEmail = process.env.BENCH_ADMIN_EMAIL
  if (adminEmail) {
    const [admin] = await container.resolve(Modules.USER).listUsers({ email: adminEmail })
    if (!admin) throw new Error(`bench admin ${adminEmail} does not exist`)
    await upsertStaffProfileWorkflow(container).run({ input: { user_id: admin.id, role: "admin", location_ids: [] } })
  }
  if (memberEmail) {
    const [member] = await container.resolve(Modules.USER).listUsers({ email: memberEmail })
    if (!member) throw new Error(`bench member ${memberEmail} does not exist`)
    await upsertStaffProfileWorkflow(container).run({ input: { user_id: member.id, role: "member", location_ids: [locations[0].id] } })
  }

  // Template orders: the order module writes every table Medusa's order pages read.
  const [region] = await container.resolve(Modules.REGION).createRegions([{ name: "Bench", currency_code: "usd" }])
  const allProducts = await container.resolve(Modules.PRODUCT).listProducts({ id: productIds.slice(0, 50) }, { relations: ["variants"], take: 50 })
  const variants = allProducts.flatMap((p: any) => p.variants.map((v: any) => ({ ...v, product_id: p.id, product_title: p.title })))
  const order = (lines: number, n: number) => ({
    currency_code: "usd",
    region_id: region.id,
    email: `bench-customer-${n}@local.test`,
    shipping_address: { first_name: "Bench", last_name: `Customer ${n}`, address_1: "1 Bench St", city: "Antwerp", country_code: "be", postal_code: "2000" },
    items: Array.from({ length: lines }, (_, i) => {
      const v = variants[i % variants.length]
      return { title: v.product_title, subtitle: v.title, variant_id: v.id, product_id: v.product_id, variant_sku: v.sku, quantity: 1, unit_price: 100 + i }
    }),
  })
  const orderModule = container.resolve(Modules.ORDER)
  const templates = await orderModule.createOrders([order(50, 0), order(3, 1), order(2, 2)] as any)
  const withItems = await orderModule.listOrders({ id: templates.map((o: any) => o.id) }, { relations: ["items"] })
  const lineIds = (id: string) => ((withItems.find((o: any) => o.id === id) as any)?.items ?? []).map((i: any) => i.id)

  console.log(
    `BENCH_SEED_JSON=${JSON.stringify({
      orders: { big: { id: templates[0].id, lines: lineIds(templates[0].id) }, workshop: { id: templates[1].id, lines: lineIds(templates[1].id) }, plain: { id: templates[2].id } },
      regionId: region.id,
      productIds,
      locationIds: locations.map((l) => l.id),
      typeIdByKind,
      inventoryItems: inventoryItems.length,
    })}`
  )
}
