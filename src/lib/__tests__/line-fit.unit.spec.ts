import { byFit, closeWeight, isRejectOrScrapTag, lineFit, LineSpec, sameSize, specFromOptions, StockCandidate } from "../line-fit"

const line: LineSpec = { variant_id: "var_6", product_id: "prod_ring", size: "6", shape: null, weight_grams: "4.2" }
const item = (over: Partial<StockCandidate> = {}): StockCandidate => ({
  tag_id: "JWSOL0001",
  status: "available",
  variant_id: "var_6",
  product_id: "prod_ring",
  size: "6",
  shape: null,
  weight_grams: "4.2",
  pieces: 1,
  location_id: "sloc_main",
  ownership: "shop",
  ...over,
})

describe("Select Inventory offers only stock that fits the line", () => {
  it("the line's own variant fits, first in the list", () => {
    expect(lineFit(line, item())).toEqual({ fits: true, match: "variant" })
  })

  it("the same product fits when size, shape and weight are close to the line's", () => {
    expect(lineFit(line, item({ variant_id: null, size: "6.0", weight_grams: "4.5" }))).toEqual({ fits: true, match: "product" })
    expect(lineFit(line, item({ variant_id: "var_7", size: "7" }))).toMatchObject({ fits: false, reason: "size_differs", message: "JWSOL0001 is size 7; the line is size 6" })
    expect(lineFit(line, item({ variant_id: null, size: null }))).toMatchObject({ fits: false, reason: "size_differs" })
    expect(lineFit(line, item({ variant_id: null, weight_grams: "5.2" }))).toMatchObject({ fits: false, reason: "weight_differs" })
    expect(lineFit({ ...line, shape: "Oval" }, item({ variant_id: null, shape: "round" }))).toMatchObject({ fits: false, reason: "shape_differs" })
    expect(lineFit({ ...line, shape: "Oval" }, item({ variant_id: null, shape: " oval " }))).toMatchObject({ fits: true })
  })

  it("another product never fits", () => {
    expect(lineFit(line, item({ variant_id: "var_x", product_id: "prod_chain" }))).toMatchObject({ fits: false, reason: "other_product" })
  })

  it("never -REJ or -SCRAP items, zero-piece items, reserved or issued stock, or a customer's piece", () => {
    expect(lineFit(line, item({ tag_id: "JWSOL0001-REJ1" }))).toMatchObject({ fits: false, reason: "rejected_or_scrap" })
    expect(lineFit(line, item({ tag_id: "JWSOL0001-RCV1-SCRAP2" }))).toMatchObject({ fits: false, reason: "rejected_or_scrap" })
    expect(lineFit(line, item({ tag_id: "JWSOL0001-RCV1" }))).toMatchObject({ fits: true })
    expect(lineFit(line, item({ pieces: 0 }))).toMatchObject({ fits: false, reason: "empty" })
    expect(lineFit(line, item({ status: "reserved" }))).toMatchObject({ fits: false, reason: "not_available", message: "JWSOL0001 is reserved; only available stock can be selected" })
    expect(lineFit(line, item({ ownership: "customer" }))).toMatchObject({ fits: false, reason: "customer_piece" })
  })

  it("only in the user's locations (SPEC 7); no scope means every location", () => {
    expect(lineFit(line, item(), { location_ids: ["sloc_other"] })).toMatchObject({ fits: false, reason: "outside_locations" })
    expect(lineFit(line, item(), { location_ids: ["sloc_main"] })).toMatchObject({ fits: true })
    expect(lineFit(line, item(), { location_ids: null })).toMatchObject({ fits: true })
  })

  it("a described line without a product takes any available piece", () => {
    expect(lineFit({ variant_id: null, product_id: null, size: null, shape: null, weight_grams: null }, item({ product_id: "prod_chain" }))).toEqual({ fits: true, match: "any" })
  })

  it("sizes and weights compare as exact decimals", () => {
    expect(sameSize("US 7", "7")).toBe(true)
    expect(sameSize("7,5", "7.5")).toBe(true)
    expect(sameSize("7", "7.25")).toBe(false)
    expect(sameSize("M", "m")).toBe(true)
    expect(closeWeight("10", "11")).toBe(true)
    expect(closeWeight("10", "11.00000001")).toBe(false)
    expect(closeWeight("0", "50")).toBe(true)
    expect(isRejectOrScrapTag("GEMDIA0001-SCRAP")).toBe(true)
    expect(isRejectOrScrapTag("REJECTED0001")).toBe(false)
  })

  it("size and shape come from the variant's options; the variant's own pieces sort first", () => {
    expect(specFromOptions([{ title: "Ring Size", value: "6" }, { title: "Metal", value: "14K" }])).toEqual({ size: "6", shape: null })
    const list = [
      { tag_id: "B", fit: { fits: true as const, match: "product" as const } },
      { tag_id: "C", fit: { fits: true as const, match: "variant" as const } },
      { tag_id: "A", fit: { fits: true as const, match: "product" as const } },
    ]
    expect(list.sort(byFit).map((x) => x.tag_id)).toEqual(["C", "A", "B"])
  })
})
