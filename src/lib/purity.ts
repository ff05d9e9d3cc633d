import BigNumber from "bignumber.js"
import { DecimalInput, toDecimal } from "./units"

/**
 * Purity of precious metal (SPEC 4b): a fineness in parts per thousand,
 * exact, entered as karat ("14K", "18KY") or fineness ("585", "PT950",
 * "925"). Fine weight = gross × fineness ÷ 1000, kept exact.
 */
export const METALS = ["gold", "silver", "platinum", "palladium"] as const
export type Metal = (typeof METALS)[number]

export const METAL_LABELS: Record<Metal, string> = { gold: "Gold", silver: "Silver", platinum: "Platinum", palladium: "Palladium" }

/** Karat to fineness by the hallmark convention. A workshop may keep its own table (some use 583.3 for 14K). */
export const DEFAULT_KARAT_TABLE: Record<string, string> = {
  "9": "375",
  "10": "417",
  "14": "585",
  "18": "750",
  "20": "833",
  "21": "875",
  "22": "916",
  "24": "999",
}
export type KaratTable = Record<string, string>

/** Hallmark finenesses per metal, for pickers and for reading a bare fineness. */
export const STANDARD_FINENESS: Record<Metal, string[]> = {
  gold: ["375", "417", "585", "750", "833", "875", "916", "999"],
  silver: ["800", "925", "958", "999"],
  platinum: ["850", "900", "950", "999"],
  palladium: ["500", "950", "999"],
}

/** Fineness is kept to two decimals (583.3, 999.99): what a hallmark or an assay states. */
export const FINENESS_SCALE = 2

export class PurityError extends Error {
  constructor(public field: "purity" | "metal", message: string) {
    super(message)
  }
}

export type Purity = { metal: Metal; fineness: string }

export const isMetal = (v: unknown): v is Metal => typeof v === "string" && (METALS as readonly string[]).includes(v)

const METAL_WORDS: [RegExp, Metal][] = [
  [/^(pt|plat|platinum)/, "platinum"],
  [/^(pd|pall|palladium)/, "palladium"],
  [/^(ag|sterling|silver|britannia)/, "silver"],
  [/^(au|gold)/, "gold"],
]

/** Checks a karat table: karats 1–24 as whole numbers, finenesses over 0 and at most 1000. */
export function validateKaratTable(table: unknown): KaratTable {
  if (!table || typeof table !== "object" || Array.isArray(table)) throw new PurityError("purity", "karat_table: give karat → fineness pairs")
  const out: KaratTable = {}
  for (const [k, v] of Object.entries(table as Record<string, unknown>)) {
    if (!/^\d{1,2}$/.test(k) || Number(k) < 1 || Number(k) > 24) throw new PurityError("purity", `karat_table: "${k}" is not a karat from 1 to 24`)
    out[String(Number(k))] = checkFineness(v, `karat_table.${k}`)
  }
  return out
}

function checkFineness(v: unknown, field: string): string {
  const s = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : ""
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(s)) throw new PurityError("purity", `${field}: a fineness is parts per thousand, e.g. 585 or 583.3`)
  const d = new BigNumber(s)
  if (d.isLessThanOrEqualTo(0) || d.isGreaterThan(1000)) throw new PurityError("purity", `${field}: a fineness is over 0 and at most 1000`)
  return d.toFixed()
}

/**
 * Reads a purity as a jeweler writes it: "14K", "18KY", "22kt", "585",
 * "PT950", "Pt 900", "925", "sterling", "Ag 999", "fine gold". The metal
 * comes from the text, else from `metal`; a bare fineness that more than one
 * metal uses (950, 999) needs the metal.
 */
