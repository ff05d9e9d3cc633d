import { MedusaError } from "@medusajs/framework/utils"

/** Postgres unique violations from a race the checks could not see become a 409 naming the field. */
export function rethrowUniqueAsConflict(error: any, field: string, value: unknown): never {
  const text = `${error?.code ?? ""} ${error?.message ?? ""} ${error?.name ?? ""}`
  if (/23505|unique|duplicate/i.test(text)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `${field}: "${String(value)}" is already taken`)
  }
  throw error
}
