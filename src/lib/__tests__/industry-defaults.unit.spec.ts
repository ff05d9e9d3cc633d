import { INDUSTRY_CATALOGS, industryCatalog } from "../industry-defaults"

describe("Industry default catalogs", () => {
  it("loads the jewelry stages in the SPEC's flow order", () => {
    expect(industryCatalog("jewelry").stages.map((s) => s.name)).toEqual([
      "Design Sign-off & BOM",
      "CAD & Tooling Prep",
      "Model",
      "Mold Making",
      "Wax Injection",
      "Cast-in-Place Stone Setting",
      "Sprue & Tree",
      "Invest & Burnout",
      "Metal Casting",
      "Devest & Cut",
      "Pre-finish",
      "Fabrication",
      "Assembly & Solder",
      "Pre-Polish/Mass Finish",
      "Stone Setting",
      "Final Polish",
      "Plating/Coating",
      "Hallmarking/Stamping",
      "QA & Function Test",
      "Clean, Label & Pack",
    ])
  })

  it("loads the jewelry departments and inventory types in order", () => {
    const jewelry = industryCatalog("jewelry")
    expect(jewelry.departments.map((d) => d.name)).toEqual([
      "Design & BOM", "CAD/CAM", "Mold Making", "Wax Room", "Casting",
      "Assembly & Solder", "Stone Setting", "Final Polish", "QA", "Packing",
    ])
    expect(jewelry.inventory_types.filter((t) => t.kind === "finished").map((t) => t.name)).toEqual([
      "Rings", "Earrings", "Necklaces", "Pendants", "Bracelets", "Bangles & Cuffs", "Anklets",
      "Brooches & Lapel Pins", "Charms & Beads", "Cufflinks & Tie Bars", "Hair Jewelry", "Body Jewelry",
      "Jewelry Sets", "Watches & Watch Bands",
    ])
    expect(jewelry.inventory_types.filter((t) => t.kind === "materials_supplies").map((t) => t.name)).toEqual([
      "Precious Metals", "Gemstones", "Casting & Mold Making", "Cleaning & Surface Chemicals",
      "Plating & Coating", "Stone Setting & Assembly", "Workshop Machinery & Equipment",
      "Workshop Supplies & Safety", "Packaging & Shipping",
    ])
    expect(jewelry.inventory_types.some((t) => t.kind === "rough")).toBe(true)
    expect(jewelry.inventory_types.some((t) => t.kind === "in_process")).toBe(true)
  })

  it("loads the gemstone stages and finished types", () => {
    const gems = industryCatalog("gemstones")
    expect(gems.stages.map((s) => s.name)).toEqual([
      "Rough Assorting", "Rough Cutting", "Preform", "Dopping", "Coarse Cut", "Calibrate to Size",
      "Faceting & Girdle", "Pre-Polish", "Final Polish", "QA & Testing", "Finish & Pack",
    ])
    expect(gems.inventory_types.filter((t) => t.kind === "finished").map((t) => t.name)).toEqual([
      "Faceted", "Cabochons", "Beads",
    ])
  })

  it.each(Object.keys(INDUSTRY_CATALOGS))("%s: stage codes are unique and every mapping points at a known code", (industry) => {
    const c = industryCatalog(industry as any)
    const codes = c.stages.map((s) => s.code)
    expect(new Set(codes).size).toBe(codes.length)
    const names = c.stages.map((s) => s.name.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
    const depts = new Set(c.departments.map((d) => d.code))
    const types = new Set(c.inventory_types.map((t) => t.code))
    for (const s of c.stages) {
      s.departments.forEach((d) => expect(depts).toContain(d))
      s.inventory_types.forEach((t) => expect(types).toContain(t))
    }
  })

  it("refuses an unknown industry", () => {
    expect(() => industryCatalog("watchmaking" as any)).toThrow(/Unknown industry/)
  })
})
