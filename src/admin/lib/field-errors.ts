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

/** The API's message beside its input: "name: a stage named …" → "A stage named …"; "carrier: is required" → "Carrier is required". */
export function readable(message: string, field: string): string {
  let text = message.replace(/^Invalid request:\s*/i, "")
  text = text.replace(/^row \d+: /i, "")
  const lead = new RegExp(`^${field}(\\[\\d+\\])?: `)
  const named = lead.test(text)
  text = text.replace(lead, "")
  text = text.replace(new RegExp(`^Value for field '(?:[\\w.]*\\.)?${field}'\\s*`, "i"), "Value ")
  // "carrier: is required" reads "Carrier is required": the API's sentence starts with its verb, the field leads.
  if (named && /^(is|must|needs|can|does|has) /.test(text)) return `${label(field)} ${text}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "tracking_number" → "Tracking number". */
export function label(field: string): string {
  const words = field.replace(/_id$/, "").replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * An error naming a row of a list placed beside that row: `sources[2].weight: …`
 * (the plugin's words) or `… field 'sources, 2, weight' …` (Medusa's
 * validation) lands under `keys[2]`, the row's key. Anything else falls back
 * to `fieldErrors`, with `aliases` sending a field to the input that shows it.
 */
export function rowErrors(error: unknown, list: string, keys: readonly string[], fields: readonly string[], aliases: Record<string, string> = {}): FieldErrors {
  if (!error) return {}
  const message = (error as Partial<ApiError>).message || String(error)
  const own = new RegExp(`^(?:Invalid request:\\s*)?${list}\\[(\\d+)\\]\\.(\\w+): (.*)$`).exec(message)
  const medusa = new RegExp(`field '${list}, (\\d+), (\\w+)'`, "i").exec(message)
  const hit = own ?? medusa
  if (hit && keys[Number(hit[1])]) {
    const text = own ? `${hit[2]}: ${hit[3]}` : message.replace(/^Invalid request:\s*/i, "")
    return { [keys[Number(hit[1])]]: text.charAt(0).toUpperCase() + text.slice(1) }
  }
  const field = (error as Partial<ApiError>).field
  if (field && aliases[field]) return { [aliases[field]]: readable(message, field) }
  return fieldErrors(error, fields)
}
