import { MedusaError, Modules } from "@medusajs/framework/utils"
import { PURCHASING_MODULE } from "../../modules/purchasing"
import { HOLDER_TYPES, Holder, HolderType } from "../../lib/metal-custody"

export type HolderInput = { type: HolderType; id: string } | null | undefined

/**
 * Who takes or returns the metal at a stage: the one named, else the
 * stage's outside vendor (a supplier), else its assignee, else the staff
 * member doing it. A holder named is checked to exist.
 */
export async function resolveHolder(
  container: any,
  input: { holder?: HolderInput; stage?: { vendor_type?: string; vendor_supplier_id?: string | null; assignee_user_id?: string | null } | null; fallback?: Holder | null; actor_id?: string | null },
  field = "holder"
): Promise<Holder> {
  if (input.holder) {
    await assertHolderExists(container, input.holder, field)
    return { type: input.holder.type, id: input.holder.id }
  }
  const s = input.stage
  if (s?.vendor_type === "outside" && s.vendor_supplier_id) return { type: "supplier", id: s.vendor_supplier_id }
  if (s?.assignee_user_id) return { type: "user", id: s.assignee_user_id }
  if (input.fallback) return input.fallback
  // The staff member doing it (a secret API key is no one's hands).
  if (input.actor_id && (await container.resolve(Modules.USER).listUsers({ id: [input.actor_id] }, { take: 1 })).length) {
    return { type: "user", id: input.actor_id }
  }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: say who takes the metal (a staff member or a supplier); the stage has no assignee or outside vendor`)
}

export async function assertHolderExists(container: any, holder: { type: string; id: string }, field = "holder") {
  if (!(HOLDER_TYPES as readonly string[]).includes(holder.type)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}.type: must be one of ${HOLDER_TYPES.join(", ")}`)
  }
  if (holder.type === "user") {
    const users = await container.resolve(Modules.USER).listUsers({ id: [holder.id] }, { take: 1 })
    if (!users.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}.id: staff member "${holder.id}" does not exist`)
  } else {
    const suppliers = await container.resolve(PURCHASING_MODULE).listSuppliers({ id: [holder.id] }, { take: 1 })
    if (!suppliers.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}.id: supplier "${holder.id}" does not exist`)
  }
}

export type HolderName = { type: HolderType; id: string; name: string; email?: string | null }

/** Names of holders for display: staff by their name (or email), suppliers by theirs; unknown ids say so. */
export async function holderNames(container: any, holders: { type: string; id: string }[]): Promise<Map<string, HolderName>> {
  const out = new Map<string, HolderName>()
  const userIds = [...new Set(holders.filter((h) => h.type === "user").map((h) => h.id))]
  const supplierIds = [...new Set(holders.filter((h) => h.type === "supplier").map((h) => h.id))]
  const [users, suppliers]: any[][] = await Promise.all([
    userIds.length ? container.resolve(Modules.USER).listUsers({ id: userIds }, { take: userIds.length }) : [],
    supplierIds.length ? container.resolve(PURCHASING_MODULE).listSuppliers({ id: supplierIds }, { take: supplierIds.length }) : [],
  ])
  for (const id of userIds) {
    const u = users.find((x) => x.id === id)
    const name = u ? [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email : "Deleted user"
    out.set(`user:${id}`, { type: "user", id, name, email: u?.email ?? null })
  }
  for (const id of supplierIds) {
    const sup = suppliers.find((x) => x.id === id)
    out.set(`supplier:${id}`, { type: "supplier", id, name: sup?.name ?? "Deleted supplier" })
  }
  return out
}
