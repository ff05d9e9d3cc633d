import { prepareListQuery, prepareRetrieveQuery } from "@medusajs/framework/http"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { assertReferencesExist, collectReferences, formatPath } from "./references"

/**
 * `field: sentence` for the first problem zod found, the way the admin shows
 * it beside the field: `lines[0].weight: must be a decimal …`.
 */
export function formatIssue(issue: z.core.$ZodIssue, root = "body"): string {
  if (issue.code === "unrecognized_keys") {
    const at = formatPath(issue.path)
    const key = issue.keys[0]
    return `${at ? `${at}.` : ""}${key}: is not a field of this request${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).join(", ")})` : ""}`
  }
  const field = formatPath(issue.path) || root
  const last = issue.path.length ? String(issue.path[issue.path.length - 1]) : root
  let message = sentence(issue)
  // Older schema messages start with their field's name: keep one.
  const own = message.match(/^([\w.\[\]]+): /)
  if (own && (own[1] === field || own[1] === last || field.endsWith(`.${own[1]}`) || field.endsWith(own[1]))) message = message.slice(own[0].length)
  return `${field}: ${message}`
}

const ZOD_DEFAULT = /^(Invalid input|Too small|Too big|Invalid option|Invalid ISO|Invalid (string|email|UUID|URL|date))/
const KIND: Record<string, string> = { string: "text", number: "a number", int: "a whole number", boolean: "true or false", array: "a list", object: "an object", date: "a date" }

/**
 * Zod's default wording ("Too small: expected string to have >=1 characters")
 * as the sentence a person reads beside the field ("is required"). A schema's
 * own message is kept as it was written.
 */
export function sentence(issue: z.core.$ZodIssue): string {
  const message = issue.message
  if (!ZOD_DEFAULT.test(message)) return message
  const i = issue as any
  switch (issue.code) {
    case "invalid_type":
      if (/received undefined/.test(message)) return "is required"
      return `must be ${KIND[i.expected] ?? i.expected}`
    case "too_small": {
      const min = Number(i.minimum)
      if (i.origin === "string") return min <= 1 ? "is required" : `must be at least ${min} characters`
      if (i.origin === "array" || i.origin === "set") return min <= 1 ? "needs at least one entry" : `needs at least ${min} entries`
      return i.inclusive === false ? `must be more than ${i.minimum}` : `must be at least ${i.minimum}`
    }
    case "too_big": {
      if (i.origin === "string") return `must be at most ${i.maximum} characters`
      if (i.origin === "array" || i.origin === "set") return `can have at most ${i.maximum} entries`
      return i.inclusive === false ? `must be less than ${i.maximum}` : `must be at most ${i.maximum}`
    }
    case "invalid_value":
      return Array.isArray(i.values) && i.values.length ? `must be one of ${i.values.map(String).join(", ")}` : message
    case "invalid_format":
      if (i.format === "datetime") return "must be a date and time such as 2026-12-01T09:00:00Z"
      if (i.format === "date") return "must be a date such as 2026-12-01"
      if (i.format === "email") return "must be an email address"
      if (i.format === "url") return "must be a web address"
      return message
    default:
      return message
  }
}

function fail(error: z.ZodError, root: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, formatIssue(error.issues[0], root))
}

/** Parses a query string object with a zod schema; a bad value is a 400 that names the parameter. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query ?? {})
  if (!result.success) fail(result.error, "query")
  return result.data
}

/**
 * The body middleware of every plugin route: validates with the schema (400
 * `field: sentence`), then checks that every id the body refers to exists
 * as a record of its kind (400 `field: … does not exist`), before the route
 * writes anything.
 */
export function validateBody(schema: z.ZodType, options: { rows?: string } = {}) {
  const rows = options.rows
  // "items[1].location_id: …" reads "row 2: location_id: …" where a body is a list of rows.
  const asRow = (e: unknown) => {
    if (rows && e instanceof MedusaError) {
      const m = e.message.match(new RegExp(`^${rows}\\[(\\d+)\\]\\.(.*)$`, "s"))
      if (m) e.message = `row ${Number(m[1]) + 1}: ${m[2]}`
    }
    return e
  }
  const middleware = async function validateJewelryBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const result = await schema.safeParseAsync(req.body ?? {})
      if (!result.success) fail(result.error, "body")
      ;(req as any).validatedBody = result.data
      await assertReferencesExist(req.scope, collectReferences(schema, result.data))
      next()
    } catch (e) {
      next(asRow(e))
    }
  }
  // The schema stays readable on the middleware: the fuzz test walks it to build bodies.
  return Object.assign(middleware, { schema })
}

/** A route's Query settings (its query-config.ts): the fields it returns unless asked, and those a caller may ask for. */
export type JewelryQueryConfig = { defaults: string[]; isList?: boolean; defaultLimit?: number }

/**
 * The query middleware for routes that read `req.validatedQuery`. With a
 * query config it also prepares `req.queryConfig` (fields and pagination)
 * as Medusa's `validateAndTransformQuery` does, for a route that reads
 * through `query.graph`; a caller adds linked fields with
 * `?fields=+product.thumbnail`. The messages are the plugin's
 * (`field: sentence`).
 */
export function validateQuery(schema: z.ZodType, config?: JewelryQueryConfig) {
  const middleware = async function validateJewelryQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
    try {
      const validated = parseQuery(schema, req.query)
      ;(req as any).validatedQuery = validated
      if (config) {
        const { fields, limit, offset } = validated as { fields?: string; limit?: number; offset?: number }
        const prepared = config.isList === false
          ? await prepareRetrieveQuery({ fields } as any, { defaults: config.defaults } as any, req)
          : await prepareListQuery({ fields, limit, offset } as any, { defaults: config.defaults, defaultLimit: config.defaultLimit ?? 20, isList: true } as any, req)
        // Medusa's parser writes the record's own "*" as ".*"; Query reads it as "*".
        prepared.remoteQueryConfig.fields = prepared.remoteQueryConfig.fields.map((f: string) => (f === ".*" ? "*" : f))
        ;(req as any).queryConfig = prepared.remoteQueryConfig
      }
      next()
    } catch (e) {
      next(e)
    }
  }
  return Object.assign(middleware, { querySchema: schema })
}

/** The plugin's own routes: what the NUL guard looks at. Medusa's routes are left alone. */
export const PLUGIN_PATHS = [
  /^\/admin\/production(\/|-jobs(\/|$)|$)/,
  /^\/admin\/stock-items(\/|$)/,
  /^\/admin\/products\/[^/]+\/stock-(analytics|summary|image)(\/|$)/,
  /^\/admin\/styles(\/|$)/,
  /^\/admin\/workshop-monitor(\/|$)/,
  /^\/admin\/jewelry-orders(\/|$)/,
  /^\/admin\/suppliers(\/|$)/,
  /^\/admin\/purchase-orders(\/|$)/,
  /^\/admin\/order-notes(\/|$)/,
  /^\/admin\/metal(\/|$)/,
  /^\/admin\/metal-prices(\/|$)/,
  /^\/admin\/repairs(\/|$)/,
  /^\/admin\/tags(\/|$)/,
  /^\/store\/repairs(\/|$)/,
  /^\/store\/made-to-order(\/|$)/,
  /^\/store\/metal-prices(\/|$)/,
  /^\/store\/orders\/[^/]+\/production(\/|$)/,
  /^\/hooks\/jewelry-tracking(\/|$)/,
]

/** Where in a parsed body or query a control character the database cannot store (NUL) sits: "lines[2].note". */
export function findNul(value: unknown, path: PropertyKey[] = [], depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? formatPath(path) || "value" : null
  if (depth > 32 || value === null || typeof value !== "object") return null
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, i], depth + 1)
      if (hit) return hit
    }
    return null
  }
  for (const [k, v] of Object.entries(value as object)) {
    if (k.includes("\u0000")) return formatPath([...path, k.replace(/\u0000/g, "\\u0000")])
    const hit = findNul(v, [...path, k], depth + 1)
    if (hit) return hit
  }
  return null
}

/**
 * Postgres cannot store or compare text with a NUL character: refuse it
 * anywhere in the path, query or body of the plugin's routes with a 400
 * that names where it is, before any route reads the request (a list or an
 * export would otherwise fail half-way with a 500 or a dropped connection).
 */
export function refuseNulCharacters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const raw = (req.originalUrl ?? req.url ?? "").split("?")[0]
  // Medusa's own routes are left alone, whatever their path holds.
  if (!PLUGIN_PATHS.some((re) => re.test(raw))) return next()
  let path: string
  try {
    path = decodeURIComponent(raw)
  } catch {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "id: is not a valid URL path (a % not followed by two hex digits)"))
  }
  const bad = (where: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `${where}: must not contain the NUL character (\\u0000)`)
  if (path.includes("\u0000")) return next(bad("id"))
  const inQuery = findNul(req.query)
  if (inQuery) return next(bad(inQuery))
  const inBody = findNul(req.body)
  if (inBody) return next(bad(inBody))
  next()
}

/**
 * A list's `order` ("-number", "weight") as the order Query and the modules take:
 * the column (through `columns` where the API's name differs) and the id after it
 * in the same direction, so equal values keep one order across pages and an index
 * on (column, id) serves the sort read in either direction.
 */
export function listOrder(order: string | undefined, fallback: string, columns: Record<string, string> = {}): Record<string, "ASC" | "DESC"> {
  const o = order ?? fallback
  const dir = o.startsWith("-") ? "DESC" : "ASC"
  const key = o.replace(/^-/, "")
  return { [columns[key] ?? key]: dir, id: dir }
}
