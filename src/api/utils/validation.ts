import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** Parses a query string object with a zod schema; a bad value is a 400 that names the parameter. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query ?? {})
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = issue.path.join(".") || "query"
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${issue.message}`)
  }
  return result.data
}
