import { MedusaError } from "@medusajs/framework/utils"

const FIELD_OF_COLUMN: Record<string, string> = { name_key: "name" }

/**
 * Two requests can pass the uniqueness checks at the same moment; the
 * database's unique index then refuses the second. That refusal becomes a
 * 409 naming the field, like the checks' own answer.
 */
export function rethrowUniqueAsConflict(error: any, field: string, value: unknown): never {
  const text = `${error?.code ?? ""} ${error?.message ?? ""}`
  const mapped = /with (\w+): .*already exists/i.exec(text)
  if (mapped || /23505|unique constraint|duplicate key/i.test(text)) {
    const column = mapped?.[1]
    const name = column ? FIELD_OF_COLUMN[column] ?? column : field
    throw new MedusaError(MedusaError.Types.CONFLICT, `${name}: "${String(value)}" is already taken`)
  }
  throw error
}
