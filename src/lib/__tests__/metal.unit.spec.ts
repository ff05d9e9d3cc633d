import BigNumber from "bignumber.js"
import { fineWeight, grossForFine, parsePurity, purityLabel, PurityError, validateKaratTable } from "../purity"
import { allowedLossPct, closingLossEntries, custodyEntry, CustodyEntry, holderBalances, periodFigures } from "../metal-custody"
import { estimatedFine, meltOutcome, recoveredShares, refiningLossPct, RecoveryError } from "../recovery"

describe("Purity: karat or fineness, kept as exact fineness (SPEC 4b)", () => {
  it.each([
    ["9K", "gold", "375"],
    ["10k", "gold", "417"],
    ["14K", "gold", "585"],
    ["14KW", "gold", "585"],
    ["18 kt yellow", "gold", "750"],
    ["20K", "gold", "833"],
    ["21K", "gold", "875"],
    ["22K", "gold", "916"],
    ["24K", "gold", "999"],
    ["585", "gold", "585"],
    ["750", "gold", "750"],
    ["916", "gold", "916"],
    ["925", "silver", "925"],
    ["sterling", "silver", "925"],
    ["Britannia", "silver", "958"],
    ["PT950", "platinum", "950"],
    ["Pt 900", "platinum", "900"],
    ["Pd500", "palladium", "500"],
    ["fine gold", "gold", "999"],
    ["999.9 gold", "gold", "999.9"],
  ])("%s is %s %s", (text, metal, fineness) => {
    expect(parsePurity(text)).toEqual({ metal, fineness })
  })

  it("a fineness more than one metal uses needs the metal", () => {
    expect(() => parsePurity("950")).toThrow(/platinum and palladium; say which metal/)
    expect(() => parsePurity("999")).toThrow(/say which metal/)
    expect(parsePurity("950", { metal: "palladium" })).toEqual({ metal: "palladium", fineness: "950" })
    expect(parsePurity("999", { metal: "silver" })).toEqual({ metal: "silver", fineness: "999" })
  })

  it("refuses what is not a purity, naming the field", () => {
    for (const bad of ["", "abc", "0", "1001", "14.5K", "0x10", "1e3", "585.123", "K14"]) {
      expect(() => parsePurity(bad)).toThrow(PurityError)
    }
    expect(() => parsePurity("14K", { metal: "silver" })).toThrow(/^metal: the purity says gold/)
    expect(() => parsePurity("PT14K")).toThrow(/karats are for gold/)
    expect(() => parsePurity("585", { metal: "brass" })).toThrow(/^metal:/)
    expect(() => parsePurity("15K")).toThrow(/not in the karat table/)
  })

  it("a workshop's own karat table: 14K as 583.3", () => {
    const table = validateKaratTable({ "14": "583.3", "18": 750 })
    expect(parsePurity("14K", { karatTable: table })).toEqual({ metal: "gold", fineness: "583.3" })
    expect(purityLabel("gold", "583.3", table)).toBe("14K · 583.3")
    expect(() => validateKaratTable({ "30": "999" })).toThrow(/karat from 1 to 24/)
    expect(() => validateKaratTable({ "14": "1200" })).toThrow(/at most 1000/)
  })

  it("fine weight = gross × fineness ÷ 1000, exact", () => {
    expect(fineWeight("8.52", "585").toFixed()).toBe("4.9842")
    expect(fineWeight("0.1", "583.3").toFixed()).toBe("0.05833")
    expect(fineWeight("3.26586507", "999.9").toFixed()).toBe("3.265538483493")
    expect(fineWeight("5", null).toFixed()).toBe("0")
    expect(grossForFine("7.5", "750").toFixed()).toBe("10")
  })

  it("labels read as a jeweler reads them", () => {
    expect(purityLabel("gold", "585")).toBe("14K · 585")
    expect(purityLabel("gold", "600")).toBe("Gold 600")
    expect(purityLabel("platinum", "950")).toBe("Platinum 950")
    expect(purityLabel(null, null)).toBe("")
  })
})

