import { z } from "@medusajs/framework/zod"
import { DecimalRule, MAX_PIECES, parseDecimalInput } from "../../lib/decimal-input"
import { decodePageCursor } from "../../lib/page-cursor"

/**
 * The building blocks every validators.ts uses, so one kind of field answers
 * the same way on every route (SPEC: "bad input gets a 400 naming the field").
 *
 * Empty strings:
 * - an id, a reference, an enum, a number or a date given as "" is refused
 *   (400): leave the field out, or send null where it may be cleared;
 * - required text ("name", "title") given as "" (or only spaces) is refused;
 * - optional free text ("notes", "description", "rack") given as "" is
 *   stored as null: the box was emptied.
 *
 * Text refuses control characters (NUL first of all: Postgres cannot store
 * it); notes may hold newlines and tabs, one-line fields may not.
 *
 * Each block is registered in `fieldKinds` with what it is (an id and what
 * it refers to, text and its bound, a whole number and its range, a decimal
 * and its rule). The reference check (references.ts) reads it to find every
 * id to look up, and the fuzz test reads it to know what is bad for a field.
 */

export type RefKind =
  | "user"
  | "customer"
  | "product"
  | "variant"
  | "stock_location"
  | "region"
  | "sales_channel"
  | "shipping_option"
  | "order"
  | "order_line_item"
  | "style"
  | "stage"
  | "department"
  | "inventory_type"
  | "supplier"
  | "stock_item"
  | "job_stage"
  | "receipt"

/** What an id refers to: a kind, or (for `holder.id`) a kind read from the object around it. */
export type RefSpec = RefKind | ((parent: any) => RefKind | null)

export type FieldMeta =
  | { kind: "id"; ref?: RefSpec }
  | { kind: "text"; max: number; multiline: boolean; required: boolean }
  | { kind: "int"; min: number; max: number }
  | { kind: "decimal"; rule: DecimalRule }
  | { kind: "date" }
  | { kind: "paging"; min: number; max: number }

export const fieldKinds = z.registry<FieldMeta>()

const register = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => {
  fieldKinds.add(schema, meta)
  return schema
}

const grouped = (n: number) => n.toLocaleString("en-US")
const given = (iss: { input?: unknown }) => iss.input !== undefined

/** Bounds that are well inside Postgres' int4 (2,147,483,647). */
export { MAX_PIECES }
export const MAX_QUANTITY = 100_000
export const MAX_MINUTES = 525_600
export const MAX_LIMIT = 500
export const MAX_OFFSET = 10_000_000
export const ID_MAX = 100

/** Any control character but newline, carriage return and tab (those only in notes). */
const CONTROL_IN_NOTES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F]/
const controlMessage = (s: string, re: RegExp) => {
  const c = s.match(re)![0]
  return c === "\u0000"
    ? "must not contain the NUL character (\\u0000)"
    : `must not contain control characters (found U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")})`
}

const string = () => z.string({ error: (iss) => (given(iss) ? "must be text" : "is required") })

/**
 * An id of a record. "" is refused ("leave it out or send null"), so is
 * anything but letters, digits and _ - . : (ids never hold spaces or
 * control characters). `ref` names what it must refer to: the reference
 * check looks it up before anything is written.
 */
export function id(ref?: RefSpec) {
  const schema = string().superRefine((v, ctx) => {
    if (v === "") ctx.addIssue({ code: "custom", message: "must not be empty; leave it out (or send null) when there is none" })
    else if (v.length > ID_MAX) ctx.addIssue({ code: "custom", message: `must be an id of at most ${ID_MAX} characters` })
    else if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(v)) ctx.addIssue({ code: "custom", message: `must be an id such as "prod_01H…" (letters, digits and _ - . :)` })
  })
  return register(schema, { kind: "id", ref })
}

/** A list of ids, each looked up when `ref` is given. */
export const ids = (ref?: RefSpec, max = 500) => z.array(id(ref), { error: "must be a list of ids" }).max(max, `must list at most ${max}`)

