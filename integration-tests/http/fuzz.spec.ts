import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import BigNumber from "bignumber.js"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { createShop, placeCartOrder, Shop } from "../helpers/shop"
import middlewaresConfig from "../../src/api/middlewares"
import { fieldKinds, FieldMeta } from "../../src/api/utils/schemas"
import { TrackingWebhook } from "../../src/api/admin/jewelry-orders/validators"
import * as productionValidators from "../../src/api/admin/production/validators"
import * as stockValidators from "../../src/api/admin/stock-items/validators"
import * as jobValidators from "../../src/api/admin/production-jobs/validators"
import * as styleValidators from "../../src/api/admin/styles/validators"
import * as orderValidators from "../../src/api/admin/jewelry-orders/validators"
import * as purchasingValidators from "../../src/api/admin/purchase-orders/validators"
import * as metalValidators from "../../src/api/admin/metal/validators"
import * as metalPricesValidators from "../../src/api/admin/metal-prices/validators"
import * as tagValidators from "../../src/api/admin/tags/validators"

/**
 * Bad input, route by route (the issue's "Bad input" findings): every route
 * of the plugin, found by walking src/api for route.ts files and their
 * exported methods, gets every class of bad input the issue lists, one field
 * at a time, on a body derived from the route's own zod schema:
 *
 * - NUL (and other control characters) in every string field and query parameter;
 * - whole numbers of 2^31, -1 and 1.5 and past their bounds; negative, fractional and huge limit/offset;
 * - "" where an id, a reference, a required text, an enum or a number goes;
 * - hex, exponent, Infinity, 1e309, too many decimals and too large magnitudes in decimals;
 * - unknown ids and ids of another kind in every *_id field (and in every path parameter);
 * - oversized strings and lists; wrong JSON types (arrays and objects for scalars); a body that is not an object.
 *
 * It fails on any 5xx, on a dropped connection, on any 2xx for a bad value,
 * on a 4xx whose message does not name the field, and, for writes, on any
 * change in the plugin's tables (and Medusa's orders, fulfillments,
 * reservations and products) after a refused request.
 */

const SECRET = "fuzz-carrier-secret"
process.env.JEWELRY_TRACKING_WEBHOOK_SECRET = SECRET

jest.setTimeout(600_000)

const API_DIR = path.join(__dirname, "../../src/api")

type Route = { file: string; path: string; method: "GET" | "POST" | "DELETE"; params: string[] }

/** Every route.ts under src/api and the methods it exports. */
function listRoutes(): Route[] {
  const out: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const rel = path.relative(API_DIR, dir).split(path.sep)
        const urlPath = "/" + rel.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        const src = fs.readFileSync(full, "utf8")
        const methods = [...src.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|DELETE|PUT|PATCH)\b/g)].map((m) => m[1])
        for (const method of new Set(methods)) {
          out.push({ file: full, path: urlPath, method: method as any, params: [...urlPath.matchAll(/:(\w+)/g)].map((m) => m[1]) })
        }
      }
    }
  }
  walk(API_DIR)
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

const matcherToRegex = (m: string) => new RegExp("^" + m.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/:\w+/g, "[^/]+") + "$")

/** The body and query schemas wired to a route in src/api/middlewares.ts (validateBody / validateQuery carry them). */
function wiredSchemas(route: Route): { body?: any; query?: any } {
  const sample = route.path.replace(/:\w+/g, "x1")
  const found: { body?: any; query?: any } = {}
  for (const entry of (middlewaresConfig as any).routes as any[]) {
    if (typeof entry.matcher !== "string" || !matcherToRegex(entry.matcher).test(sample)) continue
    if (entry.methods && !entry.methods.includes(route.method)) continue
    for (const mw of entry.middlewares ?? []) {
      if (mw.schema) found.body = mw.schema
      if (mw.querySchema) found.query = mw.querySchema
    }
  }
  return found
}

