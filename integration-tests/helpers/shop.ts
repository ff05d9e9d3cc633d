import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"

let n = 0

/**
 * A store that can take and ship real orders: region with the system payment
 * provider, sales channel with a publishable key, a workshop location that
 * ships with the manual provider, an insured courier option, and a stocked
 * ring whose Medusa inventory the plugin keeps.
 */
export async function createShop(container: MedusaContainer) {
  n += 1
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: `US ${n}`, currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: `Web ${n}` }] } })
  const { result: keys } = await createApiKeysWorkflow(container).run({ input: { api_keys: [{ title: `web ${n}`, type: "publishable", created_by: "" }] } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channel.id] } })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Workshop ${n}`, address: { city: "New York", country_code: "US", address_1: "47 W 47th St" } }] },
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    ;({ result: [profile] } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } }))
  }
  const set = await fulfillment.createFulfillmentSets({
    name: `Workshop ${n} shipping`,
    type: "shipping",
    service_zones: [{ name: `US ${n}`, geo_zones: [{ country_code: "us", type: "country" }] }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Insured Courier",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Insured", description: "Signature required", code: `insured-${n}` },
        prices: [{ currency_code: "usd", amount: 25 }, { region_id: region.id, amount: 25 }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const { result: [ring, chain] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Solitaire Ring 14K",
          handle: `solitaire-ring-${n}`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          metadata: { short_name: "SOL" },
          options: [{ title: "Size", values: ["6"] }],
          variants: [{ title: "Size 6", sku: `SOL-6-${n}`, manage_inventory: true, options: { Size: "6" }, prices: [{ currency_code: "usd", amount: 1200 }] }],
          sales_channels: [{ id: channel.id }],
        },
        {
          title: "Rope Chain 925",
          handle: `rope-chain-${n}`,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          metadata: { short_name: "RPC" },
          options: [{ title: "Length", values: ["18 in"] }],
          variants: [{ title: "18 in", sku: `RPC-18-${n}`, manage_inventory: false, options: { Length: "18 in" }, prices: [{ currency_code: "usd", amount: 90 }] }],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  const inventory = container.resolve(Modules.INVENTORY)
  const [ringInventory] = await inventory.listInventoryItems({ sku: [`SOL-6-${n}`] })
  await createInventoryLevelsWorkflow(container).run({
    input: { inventory_levels: [{ inventory_item_id: ringInventory.id, location_id: location.id, stocked_quantity: 0 }] },
  })
  return { region, channel, pk: keys[0].token, location, option, profile, ring, ringVariant: ring.variants[0], chain, chainVariant: chain.variants[0], ringInventoryId: ringInventory.id }
}

export type Shop = Awaited<ReturnType<typeof createShop>>

/** A guest's checkout through the store API: cart, address, shipping, payment, complete. */
export async function placeCartOrder(api: any, shop: Shop, items: { variant_id: string; quantity: number }[], email = "buyer@example.com") {
  const h = { headers: { "x-publishable-api-key": shop.pk } }
  const { data: c } = await api.post("/store/carts", { region_id: shop.region.id, sales_channel_id: shop.channel.id, email, items }, h)
  const address = { first_name: "Mei", last_name: "Chen", address_1: "1 Main St", city: "New York", country_code: "us", postal_code: "10036" }
  await api.post(`/store/carts/${c.cart.id}`, { shipping_address: address, billing_address: address }, h)
  const { data: so } = await api.get(`/store/shipping-options?cart_id=${c.cart.id}`, h)
  await api.post(`/store/carts/${c.cart.id}/shipping-methods`, { option_id: so.shipping_options[0].id }, h)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, h)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
  const { data: done } = await api.post(`/store/carts/${c.cart.id}/complete`, {}, h)
  if (done.type !== "order") throw new Error(`checkout did not complete: ${JSON.stringify(done).slice(0, 300)}`)
  return done.order
}
