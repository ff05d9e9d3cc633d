import { withConflicts } from "../../../utils/http"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import type ProductionModuleService from "../../../../modules/production/service"
import { upsertStaffProfileWorkflow } from "../../../../workflows"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const staff_profiles = await service.listStaffProfiles({}, { order: { created_at: "ASC" }, take: null as any })
  res.json({ staff_profiles, count: staff_profiles.length })
}

/** Creates the profile of a user, or replaces the one they have. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  const actor = req.auth_context?.actor_type === "user" ? req.auth_context.actor_id : null
  const { result } = await upsertStaffProfileWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_user_id: actor } })
  res.json({ staff_profile: result })
})
