import http from "node:http"
import type { AddressInfo } from "node:net"
import { extractionProviderFromOptions, extractOrderNotes, findDate, LlmExtractionProvider, OfflineExtractionProvider, parseNotes, splitItems, unitOf } from "../extraction"
import type { CatalogEntry } from "../extraction"

const catalog: CatalogEntry[] = [
  { product_id: "p_sol", variant_id: "v_sol6", title: "Solitaire Ring Mount 14K White", variant_title: "Size 6", sku: "SOL-14W-6" },
  { product_id: "p_sol", variant_id: "v_sol7", title: "Solitaire Ring Mount 14K White", variant_title: "Size 7", sku: "SOL-14W-7" },
  { product_id: "p_dia", variant_id: "v_dia100", title: "Round Brilliant Diamond", variant_title: "1.00 ct", sku: "DIA-RD-100" },
  { product_id: "p_grain", variant_id: "v_grain", title: "Casting Grain 14K Yellow", variant_title: null, sku: "CG-14Y" },
  { product_id: "p_cz", variant_id: "v_cz4", title: "Round CZ", variant_title: "4mm", sku: "CZ-RD-4" },
  { product_id: "p_rope", variant_id: "v_rope18", title: "Rope Chain 925", variant_title: "18 in", sku: "CH-925-ROPE-18" },
]
const today = new Date("2026-11-20T12:00:00Z")
const read = (notes: string) => parseNotes(notes, { catalog, kind: "sales", today })

describe("Reading what jewelers write in order notes", () => {
  it.each([
    ["2 x 4mm round CZ", 2],
    ["x12 4mm round CZ", 12],
    ["qty 30 round CZ 4mm", 30],
    ["three 4mm round CZ", 3],
    ["a pair of 4mm round CZ", 2],
    ["two dozen 4mm round CZ", 24],
    ["half dozen 4mm round CZ", 6],
    ["4mm round CZ, 50 pcs", 50],
  ])("quantity in %j → %d", (notes, quantity) => {
    expect(read(notes).rows[0].quantity).toBe(quantity)
  })

  it.each([
    ["50 dwt 14KY casting grain approx", "50", "dwt", true],
    ["approx 300 grams 14K yellow casting grain", "300", "g", true],
    ["~2.5 ozt 14K yellow casting grain", "2.5", "ozt", true],
    ["two troy ounces 14K yellow grain", "2", "ozt", false],
    ["1 lb t 14K yellow casting grain", "1", "lbt", false],
    ["10 tola 14K yellow casting grain", "10", "tola", false],
    ["500 mg 14K yellow casting grain", "500", "mg", false],
    ["1.5 grains 14K yellow casting grain", "1.5", "gr", false],
  ])("weight in %j → %s %s (approx %s), and a bulk material has no piece count", (notes, weight, unit, approx) => {
    const [row] = read(notes).rows
    expect(row).toMatchObject({ weight, weight_unit: unit, weight_approx: approx, quantity: null })
  })

  it("14K, 18kt, 585, 925 and PT950 are purities, not weights or counts", () => {
    expect(read("need 250 g 585 yellow grain").rows[0]).toMatchObject({ quantity: null, weight: "250", weight_unit: "g", purity: "14K", material: "14K yellow gold" })
    expect(read("18kt white gold pendant").rows[0]).toMatchObject({ purity: "18K", material: "18K white gold", weight: null })
    expect(read("PT950 band size 6").rows[0]).toMatchObject({ metal: "platinum", purity: "PT950", size: "6" })
    expect(read('18" 925 rope chain x 10').rows[0]).toMatchObject({ quantity: 10, purity: "925", length: { value: "18", unit: "in" }, variant_id: "v_rope18" })
  })

  it("reads ring sizes (also halves), millimetres, chain lengths in inches or cm", () => {
    expect(read("solitaire mount size 6 1/2").rows[0].size).toBe("6.5")
    expect(read("solitaire mount sz 7").rows[0].size).toBe("7")
    expect(read("oval sapphire 7x5mm").rows[0].dimensions_mm).toBe("7x5")
    expect(read("rope chain 45cm").rows[0].length).toEqual({ value: "45", unit: "cm" })
  })

  it("reads a stone's shape, carat, colour and clarity", () => {
    expect(read("1.20ct round G VS1 diamond").rows[0].stone).toEqual({ shape: "round", carat: "1.2", color: "G", clarity: "VS1" })
  })

  it("reads priorities and dates relative to today", () => {
    expect(read("solitaire mount size 6, RUSH, needed by Dec 12").rows[0]).toMatchObject({ priority: "rush", date_required: "2026-12-12" })
    expect(findDate("due 2027-01-05", today)).toBe("2027-01-05")
    expect(findDate("before 12/05", today)).toBe("2026-12-05")
    expect(findDate("by Jan 3", today)).toBe("2027-01-03") // January has passed this year: next year's
    expect(findDate("next friday", today)).toBe("2026-11-27")
    expect(findDate("in 2 weeks", today)).toBe("2026-12-04")
  })

  it("one row per requested item: lines, bullets, commas and 'and' between items, variants of the same product", () => {
    expect(splitItems("- 100 pcs 3mm round CZ\n- 20 ozt sterling casting grain")).toHaveLength(2)
    expect(splitItems("Cable chain 14K yellow 18in x 2, lobster clasp 14k yellow")).toHaveLength(2)
    expect(splitItems("Platinum wedding bands size 8 x3, size 6 x2")).toEqual(["Platinum wedding bands size 8 x3", "Platinum wedding bands size 6 x2"])
    // Details of one item stay with it.
    expect(splitItems("Solitaire mounting 14K white, size 6 1/2 (closest we have is 6)")).toHaveLength(1)
    expect(splitItems("three round diamonds for earrings and pendant")).toHaveLength(1)
  })

  it("matches each row to the catalog with a confidence, and leaves what it cannot match as a description", () => {
    const { rows, warnings } = read("solitaire mount 14K white size 7\nresize customer's signet and polish")
    expect(rows[0]).toMatchObject({ variant_id: "v_sol7", product_title: "Solitaire Ring Mount 14K White · Size 7" })
    expect(rows[0].match_confidence).toBeGreaterThanOrEqual(0.6)
    expect(rows[1]).toMatchObject({ product_id: null, variant_id: null, description: "resize customer's signet and polish" })
    expect(warnings).toContain("1 row matched no catalog product and stays as a description")
    // A SKU in the notes is certain.
    expect(read("CG-14Y 5 ozt").rows[0]).toMatchObject({ variant_id: "v_grain", match_confidence: 1 })
  })

  it("unit words map to the SPEC's codes", () => {
    expect(["dwt", "pennyweights", "ozt", "troy oz", "oz t", "ctw", "carats", "grams", "gr", "grains", "tolas", "ratti", "masha", "lbt"].map(unitOf)).toEqual([
      "dwt", "dwt", "ozt", "ozt", "ozt", "ct", "ct", "g", "gr", "gr", "tola", "ratti", "masha", "lbt",
    ])
  })

  it("never throws on odd input: empty notes or notes with nothing to buy come back with a warning", () => {
    expect(read("").rows).toEqual([])
    expect(read("").warnings[0]).toMatch(/nothing to read/)
    const chat = read("Hi! Thanks for the call yesterday. Talk soon.")
    expect(chat.rows).toEqual([])
    expect(chat.warnings[0]).toMatch(/no requested products/)
  })
})

