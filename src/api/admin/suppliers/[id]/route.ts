import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../../../modules/purchasing"

async function find(req: AuthenticatedMedusaRequest) {
  const [supplier] = await (req.scope.resolve(PURCHASING_MODULE) as any).listSuppliers({ id: req.params.id }, { take: 1 })
  if (!supplier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Supplier with id "${req.params.id}" was not found`)
  return supplier
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ supplier: await find(req) })
}

export async function POST(req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) {
  const current = await find(req)
  const svc: any = req.scope.resolve(PURCHASING_MODULE)
  if (req.validatedBody.name && req.validatedBody.name !== current.name) {
    const [clash] = await svc.listSuppliers({ name: req.validatedBody.name }, { take: 1 })
    if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `name: a supplier named "${req.validatedBody.name}" already exists`)
  }
  res.json({ supplier: await svc.updateSuppliers({ id: current.id, ...req.validatedBody }) })
}

/** A supplier with purchase orders is kept: they are the order's record. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const current = await find(req)
  const svc: any = req.scope.resolve(PURCHASING_MODULE)
  const [, orders] = await svc.listAndCountPurchaseOrders({ supplier_id: current.id }, { take: 1 })
  if (orders) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: ${current.name} has ${orders} purchase order${orders === 1 ? "" : "s"}; remove them first`)
  await svc.deleteSuppliers([current.id])
  res.json({ id: current.id, object: "supplier", deleted: true })
}
