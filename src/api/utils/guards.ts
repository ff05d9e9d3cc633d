import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { JEWELRY_RESOURCES, JewelryResource } from "../../lib/policies"
import { requireRole } from "./staff"

/** Users may change their own account; anyone else's needs an admin. */
const adminUnlessSelf = async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  if (req.auth_context?.actor_type === "user" && req.params.id === req.auth_context.actor_id) return next()
  return requireRole("admin")(req, res, next)
}

/**
 * SPEC 7: only the plugin's admins may invite users, create, change or
 * revoke API keys, or change other users through Medusa's own admin routes;
 * otherwise any staff member could make themselves admin.
 */
export const medusaRouteGuards: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/invites", middlewares: [requireRole("admin")] },
  { method: ["POST"], matcher: "/admin/invites/:id/resend", middlewares: [requireRole("admin")] },
  { method: ["DELETE"], matcher: "/admin/invites/:id", middlewares: [requireRole("admin")] },
  { method: ["POST", "DELETE"], matcher: "/admin/users/:id", middlewares: [adminUnlessSelf] },
  { method: ["POST"], matcher: "/admin/api-keys", middlewares: [requireRole("admin")] },
  { method: ["POST", "DELETE"], matcher: "/admin/api-keys/:id", middlewares: [requireRole("admin")] },
  { method: ["POST"], matcher: "/admin/api-keys/:id/*", middlewares: [requireRole("admin")] },
]

const prefixes: [string, JewelryResource][] = [
  ["/admin/stock-items", JEWELRY_RESOURCES.stock],
  ["/admin/products/:id/stock-*", JEWELRY_RESOURCES.stock],
  ["/admin/production-jobs", JEWELRY_RESOURCES.production],
  ["/admin/workshop-monitor", JEWELRY_RESOURCES.production],
  ["/admin/repairs", JEWELRY_RESOURCES.production],
  ["/admin/production", JEWELRY_RESOURCES.settings],
  ["/admin/styles", JEWELRY_RESOURCES.styles],
  ["/admin/jewelry-orders", JEWELRY_RESOURCES.orders],
  ["/admin/jewelry-shipments", JEWELRY_RESOURCES.orders],
  ["/admin/jewelry-sales-orders", JEWELRY_RESOURCES.orders],
  ["/admin/order-notes", JEWELRY_RESOURCES.orders],
  ["/admin/suppliers", JEWELRY_RESOURCES.purchasing],
  ["/admin/purchase-orders", JEWELRY_RESOURCES.purchasing],
  ["/admin/metal", JEWELRY_RESOURCES.metal],
]

/**
 * The policy each of the plugin's routes needs when Medusa's RBAC is on
 * (Medusa ignores them otherwise): reads need `read`, writes `update`
 * (a new record through a collection's POST needs `create`), removals `delete`.
 */
export const policyRoutes: MiddlewareRoute[] = prefixes.flatMap(([prefix, resource]) => {
  const base = prefix
  const deep = prefix.endsWith("*") ? prefix : `${prefix}/*`
  return [
    { method: ["GET"], matcher: base, policies: { resource, operation: "read" } },
    { method: ["GET"], matcher: deep, policies: { resource, operation: "read" } },
    { method: ["POST"], matcher: base, policies: { resource, operation: prefix.endsWith("*") ? "update" : "create" } },
    { method: ["POST"], matcher: deep, policies: { resource, operation: "update" } },
    { method: ["DELETE"], matcher: deep, policies: { resource, operation: "delete" } },
  ] as MiddlewareRoute[]
})
