/**
 * The default catalogs that "Reset to industry defaults" loads (SPEC section 1).
 * Stage order is the flow order; departments and inventory types are referenced by code.
 */
export const INDUSTRIES = ["jewelry", "gemstones", "custom"] as const
export type Industry = (typeof INDUSTRIES)[number]

export const INVENTORY_KINDS = ["rough", "in_process", "finished", "materials_supplies"] as const
export type InventoryKind = (typeof INVENTORY_KINDS)[number]

/** Each inventory kind as a jeweler reads it (the admin's English; one place for every screen). */
export const INVENTORY_KIND_LABELS: Record<InventoryKind, string> = {
  rough: "Rough",
  in_process: "In-process",
  finished: "Finished",
  materials_supplies: "Materials & supplies",
}

export type DefaultDepartment = { code: string; name: string }
export type DefaultInventoryType = { code: string; name: string; kind: InventoryKind }
export type DefaultStage = {
  code: string
  name: string
  description?: string
  departments: string[]
  inventory_types: string[]
  /** Allowed metal loss % (SPEC 4c); none where the stage has no standard. */
  loss_standard_pct?: string
}
export type IndustryCatalog = {
  departments: DefaultDepartment[]
  inventory_types: DefaultInventoryType[]
  stages: DefaultStage[]
}

const t = (kind: InventoryKind, code: string, name: string): DefaultInventoryType => ({ kind, code, name })

const JEWELRY_TYPES: DefaultInventoryType[] = [
  t("rough", "ROUGH", "Rough"),
  t("in_process", "WIP", "In-Process"),
  t("finished", "RINGS", "Rings"),
  t("finished", "EARRINGS", "Earrings"),
  t("finished", "NECKLACES", "Necklaces"),
  t("finished", "PENDANTS", "Pendants"),
  t("finished", "BRACELETS", "Bracelets"),
  t("finished", "BANGLES", "Bangles & Cuffs"),
  t("finished", "ANKLETS", "Anklets"),
  t("finished", "BROOCHES", "Brooches & Lapel Pins"),
  t("finished", "CHARMS", "Charms & Beads"),
  t("finished", "CUFFLINKS", "Cufflinks & Tie Bars"),
  t("finished", "HAIR", "Hair Jewelry"),
  t("finished", "BODY", "Body Jewelry"),
  t("finished", "SETS", "Jewelry Sets"),
  t("finished", "WATCHES", "Watches & Watch Bands"),
  t("materials_supplies", "METALS", "Precious Metals"),
  t("materials_supplies", "GEMS", "Gemstones"),
  t("materials_supplies", "CASTING", "Casting & Mold Making"),
  t("materials_supplies", "CHEMICALS", "Cleaning & Surface Chemicals"),
  t("materials_supplies", "PLATING", "Plating & Coating"),
  t("materials_supplies", "SETTING", "Stone Setting & Assembly"),
  t("materials_supplies", "MACHINERY", "Workshop Machinery & Equipment"),
  t("materials_supplies", "SUPPLIES", "Workshop Supplies & Safety"),
  t("materials_supplies", "PACKAGING", "Packaging & Shipping"),
]

const s = (
  code: string,
  name: string,
  departments: string[],
  inventory_types: string[],
  description?: string
): DefaultStage => ({ code, name, departments, inventory_types, description })

/** Jewelry industry loss standards per stage, in % of what the stage was issued (SPEC 4c). */
export const JEWELRY_LOSS_STANDARDS: Record<string, string> = {
  "Metal Casting": "2",
  "Pre-Polish/Mass Finish": "1",
  "Final Polish": "1",
  Fabrication: "1",
  "Assembly & Solder": "0.5",
  "Stone Setting": "0.5",
  "Plating/Coating": "0.2",
}
const withStandard = (stage: DefaultStage): DefaultStage =>
  JEWELRY_LOSS_STANDARDS[stage.name] ? { ...stage, loss_standard_pct: JEWELRY_LOSS_STANDARDS[stage.name] } : stage