/** One line of text (names, codes, carriers): trimmed, no control characters, at most `max` characters. */
type Pattern = { re: RegExp; message: string }

function textBlock(max: number, opts: { multiline: boolean; required: boolean; pattern?: Pattern }) {
  const re = opts.multiline ? CONTROL_IN_NOTES : CONTROL_IN_LINE
  const schema = string()
    .superRefine((v, ctx) => {
      if (re.test(v)) ctx.addIssue({ code: "custom", message: controlMessage(v, re) })
    })
    .trim()
    .max(max, `must be at most ${grouped(max)} characters`)
    .superRefine((v, ctx) => {
      if (opts.pattern && v !== "" && !opts.pattern.re.test(v)) ctx.addIssue({ code: "custom", message: opts.pattern.message })
    })
  return opts.required ? schema.min(1, "must not be empty") : schema
}

/** Required one-line text: "" or spaces are refused. */
export const text = (max: number, pattern?: Pattern) =>
  register(textBlock(max, { multiline: false, required: true, pattern }), { kind: "text", max, multiline: false, required: true })

/** Required multi-line text (a reason, notes that must be given). */
export const note = (max: number) => register(textBlock(max, { multiline: true, required: true }), { kind: "text", max, multiline: true, required: true })

const emptyToNull = (v: string) => (v === "" ? null : v)

/** Optional one-line text; "" clears it (null). Nullable and optional. */
export const optText = (max: number, pattern?: Pattern) =>
  register(textBlock(max, { multiline: false, required: false, pattern }), { kind: "text", max, multiline: false, required: false })
    .transform(emptyToNull)
    .nullable()
    .optional()

/** Optional multi-line text (notes, descriptions); "" clears it (null). Nullable and optional. */
export const optNote = (max: number) =>
  register(textBlock(max, { multiline: true, required: false }), { kind: "text", max, multiline: true, required: false })
    .transform(emptyToNull)
    .nullable()
    .optional()

/** A whole number within [min, max] (JSON number). */
export function int(min: number, max: number, what = "a whole number") {
  const message = `must be ${what} from ${grouped(min)} to ${grouped(max)}`
  const schema = z
    .number({ error: (iss) => (given(iss) ? message : "is required") })
    .int(message)
    .min(min, message)
    .max(max, message)
  return register(schema, { kind: "int", min, max })
}

/** Pieces (0 to 1,000,000). */
export const pieces = () => int(0, MAX_PIECES)
/** A change of pieces, signed. */
export const piecesDelta = () => int(-MAX_PIECES, MAX_PIECES)
/** A quantity of pieces to make, buy or sell (1 to 100,000). */
export const quantity = () => int(1, MAX_QUANTITY)

/** A decimal under one of the rules of src/lib/decimal-input.ts; comes out as normalised text. */
export function decimal(rule: DecimalRule) {
  const schema = z.unknown().transform((v, ctx) => {
    if (v === undefined) {
      ctx.addIssue({ code: "custom", message: "is required" })
      return z.NEVER
    }
    const r = parseDecimalInput(v, rule)
    if (!r.ok) {
      ctx.addIssue({ code: "custom", message: r.message })
      return z.NEVER
    }
    return r.value
  })
  return register(schema, { kind: "decimal", rule })
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** A date or date-time in ISO form (2026-12-12, 2026-12-12T10:00:00Z), years 1900 to 2999. */
export function date() {
  const schema = string().superRefine((v, ctx) => {
    const t = Date.parse(v)
    if (!ISO_DATE.test(v) || Number.isNaN(t)) ctx.addIssue({ code: "custom", message: "must be a date like 2026-12-12" })
    else {
      const y = new Date(t).getUTCFullYear()
      if (y < 1900 || y > 2999) ctx.addIssue({ code: "custom", message: "must be a date from 1900 to 2999" })
    }
  })
  return register(schema, { kind: "date" })
}

/** One of a fixed set of values. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values as unknown as [string, ...string[]], { error: (iss) => (given(iss) ? `must be one of ${values.join(", ")}` : "is required") }) as unknown as z.ZodEnum<{
    [K in T[number]]: K
  }>

export const bool = () => z.boolean({ error: (iss) => (given(iss) ? "must be true or false" : "is required") })

/** A list of `item`, at most `max` long. */
export const list = <T extends z.ZodType>(item: T, max: number) => z.array(item, { error: (iss) => (given(iss) ? "must be a list" : "is required") }).max(max, `must list at most ${grouped(max)}`)

/** A request body: an object with exactly these fields. */
export const body = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: (iss) => (given(iss) ? "must be a JSON object" : "is required") }).strict()