/** Query schemas parsed inside a route (`parseQuery(ListX, req.query)`), found by name among the validators. */
const VALIDATORS: Record<string, any> = {
  ...productionValidators,
  ...stockValidators,
  ...jobValidators,
  ...styleValidators,
  ...orderValidators,
  ...purchasingValidators,
  ...metalValidators,
  ...metalPricesValidators,
  ...tagValidators,
}
function parsedQuerySchema(route: Route) {
  const name = fs.readFileSync(route.file, "utf8").match(/parseQuery\((\w+)/)?.[1]
  if (!name) return undefined
  if (!VALIDATORS[name]) throw new Error(`${route.method} ${route.path}: parseQuery(${name}) is not an exported validator`)
  return VALIDATORS[name]
}

// ---------- reading a zod schema ----------

type Leaf = {
  path: (string | number)[]
  schema: any
  meta?: FieldMeta
  type: string
  optional: boolean
  nullable: boolean
  /** Enum values, literal values. */
  values?: unknown[]
  maxItems?: number
  /** Inside one option of a discriminated union: that option's sample replaces the value at `path` first. */
  variant?: { path: (string | number)[]; schema: any }
}

const def = (s: any) => s._zod.def
const metaOf = (s: any): FieldMeta | undefined => fieldKinds.get(s) as any

/** Peels optional/nullable/default/pipe wrappers; says whether undefined and null are accepted. */
function unwrap(s: any): { inner: any; optional: boolean; nullable: boolean; hasDefault: boolean } {
  let optional = false
  let nullable = false
  let hasDefault = false
  for (;;) {
    if (metaOf(s)) break
    const d = def(s)
    if (d.type === "optional") optional = true
    else if (d.type === "nullable") nullable = true
    else if (d.type === "default" || d.type === "prefault") (hasDefault = true), (optional = true)
    else if (d.type === "pipe") {
      s = def(d.in).type === "transform" ? d.out : d.in
      continue
    } else break
    s = d.innerType
  }
  return { inner: s, optional, nullable, hasDefault }
}

function leafType(inner: any): { type: string; values?: unknown[] } {
  const meta = metaOf(inner)
  if (meta) return { type: meta.kind }
  const d = def(inner)
  if (d.type === "enum") return { type: "enum", values: Object.values(d.entries) }
  if (d.type === "literal") return { type: "literal", values: d.values }
  return { type: d.type }
}

/** Every field of a schema with its kind, depth first, array elements at index 0, every option of a discriminated union. */
function fieldsOf(schema: any, prefix: (string | number)[] = [], out: Leaf[] = [], variant?: Leaf["variant"]): Leaf[] {
  const { inner, optional, nullable } = unwrap(schema)
  const { type, values } = leafType(inner)
  const leaf: Leaf = { path: prefix, schema: inner, meta: metaOf(inner), type, optional, nullable, values, variant }
  if (type === "object") {
    if (prefix.length) out.push(leaf)
    for (const [k, v] of Object.entries(def(inner).shape)) fieldsOf(v, [...prefix, k], out, variant)
  } else if (type === "array") {
    const maxCheck = (def(inner).checks ?? []).map((c: any) => c._zod.def).find((c: any) => c.check === "max_length")
    leaf.maxItems = maxCheck?.maximum
    out.push(leaf)
    fieldsOf(def(inner).element, [...prefix, 0], out, variant)
  } else if (type === "union" && def(inner).discriminator) {
    out.push(leaf)
    for (const option of def(inner).options) fieldsOf(option, prefix, out, { path: prefix, schema: option })
  } else if (prefix.length) out.push(leaf)
  return out
}

/** A valid value for a schema, ids from the fixtures. */
function sampleOf(schema: any, ctx: Ctx, key: string, parent?: any): any {
  const { inner } = unwrap(schema)
  const meta = metaOf(inner)
  if (meta) {
    switch (meta.kind) {
      case "id": {
        const ref = typeof meta.ref === "function" ? meta.ref(parent) : meta.ref
        const v = ref ? ctx.refs[ref] : ctx.byField[key]
        if (!v) throw new Error(`no fixture id for ${key} (${ref ?? "no ref"})`)
        return v
      }
      case "text":
        return ctx.textByField[key] ?? "FUZZ1".slice(0, Math.max(1, meta.max))
      case "int":
        return Math.max(meta.min, Math.min(1, meta.max))
      case "decimal":
        return "1"
      case "date":
        return "2030-01-15"
      case "paging":
        return String(Math.max(meta.min, 1))
    }
  }
  const d = def(inner)
  switch (d.type) {
    case "object": {
      const o: any = {}
      for (const [k, v] of Object.entries(d.shape)) o[k] = sampleOf(v, ctx, k, o)
      return o
    }
    case "array":
      return [sampleOf(d.element, ctx, key)]
    case "enum":
      return ctx.enumByField[key] ?? Object.values(d.entries)[0]
    case "literal":
      return d.values[0]
    case "boolean":
      return ctx.boolByField[key] ?? false
    case "union":
      return sampleOf(d.options[0], ctx, key, parent)
    case "record":
      return {}
    case "string":
      return "FUZZ1"
    case "number":
      return 1
    default:
      return undefined
  }
}

const getAt = (o: any, p: (string | number)[]) => p.reduce((x, k) => (x == null ? undefined : x[k]), o)
function setAt(o: any, p: (string | number)[], v: any) {
  const copy = structuredClone(o)
  let x = copy
  for (const k of p.slice(0, -1)) {
    if (x[k] === null || typeof x[k] !== "object") throw new Error(`the derived body has no ${k} on the way to ${p.join(".")}`)
    x = x[k]
  }
  x[p[p.length - 1]] = v
  return copy
}
const fieldName = (p: (string | number)[]) => p.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : s ? `${s}.${k}` : k), "")
const leafKey = (p: (string | number)[]) => String([...p].reverse().find((k) => typeof k === "string") ?? "body")

/** A JSON value that JSON.stringify cannot write (1e309): sent as raw text. */
const RAW = (text: string) => ({ __raw: text })
const toJson = (v: any): string =>
  JSON.stringify(v, (_k, x) => (x && typeof x === "object" && "__raw" in x ? `@@RAW:${x.__raw}@@` : x)).replace(/"@@RAW:(.*?)@@"/g, "$1")

type Case = { name: string; value: any }