describe("Extraction providers", () => {
  let server: http.Server
  let base: string
  let reply: (res: http.ServerResponse) => void
  let seen: any
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ""
      req.on("data", (c) => (body += c))
      req.on("end", () => {
        seen = { auth: req.headers.authorization, body: JSON.parse(body) }
        reply(res)
      })
    })
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))
  const answer = (content: string) => (res: http.ServerResponse) => {
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ choices: [{ message: { content } }] }))
  }

  it("the default needs no key and sends nothing anywhere", () => {
    expect(extractionProviderFromOptions()).toBeInstanceOf(OfflineExtractionProvider)
    expect(extractionProviderFromOptions({ extraction: { provider: "llm" } })).toBeInstanceOf(OfflineExtractionProvider) // no endpoint: offline
  })

  it("an OpenAI-compatible endpoint reads the notes; its catalog pick and units are checked", async () => {
    reply = answer(JSON.stringify({ rows: [{ description: "grain", quantity: null, weight: "50", weight_unit: "dwt", catalog_index: 3 }, { description: "bad unit", quantity: 2, weight: "3", weight_unit: "stone" }] }))
    const provider = extractionProviderFromOptions({ extraction: { provider: "llm", base_url: base, model: "m", api_key: "k" } })
    const result = await provider.extract("50 dwt grain", { catalog, kind: "purchase", today })
    expect(seen.auth).toBe("Bearer k")
    expect(seen.body.model).toBe("m")
    expect(result.provider).toBe("llm")
    expect(result.rows[0]).toMatchObject({ variant_id: "v_grain", weight: "50", weight_unit: "dwt" })
    expect(result.rows[1]).toMatchObject({ quantity: 2, weight: null, weight_unit: null })
  })

  it("an answer that is not the JSON asked for falls back to the offline parser, with a warning", async () => {
    reply = answer("Sure! Here are the items: ...")
    const result = await new LlmExtractionProvider({ base_url: base, model: "m" }).extract("2 x 4mm round CZ", { catalog, kind: "purchase", today })
    expect(result.provider).toBe("offline")
    expect(result.rows[0]).toMatchObject({ quantity: 2, variant_id: "v_cz4" })
    expect(result.warnings[0]).toMatch(/extraction provider failed/)
  })

  it("a slow endpoint times out and the offline rows come back", async () => {
    reply = (res) => setTimeout(() => answer("{}")(res), 1500)
    const started = Date.now()
    const result = await new LlmExtractionProvider({ base_url: base, model: "m", timeout_ms: 100 }).extract("2 x 4mm round CZ", { catalog, kind: "sales", today })
    expect(Date.now() - started).toBeLessThan(1400)
    expect(result.provider).toBe("offline")
    expect(result.warnings[0]).toMatch(/timed out after 100 ms/)
  })

  it("extraction never blocks the order: a provider that throws still gives rows", async () => {
    const broken = { name: "broken", extract: async () => Promise.reject(new Error("boom")) }
    const result = await extractOrderNotes("2 x 4mm round CZ", { catalog, kind: "sales", today }, broken)
    expect(result.rows[0].quantity).toBe(2)
    expect(result.warnings[0]).toMatch(/extraction failed \(boom\)/)
  })
})
