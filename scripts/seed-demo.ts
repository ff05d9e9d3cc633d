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
  createCustomersWorkflow,
  createOrderWorkflow,
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
import {
  adjustStockItemWorkflow,
  createStockItemsWorkflow,
  createStyleWorkflow,
  resetProductionCatalogWorkflow,
} from "../src/workflows"
import { PRODUCTION_MODULE } from "../src/modules/production"
import { openMadeToOrderJobs } from "../src/workflows/jobs/made-to-order"
import { recomputeOrder } from "../src/workflows/jewelry-orders/order-facts"
import { PURCHASING_MODULE } from "../src/modules/purchasing"
import { seedMetalHistory } from "./seed-metal"
import { seedRepairs } from "./seed-repairs"
import { seedMetalPrices } from "./seed-metal-prices"

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
  const { result: adminUser } = await createUserAccountWorkflow(container).run({
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
  const SHORT: Record<string, string> = {
    "solitaire-ring-mount-14k": "SOL",
    "round-diamond": "DIA",
    "casting-grain-14ky": "GRN",
    "tennis-bracelet-18k": "TEN",
  }
  const product = (title: string, handle: string, option: string, values: { value: string; sku: string; price: number }[], description: string) => ({
    title,
    handle,
    metadata: { short_name: SHORT[handle] },
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

  // The bench's stock: tagged stones, metal and mounts, with some history for the product page.
  const types = await production.listInventoryTypes({}, { take: 100 })
  const typeId = (name: string) => types.find((t: any) => t.name === name)!.id
  const byHandle = (h: string) => products.find((p) => p.handle === h)!
  const diamond = byHandle("round-diamond")
  const grain = byHandle("casting-grain-14ky")
  const mount = byHandle("solitaire-ring-mount-14k")
  // Bench photos as inline SVG so the demo needs no network.
  const img = (n: number) => {
    const [bg, fg, label] = [["#eef2ff", "#6366f1", "◆ 0.50ct"], ["#f8fafc", "#94a3b8", "○ size 6"], ["#fefce8", "#ca8a04", "○ size 7"]][n]
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><rect width="200" height="200" fill="${bg}"/><circle cx="100" cy="95" r="52" fill="none" stroke="${fg}" stroke-width="14"/><text x="100" y="185" font-family="sans-serif" font-size="18" text-anchor="middle" fill="${fg}">${label}</text></svg>`
    return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`
  }
  const stones = [
    ["0.50", "5.1mm", "G", "VS1"],
    ["0.52", "5.2mm", "G", "VS2"],
    ["0.49", "5.1mm", "H", "VS1"],
    ["1.01", "6.5mm", "F", "VS1"],
    ["1.00", "6.4mm", "G", "SI1"],
  ]
  const { result: seededStock } = await createStockItemsWorkflow(container).run({
    input: {
      items: [
        ...stones.map(([ct, size, color, clarity], i) => ({
          product_id: diamond.id,
          variant_id: diamond.variants.find((v) => v.title.includes(Number(ct) >= 1 ? "1.00" : "0.50"))!.id,
          inventory_type_id: typeId("Gemstones"),
          shape: "Round",
          size,
          color,
          quality: clarity,
          weight: ct,
          weight_unit: "ct",
          pieces: 1,
          location_id: location.id,
          rack: "Safe A",
          bin: `Tray ${i + 1}`,
          cost_basis: Number(ct) >= 1 ? "3900" : "1050",
          currency_code: "usd",
          image_url: i === 0 ? img(0) : null,
        })),
        ...["31.1035", "62.2070"].map((w, i) => ({
          product_id: grain.id,
          inventory_type_id: typeId("Precious Metals"),
          color: "Yellow",
          quality: "14K",
          weight: w,
          weight_unit: "g",
          pieces: 1,
          location_id: location.id,
          rack: "Casting room",
          bin: `Jar ${i + 1}`,
          cost_basis: i === 0 ? "1520" : "3040",
          currency_code: "usd",
        })),
        ...["6", "7"].map((size, i) => ({
          product_id: mount.id,
          variant_id: mount.variants.find((v) => v.title.endsWith(size))!.id,
          inventory_type_id: typeId("Rings"),
          shape: "Solitaire",
          size,
          color: "White",
          quality: "14K",
          weight: i ? "3.4" : "3.2",
          weight_unit: "g",
          pieces: 2,
          location_id: location.id,
          rack: "Showcase",
          cost_basis: "360",
          currency_code: "usd",
          image_url: img(1 + i),
        })),
      ],
      reason: "initial",
    },
  })
  const firstGrain = seededStock.find((i: any) => i.product_id === grain.id)!
  await adjustStockItemWorkflow(container).run({ input: { id: firstGrain.id, weight_delta: "-4.2", pieces_delta: 0, note: "Sprue trimmings sent to refiner" } })

  // Styles: a house design and a vendor style; the tennis bracelet is made to order.
  const bracelet = byHandle("tennis-bracelet-18k")
  const { result: solitaireStyle } = await createStyleWorkflow(container).run({
    input: {
      code: "SOL-4P",
      name: "Four-prong solitaire",
      category: "Rings",
      source: "own",
      lead_time_days: 10,
      variant_id: mount.variants[0].id,
      made_to_order: false,
      bom_lines: [
        { kind: "metal", purity: "14K", quantity: 1, weight: "3.2", weight_unit: "g", unit_cost: "62", cost_per: "weight" },
        { kind: "finding", description: "Four-prong head", quantity: 1, unit_cost: "14", cost_per: "piece" },
      ],
      labor_lines: [
        { stage_name: "Metal Casting", cost: "35" },
        { stage_name: "Final Polish", cost: "25" },
      ],
    },
  })
  await createStyleWorkflow(container).run({
    input: {
      code: "TEN-3CT",
      name: "Tennis bracelet, 3 ct",
      category: "Bracelets",
      source: "own",
      lead_time_days: 21,
      variant_id: bracelet.variants[0].id,
      made_to_order: true,
      bom_lines: [
        { kind: "metal", purity: "18K", quantity: 1, weight: "12", weight_unit: "g", unit_cost: "85", cost_per: "weight" },
        { kind: "stone", shape: "Round", size: "2.4mm", quantity: 60, unit_cost: "55", cost_per: "piece" },
        { kind: "finding", description: "Box clasp", quantity: 1, unit_cost: "40", cost_per: "piece" },
      ],
      labor_lines: [{ stage_name: "Stone Setting", cost: "360" }],
    },
  })
  await createStyleWorkflow(container).run({
    input: { code: "STL-99812", name: "4-prong round head, 6.5 mm", category: "Findings", source: "vendor", vendor_name: "Stuller", vendor_sku: "99812", lead_time_days: 5 },
  })

  // Two customers (registered in the store, so the sales-order wizard can choose them).
  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        { email: "mei.chen@example.com", first_name: "Mei", last_name: "Chen", phone: "+1 212 555 0142" },
        { email: "jordan.lee@example.com", first_name: "Jordan", last_name: "Lee" },
      ],
    },
  })
  const customerId = (email: string) => customers.find((c: any) => c.email === email)!.id

  // Orders to work on: a customer's two ring mounts and a diamond, and a made-to-order bracelet whose job opens by itself.
  const [courier] = await fulfillmentModule.listShippingOptions({ name: "Insured Courier" })
  const address = { first_name: "Mei", last_name: "Chen", address_1: "350 5th Ave", city: "New York", country_code: "us", postal_code: "10118" }
  const order = (email: string, items: { variant: any; title: string; quantity: number; price: number }[]) =>
    createOrderWorkflow(container).run({
      input: {
        region_id: regions[0].id,
        sales_channel_id: channel.id,
        email,
        customer_id: customerId(email),
        currency_code: "usd",
        shipping_address: address,
        billing_address: address,
        items: items.map((i) => ({ variant_id: i.variant.id, title: i.title, quantity: i.quantity, unit_price: i.price })) as any,
        shipping_methods: [{ name: courier.name, amount: 25, shipping_option_id: courier.id }] as any,
      },
    })
  const { result: ringOrder } = await order("mei.chen@example.com", [
    { variant: mount.variants.find((v) => v.title.endsWith("6"))!, title: "Solitaire Ring Mount 14K White", quantity: 2, price: 480 },
    { variant: diamond.variants.find((v) => v.title.includes("0.50"))!, title: "Round Brilliant Diamond", quantity: 1, price: 1450 },
  ])
  const { result: braceletOrder } = await order("jordan.lee@example.com", [{ variant: bracelet.variants[0], title: "Tennis Bracelet 18K", quantity: 1, price: 6900 }])
  await openMadeToOrderJobs(container, braceletOrder.id)
  await recomputeOrder(container, ringOrder.id)
  await recomputeOrder(container, braceletOrder.id)

  // Suppliers for the purchase order wizard.
  const purchasing: any = container.resolve(PURCHASING_MODULE)
  const [metalHouse] = await purchasing.createSuppliers([
    { name: "Hoover & Strong", contact_name: "Dana Reyes", email: "orders@hooverandstrong.example", currency_code: "usd", payment_terms: "Net 30", notes: "Casting grain and refining; ships Tuesdays and Fridays." },
    { name: "Precision Casting Co.", contact_name: "Luis Ortega", email: "shop@precisioncasting.example", currency_code: "usd", payment_terms: "50% deposit", notes: "Outside caster for larger batches." },
  ])
  await purchasing.createPurchaseOrders({
    supplier_id: metalHouse.id,
    currency_code: "usd",
    notes: "Monthly metal: 40 dwt 14K yellow casting grain",
    terms_accepted: true,
    status: "submitted",
    submitted_at: new Date(),
    lines: [{ product_id: grain.id, variant_id: grain.variants[0].id, description: "14K yellow casting grain", quantity: 1, weight: "40", weight_unit: "dwt", unit_cost: "1520" }],
  })

  const { marco } = await seedMetalHistory(container, { adminId: (adminUser as any).id, location, profileId: profile.id, grain, mount })
  await seedRepairs(container, { adminId: (adminUser as any).id, location, customers, bench: marco.id, diamondProductId: diamond.id })
  await seedMetalPrices(container, { adminId: (adminUser as any).id, styleId: (solitaireStyle as any).id })

  logger.info(`Seeded the demo jeweler: ${products.length} products at ${location.name}, orders #${ringOrder.display_id} and #${braceletOrder.display_id}.`)
  printCredentials(logger)
}
