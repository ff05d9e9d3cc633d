import BigNumber from "bignumber.js"
import { DecimalInput } from "./units"
import { fineWeight } from "./purity"

/**
 * Who holds the metal (SPEC 4b). Every issue into a stage and every receipt
 * from it names a holder: a staff member or an outside vendor (a supplier).
 * The custody ledger keeps one signed entry per event:
 *   issue  +gross  (the holder took it)
 *   return −gross  (received, rejected or scrapped back from them)
 *   loss   −gross  (waste at a receipt, or what stands unreturned when the stage completes)
 * A holder's balance per metal and purity is the sum of their entries.
 */
export const HOLDER_TYPES = ["user", "supplier"] as const
export type HolderType = (typeof HOLDER_TYPES)[number]
export type Holder = { type: HolderType; id: string }

export const CUSTODY_ENTRY_TYPES = ["issue", "return", "loss"] as const
export type CustodyEntryType = (typeof CUSTODY_ENTRY_TYPES)[number]

export type CustodyEntry = {
  holder_type: HolderType
  holder_id: string
  entry_type: CustodyEntryType
  metal: string | null
  fineness: string | null
  /** Signed grams: + to the holder, − from the holder. */
  gross_grams: DecimalInput
  fine_grams: DecimalInput
  job_stage_id?: string | null
}

export const holderKey = (h: { holder_type: string; holder_id: string }) => `${h.holder_type}:${h.holder_id}`
/** Metal and purity as one key; material with no purity (stones, findings) is "other". */
export const purityKey = (metal: string | null | undefined, fineness: DecimalInput | null | undefined) =>
  metal && fineness !== null && fineness !== undefined && fineness !== "" ? `${metal}:${new BigNumber(fineness as any).toFixed()}` : "other"

/** A custody entry's fine weight: gross × fineness ÷ 1000, with the gross's sign. */
export function custodyEntry(e: Omit<CustodyEntry, "fine_grams">): CustodyEntry {
  return { ...e, fine_grams: e.metal ? fineWeight(e.gross_grams, e.fineness).toFixed() : "0" }
}

export type BalanceLine = { metal: string | null; fineness: string | null; gross: string; fine: string }

/** Balances per holder, per metal and purity: the sum of the entries that name them. Zero lines are left out. */
export function holderBalances(entries: CustodyEntry[]): Map<string, BalanceLine[]> {
  const sums = new Map<string, Map<string, { metal: string | null; fineness: string | null; gross: BigNumber; fine: BigNumber }>>()
  for (const e of entries) {
    const hk = holderKey(e)
    if (!sums.has(hk)) sums.set(hk, new Map())
    const pk = purityKey(e.metal, e.fineness)
    const lines = sums.get(hk)!
    const cur = lines.get(pk) ?? { metal: e.metal ?? null, fineness: e.metal && e.fineness ? new BigNumber(e.fineness).toFixed() : null, gross: new BigNumber(0), fine: new BigNumber(0) }
    cur.gross = cur.gross.plus(e.gross_grams as any)
    cur.fine = cur.fine.plus(e.fine_grams as any)
    lines.set(pk, cur)
  }
  const out = new Map<string, BalanceLine[]>()
  for (const [hk, lines] of sums) {
    const nonzero = [...lines.values()].filter((l) => !l.gross.isZero() || !l.fine.isZero())
    out.set(hk, nonzero.map((l) => ({ metal: l.metal, fineness: l.fineness, gross: l.gross.toFixed(), fine: l.fine.toFixed() })))
  }
  return out
}

/**
 * When a stage completes, what each holder still has of it is booked as
 * their loss, per metal and purity, so their balance for that stage is zero:
 * loss = issued − returned − loss already booked (waste). A negative figure
 * (more came back than went in: solder, plating) is booked too, as a gain.
 */
export function closingLossEntries(stageEntries: CustodyEntry[]): Omit<CustodyEntry, "fine_grams">[] {
  const out: Omit<CustodyEntry, "fine_grams">[] = []
  for (const [hk, lines] of holderBalances(stageEntries)) {
    const [type, ...rest] = hk.split(":")
    for (const l of lines) {
      if (new BigNumber(l.gross).isZero()) continue
      out.push({
        holder_type: type as HolderType,
        holder_id: rest.join(":"),
        entry_type: "loss",
        metal: l.metal,
        fineness: l.fineness,
        gross_grams: new BigNumber(l.gross).negated().toFixed(),
        job_stage_id: stageEntries[0]?.job_stage_id ?? null,
      })
    }
  }
  return out
}

export type PeriodFigures = { issued: string; returned: string; loss: string; loss_pct: number | null }

/**
 * A holder's figures over a period, per metal in fine grams and for
 * material without purity in gross grams: issued, returned, loss and loss %
 * (loss ÷ issued × 100, one decimal; nothing issued gives no figure).
 */
export function periodFigures(entries: CustodyEntry[]): Record<string, PeriodFigures> {
  const by = new Map<string, { issued: BigNumber; returned: BigNumber; loss: BigNumber }>()
  for (const e of entries) {
    const key = e.metal ?? "other"
    const amount = new BigNumber((e.metal ? e.fine_grams : e.gross_grams) as any)
    const cur = by.get(key) ?? { issued: new BigNumber(0), returned: new BigNumber(0), loss: new BigNumber(0) }
    if (e.entry_type === "issue") cur.issued = cur.issued.plus(amount)
    else if (e.entry_type === "return") cur.returned = cur.returned.minus(amount)
    else cur.loss = cur.loss.minus(amount)
    by.set(key, cur)
  }
  return Object.fromEntries(
    [...by.entries()].map(([k, v]) => [
      k,
      {
        issued: v.issued.toFixed(),
        returned: v.returned.toFixed(),
        loss: v.loss.toFixed(),
        loss_pct: v.issued.isZero() ? null : v.loss.div(v.issued).times(100).decimalPlaces(1, BigNumber.ROUND_HALF_UP).toNumber(),
      },
    ])
  )
}

/**
 * The loss a holder was allowed over a period: each stage's standard
 * weighted by what was issued to them there. Stages without a standard do
 * not count. No figure when none of their stages has a standard.
 */
export function allowedLossPct(issuedByStage: { issued: DecimalInput; standard_pct: DecimalInput | null }[]): number | null {
  let issued = new BigNumber(0)
  let allowed = new BigNumber(0)
  for (const s of issuedByStage) {
    if (s.standard_pct === null || s.standard_pct === undefined || s.standard_pct === "") continue
    const i = new BigNumber(s.issued as any)
    issued = issued.plus(i)
    allowed = allowed.plus(i.times(s.standard_pct as any).div(100))
  }
  return issued.isZero() ? null : allowed.div(issued).times(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber()
}
