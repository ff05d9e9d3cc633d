import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { JEWELRY_RESOURCES, JewelryResource } from "../../lib/policies"
import { MedusaError } from "@medusajs/framework/utils"
import { requireRole } from "./staff"
import { assertDeletable } from "../../workflows/deletions/live-references"
import type { DeletionTarget } from "../../lib/deletion-rules"
import { PRODUCTION_MODULE } from "../../modules/production"
import type ProductionModuleService from "../../modules/production/service"
import { leavesNoAdmin } from "../../lib/roles"

/** Users may change their own account; anyone else's needs an admin. */
const adminUnlessSelf = async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  if (req.auth_context?.actor_type === "user" && req.params.id === req.auth_context.actor_id) return next()
  return requireRole("admin")(req, res, next)
}

/**
 * Deleting a product, variant, stock location or customer through Medusa's
 * admin while live stock, unfinished jobs or open repairs depend on it is a
 * 409 saying what holds it (lib/deletion-rules). Hooks on Medusa's deletion
 * workflows hold the same rule for other ways in (workflows/hooks).
 */
function refuseDeletionOf(target: DeletionTarget, param: string) {
  return async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      await assertDeletable(req.scope, target, [req.params[param]], MedusaError.Types.CONFLICT)
    } catch (e: any) {
      if (e?.type === MedusaError.Types.CONFLICT) return void res.status(409).json({ type: "conflict", message: e.message })
      return next(e)
    }
    next()
  }
}

/** A user whose profile is the workshop's last admin is not deleted while other profiles exist. */
const keepAnAdmin = async (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
  try {
    const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
    const all = await service.listStaffProfiles({}, { select: ["user_id", "role"], take: null as any })
    if (all.some((p) => p.user_id === req.params.id) && leavesNoAdmin(all.filter((p) => p.user_id !== req.params.id))) {
      return void res.status(409).json({
        type: "conflict",
        message: "This user is the workshop's last admin: give another staff member the admin role before deleting them",
      })
    }
  } catch (e) {
    return next(e)
  }
  next()
}

export const deletionGuards: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/admin/products/:id", middlewares: [refuseDeletionOf("product", "id")] },
  { method: ["DELETE"], matcher: "/admin/products/:id/variants/:variant_id", middlewares: [refuseDeletionOf("variant", "variant_id")] },
  { method: ["DELETE"], matcher: "/admin/stock-locations/:id", middlewares: [refuseDeletionOf("stock_location", "id")] },
  { method: ["DELETE"], matcher: "/admin/customers/:id", middlewares: [refuseDeletionOf("customer", "id")] },
  { method: ["DELETE"], matcher: "/admin/users/:id", middlewares: [keepAnAdmin] },
]

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
  ["/admin/order-notes", JEWELRY_RESOURCES.orders],
  ["/admin/suppliers", JEWELRY_RESOURCES.purchasing],
  ["/admin/purchase-orders", JEWELRY_RESOURCES.purchasing],
  ["/admin/metal", JEWELRY_RESOURCES.metal],
  ["/admin/metal-prices", JEWELRY_RESOURCES.metal],
]

/**
 * The policy each of the plugin's routes needs when Medusa's RBAC is on
 * (Medusa ignores them otherwise): reads need `read`, writes `update`
 * (a new record through a collection's POST needs `create`), removals `delete`.
 */
/** Tags: printing and resolving a scan read stock; a stage card scanned moves a job on. */
const tagPolicies: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/tags/resolve", policies: { resource: JEWELRY_RESOURCES.stock, operation: "read" } },
  { method: ["POST"], matcher: "/admin/tags/print", policies: { resource: JEWELRY_RESOURCES.stock, operation: "read" } },
  { method: ["GET"], matcher: "/admin/tags/envelopes/*", policies: { resource: JEWELRY_RESOURCES.production, operation: "read" } },
  { method: ["POST"], matcher: "/admin/tags/stage-scans", policies: { resource: JEWELRY_RESOURCES.production, operation: "update" } },
] as MiddlewareRoute[]

export const policyRoutes: MiddlewareRoute[] = [...tagPolicies, ...prefixes.flatMap(([prefix, resource]) => {
  const base = prefix
  const deep = prefix.endsWith("*") ? prefix : `${prefix}/*`
  return [
    { method: ["GET"], matcher: base, policies: { resource, operation: "read" } },
    { method: ["GET"], matcher: deep, policies: { resource, operation: "read" } },
    { method: ["POST"], matcher: base, policies: { resource, operation: prefix.endsWith("*") ? "update" : "create" } },
    { method: ["POST"], matcher: deep, policies: { resource, operation: "update" } },
    { method: ["DELETE"], matcher: deep, policies: { resource, operation: "delete" } },
  ] as MiddlewareRoute[]
})]
