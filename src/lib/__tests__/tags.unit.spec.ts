import { formatTag, outputTag, productShortName, tagStem } from "../tags"

describe("Tag IDs", () => {
  it("org prefix + product short name + a 4-digit sequence", () => {
    expect(formatTag(tagStem("GEM", "DIA"), 1)).toBe("GEMDIA0001")
    expect(formatTag(tagStem("gem", "dia"), 42)).toBe("GEMDIA0042")
    expect(formatTag("GEMDIA", 12345)).toBe("GEMDIA12345")
  })

  it("uses the product's own short name, else its initials", () => {
    expect(productShortName({ title: "Round Diamond", metadata: { short_name: "dia" } })).toBe("DIA")
    expect(productShortName({ title: "Round Brilliant Diamond" })).toBe("RBD")
    expect(productShortName({ title: "Solitaire Ring Mount 14K White" })).toBe("SRM")
    expect(productShortName({ title: "Pearl" })).toBe("PEA")
  })

  it("outputs keep the source tag plus -RCVn, -REJn or -SCRAPn", () => {
    expect(outputTag("GEMDIA0001", "received", 1)).toBe("GEMDIA0001-RCV1")
    expect(outputTag("GEMDIA0001", "rejected", 2)).toBe("GEMDIA0001-REJ2")
    expect(outputTag("GEMDIA0001", "scrapped", 3)).toBe("GEMDIA0001-SCRAP3")
  })

  it("refuses tags longer than 50 characters and bad sequence numbers", () => {
    expect(() => formatTag("X".repeat(47), 1)).toThrow(/longer than 50/)
    expect(() => outputTag("X".repeat(45), "scrapped", 1)).toThrow(/longer than 50/)
    expect(() => formatTag("GEM", 0)).toThrow(/positive integer/)
  })
})

describe("Output chains keep their first tag", () => {
  it("strips every output suffix, and only those", () => {
    const { rootTag } = require("../tags")
    expect(rootTag("JWGRN0003-RCV1-RCV1")).toBe("JWGRN0003")
    expect(rootTag("JWGRN0003-RCV12-REJ2-SCRAP1")).toBe("JWGRN0003")
    expect(rootTag("JWGRN0003")).toBe("JWGRN0003")
    expect(rootTag("JW-RCV-LOT1")).toBe("JW-RCV-LOT1")
  })
})
