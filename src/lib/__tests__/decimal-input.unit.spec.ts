import { convertWeightExactly, describeRule, FINENESS, MONEY, parseDecimalInput, parseWholeNumberInput, POSITIVE_WEIGHT, WEIGHT, WEIGHT_DELTA, WeightConversionError, withinWeightBound } from "../decimal-input"
import { toGrams } from "../units"

const ok = (v: unknown, rule = WEIGHT) => {
  const r = parseDecimalInput(v, rule)
  if (!r.ok) throw new Error(r.message)
  return r.value
}
const refused = (v: unknown, rule = WEIGHT) => {
  const r = parseDecimalInput(v, rule)
  if (r.ok) throw new Error(`${String(v)} was accepted as ${r.value}`)
  return r.message
}

describe("One rule for the decimals people type (API and CSV alike)", () => {
  it("reads plain decimals, as text or as JSON numbers, and normalises them", () => {
    expect(ok("12.5")).toBe("12.5")
    expect(ok(" 12.50 ")).toBe("12.5")
    expect(ok(0.1)).toBe("0.1")
    expect(ok("007")).toBe("7")
    expect(ok("0.00000001")).toBe("0.00000001")
    expect(ok("1000000000")).toBe("1000000000")
    expect(ok("-0", WEIGHT_DELTA)).toBe("0")
    expect(ok("-2.5", WEIGHT_DELTA)).toBe("-2.5")
  })

  it.each([
    ["0x10", /hexadecimal/],
    ["1e3", /exponent/],
    ["1E-3", /exponent/],
    [1e21, /exponent/],
    [1e-7, /exponent/],
    ["1e309", /exponent/],
    ["Infinity", /finite/],
    [Infinity, /finite/],
    [NaN, /finite/],
    ["NaN", /finite/],
    ["+5", /plain digits/],
    [".5", /plain digits/],
    ["5.", /plain digits/],
    ["1,000", /plain digits/],
    ["12 g", /plain digits/],
    ["", /empty/],
    ["   ", /empty/],
    [true, /given as a string/],
    [null, /given as a string/],
    [["1"], /given as a string/],
    [{ value: "1" }, /given as a string/],
  ])("refuses %j", (v, why) => {
    expect(refused(v)).toMatch(why)
  })

  it("never rounds: more places than the database keeps are refused", () => {
    expect(refused("0.000000001")).toMatch(/at most 8 decimal places.*has 9/)
    expect(ok("1.00000000000")).toBe("1")
    expect(refused("1.23456", MONEY)).toMatch(/at most 4 decimal places/)
    expect(refused("583.333", FINENESS)).toMatch(/at most 2/)
  })

  it("bounds the magnitude: 999999999999999999999999999999 g is refused, not stored rounded", () => {
    expect(refused("999999999999999999999999999999")).toMatch(/characters|too large/)
    expect(refused("1000000000.00000001")).toMatch(/too large/)
    expect(refused("-1")).toMatch(/too small/)
    expect(refused("0", POSITIVE_WEIGHT)).toMatch(/too small/)
    expect(refused("-1000000000.5", WEIGHT_DELTA)).toMatch(/too small/)
    expect(refused("0", FINENESS)).toMatch(/over 0/)
    expect(refused("1000.01", FINENESS)).toMatch(/too large/)
  })

  it("says what it wants, in words the admin can show beside the field", () => {
    expect(describeRule(WEIGHT)).toBe("a decimal from 0 to 1,000,000,000 with at most 8 decimal places")
    expect(describeRule(MONEY)).toBe("a decimal from 0 to 1,000,000,000 with at most 4 decimal places")
    expect(describeRule(FINENESS)).toBe("a decimal over 0 and at most 1,000 with at most 2 decimal places")
  })

  it("whole numbers typed as text (a CSV's pieces) are digits only, within bounds", () => {
    expect(parseWholeNumberInput("12", 0, 1_000_000)).toEqual({ ok: true, value: 12 })
    for (const bad of ["1.5", "0x10", "1e3", "", "-1", "2147483648", "ten"]) expect(parseWholeNumberInput(bad, 0, 1_000_000).ok).toBe(false)
  })
})

describe("Converting to the item's unit never changes the amount", () => {
  it("keeps conversions that are exact at 8 places", () => {
    expect(convertWeightExactly("0.5", "ozt", "g").toFixed()).toBe("15.5517384")
    expect(convertWeightExactly("10", "mg", "ct").toFixed()).toBe("0.05")
    expect(convertWeightExactly("1", "ozt", "dwt").toFixed()).toBe("20")
    expect(convertWeightExactly("3", "g", "g").toFixed()).toBe("3")
  })

  it("refuses a weight too small to survive the conversion (0.00000001 g into kg)", () => {
    expect(() => convertWeightExactly("0.00000001", "g", "kg")).toThrow(WeightConversionError)
    expect(() => convertWeightExactly("0.00000001", "g", "kg")).toThrow(/too small to keep at 8 decimal places in kg/)
  })

  it("refuses a weight that would be rounded (1 g is 0.0321507466… ozt)", () => {
    expect(() => convertWeightExactly("1", "g", "ozt")).toThrow(/needs more than 8 decimal places; give the weight in ozt \(0\.03215075\)/)
  })

  it("an item's grams stay within the bound of one tonne", () => {
    expect(withinWeightBound(toGrams("1000", "kg"))).toBe(true)
    expect(withinWeightBound(toGrams("1000.00000001", "kg"))).toBe(false)
    expect(withinWeightBound("-1000000")).toBe(true)
  })
})
