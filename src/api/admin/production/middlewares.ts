import { validateBody } from "../../utils/validation"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { requireRole } from "../../utils/staff"
import {
  CreateDepartment,
  CreateStage,
  ReorderStages,
  ResetCatalog,
  UpdateDepartment,
  UpdateSettings,
  UpdateStage,
  UpsertStaffProfile,
} from "./validators"

const adminOnly = requireRole("admin")

/** Everyone on staff reads production settings; only admins change them. */
export const productionSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/production/settings", middlewares: [adminOnly, validateBody(UpdateSettings)] },
  { method: ["POST"], matcher: "/admin/production/stages", middlewares: [adminOnly, validateBody(CreateStage)] },
  { method: ["POST"], matcher: "/admin/production/stage-order", middlewares: [adminOnly, validateBody(ReorderStages)] },
  { method: ["POST"], matcher: "/admin/production/stages/:id", middlewares: [adminOnly, validateBody(UpdateStage)] },
  { method: ["DELETE"], matcher: "/admin/production/stages/:id", middlewares: [adminOnly] },
  { method: ["POST"], matcher: "/admin/production/departments", middlewares: [adminOnly, validateBody(CreateDepartment)] },
  { method: ["POST"], matcher: "/admin/production/departments/:id", middlewares: [adminOnly, validateBody(UpdateDepartment)] },
  { method: ["DELETE"], matcher: "/admin/production/departments/:id", middlewares: [adminOnly] },
  { method: ["POST"], matcher: "/admin/production/staff-profiles", middlewares: [adminOnly, validateBody(UpsertStaffProfile)] },
  { method: ["DELETE"], matcher: "/admin/production/staff-profiles/:id", middlewares: [adminOnly] },
  { method: ["POST"], matcher: "/admin/production/reset", middlewares: [adminOnly, validateBody(ResetCatalog)] },
]