const JEWELRY: IndustryCatalog = {
  departments: [
    { code: "DESIGN", name: "Design & BOM" },
    { code: "CADCAM", name: "CAD/CAM" },
    { code: "MOLD", name: "Mold Making" },
    { code: "WAX", name: "Wax Room" },
    { code: "CASTING", name: "Casting" },
    { code: "ASSEMBLY", name: "Assembly & Solder" },
    { code: "SETTING", name: "Stone Setting" },
    { code: "POLISH", name: "Final Polish" },
    { code: "QA", name: "QA" },
    { code: "PACKING", name: "Packing" },
  ],
  inventory_types: JEWELRY_TYPES,
  stages: [
    s("DSB", "Design Sign-off & BOM", ["DESIGN"], [], "Approve the design and its bill of materials"),
    s("CAD", "CAD & Tooling Prep", ["CADCAM"], []),
    s("MDL", "Model", ["CADCAM"], ["WIP", "CASTING"]),
    s("MLD", "Mold Making", ["MOLD"], ["WIP", "CASTING"]),
    s("WAX", "Wax Injection", ["WAX"], ["WIP", "CASTING"]),
    s("CIP", "Cast-in-Place Stone Setting", ["WAX", "SETTING"], ["WIP", "GEMS", "ROUGH"]),
    s("SPR", "Sprue & Tree", ["WAX"], ["WIP", "CASTING"]),
    s("INV", "Invest & Burnout", ["CASTING"], ["WIP", "CASTING"]),
    s("CST", "Metal Casting", ["CASTING"], ["WIP", "METALS", "ROUGH", "CASTING"]),
    s("DVC", "Devest & Cut", ["CASTING"], ["WIP"]),
    s("PRF", "Pre-finish", ["ASSEMBLY", "POLISH"], ["WIP"]),
    s("FAB", "Fabrication", ["ASSEMBLY"], ["WIP", "METALS", "ROUGH", "SETTING"]),
    s("ASM", "Assembly & Solder", ["ASSEMBLY"], ["WIP", "METALS", "SETTING"]),
    s("PPL", "Pre-Polish/Mass Finish", ["POLISH"], ["WIP", "SUPPLIES"]),
    s("SET", "Stone Setting", ["SETTING"], ["WIP", "GEMS", "ROUGH", "SETTING"]),
    s("POL", "Final Polish", ["POLISH"], ["WIP", "SUPPLIES", "CHEMICALS"]),
    s("PLT", "Plating/Coating", ["POLISH"], ["WIP", "PLATING", "CHEMICALS"]),
    s("HMK", "Hallmarking/Stamping", ["QA"], ["WIP"]),
    s("QAF", "QA & Function Test", ["QA"], ["WIP"]),
    s("PCK", "Clean, Label & Pack", ["PACKING"], ["WIP", "PACKAGING", "CHEMICALS"]),
  ].map(withStandard),
}

const GEMSTONES: IndustryCatalog = {
  departments: [
    { code: "ASSORT", name: "Rough Assorting" },
    { code: "CUTTING", name: "Cutting" },
    { code: "POLISH", name: "Polishing" },
    { code: "QA", name: "QA & Grading" },
    { code: "PACKING", name: "Packing" },
  ],
  inventory_types: [
    t("rough", "ROUGH", "Rough"),
    t("in_process", "WIP", "In-Process"),
    t("finished", "FACETED", "Faceted"),
    t("finished", "CABOCHONS", "Cabochons"),
    t("finished", "BEADS", "Beads"),
    t("materials_supplies", "SUPPLIES", "Workshop Supplies & Safety"),
    t("materials_supplies", "PACKAGING", "Packaging & Shipping"),
  ],
  stages: [
    s("RAS", "Rough Assorting", ["ASSORT"], ["ROUGH"]),
    s("RCT", "Rough Cutting", ["CUTTING"], ["ROUGH", "WIP"]),
    s("PRE", "Preform", ["CUTTING"], ["WIP"]),
    s("DOP", "Dopping", ["CUTTING"], ["WIP", "SUPPLIES"]),
    s("CCT", "Coarse Cut", ["CUTTING"], ["WIP"]),
    s("CAL", "Calibrate to Size", ["CUTTING"], ["WIP"]),
    s("FAC", "Faceting & Girdle", ["CUTTING"], ["WIP"]),
    s("PPL", "Pre-Polish", ["POLISH"], ["WIP"]),
    s("POL", "Final Polish", ["POLISH"], ["WIP"]),
    s("QAT", "QA & Testing", ["QA"], ["WIP"]),
    s("PCK", "Finish & Pack", ["PACKING"], ["WIP", "PACKAGING"]),
  ],
}

/** "Custom" is a workshop that builds its own flow: reset gives it a small generic one to start from. */
const CUSTOM: IndustryCatalog = {
  departments: [
    { code: "BENCH", name: "Bench" },
    { code: "QA", name: "QA" },
  ],
  inventory_types: [
    t("rough", "ROUGH", "Rough"),
    t("in_process", "WIP", "In-Process"),
    t("finished", "FINISHED", "Finished Goods"),
    t("materials_supplies", "MATERIALS", "Materials"),
    t("materials_supplies", "SUPPLIES", "Supplies"),
  ],
  stages: [
    s("INT", "Intake", ["BENCH"], []),
    s("BEN", "Bench Work", ["BENCH"], []),
    s("QAC", "Quality Check", ["QA"], []),
    s("DON", "Done", ["BENCH"], []),
  ],
}

export const INDUSTRY_CATALOGS: Record<Industry, IndustryCatalog> = {
  jewelry: JEWELRY,
  gemstones: GEMSTONES,
  custom: CUSTOM,
}

export function industryCatalog(industry: Industry): IndustryCatalog {
  const catalog = INDUSTRY_CATALOGS[industry]
  if (!catalog) {
    throw new Error(`Unknown industry "${industry}"`)
  }
  return catalog
}