/** The bad values for one field, by what it is. None of them is acceptable for that field. */
function badValues(leaf: Leaf, ctx: Ctx, key: string): Case[] {
  const cases: Case[] = [
    { name: "NUL", value: "fuzz\u0000value" },
    { name: "array for scalar", value: ["1"] },
    { name: "object for scalar", value: { value: "1" } },
  ]
  const m = leaf.meta
  if (!leaf.nullable) cases.push({ name: "null", value: null })
  if (ctx.inQuery) {
    // A query string holds text: a list is the key repeated, an object the key with brackets.
    cases[1] = { name: "repeated parameter", value: ["1", "2"] }
    if (leaf.type === "boolean") return [cases[0], cases[1], { name: "not a boolean", value: "maybe" }, { name: "empty string", value: "" }]
  }
  switch (leaf.type) {
    case "id": {
      cases.push({ name: "empty string", value: "" }, { name: "spaces", value: "  " }, { name: "oversized id", value: "x".repeat(300) }, { name: "number", value: 12345 })
      const ref = m && m.kind === "id" ? m.ref : undefined
      // Ids in query filters find nothing when unknown; everywhere else they must exist and be of the right kind.
      if (!ctx.inQuery) {
        cases.push({ name: "unknown id", value: "zz_01FUZZUNKNOWN000000000000" })
        const kind = typeof ref === "function" ? ref(getAt(ctx.base, leaf.path.slice(0, -1))) : ref
        const own = kind ? ctx.refs[kind] : ctx.byField[key]
        const other = ctx.allIds.find((x) => x !== own)
        cases.push({ name: "id of another kind", value: other })
      }
      break
    }
    case "text": {
      const max = m && m.kind === "text" ? m.max : 100
      cases.push({ name: "control character", value: "a\u0007b" }, { name: "oversized text", value: "x".repeat(max + 1) }, { name: "number", value: 12 })
      if (m && m.kind === "text" && !m.multiline) cases.push({ name: "newline in one-line text", value: "a\nb" })
      if (m && m.kind === "text" && m.required) cases.push({ name: "empty string", value: "" }, { name: "spaces", value: "   " })
      break
    }
    case "int": {
      const { min, max } = m as any
      cases.push(
        { name: "2^31", value: 2 ** 31 },
        { name: "1.5", value: 1.5 },
        { name: "below minimum", value: min - 1 },
        { name: "above maximum", value: max + 1 },
        { name: "1e300", value: 1e300 },
        { name: "string number", value: String(Math.max(min, 1)) },
        { name: "empty string", value: "" }
      )
      if (min >= 0) cases.push({ name: "-1", value: -1 })
      break
    }
    case "decimal": {
      const rule = (m as any).rule
      cases.push(
        { name: "hex", value: "0x10" },
        { name: "exponent", value: "1e3" },
        { name: "Infinity", value: "Infinity" },
        { name: "1e309", value: RAW("1e309") },
        { name: "too many decimals", value: `1.${"1".repeat(rule.scale + 1)}` },
        { name: "too large", value: "999999999999999999999999999999" },
        { name: "past maximum", value: `${rule.max}.1`.replace(/\.(\d*)\.1$/, ".$11") },
        { name: "empty string", value: "" },
        { name: "boolean", value: true },
        { name: "thousands separator", value: "1,000" }
      )
      if (!rule.min.startsWith("-")) cases.push({ name: "negative", value: "-1" })
      if (rule.minExclusive) cases.push({ name: "zero where over 0", value: "0" })
      break
    }
    case "date":
      cases.push({ name: "not a date", value: "someday" }, { name: "month 13", value: "2026-13-01" }, { name: "year 99999", value: "99999-01-01" }, { name: "year 1", value: "0001-01-01" }, { name: "empty string", value: "" }, { name: "number", value: 20260101 })
      break
    case "enum":
      cases.push({ name: "unknown value", value: "zz-not-a-value" }, { name: "empty string", value: "" }, { name: "number", value: 5 }, { name: "oversized", value: "x".repeat(300) })
      break
    case "literal":
      cases.push({ name: "other value", value: false }, { name: "string", value: "true" })
      break
    case "boolean":
      cases.push({ name: "string", value: "true" }, { name: "number", value: 1 })
      break
    case "array":
      cases.splice(1, 1) // an array is not bad here
      cases.push({ name: "string for list", value: "x" }, { name: "number for list", value: 5 })
      if (leaf.maxItems && leaf.maxItems <= 1000) {
        const el = getAt(ctx.base, [...leaf.path, 0])
        if (el !== undefined) cases.push({ name: "oversized list", value: Array.from({ length: leaf.maxItems + 1 }, () => el) })
      }
      break
    case "object":
    case "union":
      cases.splice(2, 1) // an object is not bad here
      cases.push({ name: "string for object", value: "x" }, { name: "unknown field", value: { ...(getAt(ctx.base, leaf.path) ?? {}), zz_unknown_field: 1 } })
      break
    case "record":
      cases.splice(2, 1)
      cases.push({ name: "string for record", value: "x" })
      break
    case "paging": {
      const { min, max } = m as any
      return [
        { name: "NUL", value: "1\u0000" },
        { name: "negative", value: "-1" },
        { name: "fraction", value: "1.5" },
        { name: "2^31", value: String(2 ** 31) },
        { name: "above maximum", value: String(max + 1) },
        { name: "below minimum", value: String(min - 1) },
        { name: "hex", value: "0x10" },
        { name: "exponent", value: "1e3" },
        { name: "empty", value: "" },
        { name: "word", value: "ten" },
        { name: "list", value: ["1", "2"] },
      ]
    }
  }
  return cases
}

type Ctx = {
  refs: Record<string, string>
  byField: Record<string, string>
  textByField: Record<string, string>
  enumByField: Record<string, string>
  boolByField: Record<string, boolean>
  allIds: string[]
  base?: any
  inQuery?: boolean
}

