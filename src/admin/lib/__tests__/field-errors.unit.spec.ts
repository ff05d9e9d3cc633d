import { ApiError, fieldOf } from "../api"
import { fieldErrors, readable, rowErrors } from "../field-errors"

const apiError = (status: number, message: string) => new ApiError(status, message, fieldOf(message), { message })

describe("Settings → Production shows an API error beside the field it names", () => {
  it("a duplicate stage name (409) goes under Stage name, without repeating the field", () => {
    expect(fieldErrors(apiError(409, 'name: a stage named "Metal Casting" already exists'), ["name", "code"])).toEqual({
      name: 'A stage named "Metal Casting" already exists',
    })
  })

  it("a tolerance above 100 (400) goes under Job weight tolerance (%)", () => {
    const e = apiError(400, "Invalid request: Value for field 'weight_tolerance_percent' too big, expected at most: '100'")
    expect(fieldErrors(e, ["qa_checks_required", "weight_tolerance_percent"])).toEqual({
      weight_tolerance_percent: "Value too big, expected at most: '100'",
    })
  })

  it("an error naming a field the form does not show, or none, is shown for the whole form", () => {
    expect(fieldErrors(apiError(400, "confirm: must be true to reset the production catalog"), ["industry"])).toEqual({
      _form: "confirm: must be true to reset the production catalog",
    })
    expect(fieldErrors(apiError(403, "Only admins can change production settings"), ["name"])).toEqual({
      _form: "Only admins can change production settings",
    })
  })

  it("a field of a row (lines[2].weight, bom_lines[0].unit_cost) goes beside that field", () => {
    expect(fieldOf("lines[2].weight: must be a decimal from 0 to 1,000,000,000 with at most 8 decimal places")).toBe("weight")
    expect(fieldOf("bom_lines[0].unit_cost: must be a decimal from 0 to 1,000,000,000 with at most 4 decimal places")).toBe("unit_cost")
    expect(fieldOf("sources[1].outputs[0].weight: too small")).toBe("weight")
  })

  it("one entry of a list (photos[0]) goes beside the list; a row of records (row 1: weight) beside the row's field", () => {
    expect(fieldOf("photos[0]: a link to the photo (https://…)")).toBe("photos")
    expect(fieldErrors(apiError(400, "photos[0]: a link to the photo (https://…)"), ["photos"])).toEqual({ photos: "A link to the photo (https://…)" })
    expect(fieldOf("row 1: weight: must be a decimal from 0 to 1,000,000,000 with at most 8 decimal places")).toBe("weight")
    expect(fieldErrors(apiError(400, "row 2: weight: must be a decimal"), ["weight"])).toEqual({ weight: "Weight must be a decimal" })
  })

  it("no error, no messages", () => {
    expect(fieldErrors(null, ["name"])).toEqual({})
  })

  it("a sentence that starts with its verb reads with the field's name first", () => {
    expect(readable("carrier: is required", "carrier")).toBe("Carrier is required")
    expect(readable("tracking_number: must be at most 200 characters", "tracking_number")).toBe("Tracking number must be at most 200 characters")
    expect(readable("location_id: is required", "location_id")).toBe("Location is required")
  })
  it("readable() keeps messages that do not start with the field", () => {
    expect(readable("must be 0 to 100", "weight_tolerance_percent")).toBe("Must be 0 to 100")
  })
})

describe("A new refining lot shows an error beside the source row it names", () => {
  const keys = ["waste:rcpt_1", "sweep:a", "scrap:item_9"]
  it("the plugin's words (sources[1].weight: …) go under that sweeps row", () => {
    expect(rowErrors(apiError(400, "sources[1].est_fineness: say the estimated fineness or purity"), "sources", keys, ["metal"])).toEqual({
      "sweep:a": "Est_fineness: say the estimated fineness or purity",
    })
  })
  it("Medusa's validation (field 'sources, 2, stock_item_id') goes under that scrap row", () => {
    expect(rowErrors(apiError(400, "Invalid request: Field 'sources, 2, stock_item_id' is required"), "sources", keys, ["metal"])).toEqual({
      "scrap:item_9": "Field 'sources, 2, stock_item_id' is required",
    })
  })
  it("a field with no row goes beside its input, or to the input an alias names", () => {
    expect(rowErrors(apiError(400, "supplier_id: supplier \"x\" does not exist"), "sources", keys, ["supplier_id"])).toEqual({ supplier_id: 'Supplier "x" does not exist' })
    expect(rowErrors(apiError(400, "Invalid request: weight: a decimal number over 0"), "sources", keys, ["metal"], { weight: "sweeps" })).toEqual({ sweeps: "A decimal number over 0" })
  })
})
