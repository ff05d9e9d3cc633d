import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../modules/production"
import { customerRepairs } from "../view"

/** One of the customer's repairs; another customer's is a 404, as if it did not exist. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [ticket]: any[] = await (req.scope.resolve(PRODUCTION_MODULE) as any).listRepairTickets({ id: req.params.id }, { take: 1 })
  if (!ticket || ticket.customer_id !== req.auth_context?.actor_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Repair with id "${req.params.id}" was not found`)
  res.json({ repair: (await customerRepairs(req.scope, [ticket]))[0] })
}
