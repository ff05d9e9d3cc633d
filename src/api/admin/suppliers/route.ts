import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../../modules/purchasing"
import { parseQuery } from "../../utils/validation"
import { listOrder } from "../../utils/validation"
import { ListSuppliers } from "../purchase-orders/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q: search, order, limit = 50, offset = 0 } = parseQuery(ListSuppliers, req.query)
  const filters = search?.trim() ? { q: search.trim() } : {}
  const [suppliers, count] = await (req.scope.resolve(PURCHASING_MODULE) as any).listAndCountSuppliers(filters, { order: listOrder(order, "name"), take: limit, skip: offset })
  res.json({ suppliers, count, limit, offset })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const svc: any = req.scope.resolve(PURCHASING_MODULE)
  const [clash] = await svc.listSuppliers({ name: req.validatedBody.name }, { take: 1 })
  if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `name: a supplier named "${req.validatedBody.name}" already exists`)
  const supplier = await svc.createSuppliers(req.validatedBody)
  res.status(201).json({ supplier })
}