export function parsePurity(input: string | number, opts: { metal?: string | null; karatTable?: KaratTable | null } = {}): Purity {
  const table = opts.karatTable ?? DEFAULT_KARAT_TABLE
  if (opts.metal !== undefined && opts.metal !== null && !isMetal(opts.metal)) {
    throw new PurityError("metal", `metal: "${opts.metal}" is not one of ${METALS.join(", ")}`)
  }
  const given = (opts.metal ?? null) as Metal | null
  const raw = String(input ?? "").trim()
  if (!raw) throw new PurityError("purity", "purity: give a karat (14K) or a fineness (585)")
  if (raw.length > 40) throw new PurityError("purity", "purity: at most 40 characters")
  let text = raw.toLowerCase().replace(/\s+/g, " ")

  let named: Metal | null = null
  if (/^fine (gold|silver|platinum|palladium)$/.test(text)) {
    const metal = text.split(" ")[1] as Metal
    return agree({ metal, fineness: "999" }, given)
  }
  if (text === "sterling" || text === "sterling silver") return agree({ metal: "silver", fineness: "925" }, given)
  if (text === "britannia" || text === "britannia silver") return agree({ metal: "silver", fineness: "958" }, given)
  for (const [re, metal] of METAL_WORDS) {
    if (re.test(text)) {
      named = metal
      text = text.replace(re, "").trim()
      break
    }
  }

  // Karat: 14K, 14 k, 18KY (yellow), 18KW, 14kt, 22 carat (gold only).
  const karat = /^(\d{1,2})\s*(k|kt|karat|carat|ct)\s*(y|w|r|p|yellow|white|rose|pink|green|gold)?(\s*gold)?$/.exec(text)
  if (karat) {
    if (named && named !== "gold") throw new PurityError("purity", `purity: karats are for gold, not ${named}`)
    const fineness = table[String(Number(karat[1]))]
    if (!fineness) throw new PurityError("purity", `purity: ${karat[1]}K is not in the karat table (${Object.keys(table).map((k) => `${k}K`).join(", ")})`)
    return agree({ metal: "gold", fineness: toDecimal(fineness).toFixed() }, given)
  }

  const fine = /^(\d{1,4}(?:\.\d{1,2})?)\s*(gold|silver|platinum|palladium)?$/.exec(text)
  if (!fine) throw new PurityError("purity", `purity: "${raw}" is neither a karat (14K) nor a fineness (585)`)
  const fineness = checkFineness(fine[1], "purity")
  if (fine[2]) {
    const m = fine[2] as Metal
    if (named && named !== m) throw new PurityError("purity", `purity: "${raw}" names two metals`)
    named = m
  }
  const metal = named ?? given ?? inferMetal(fineness)
  if (!metal) {
    const users = METALS.filter((m) => STANDARD_FINENESS[m].includes(fineness))
    throw new PurityError(
      "metal",
      users.length > 1
        ? `metal: fineness ${fineness} is used for ${users.join(" and ")}; say which metal`
        : `metal: say which metal is ${fineness} fine`
    )
  }
  return agree({ metal, fineness }, given)
}

function agree(p: Purity, given: Metal | null): Purity {
  if (given && given !== p.metal) throw new PurityError("metal", `metal: the purity says ${p.metal}, the metal says ${given}`)
  return p
}

/** The metal a bare fineness means when only one metal uses it by hallmark. */
export function inferMetal(fineness: string): Metal | null {
  const users = METALS.filter((m) => STANDARD_FINENESS[m].includes(fineness))
  return users.length === 1 ? users[0] : null
}

/** Fine weight of a gross weight at a fineness, exact (no rounding). No fineness: no fine metal. */
export function fineWeight(gross: DecimalInput, fineness: DecimalInput | null | undefined): BigNumber {
  if (fineness === null || fineness === undefined || fineness === "") return new BigNumber(0)
  return toDecimal(gross).times(toDecimal(fineness)).div(1000)
}

/** Gross weight that holds `fine` at a fineness (for a melt's new item), rounded down to `places`. */
export function grossForFine(fine: DecimalInput, fineness: DecimalInput, places = 8): BigNumber {
  const f = toDecimal(fineness)
  if (f.isLessThanOrEqualTo(0)) throw new PurityError("purity", "purity: a fineness is over 0")
  return toDecimal(fine).times(1000).div(f).decimalPlaces(places, BigNumber.ROUND_DOWN)
}

/** The karat a gold fineness stands for in the table, if any. */
export function karatOf(fineness: string, table: KaratTable = DEFAULT_KARAT_TABLE): string | null {
  const hit = Object.entries(table).find(([, f]) => new BigNumber(f).isEqualTo(fineness))
  return hit ? `${hit[0]}K` : null
}

/** "14K · 585", "Platinum 950", "Silver 925": how a jeweler reads a purity. */
export function purityLabel(metal: string | null | undefined, fineness: string | null | undefined, table: KaratTable = DEFAULT_KARAT_TABLE): string {
  if (!metal || !fineness) return ""
  const f = new BigNumber(fineness).toFixed()
  if (metal === "gold") {
    const k = karatOf(f, table)
    return k ? `${k} · ${f}` : `Gold ${f}`
  }
  return `${METAL_LABELS[metal as Metal] ?? metal} ${f}`
}
