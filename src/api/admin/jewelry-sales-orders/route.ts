import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createSalesOrderFromWizardWorkflow } from "../../../workflows/purchasing"

/** The order wizard's sales order: a real Medusa order. */
export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  try {
    const { result } = await createSalesOrderFromWizardWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context?.actor_id ?? null } })
    res.status(201).json({ order: { id: (result as any).id, display_id: (result as any).display_id } })
  } catch (e: any) {
    if (e?.code === "insufficient_inventory") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "lines: a catalog line is out of stock in Medusa; record its stock, make its variant made to order (Styles), or enter it as a described line"
      )
    }
    throw e
  }
}
