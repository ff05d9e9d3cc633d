import { fieldOf } from "../api"

describe("Errors shown beside the field the API names", () => {
  it.each([
    ['name: a stage named "Metal Casting" already exists', "name"],
    ["Invalid request: weight: must be a decimal number", "weight"],
    ["Invalid request: Value for field 'weight_tolerance_percent' too big, expected at most: '100'", "weight_tolerance_percent"],
    ["Invalid request: Expected type: 'int' for field 'items.0.pieces', got: '1.5'", "pieces"],
    ["weight: JWDIA0001 has 1 ct, cannot deduct 2 ct", "weight"],
    ["Invalid request: Field 'lines, 0, stock_item_id' is required", "stock_item_id"],
    ["Something else went wrong", null],
  ])("%s → %s", (message, field) => {
    expect(fieldOf(message)).toBe(field)
  })
})
