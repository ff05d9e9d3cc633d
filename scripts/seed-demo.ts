/**
 * Seeds the demo jeweler once: an admin user, a workshop stock location, a
 * region, a sales channel with a publishable key, a few jewelry products and
 * the jewelry industry's production catalog. Run by `npm run dev` through
 * `medusa exec`; running it again changes nothing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
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
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { resetProductionCatalogWorkflow } from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL || "admin@jeweler.test",
  password: process.env.DEMO_ADMIN_PASSWORD || "jeweler-demo",
}

function printCredentials(logger: { info: (m: string) => void }) {
  logger.info("──────────────────────────────────────────────")
  logger.info(" Demo jeweler admin: http://localhost:9000/app")
  logger.info(`   email:    ${DEMO_ADMIN.email}`)
  logger.info(`   password: ${DEMO_ADMIN.password}`)
  logger.info("──────────────────────────────────────────────")
}

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const userModule = container.resolve(Modules.USER)

  const existing = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing.length) {
    logger.info("Demo jeweler already seeded.")
    printCredentials(logger)
    return
  }

  // Admin user with email/password login.
  const authModule = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  } as any)
  if (error || !authIdentity) throw new Error(`Could not register the demo admin: ${error}`)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: DEMO_ADMIN.email, first_name: "Avery", last_name: "Goldsmith" } },
  })

  // Store, sales channel, region.
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeModule.listStores()
  let [channel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    })
    channel = result[0]
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Aurum & Stone Workshop",
        supported_currencies: [{ currency_code: "usd", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] }] },
  })

  // The workshop and its fulfillment.
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Main Workshop", address: { city: "New York", country_code: "US", address_1: "47 W 47th St" } }] },
  })
  const location = locations[0]
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })

  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
    name: "Main Workshop shipping",
    type: "shipping",
    service_zones: [{ name: "United States", geo_zones: [{ country_code: "us", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Insured Courier",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Insured", description: "Insured courier, signature required", code: "insured" },
        prices: [
          { currency_code: "usd", amount: 25 },
          { region_id: regions[0].id, amount: 25 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })

  // Storefront key.
  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Demo storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [channel.id] } })

  // Jewelry products.
  const product = (title: string, handle: string, option: string, values: { value: string; sku: string; price: number }[], description: string) => ({
    title,
    handle,
    description,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: profile.id,
    options: [{ title: option, values: values.map((v) => v.value) }],
    variants: values.map((v) => ({
      title: `${title} ${v.value}`,
      sku: v.sku,
      manage_inventory: true,
      options: { [option]: v.value },
      prices: [{ currency_code: "usd", amount: v.price }],
    })),
    sales_channels: [{ id: channel.id }],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Solitaire Ring Mount 14K White", "solitaire-ring-mount-14k", "Ring size", [
          { value: "6", sku: "RM-SOL-14W-6", price: 480 },
          { value: "7", sku: "RM-SOL-14W-7", price: 480 },
        ], "Four-prong solitaire mounting in 14K white gold, cast in our workshop."),
        product("Round Brilliant Diamond", "round-diamond", "Carat", [
          { value: "0.50 ct", sku: "DIA-RD-050", price: 1450 },
          { value: "1.00 ct", sku: "DIA-RD-100", price: 5200 },
        ], "Natural round brilliant diamonds, G-H color, VS clarity."),
        product("14K Yellow Casting Grain", "casting-grain-14ky", "Pack", [
          { value: "1 ozt", sku: "CG-14Y-1OZT", price: 1850 },
        ], "585 yellow gold casting grain for the casting room."),
        product("Tennis Bracelet 18K", "tennis-bracelet-18k", "Length", [
          { value: "7 in", sku: "BR-TEN-18W-7", price: 6900 },
        ], "Made to order: 18K white gold tennis bracelet with 3 ct of round diamonds."),
      ],
    },
  })

  const inventoryModule = container.resolve(Modules.INVENTORY)
  const skus = products.flatMap((p) => p.variants.map((v) => v.sku!))
  const items = await inventoryModule.listInventoryItems({ sku: skus })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((i) => ({
        inventory_item_id: i.id,
        location_id: location.id,
        stocked_quantity: i.sku?.startsWith("DIA") ? 12 : i.sku?.startsWith("BR") ? 0 : 4,
      })),
    },
  })

  // Production catalog: the jewelry industry's stages, departments and inventory types.
  const production: any = container.resolve(PRODUCTION_MODULE)
  const stages = await production.listProductionStages({}, { take: 1 })
  if (!stages.length) {
    await resetProductionCatalogWorkflow(container).run({ input: { industry: "jewelry" } })
  }

  logger.info(`Seeded the demo jeweler: ${products.length} products at ${location.name}.`)
  printCredentials(logger)
}