describe("Who holds the metal: the custody ledger (SPEC 4b)", () => {
  const setter = { holder_type: "user" as const, holder_id: "usr_setter" }
  const caster = { holder_type: "supplier" as const, holder_id: "sup_caster" }
  const e = (h: typeof setter | typeof caster, entry_type: CustodyEntry["entry_type"], gross: string, fineness: string | null = "585", metal: string | null = "gold") =>
    custodyEntry({ ...h, entry_type, metal: fineness ? metal : null, fineness, gross_grams: gross, job_stage_id: "st1" })

  it("a balance is issued − returned − loss, per metal and purity, and equals the sum of the entries", () => {
    const entries = [e(caster, "issue", "10"), e(caster, "return", "-8.6"), e(caster, "return", "-1.2"), e(caster, "loss", "-0.05"), e(setter, "issue", "0.3", null)]
    const b = holderBalances(entries)
    expect(b.get("supplier:sup_caster")).toEqual([{ metal: "gold", fineness: "585", gross: "0.15", fine: "0.08775" }])
    expect(b.get("user:usr_setter")).toEqual([{ metal: null, fineness: null, gross: "0.3", fine: "0" }])
    const sum = entries.filter((x) => x.holder_id === "sup_caster").reduce((n, x) => n.plus(x.gross_grams as string), new BigNumber(0))
    expect(sum.toFixed()).toBe("0.15")
  })

  it("completing a stage books what each holder still has as their loss, so they hold nothing of it", () => {
    const entries = [e(caster, "issue", "10"), e(caster, "return", "-8.6"), e(caster, "return", "-1.2"), e(caster, "loss", "-0.05")]
    const closing = closingLossEntries(entries)
    expect(closing).toEqual([{ holder_type: "supplier", holder_id: "sup_caster", entry_type: "loss", metal: "gold", fineness: "585", gross_grams: "-0.15", job_stage_id: "st1" }])
    const after = holderBalances([...entries, ...closing.map(custodyEntry)])
    expect(after.get("supplier:sup_caster")).toEqual([])
  })

  it("mixed purities close per purity and the fine loss per metal is the true loss", () => {
    const entries = [e(caster, "issue", "9", "750"), e(caster, "issue", "1", "999"), e(caster, "return", "-10.3", "750")]
    const closing = closingLossEntries(entries).map(custodyEntry)
    const all = periodFigures([...entries, ...closing])
    expect(all.gold).toEqual({ issued: "7.749", returned: "7.725", loss: "0.024", loss_pct: 0.3 })
  })

  it("period figures per metal in fine grams; loss % with no issue gives no figure", () => {
    expect(periodFigures([e(setter, "loss", "-0.1")]).gold).toMatchObject({ issued: "0", loss_pct: null })
  })

  it("the allowed loss is each stage's standard weighted by what was issued there", () => {
    expect(allowedLossPct([{ issued: "100", standard_pct: "2" }, { issued: "100", standard_pct: "1" }, { issued: "50", standard_pct: null }])).toBe(1.5)
    expect(allowedLossPct([{ issued: "10", standard_pct: null }])).toBeNull()
  })
})

describe("Recovery: refining and melt lots (SPEC 4c)", () => {
  it("refining loss % = (estimated fine in − fine received) ÷ estimated fine in × 100", () => {
    const est = estimatedFine([{ gross_grams: "120", est_fineness: "300" }, { gross_grams: "12", est_fineness: "585" }])
    expect(est.toFixed()).toBe("43.02")
    expect(refiningLossPct(est, "40.5")).toBe(5.86)
    expect(refiningLossPct("0", "0")).toBeNull()
  })

  it("what refining returns is shared back pro rata and adds up exactly", () => {
    const shares = recoveredShares([{ gross_grams: "1", est_fineness: "585" }, { gross_grams: "2", est_fineness: "585" }, { gross_grams: "3", est_fineness: "585" }], "3.333")
    const total = shares.reduce((n, s) => n.plus(s.recovered_fine), new BigNumber(0))
    expect(total.toFixed()).toBe("3.333")
    expect(shares[0].recovered_fine).toBe("0.5555")
  })

  it("a melt conserves fine metal: fine out + melting loss = fine in", () => {
    // 10 g 14K scrap + 2 g 18K old gold → 14K, 11.9 g out of the crucible.
    const m = meltOutcome(
      [{ metal: "gold", fineness: "585", grams: "10" }, { metal: "gold", fineness: "750", grams: "2" }],
      { metal: "gold", fineness: "585", gross_grams: "11.9" }
    )
    expect(m).toMatchObject({ fine_in: "7.35", fine_out: "6.9615", loss_fine: "0.3885" })
    expect(new BigNumber(m.fine_out).plus(m.loss_fine).toFixed()).toBe(m.fine_in)
  })

  it("alloying fine gold to 18K: the new item's weight follows from its fine and purity", () => {
    const m = meltOutcome([{ metal: "gold", fineness: "999", grams: "7.5" }, { metal: null, fineness: null, grams: "2.5" }], { metal: "gold", fineness: "750", loss_fine_grams: "0.0075" })
    expect(m).toMatchObject({ fine_in: "7.4925", fine_out: "7.485", gross_out: "9.98", loss_fine: "0.0075", alloy_in: "2.5" })
  })

  it("refuses a melt that would make metal, mixes metals, or is given both or neither figure", () => {
    expect(() => meltOutcome([{ metal: "gold", fineness: "585", grams: "10" }], { metal: "gold", fineness: "750", gross_grams: "10" })).toThrow(/more than the 5.85 g/)
    expect(() => meltOutcome([{ metal: "silver", fineness: "925", grams: "10", tag_id: "JWAG0001" }], { metal: "gold", fineness: "585", gross_grams: "1" })).toThrow(RecoveryError)
    expect(() => meltOutcome([{ metal: "gold", fineness: "585", grams: "10" }], { metal: "gold", fineness: "585" })).toThrow(/^output_weight/)
    expect(() => meltOutcome([], { metal: "gold", fineness: "585", gross_grams: "1" })).toThrow(/^inputs/)
  })
})
