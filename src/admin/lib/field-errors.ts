import type { ApiError } from "./api"

/**
 * An API error placed beside the input it names.
 *
 * The API's messages start with the field (`name: a stage named "Casting"
 * already exists`) or name it in Medusa's validation wording (`Invalid
 * request: Value for field 'weight_tolerance_percent' too big, expected at
 * most: '100'`). `ApiError.field` holds that field. Errors naming a field the
 * form does not show land under `_form`, so none is ever swallowed.
 */
export type FieldErrors = Record<string, string>

export function fieldErrors(error: unknown, fields: readonly string[]): FieldErrors {
  if (!error) return {}
  const err = error as Partial<ApiError>
  const message = err.message || String(error)
  const field = err.field && fields.includes(err.field) ? err.field : null
  return field ? { [field]: readable(message, field) } : { _form: message }
}

/** Drops the field name the input's label already says: "name: a stage named …" → "A stage named …". */
export function readable(message: string, field: string): string {
  let text = message.replace(/^Invalid request:\s*/i, "")
  text = text.startsWith(`${field}: `) ? text.slice(field.length + 2) : text
  text = text.replace(new RegExp(`^Value for field '(?:[\\w.]*\\.)?${field}'\\s*`, "i"), "Value ")
  return text.charAt(0).toUpperCase() + text.slice(1)
}
