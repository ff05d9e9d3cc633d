/**
 * Seeds the benchmark database (run by scripts/bench.mjs through `medusa exec`):
 * products with variants and Medusa inventory, then stock items, movements and
 * the daily roll-up generated inside Postgres. Sizes come from BENCH_ITEMS,
 * BENCH_MOVEMENTS and BENCH_PRODUCTS.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow, createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { resetProductionCatalogWorkflow } from "../src/workflows"
import { STOCK_MODULE } from "../src/modules/stock"

/** A Postgres array literal: knex would expand a JS array into a list. Ids here are plain [a-z0-9_]. */
const pgArray = (values: string[]) => `{${values.join(",")}}`

export default async function benchSeed({ container }: ExecArgs) {
  const items = Number(process.env.BENCH_ITEMS ?? 200000)
  const movements = Number(process.env.BENCH_MOVEMENTS ?? 2000000)
  const productCount = Number(process.env.BENCH_PRODUCTS ?? 50)
  const t0 = Date.now()
  const log = (m: string) => console.log(`[bench-seed] ${m} (${((Date.now() - t0) / 1000).toFixed(1)}s)`)

  await resetProductionCatalogWorkflow(container).run({ input: { industry: "jewelry" } })
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Bench Workshop" }, { name: "Bench Vault" }] },
  })
  const productIds: string[] = []
  for (let start = 0; start < productCount; start += 10) {
    const batch = Array.from({ length: Math.min(10, productCount - start) }, (_, i) => {
      const n = start + i
      return {
        title: `Bench product ${n}`,
        handle: `bench-product-${n}`,
        status: ProductStatus.PUBLISHED,
        options: [{ title: "Size", values: ["S", "M", "L", "XL"] }],
        variants: ["S", "M", "L", "XL"].map((size) => ({
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
  const inventoryItems = await container.resolve(Modules.INVENTORY).listInventoryItems({}, { take: productCount * 4 + 10 })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: inventoryItems.map((i) => ({ inventory_item_id: i.id, location_id: locations[0].id, stocked_quantity: 10 })) },
  })
  log(`${productIds.length} products, ${inventoryItems.length} Medusa inventory items`)

  const stock: any = container.resolve(STOCK_MODULE)
  const production: any = container.resolve("production")
  const types = await production.listInventoryTypes({}, { take: 100 })
  const kinds = ["rough", "in_process", "finished", "materials_supplies"]
  const typeIds = kinds.map((k) => types.find((t: any) => t.kind === k).id)
  const locationIds = locations.map((l: any) => l.id)

  // Items: spread over products, kinds and locations; weights in grams.
  await stock.query(
    `INSERT INTO jewelry_stock_item (id, tag_id, product_id, inventory_kind, inventory_type_id, shape, size, color, quality,
       weight, weight_unit, weight_grams, pieces, location_id, status, raw_weight, raw_weight_grams, created_at, updated_at)
     SELECT 'jsibench' || g, 'BENCH' || lpad(g::text, 7, '0'),
       (?::text[])[1 + g % ?], (?::text[])[1 + (g / ?) % 4], (?::text[])[1 + (g / ?) % 4],
       (ARRAY['Round','Oval','Pear','Cushion'])[1 + g % 4], (1 + g % 9)::text || 'mm', (ARRAY['D','E','F','G','H'])[1 + g % 5], '14K',
       0, 'g', 0, 1, (?::text[])[1 + g % 2], CASE WHEN g % 10 = 0 THEN 'sold' ELSE 'available' END,
       '{"value":"0","precision":20}', '{"value":"0","precision":20}', now(), now()
     FROM generate_series(1, ?) g`,
    [pgArray(productIds), productIds.length, pgArray(kinds), productIds.length, pgArray(typeIds), productIds.length, pgArray(locationIds), items]
  )
  log(`${items} stock items`)

  // Movements: each item's opening movement, then small additions and deductions over the last year.
  const perItem = Math.max(1, Math.floor(movements / items))
  await stock.query(`ALTER TABLE jewelry_stock_movement DISABLE TRIGGER jewelry_stock_movement_append_only`)
  await stock.query(
    `INSERT INTO jewelry_stock_movement (id, stock_item_id, direction, reason, weight, weight_unit, grams_delta, pieces_delta,
       balance_weight, balance_pieces, product_id, inventory_kind, location_id, raw_weight, raw_grams_delta, raw_balance_weight, created_at, updated_at)
     SELECT 'jsmbench' || i.n || '_' || k,
       'jsibench' || i.n,
       CASE WHEN k = 0 OR k % 2 = 1 THEN 'added' ELSE 'deducted' END,
       CASE WHEN k = 0 THEN 'initial' WHEN k % 2 = 1 THEN 'receive' ELSE 'issue' END,
       d.w, 'g', CASE WHEN k = 0 OR k % 2 = 1 THEN d.w ELSE -d.w END, CASE WHEN k = 0 THEN 1 ELSE 0 END,
       0, 1, i.product_id, i.inventory_kind, i.location_id,
       jsonb_build_object('value', d.w::text, 'precision', 20),
       jsonb_build_object('value', (CASE WHEN k = 0 OR k % 2 = 1 THEN d.w ELSE -d.w END)::text, 'precision', 20),
       '{"value":"0","precision":20}',
       now() - ((365 - k * (365.0 / ?)) * interval '1 day') - (random() * interval '20 hours'),
       now()
     FROM (SELECT substring(id from 9)::int AS n, product_id, inventory_kind, location_id FROM jewelry_stock_item WHERE id LIKE 'jsibench%') i
     CROSS JOIN generate_series(0, ? - 1) k
     CROSS JOIN LATERAL (SELECT CASE WHEN k = 0 THEN round((10 + random() * 40)::numeric, 4) ELSE round((random() * 0.1)::numeric, 4) END AS w) d`,
    [perItem, perItem]
  )
  await stock.query(`ALTER TABLE jewelry_stock_movement ENABLE TRIGGER jewelry_stock_movement_append_only`)
  log(`${items * perItem} movements (${perItem} per item)`)

  // Balances: each item is the sum of its movements.
  await stock.query(
    `UPDATE jewelry_stock_item i SET weight = s.g, weight_grams = s.g,
       raw_weight = jsonb_build_object('value', s.g::text, 'precision', 20),
       raw_weight_grams = jsonb_build_object('value', s.g::text, 'precision', 20)
     FROM (SELECT stock_item_id, SUM(grams_delta) AS g FROM jewelry_stock_movement WHERE stock_item_id LIKE 'jsibench%' GROUP BY stock_item_id) s
     WHERE i.id = s.stock_item_id`
  )
  await stock.query(
    `INSERT INTO jewelry_stock_daily_total (id, product_id, inventory_kind, day, added_grams, deducted_grams, movements, raw_added_grams, raw_deducted_grams)
     SELECT 'jsdbench' || row_number() OVER (), product_id, inventory_kind, day, a, d, n,
       jsonb_build_object('value', a::text, 'precision', 20), jsonb_build_object('value', d::text, 'precision', 20)
     FROM (SELECT product_id, inventory_kind, date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
             COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta > 0), 0) AS a, COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS d, COUNT(*) AS n
           FROM jewelry_stock_movement WHERE stock_item_id LIKE 'jsibench%' GROUP BY 1, 2, 3) t`
  )
  await stock.query(`ANALYZE`)
  log("balances, daily roll-up and ANALYZE done")
  console.log(`BENCH_PRODUCT_IDS=${productIds.join(",")}`)
}