/** Query strings as Express reads them: arrays repeat the key, objects use brackets. */
function queryString(q: Record<string, any>): string {
  const parts: string[] = []
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue
    if (Array.isArray(v)) for (const x of v) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(x))}`)
    else if (v && typeof v === "object") for (const [kk, x] of Object.entries(v)) parts.push(`${encodeURIComponent(`${k}[${kk}]`)}=${encodeURIComponent(String(x))}`)
    else parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  }
  return parts.length ? `?${parts.join("&")}` : ""
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    describe("the bad inputs the issue found, one by one", () => {
      let admin: StaffUser
      let types: any[]
      const type = (name: string) => types.find((t) => t.name === name).id
      beforeEach(async () => {
        admin = await createStaffUser(getContainer(), api, `input-${Date.now()}@workshop.test`)
        await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
        types = (await api.get("/admin/production/inventory-types", admin.headers)).data.inventory_types
      })
      const count = async (table: string) => (await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM "${table}"`)).rows[0].n

      it("the CSV import reads numbers by the JSON API's rule: 0x10, 1e3, 1e309 and 9 decimal places are refused in the dry run, naming the field", async () => {
        const w = await createWorkshop(getContainer())
        const row = (weight: string, pieces = "1") => `${w.grain.id},Precious Metals,${weight},g,${pieces},${w.main.id}`
        const csv = ["product_id,inventory_type,weight,weight_unit,pieces,location_id", row("0x10"), row("1e3"), row("1e309"), row("1.123456789"), row("Infinity"), row("12.5", "0x10"), row("12.5", "1e3"), row("12.5")].join("\n")
        const before = await count("jewelry_stock_item")
        const { data } = await api.post("/admin/stock-items/import", { csv, dry_run: true }, admin.headers)
        expect(data).toMatchObject({ rows: 8, valid: 1, refused: 7 })
        expect(data.errors.map((e: any) => [e.line, e.field])).toEqual([
          [2, "weight"],
          [3, "weight"],
          [4, "weight"],
          [5, "weight"],
          [6, "weight"],
          [7, "pieces"],
          [8, "pieces"],
        ])
        expect(data.errors[0].message).toMatch(/^weight: must be a decimal .*hexadecimal/)
        const real = await attempt(api.post("/admin/stock-items/import", { csv }, admin.headers))
        expect(real.status).toBe(400)
        expect(real.data.message).toMatch(/^line 2: weight: /)
        expect(await count("jewelry_stock_item")).toBe(before)
      })

      it("an item equals the sum of its movements at every magnitude; what the database cannot keep exactly is refused, never rounded", async () => {
        const w = await createWorkshop(getContainer())
        const create = async (weight: string, weight_unit: string) =>
          (await api.post("/admin/stock-items", { product_id: w.grain.id, inventory_type_id: type("Precious Metals"), purity: "24K", weight, weight_unit, pieces: 1, location_id: w.main.id }, admin.headers)).data.stock_item
        const adjust = (id: string, weight_delta: string, weight_unit?: string) =>
          attempt(api.post(`/admin/stock-items/${id}/adjustments`, { weight_delta, ...(weight_unit ? { weight_unit } : {}), note: "Reweighed" }, admin.headers))
        const ledger = async (id: string) =>
          (
            await dbConnection.raw(
              `SELECT i.weight::text AS weight, i.weight_grams::text AS grams, i.fine_grams::text AS fine, (i.raw_weight->>'value')::numeric = i.weight AS raw_ok,
                      (SELECT COALESCE(SUM(CASE WHEN direction = 'deducted' THEN -weight ELSE weight END), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::text AS moved,
                      (SELECT COALESCE(SUM(grams_delta), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::text AS moved_grams,
                      (SELECT COALESCE(SUM(fine_grams_delta), 0) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id)::text AS moved_fine,
                      (SELECT bool_and((raw_weight->>'value')::numeric = weight AND (raw_grams_delta->>'value')::numeric = grams_delta) FROM jewelry_stock_movement m WHERE m.stock_item_id = i.id) AS movements_raw_ok
               FROM jewelry_stock_item i WHERE i.id = ?`,
              [id]
            )
          ).rows[0]
        const balanced = async (id: string) => {
          const l = await ledger(id)
          expect([l.weight, l.grams, l.fine].map((x) => new BigNumber(x).toFixed())).toEqual([l.moved, l.moved_grams, l.moved_fine].map((x) => new BigNumber(x).toFixed()))
          expect(l.raw_ok && l.movements_raw_ok).toBe(true)
          return l
        }

        const ozt = await create("1", "ozt")
        // A change of 0.00000001 ozt is a movement of 0.00000001 ozt (0.00000031 g), not a 0 movement.
        expect((await adjust(ozt.id, "0.00000001")).status).toBe(200)
        const tiny = (await dbConnection.raw(`SELECT weight::text AS w, grams_delta::text AS g FROM jewelry_stock_movement WHERE stock_item_id = ? AND reason = 'adjustment'`, [ozt.id])).rows[0]
        expect(Number(tiny.w)).toBe(0.00000001)
        expect(Number(tiny.g)).toBe(0.00000031)
        expect((await balanced(ozt.id)).weight).toBe("1.00000001")
        expect((await adjust(ozt.id, "-0.00000001")).status).toBe(200)
        expect((await adjust(ozt.id, "32000")).status).toBe(200)
        await balanced(ozt.id)

        const before = await ledger(ozt.id)
        for (const [delta, unit, field, why] of [
          ["999999999999999999999999999999", undefined, "weight_delta", /too large|characters/],
          ["1e3", undefined, "weight_delta", /exponent/],
          ["0.000000001", undefined, "weight_delta", /8 decimal places/],
          ["1", "g", "weight", /1 g is 0\.0321507465\d*… ozt, which needs more than 8 decimal places; give the weight in ozt \(0\.03215075\)/],
          ["200", "ozt", "weight", /would hold 1001563\.0564368 g, more than 1,000,000 g/],
        ] as [string, string | undefined, string, RegExp][]) {
          const res = await adjust(ozt.id, delta, unit)
          expect(res.status).toBe(400)
          expect(res.data.message.startsWith(`${field}: `)).toBe(true)
          expect(res.data.message).toMatch(why)
        }
        expect(await ledger(ozt.id)).toEqual(before)

        // Too small to keep in the item's unit: refused, and the item and its ledger stay as they were.
        const kg = await create("2", "kg")
        const small = await adjust(kg.id, "0.00000001", "g")
        expect(small.status).toBe(400)
        expect(small.data.message).toMatch(/^weight: .*too small to keep at 8 decimal places in kg/)
        // At every magnitude in between, the sum holds.
        for (const d of ["0.00000001", "0.0001", "123.45678901", "-0.00000001", "97.5"]) expect((await adjust(kg.id, d)).status).toBe(200)
        expect((await balanced(kg.id)).weight).toBe("222.95688901")
      })

      it("a sales-order line of 10^15 pieces is refused before Medusa makes an order", async () => {
        const shop = await createShop(getContainer())
        const {
          result: [customer],
        } = await createCustomersWorkflow(getContainer()).run({ input: { customersData: [{ email: "big@example.com" }] } })
        const orders = await count("order")
        for (const quantity of [1e15, 2 ** 31, 100_001, 0, 1.5]) {
          const res = await attempt(
            api.post("/admin/jewelry-orders", { customer_id: customer.id, region_id: shop.region.id, terms_accepted: true, lines: [{ variant_id: shop.chainVariant.id, quantity }] }, admin.headers)
          )
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/^lines\[0\]\.quantity: must be a whole number from 1 to 100,000/)
        }
        const wrongKind = await attempt(api.post("/admin/jewelry-orders", { customer_id: admin.id, terms_accepted: true, lines: [{ variant_id: shop.chainVariant.id, quantity: 1 }] }, admin.headers))
        expect(wrongKind.status).toBe(400)
        expect(wrongKind.data.message).toBe(`customer_id: customer "${admin.id}" does not exist`)
        expect(await count("order")).toBe(orders)
      })

      it("a tracking number used by a live shipment is refused (409), so the carrier's webhook updates the one shipment that has it", async () => {
        const shop = await createShop(getContainer())
        await api.post(
          "/admin/stock-items",
          { items: [0, 1].map(() => ({ product_id: shop.ring.id, variant_id: shop.ringVariant.id, inventory_type_id: type("Rings"), weight: "4.2", weight_unit: "g", pieces: 1, location_id: shop.location.id })) },
          admin.headers
        )
        const order = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 2 }])
        const line = order.items[0]
        const ship = (tracking_number: string) =>
          attempt(api.post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "FedEx", tracking_number, lines: [{ line_item_id: line.id, quantity: 1 }] }, admin.headers))
        const first = await ship("FX-777")
        expect(first.status).toBe(200)
        const shipments = await count("jewelry_shipment")
        const fulfillments = await count("fulfillment")
        const again = await ship("FX-777")
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/^tracking_number: FX-777 is already the tracking number of another shipment/)
        expect(await count("jewelry_shipment")).toBe(shipments)
        expect(await count("fulfillment")).toBe(fulfillments)
        const body = JSON.stringify({ tracking_number: "FX-777", status: "in_transit" })
        const t = Math.floor(Date.now() / 1000)
        const hook = await attempt(
          api.post("/hooks/jewelry-tracking", body, { headers: { "content-type": "application/json", "x-jewelry-signature": `t=${t},sha256=${crypto.createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex")}` } })
        )
        expect(hook.status).toBe(200)
        expect(hook.data.shipment_id).toBe(first.data.shipment.id)
      })
    })

    it("every route refuses every class of bad input with a 4xx naming the field, and changes nothing", async () => {
      const started = Date.now()
      const container = getContainer()
      const admin: StaffUser = await createStaffUser(container, api, `fuzz-${Date.now()}@workshop.test`)
      const h = admin.headers
      const post = async (url: string, body: any) => {
        const r = await attempt(api.post(url, body, h))
        if (r.status >= 300) throw new Error(`fixture ${url}: ${r.status} ${JSON.stringify(r.data).slice(0, 400)}`)
        return r.data
      }
      await post("/admin/production/reset", { industry: "jewelry", confirm: true })
      const types: any[] = (await api.get("/admin/production/inventory-types", h)).data.inventory_types
      const type = (name: string) => types.find((t) => t.name === name).id
      const stages: any[] = (await api.get("/admin/production/stages?limit=100", h)).data.stages
      const stage = (name: string) => stages.find((s) => s.name === name)
      const departments: any[] = (await api.get("/admin/production/departments", h)).data.departments
      const w = await createWorkshop(container)
      const shop: Shop = await createShop(container)
      const {
        result: [customer],
      } = await createCustomersWorkflow(container).run({ input: { customersData: [{ email: "mei@example.com", first_name: "Mei", last_name: "Chen" }] } })

      // The admin's own profile first: once a profile exists, users without one are members.
      const profile = (await post("/admin/production/staff-profiles", { user_id: admin.id, role: "admin" })).staff_profile
      const supplier = (await post("/admin/suppliers", { name: "Hoover & Strong", currency_code: "USD" })).supplier
      const style = (
        await post("/admin/styles", {
          code: "FZ-RING",
          name: "Fuzz Ring",
          bom_lines: [{ kind: "metal", purity: "14K", quantity: 1, weight: "3", weight_unit: "g", unit_cost: "50", cost_per: "weight" }],
          labor_lines: [{ stage_name: "Casting", cost: "20" }],
        })
      ).style
      const grain = (
        await post("/admin/stock-items", { product_id: w.grain.id, inventory_type_id: type("Precious Metals"), purity: "14K", weight: "100", weight_unit: "g", pieces: 1, location_id: w.main.id })
      ).stock_item
      const stones = (
        await post("/admin/stock-items", {
          items: [0, 1].map(() => ({ product_id: w.diamond.id, variant_id: w.diamondVariant.id, inventory_type_id: type("Gemstones"), weight: "0.5", weight_unit: "ct", pieces: 10, location_id: w.main.id })),
        })
      ).stock_items
      const scrap = (
        await post("/admin/stock-items", { product_id: w.grain.id, inventory_type_id: type("Precious Metals"), purity: "14K", weight: "5", weight_unit: "g", pieces: 1, location_id: w.main.id })
      ).stock_item
      const cast = stage("Metal Casting")
      const jobView = await post("/admin/production-jobs", { kind: "production", mode: "simple", title: "Fuzz band", product_id: w.grain.id, weight_unit: "g", start_stage_id: cast.id })
      const job = jobView.job
      const jobStage = jobView.stages[0]
      await post(`/admin/production-jobs/${job.id}/issues`, { job_stage_id: jobStage.id, lines: [{ stock_item_id: grain.id, weight: "10", weight_unit: "g" }] })
      const withStone = await post(`/admin/production-jobs/${job.id}/stones`, { job_stage_id: jobStage.id, lines: [{ stock_item_id: stones[0].id, pieces: 1, weight: "0.05" }] })
      const material = withStone.materials.find((m: any) => m.kind === "stone")
      const received = await post(`/admin/production-jobs/${job.id}/receipts`, { job_stage_id: jobStage.id, received_weight: "9", waste_weight: "0.5", location_id: w.main.id })
      const receipt = received.receipts[0]
      if (!material || !receipt) throw new Error("fixture: the job has no stone allocation or no receipt")
      const po = (
        await post("/admin/purchase-orders", {
          supplier_id: supplier.id,
          submit: true,
          terms_accepted: true,
          lines: [{ product_id: w.diamond.id, description: "Round diamonds", quantity: 10, weight: "5", weight_unit: "ct", unit_cost: "1000" }],
        })
      ).purchase_order
      // A storefront order with a line, and a shipment of it.
      await post("/admin/stock-items", {
        items: [0, 1].map(() => ({ product_id: shop.ring.id, variant_id: shop.ringVariant.id, inventory_type_id: type("Rings"), weight: "4.2", weight_unit: "g", pieces: 1, location_id: shop.location.id })),
      })
      const order = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 2 }])
      const line = order.items[0]
      const shipped = await post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "FedEx", tracking_number: "FZ100", lines: [{ line_item_id: line.id, quantity: 1 }] })
      const shipment = shipped.shipment
      const refining = (
        await post("/admin/metal/refining-lots", { metal: "gold", sources: [{ kind: "sweeps", description: "Bench sweeps", weight: "12", weight_unit: "g", est_fineness: "300" }] })
      ).refining_lot
      await post(`/admin/metal/refining-lots/${refining.id}/send`, { supplier_id: supplier.id })
      const melt = (await post("/admin/metal/melt-lots", { metal: "gold", purity: "14K", product_id: w.grain.id, location_id: w.main.id, inputs: [{ stock_item_id: scrap.id, full: true }] })).melt_lot
      // A customer's piece in for repair, and a finished piece with a stone set in it.
      const repair = (
        await post("/admin/repairs", { customer_id: customer.id, description: "Resize from 6 to 7", take_in_weight: "5.2", weight_unit: "g", location_id: w.main.id, start_stage_id: cast.id })
      ).repair
      const mount = (await post("/admin/stock-items", { product_id: w.grain.id, inventory_type_id: type("Rings"), weight: "4", weight_unit: "g", pieces: 1, location_id: w.main.id })).stock_item
      const setting = (await post(`/admin/stock-items/${mount.id}/stones`, { stones: [{ stock_item_id: stones[0].id, pieces: 1, weight: "0.05" }] })).stones_set?.[0]
      if (!repair || !setting) throw new Error("fixture: no repair or no stone setting")
      // Metal prices: a rate, a rule on the shop's ring (metal from its stock) and a reprice preview.
      await post("/admin/metal-prices/rates", { rates: [{ metal: "gold", currency_code: "eur", rate: "60", rate_unit: "g" }] })
      const priceRule = (await post("/admin/metal-prices/rules", { name: "Fuzz rings", product_id: shop.ring.id, metal_source: "stock", making_charges: { eur: "10" } })).price_rule
      const reprice = (await post("/admin/metal-prices/reprices", { rule_ids: [priceRule.id] })).reprice

      const ctx: Ctx = {
        refs: {
          user: admin.id,
          customer: customer.id,
          product: w.diamond.id,
          variant: w.diamondVariant.id,
          stock_location: w.main.id,
          region: shop.region.id,
          sales_channel: shop.channel.id,
          shipping_option: shop.option.id,
          order: order.id,
          order_line_item: line.id,
          style: style.id,
          stage: cast.id,
          department: departments[0].id,
          inventory_type: type("Gemstones"),
          supplier: supplier.id,
          stock_item: stones[1].id,
          job_stage: jobStage.id,
          receipt: receipt.id,
        },
        byField: { stock_item_ids: stones[1].id, stock_item_id: stones[1].id, line_id: po.lines[0].id, line_item_id: line.id, repair_item_id: mount.id, rule_ids: priceRule.id, rule_id: priceRule.id, change_ids: reprice.changes?.[0]?.id },
        textByField: {
          currency_code: "usd",
          email: "fuzz@example.com",
          tracking_url: "https://example.com/t/1",
          image_url: "https://example.com/i.jpg",
          tag_prefix: "FZ",
          tag_id: "FUZZTAG1",
          purity: "14K",
          tracking_number: "FZ200",
          photos: "https://example.com/intake.jpg",
        },
        enumByField: { weight_unit: "g", metal: "gold" },
        boolByField: {},
        allIds: [],
      }
      ctx.allIds = [...new Set([...Object.values(ctx.refs), job.id, po.id, shipment.id, refining.id, melt.id, material.id, repair.id, setting.id, priceRule.id, reprice.id].filter(Boolean))]

      // Path parameters: a real id of the right kind, and ids of other kinds.
      const pathIds: Record<string, Record<string, string>> = {
        "/admin/production-jobs": { id: job.id, stage_id: jobStage.id, material_id: material.id },
        "/admin/stock-items": { id: mount.id, setting_id: setting.id },
        "/admin/repairs": { id: repair.id },
        "/store/repairs": { id: repair.id },
        "/admin/styles": { id: style.id },
        "/admin/suppliers": { id: supplier.id },
        "/admin/purchase-orders": { id: po.id },
        "/admin/jewelry-orders": { id: order.id, line_id: line.id, shipment_id: shipment.id },
        "/admin/production/stages": { id: cast.id },
        "/admin/production/departments": { id: departments[0].id },
        "/admin/production/staff-profiles": { id: profile.id },
        "/admin/products": { id: w.diamond.id },
        "/admin/metal/refining-lots": { id: refining.id },
        "/admin/metal/melt-lots": { id: melt.id },
        "/store/orders": { id: order.id },
        "/store/made-to-order": { variant_id: w.diamondVariant.id },
        "/admin/metal-prices/rules": { id: priceRule.id },
        "/admin/metal-prices/reprices": { id: reprice.id },
        "/store/metal-prices/variants": { id: shop.ringVariant.id },
        "/admin/tags/envelopes": { job_id: job.id },
      }
      const idsFor = (route: Route) => {
        const prefix = Object.keys(pathIds)
          .filter((p) => route.path.startsWith(p + "/"))
          .sort((a, b) => b.length - a.length)[0]
        if (route.params.length && !prefix) throw new Error(`${route.method} ${route.path}: no fixture for its path parameters`)
        return prefix ? pathIds[prefix] : {}
      }
      const urlOf = (route: Route, ids: Record<string, string>) =>
        route.path.replace(/:(\w+)/g, (_m, p) => (ids[p].startsWith("RAW:") ? ids[p].slice(4) : encodeURIComponent(ids[p])))

      // A shopper who signs in, for the store route that needs a customer.
      const storeHeaders = { "x-publishable-api-key": shop.pk }
      const { data: reg } = await api.post("/auth/customer/emailpass/register", { email: "shopper@example.com", password: "secret-pass-123" })
      await api.post("/store/customers", { email: "shopper@example.com" }, { headers: { ...storeHeaders, authorization: `Bearer ${reg.token}` } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: "shopper@example.com", password: "secret-pass-123" })
      const headersFor = (route: Route) =>
        route.path.startsWith("/store") ? { ...storeHeaders, authorization: `Bearer ${login.token}` } : route.path.startsWith("/hooks") ? {} : h.headers

      // What a refused write must leave as it was.
      const tables: string[] = (
        await dbConnection.raw(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND (tablename LIKE 'jewelry\\_%' OR tablename LIKE 'production\\_%') ORDER BY 1`)
      ).rows.map((r: any) => r.tablename)
      const medusaTables = ["order", "order_item", "order_line_item", "fulfillment", "reservation_item", "inventory_level", "product", "product_variant"]
      // The stock count is compared by what it counts: its scheduled job folds its rows (jewelry-compact-stock-counts)
      // whenever it runs, which changes its rows but never its sums.
      const snapshotSql = [...tables, ...medusaTables]
        .map((t) =>
          t === "jewelry_stock_count"
            ? `SELECT '${t}' AS t, COALESCE(SUM(items) FILTER (WHERE deleted_at IS NULL), 0)::int AS n, 0 AS d, NULL::text AS u FROM "${t}"`
            : `SELECT '${t}' AS t, COUNT(*)::int AS n, COUNT(deleted_at)::int AS d, MAX(updated_at)::text AS u FROM "${t}"`
        )
        .join(" UNION ALL ")
      const snapshot = async () => JSON.stringify((await dbConnection.raw(snapshotSql)).rows)
      // Any committed write moves the transaction horizon; the tables are compared only when it moved.
      const horizon = async () => String((await dbConnection.raw(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`)).rows[0].x)
      let known = { horizon: await horizon(), tables: await snapshot() }
      const changedSince = async () => {
        const now = await horizon()
        if (now === known.horizon) return false
        const tablesNow = await snapshot()
        const changed = tablesNow !== known.tables
        known = { horizon: await horizon(), tables: tablesNow }
        return changed
      }

      const failures: string[] = []
      const summary: { route: string; cases: number }[] = []
      let sent = 0

      const send = async (route: Route, url: string, body: string | undefined, extra: Record<string, string> = {}) => {
        const headers: Record<string, string> = { ...headersFor(route), ...extra }
        if (body !== undefined) headers["content-type"] = "application/json"
        if (route.path.startsWith("/hooks") && body !== undefined) {
          const t = Math.floor(Date.now() / 1000)
          headers["x-jewelry-signature"] = `t=${t},sha256=${crypto.createHmac("sha256", SECRET).update(`${t}.${body}`).digest("hex")}`
        }
        sent += 1
        try {
          const res = await api.request({ method: route.method, url, data: body, headers, validateStatus: () => true, transformRequest: [(d: any) => d] })
          return { status: res.status as number, data: res.data }
        } catch (e: any) {
          return { status: 0, data: { message: `connection: ${e.code ?? e.message}` } }
        }
      }

      /** One bad request: a 4xx naming `field` (when given), nothing written. */
      const expectRefused = async (route: Route, label: string, url: string, body: string | undefined, field: string | null) => {
        const write = route.method !== "GET"
        if (write) await changedSince()
        const res = await send(route, url, body)
        const where = `${route.method} ${route.path} ${label}`
        const message = typeof res.data === "object" ? String(res.data?.message ?? "") : String(res.data).slice(0, 200)
        if (res.status === 0) failures.push(`${where}: dropped connection (${message})`)
        else if (res.status >= 500) failures.push(`${where}: ${res.status} ${message}`)
        else if (res.status < 400) failures.push(`${where}: accepted with ${res.status}`)
        else if (field && !message.includes(field) && !(res.status === 413 && /oversized/.test(label))) failures.push(`${where}: ${res.status} does not name ${field}: "${message.slice(0, 160)}"`)
        if (write && (await changedSince())) failures.push(`${where}: changed the database though refused with ${res.status}`)
      }

      const routes = listRoutes()
      expect(routes.length).toBeGreaterThan(60)

      for (const route of routes) {
        const ids = idsFor(route)
        const url = urlOf(route, ids)
        const wired = wiredSchemas(route)
        const bodySchema = route.path === "/hooks/jewelry-tracking" ? TrackingWebhook : wired.body
        const querySchema = wired.query ?? (route.method === "GET" ? parsedQuerySchema(route) : undefined)
        const n0 = sent
        // Reads go four at a time; writes one by one, so a change in the tables is pinned to its request.
        const tasks: (() => Promise<void>)[] = []
        const check = (label: string, url: string, body: string | undefined, field: string | null) => {
          tasks.push(() => expectRefused(route, label, url, body, field))
        }

        let base: any = undefined
        if (bodySchema) {
          const local: Ctx = { ...ctx, textByField: { ...ctx.textByField, ...(route.path === "/hooks/jewelry-tracking" ? { tracking_number: shipment.tracking_number } : {}) } }
          base = sampleOf(bodySchema, local, "body")
          for (const [p, v] of Object.entries(BASE_OVERRIDES[`${route.method} ${route.path}`]?.(ctx) ?? {})) base = v === undefined ? (delete base[p], base) : { ...base, [p]: v }
          const parsed = bodySchema.safeParse(base)
          if (!parsed.success) throw new Error(`${route.method} ${route.path}: the derived body does not pass its own schema: ${JSON.stringify(parsed.error.issues[0])}`)
          local.base = base
          // One field at a time.
          for (const leaf of fieldsOf(bodySchema)) {
            const start = leaf.variant ? setAt(base, leaf.variant.path, sampleOf(leaf.variant.schema, local, leafKey(leaf.variant.path))) : base
            for (const c of badValues(leaf, { ...local, base: start }, leafKey(leaf.path))) {
              const body = toJson(setAt(start, leaf.path, c.value))
              check(`${fieldName(leaf.path)} ← ${c.name}`, url, body, leafKey(leaf.path))
            }
          }
          // Bodies that are not objects, and unknown or NUL keys.
          for (const [name, body] of [
            ["array body", "[]"],
            ["string body", '"x"'],
            ["number body", "5"],
            ["null body", "null"],
            ["malformed JSON", '{"a":'],
          ] as [string, string][]) {
            check(name, url, body, null)
          }
          check("unknown field", url, toJson({ ...base, zz_unknown_field: "x" }), "zz_unknown_field")
          check("NUL in a key", url, toJson({ ...base, "a\u0000b": "x" }), null)
        } else if (route.method !== "GET") {
          // No body is read: NUL anywhere is still refused before the route runs.
          check("NUL in body", url, toJson({ note: "a\u0000b" }), "note")
        }

        // Query parameters, one at a time.
        if (querySchema) {
          for (const leaf of fieldsOf(querySchema)) {
            const key = leafKey(leaf.path)
            // A query string holds text: text values, lists (?k=a&k=b) and objects (?k[a]=b); JSON numbers, booleans and null have no form there.
            const cases = badValues(leaf, { ...ctx, inQuery: true }, key).filter((c) => typeof c.value === "string" || (c.value !== null && typeof c.value === "object" && !("__raw" in c.value)))
            for (const c of cases) {
              const q = { [key]: c.value }
              check(`?${key} ← ${c.name}`, url + queryString(q), bodySchema ? toJson(base) : undefined, key)
            }
          }
        }
        check("?NUL in an unknown parameter", url + queryString({ zz: "a\u0000b" }), bodySchema && route.method !== "GET" ? toJson(base) : undefined, "zz")

        // Path parameters: unknown, another kind, NUL, oversized.
        for (const param of route.params) {
          const others = ctx.allIds.filter((x) => x !== ids[param])
          for (const [name, value] of [
            ["unknown", "zz_01FUZZUNKNOWN000000000000"],
            ["another kind", others[0]],
            ["another kind (2)", others[5]],
            ["NUL", "ab\u0000cd"],
            ["oversized", "x".repeat(400)],
            ["malformed percent-encoding", "RAW:ab%E0%A4%Acd"],
          ] as [string, string][]) {
            check(`:${param} ← ${name}`, urlOf(route, { ...ids, [param]: value }), bodySchema ? toJson(base) : undefined, null)
          }
        }
        if (route.method === "GET") {
          let next = 0
          await Promise.all(Array.from({ length: 4 }, async () => {
            while (next < tasks.length) await tasks[next++]()
          }))
        } else {
          for (const t of tasks) await t()
        }
        summary.push({ route: `${route.method} ${route.path}`, cases: sent - n0 })
        // eslint-disable-next-line no-console
        if (process.env.FUZZ_VERBOSE) console.log(`${route.method} ${route.path}: ${sent - n0} cases, ${((Date.now() - started) / 1000).toFixed(1)} s`)
      }

      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const lines = summary.map((s) => `  ${s.route.padEnd(70)} ${String(s.cases).padStart(5)}`)
      // eslint-disable-next-line no-console
      console.log(`bad-input fuzz: ${summary.length} routes × their cases = ${sent} requests in ${seconds} s\n${lines.join("\n")}\n${failures.length} failures`)
      expect(failures).toEqual([])
      // Every route was reached, with more than a handful of cases each.
      expect(summary.length).toBe(routes.length)
    })
  },
})

/** Where a body derived from the schema needs a value that fits together (one of two alternatives, a real line). */
const BASE_OVERRIDES: Record<string, (ctx: Ctx) => Record<string, unknown>> = {
  "POST /admin/metal/melt-lots/:id/complete": () => ({ loss_fine_weight: undefined }),
  // Only a repair job works on an existing piece; the production job the fuzz derives has none.
  "POST /admin/production-jobs": () => ({ repair_item_id: undefined }),
}
