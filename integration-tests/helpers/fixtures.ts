import { Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow, createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"

let n = 0

/** A workshop with two locations and jewelry products whose variants Medusa stocks. */
export async function createWorkshop(container: MedusaContainer) {
  n += 1
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Main Workshop ${n}` }, { name: `Retail Vault ${n}` }] },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Round Brilliant Diamond",
          handle: `round-diamond-${n}`,
          status: ProductStatus.PUBLISHED,
          metadata: { short_name: "DIA" },
          options: [{ title: "Carat", values: ["0.50 ct"] }],
          variants: [{ title: "0.50 ct", sku: `DIA-050-${n}`, manage_inventory: true, options: { Carat: "0.50 ct" }, prices: [{ currency_code: "usd", amount: 1450 }] }],
        },
        {
          title: "14K Yellow Casting Grain",
          handle: `casting-grain-${n}`,
          status: ProductStatus.PUBLISHED,
          metadata: { short_name: "GRN" },
          options: [{ title: "Pack", values: ["1 ozt"] }],
          variants: [{ title: "1 ozt", sku: `GRN-1-${n}`, manage_inventory: true, options: { Pack: "1 ozt" }, prices: [{ currency_code: "usd", amount: 1850 }] }],
        },
      ],
    },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  const items = await inventory.listInventoryItems({ sku: [`DIA-050-${n}`] })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: items[0].id, location_id: locations[0].id, stocked_quantity: 0 }] },
  })
  const [diamond, grain] = products
  return {
    main: locations[0],
    vault: locations[1],
    diamond,
    diamondVariant: diamond.variants[0],
    grain,
    grainVariant: grain.variants[0],
    diamondInventoryItemId: items[0].id,
  }
}
