import { convertWeight, displayWeight, formatDecimal, fromGrams, isWeightUnit, toDecimal, toGrams, WEIGHT_UNITS } from "../units"

describe("Weights in jewelers' units", () => {
  it.each([
    ["g", "1"],
    ["mg", "0.001"],
    ["kg", "1000"],
    ["ct", "0.2"],
    ["gr", "0.06479891"],
    ["dwt", "1.55517384"],
    ["ozt", "31.1034768"],
    ["lbt", "373.2417216"],
    ["oz", "28.349523125"],
    ["tola", "11.6638038"],
    ["masha", "0.97198365"],
    ["ratti", "0.12149796"],
  ])("one %s is exactly %s grams", (unit, grams) => {
    expect(toGrams("1", unit as any).toFixed()).toBe(grams)
  })

  it("a tola is 180 grains, a masha a twelfth of a tola and a ratti an eighth of a masha", () => {
    expect(toGrams(180, "gr").decimalPlaces(6).toFixed()).toBe(toGrams(1, "tola").decimalPlaces(6).toFixed())
    expect(toGrams(12, "masha").decimalPlaces(6).toFixed()).toBe(toGrams(1, "tola").decimalPlaces(6).toFixed())
    expect(toGrams(8, "ratti").decimalPlaces(6).toFixed()).toBe(toGrams(1, "masha").decimalPlaces(6).toFixed())
  })

  it("arithmetic is decimal, not binary floating point", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(toDecimal("0.1").plus("0.2").toFixed()).toBe("0.3")
    expect(toGrams("0.1", "ct").plus(toGrams("0.2", "ct")).toFixed()).toBe("0.06")
  })

  it("converts between units through grams", () => {
    expect(convertWeight("1", "ozt", "dwt").toFixed()).toBe("20")
    expect(convertWeight("5", "ct", "g").toFixed()).toBe("1")
    expect(convertWeight("1", "lbt", "ozt").toFixed()).toBe("12")
    expect(fromGrams("1", "ct").toFixed()).toBe("5")
  })

  it("refuses unknown units and non-numbers", () => {
    expect(isWeightUnit("carat")).toBe(false)
    expect(isWeightUnit("ct")).toBe(true)
    expect(() => toGrams("1", "pound" as any)).toThrow(/Unknown weight unit "pound"/)
    expect(() => toDecimal("abc")).toThrow(/not a number/)
    expect(() => toDecimal(Infinity)).toThrow(/not a number/)
  })

  it("formats without trailing zeros", () => {
    expect(formatDecimal("1.50000000")).toBe("1.5")
    expect(Object.keys(WEIGHT_UNITS)).toHaveLength(12)
  })
})

describe("displayWeight: a weight as a jeweler's scale reads it", () => {
  it("rounds to the unit's precision without trailing zeros", () => {
    expect(displayWeight("3.26586507", "g")).toBe("3.27 g")
    expect(displayWeight("0.25", "ozt")).toBe("0.25 ozt")
    expect(displayWeight("0.12345", "ct")).toBe("0.123 ct")
    expect(displayWeight("49.60000000", "dwt")).toBe("49.6 dwt")
    expect(displayWeight("12.5", "mg")).toBe("13 mg")
  })
  it("shows nothing for no weight", () => {
    expect(displayWeight(null, "g")).toBe("")
    expect(displayWeight("", "g")).toBe("")
  })
})