// ---------- query strings ----------

/** A whole number in a query string: digits only ("10"), within [min, max]. */
export function queryInt(min: number, max: number) {
  const message = `must be a whole number from ${grouped(min)} to ${grouped(max)}`
  const schema = z.unknown().transform((v, ctx) => {
    if (typeof v !== "string" || !/^\d{1,12}$/.test(v) || Number(v) < min || Number(v) > max) {
      ctx.addIssue({ code: "custom", message })
      return z.NEVER
    }
    return Number(v)
  })
  return register(schema, { kind: "paging", min, max })
}

/** `limit` (1 to `max`) and `offset` (0 to 10,000,000) of a list; refused when negative, fractional or not digits. */
export const paging = (max = MAX_LIMIT) => ({ limit: queryInt(1, max).optional(), offset: queryInt(0, MAX_OFFSET).optional() })

/** A search or filter text in a query string. */
export const queryText = (max = 200) => register(textBlock(max, { multiline: false, required: false }), { kind: "text", max, multiline: false, required: false }).optional()

/** An id used as a filter: checked for form, not looked up (an unknown id finds nothing). */
export const queryId = () => id().optional()

/** "true" or "false" in a query string. */
export const queryBool = () =>
  z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean({ error: "must be true or false" })).optional()

/**
 * Medusa's `fields` parameter for a route read through Query: the record's
 * own fields, `*`, and one level into the Medusa records the plugin links it
 * to (`+product.thumbnail`, `*stock_location`); a `+` adds to the route's
 * defaults, a `-` drops one. Anything deeper is refused naming `fields`.
 */
export const queryFields = (relations: string[]) => {
  const own = "(\\*|[a-z_]+)"
  const linked = `(${relations.join("|")})\\.(\\*|[a-z_]+)`
  const entry = new RegExp(`^[+-]?(${own}|\\*(${relations.join("|")})|${linked})$`)
  return register(
    textBlock(2000, { multiline: false, required: false }).superRefine((v, ctx) => {
      const bad = v.split(",").map((f) => f.trim()).find((f) => f && !entry.test(f))
      if (bad !== undefined) {
        ctx.addIssue({ code: "custom", message: `"${bad}" is not a field this list can return (its own fields, or ${relations.map((r) => `${r}.…`).join(", ")})` })
      }
    }),
    { kind: "text", max: 2000, multiline: false, required: false }
  ).optional()
}

/**
 * A page cursor (`after`/`before`) as a list's response gave it in `cursors`: decoded here, so a
 * route gets its order, sort value and id, and anything else is refused naming the parameter.
 */
export const pageCursor = () =>
  register(
    string().max(1000, { error: "is longer than any page cursor" }).transform((v, ctx) => {
      const cursor = decodePageCursor(v)
      if (!cursor) {
        ctx.addIssue({ code: "custom", message: "is not a page cursor this list gave (use `cursors.after` or `cursors.before` of a page, or `offset`)" })
        return z.NEVER
      }
      return cursor
    }),
    { kind: "text", max: 1000, multiline: false, required: false }
  ).optional()
