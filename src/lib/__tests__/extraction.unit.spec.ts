import http from "node:http"
import type { AddressInfo } from "node:net"
import { extractionProviderFromOptions, extractOrderNotes, findDate, LlmExtractionProvider, MATCH_THRESHOLD, NOTES_MAX_LENGTH, OfflineExtractionProvider, parseNotes, splitItems, unitOf } from "../extraction"
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
  ])("weight in %j → %s %s (approx %s), and a line bought by weight is one line of that weight", (notes, weight, unit, approx) => {
    const [row] = read(notes).rows
    expect(row).toMatchObject({ weight, weight_unit: unit, weight_approx: approx, quantity: 1 })
  })

  it("14K, 18kt, 585, 925 and PT950 are purities, not weights or counts", () => {
    expect(read("need 250 g 585 yellow grain").rows[0]).toMatchObject({ quantity: 1, weight: "250", weight_unit: "g", purity: "14K", material: "14K yellow gold" })
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

/** A second catalog with products that differ only by metal, purity, colour or stone. */
const shop: CatalogEntry[] = [
  { product_id: "p_m14w", variant_id: "v_m14w_7", title: "Solitaire Ring Mount 14K White", variant_title: "Size 7", sku: "M-14W-7" },
  { product_id: "p_m18y", variant_id: "v_m18y_7", title: "Solitaire Ring Mount 18K Yellow", variant_title: "Size 7", sku: "M-18Y-7" },
  { product_id: "p_g14w", variant_id: "v_g14w", title: "Casting Grain 14K White", variant_title: null, sku: "G-14W" },
  { product_id: "p_g18r", variant_id: "v_g18r", title: "Casting Grain 18K Rose", variant_title: null, sku: "G-18R" },
  { product_id: "p_g925", variant_id: "v_g925", title: "Sterling Silver Casting Grain", variant_title: null, sku: "G-925" },
  { product_id: "p_pumice", variant_id: "v_pumice", title: "Pumice Powder", variant_title: null, sku: "PUMICE" },
  { product_id: "p_sheet", variant_id: "v_sheet_1", title: "Sterling Silver Sheet", variant_title: "1.0mm", sku: "SH-925-10" },
  { product_id: "p_heartp", variant_id: "v_heartp", title: "Heart Pendant 18K Yellow", variant_title: null, sku: "HP-18Y" },
  { product_id: "p_heartd", variant_id: "v_heartd", title: "Heart Shape Diamond", variant_title: "0.30 ct", sku: "HD-030" },
  { product_id: "p_bangle", variant_id: "v_bangle", title: "Charm Bangle 925", variant_title: "Medium", sku: "BANGLE-M" },
  { product_id: "p_curb", variant_id: "v_curb_22", title: "Curb Chain 14K Yellow", variant_title: "22 in", sku: "CURB-22" },
  { product_id: "p_curb", variant_id: "v_curb_24", title: "Curb Chain 14K Yellow", variant_title: "24 in", sku: "CURB-24" },
  { product_id: "p_garnet", variant_id: "v_garnet", title: "Round Garnet", variant_title: "5mm", sku: "GAR-5" },
]
const shopRead = (notes: string) => parseNotes(notes, { catalog: shop, kind: "purchase", today })
const skuOf = (variant: string | null) => shop.find((c) => c.variant_id === variant)?.sku ?? null
const facts = (notes: string) => shopRead(notes).rows.map((r) => [r.quantity, r.weight && `${r.weight} ${r.weight_unit}`, skuOf(r.variant_id)])

describe("Notes as other people write them", () => {
  it("two products in one sentence joined by and, plus, & or + are two rows; a shared product name is carried", () => {
    // A metal bought by weight and a second metal.
    expect(facts("pls get 6 dwt of 14K white grain and 2 dwt 18K rose")).toEqual([[1, "6 dwt", "G-14W"], [1, "2 dwt", "G-18R"]])
    // The product named once, after both weights.
    expect(facts("3 ozt 14K white plus 1 ozt 18K rose casting grain")).toEqual([[1, "3 ozt", "G-14W"], [1, "1 ozt", "G-18R"]])
    // A powder by weight and a count of sheets.
    expect(facts("500 g pumice powder & 4 sheets sterling 1mm")).toEqual([[1, "500 g", "PUMICE"], [4, null, "SH-925-10"]])
    expect(facts("curb chain 14k yellow 22 inch x 2 + 24 inch x 1")).toEqual([[2, null, "CURB-22"], [1, null, "CURB-24"]])
  })

  it("a multiplier before a purity keeps the purity and makes no phantom row", () => {
    expect(facts("2 x 18K yellow solitaire mounts sz 7")).toEqual([[2, null, "M-18Y-7"]])
    expect(facts("4× 14KW solitaire mount size 7")).toEqual([[4, null, "M-14W-7"]])
    expect(shopRead("3x 925 grain 2 ozt").rows).toMatchObject([{ quantity: 3, purity: "925", weight: "2", weight_unit: "ozt" }])
  })

  it("a later correction replaces the figure it corrects: actually, make it, instead, change to, no wait", () => {
    expect(facts("sterling grain, 40 grains… actually make it 5 dwt")).toEqual([[1, "5 dwt", "G-925"]])
    expect(facts("12 round garnets 5mm. Make that 20.")).toEqual([[20, null, "GAR-5"]])
    expect(facts("curb chain 14K yellow 22 inch, customer wants 24 inch instead")).toEqual([[1, null, "CURB-24"]])
    expect(facts("solitaire mount 14K white size 7 - change to 18K yellow")).toEqual([[1, null, "M-18Y-7"]])
    expect(facts("casting grain 14K white 3 ozt, no wait, 4 ozt")).toEqual([[1, "4 ozt", "G-14W"]])
    // The row says which words corrected it.
    const [row] = shopRead("sterling grain 2 ozt. Actually make it 3 ozt").rows
    expect(row.source).toMatchObject({ text: "sterling grain 2 ozt", also: [{ text: "Actually make it 3 ozt", why: "correction" }] })
  })

  it("cancelled, owned, sold and negated products are no rows", () => {
    expect(facts("12 round garnets 5mm and 2 ozt sterling grain. Scratch the garnets.")).toEqual([[1, "2 ozt", "G-925"]])
    expect(facts("set the client's own 1ct diamond in a 14K white solitaire mount size 7")).toEqual([[1, null, "M-14W-7"]])
    expect(shopRead("Client would like to sell us her 18K bangle, about 14 g").rows).toEqual([])
    expect(shopRead("heart pendant 18K yellow, no chain needed").rows).toHaveLength(1)
  })

  it("a count of parts inside the product is not the line's quantity", () => {
    expect(facts("charm bangle 925 medium with 9 charms")).toEqual([[1, null, "BANGLE-M"]])
    expect(shopRead("a strand of 60 freshwater pearls, 16 inch").rows.map((r) => r.quantity)).toEqual([1])
    expect(shopRead("eternity band in platinum size 6 set with 24 diamonds").rows.map((r) => r.quantity)).toEqual([1])
    expect(shopRead("two five-stone rings in 18K white, size 7").rows.map((r) => r.quantity)).toEqual([2])
    expect(shopRead("heart pendant 18K yellow with 4 small rubies around it").rows.map((r) => [r.quantity, skuOf(r.variant_id)])).toEqual([[1, "HP-18Y"]])
  })

  it("bulk material ordered by weight is one line of that weight: quantity 1", () => {
    expect(shopRead("14K white casting grain 2 1/2 ozt").rows).toMatchObject([{ quantity: 1, weight: "2.5", weight_unit: "ozt", variant_id: "v_g14w" }])
    expect(shopRead("sterling grain 1.5 kilo\npumice powder 2 kg").rows.map((r) => [r.quantity, r.weight, r.weight_unit])).toEqual([[1, "1.5", "kg"], [1, "2", "kg"]])
    // A piece that has a weight is still one piece; an explicit count of bags stays.
    expect(shopRead("18K yellow heart pendant, about 4 g").rows.map((r) => r.quantity)).toEqual([1])
    expect(shopRead("pumice powder, 3 bags of 1 kg").rows.map((r) => r.quantity)).toEqual([3])
  })

  it("matching weighs metal, purity, colour and stone: a mismatch scores below the threshold", () => {
    // No platinum mount in the catalog: the 14K white one is not offered in its place.
    const [platinum] = shopRead("platinum solitaire mount size 7").rows
    expect(platinum.variant_id).toBeNull()
    expect(platinum.match_confidence).toBeLessThan(MATCH_THRESHOLD)
    // A heart pendant is not a loose heart-shaped diamond, nor the other way round.
    expect(facts("heart pendant in 18 karat yellow gold")).toEqual([[1, null, "HP-18Y"]])
    expect(facts("0.30ct heart shape diamond for a pendant")).toEqual([[1, "0.3 ct", "HD-030"]])
    const [rose] = shopRead("heart pendant 14K rose").rows
    expect(rose.variant_id).toBeNull()
    // Purity and colour each count: 14K rose grain is neither 14K white nor 18K rose.
    expect(facts("2 ozt 14K rose casting grain")).toEqual([[1, "2 ozt", null]])
    // A stone of another kind: a round garnet is not a round sapphire.
    expect(facts("round sapphire 5mm x 6")).toEqual([[6, null, null]])
    // A length the catalog lacks matches the product, not a variant.
    expect(shopRead("curb chain 14K yellow 18 inch").rows[0]).toMatchObject({ product_id: "p_curb", variant_id: null })
  })

  it("supplier shorthand, typos and mixed units", () => {
    expect(facts("CG 14W 3 OZT / CG 18R 10DWT")).toEqual([[1, "3 ozt", "G-14W"], [1, "10 dwt", "G-18R"]])
    expect(facts("sterlng casting grian 250 grms")).toEqual([[1, "250 g", "G-925"]])
    expect(facts("garnet rounds 5 mm qty twelve")).toEqual([[12, null, "GAR-5"]])
    expect(shopRead("1 lb t sterling grain + 10 pennyweight 14K white grain").rows.map((r) => `${r.weight} ${r.weight_unit}`)).toEqual(["1 lbt", "10 dwt"])
  })

  it("emails and chat: greetings, signatures, phone numbers and prices are no rows", () => {
    const email = "Hi Pat,\n\nCould you send 2 ozt of sterling grain when you get a chance?\n\nMany thanks,\nRuth Ames\nAmes Goldsmiths, 88 Quarry Rd\nTel 555-0133"
    expect(facts(email)).toEqual([[1, "2 ozt", "G-925"]])
    expect(shopRead("Thanks! The bangle fits perfectly. Invoice 4471 paid, $320.").rows).toEqual([])
    expect(shopRead("running late, be there at 3").rows).toEqual([])
  })

  it("every row says which words it came from, by offsets into the notes", () => {
    const notes = "Hello,\n- 2 x 18K yellow solitaire mounts sz 7\n- curb chain 14k yellow 22 inch x 2, 24 inch x 1"
    const { rows } = shopRead(notes)
    expect(rows).toHaveLength(3)
    for (const r of rows) expect(notes.slice(r.source!.start, r.source!.end)).toBe(r.source!.text)
    expect(rows.map((r) => r.source!.text)).toEqual(["2 x 18K yellow solitaire mounts sz 7", "curb chain 14k yellow 22 inch x 2", "24 inch x 1"])
    // The carried product is shown as the words it came from, and in the description.
    expect(rows[2].source!.also).toEqual([{ text: "curb chain 14k yellow 22 inch x 2", start: notes.indexOf("curb"), end: notes.indexOf(", 24"), why: "shared product" }])
    expect(rows[2].description).toBe("curb chain 14k yellow 24 inch x 1")
  })

  it("the input is bounded: notes over NOTES_MAX_LENGTH characters are refused, not read", async () => {
    expect(NOTES_MAX_LENGTH).toBe(20_000)
    const refused = shopRead("1".repeat(NOTES_MAX_LENGTH + 1))
    expect(refused.rows).toEqual([])
    expect(refused.warnings[0]).toMatch(/^notes: at most 20,000 characters/)
    // At the limit it is read; long runs of digits are never counts.
    const atLimit = shopRead(("sterling grain 2 ozt " + "9".repeat(60) + "\n").repeat(400).slice(0, NOTES_MAX_LENGTH))
    expect(atLimit.rows.length).toBeGreaterThan(200)
    expect(atLimit.rows.every((r) => r.weight === "2" && r.quantity === 1)).toBe(true)
    // Long runs of separators, brackets or digits are read, never taken as figures.
    expect(facts("sterling grain" + ",".repeat(19_000) + " 2 ozt")).toEqual([[1, "2 ozt", "G-925"]])
    expect(facts("(".repeat(10_000) + "pumice powder 1 kg")).toEqual([[1, "1 kg", "PUMICE"]])
    expect(shopRead("7".repeat(NOTES_MAX_LENGTH)).rows).toEqual([])
    // extractOrderNotes refuses before any provider sees the notes.
    const provider = { name: "spy", extract: jest.fn() }
    const result = await extractOrderNotes("x".repeat(NOTES_MAX_LENGTH + 1), { catalog: shop, kind: "sales", today }, provider as any)
    expect(provider.extract).not.toHaveBeenCalled()
    expect(result.warnings[0]).toMatch(/at most 20,000 characters/)
  })

  it("dates are read by chrono-node near date words only (never from 1/2 ozt or a size)", () => {
    expect(findDate("need it by the 3rd of December", today)).toBe("2026-12-03")
    expect(findDate("on or before 12/09/2026 please", today)).toBe("2026-12-09")
    expect(findDate("1/2 ozt sterling grain, size 6 1/2", today)).toBeNull()
    expect(findDate("meeting at 5", today)).toBeNull()
    expect(shopRead("2 ozt sterling grain, needed by Dec 4").rows[0]).toMatchObject({ quantity: 1, weight: "2", date_required: "2026-12-04" })
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
    // Rows without quoted words have no source.
    expect(result.rows[0].source).toBeNull()
  })

  it("the LLM's rows carry the words it quotes, located in the notes", async () => {
    reply = answer(JSON.stringify({ rows: [{ source: "2 x 4mm round cz", description: "round CZ 4mm", quantity: 2 }, { source: "not in the notes", description: "grain", weight: "1", weight_unit: "ozt" }] }))
    const notes = "Hi! 2 x 4mm round CZ and a rope chain"
    const result = await new LlmExtractionProvider({ base_url: base, model: "m" }).extract(notes, { catalog, kind: "purchase", today })
    expect(result.rows[0].source).toEqual({ text: "2 x 4mm round CZ", start: 4, end: 20 })
    expect(result.rows[0]).toMatchObject({ variant_id: "v_cz4", quantity: 2 })
    expect(result.rows[1].source).toBeNull()
    expect(seen.body.messages[0].content).toMatch(/"source":string/)
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
