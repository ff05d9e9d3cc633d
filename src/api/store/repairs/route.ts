import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCTION_MODULE } from "../../../modules/production"
import { customerRepairs } from "./view"

/** The signed-in customer's repairs: what, where it is in the workshop, when it is promised, whether it is ready. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const tickets: any[] = await (req.scope.resolve(PRODUCTION_MODULE) as any).listRepairTickets({ customer_id: req.auth_context.actor_id }, { order: { created_at: "DESC" }, take: 100 })
  res.json({ repairs: await customerRepairs(req.scope, tickets) })
}
