/**
 * The plugin's RBAC resources (SPEC 7): with Medusa's RBAC feature on, its
 * roles grant these; the plugin's routes declare which one they need.
 * Pure data, shared by src/policies (what is declared) and the routes.
 */
export const JEWELRY_RESOURCES = {
  stock: "jewelry_stock",
  production: "jewelry_production",
  settings: "jewelry_production_settings",
  styles: "jewelry_style",
  orders: "jewelry_order",
  purchasing: "jewelry_purchasing",
  metal: "jewelry_metal",
} as const
export type JewelryResource = (typeof JEWELRY_RESOURCES)[keyof typeof JEWELRY_RESOURCES]

export const OPERATIONS = ["read", "create", "update", "delete"] as const

const LABELS: Record<JewelryResource, string> = {
  jewelry_stock: "weight-tracked stock, its ledger and product analytics",
  jewelry_production: "production jobs, their stages, material and close-out, and the workshop monitor",
  jewelry_production_settings: "production settings, the stage catalog, departments and staff profiles",
  jewelry_style: "styles with their bills of materials",
  jewelry_order: "order operations on Medusa's orders: selections, shipments, tracking, notes",
  jewelry_purchasing: "suppliers and purchase orders",
  jewelry_metal: "metal balances, loss control, refining and melt lots",
}

const title = (s: string) => s.replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase())

/** Every resource × operation as a policy definition, e.g. ReadJewelryStock. */
export function jewelryPolicyDefinitions() {
  return Object.values(JEWELRY_RESOURCES).flatMap((resource) =>
    OPERATIONS.map((operation) => ({
      name: `${title(operation)}${title(resource)}`,
      resource,
      operation,
      description: `${title(operation)} ${LABELS[resource]}`,
    }))
  )
}
