import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import BigNumber from "bignumber.js"
import { allowedLossPct } from "../../../../lib/metal-custody"
import { purityLabel } from "../../../../lib/purity"
import { holderNames } from "../../../../workflows/metal/holders"
import { resolveStaff } from "../../../utils/staff"
import { metalContext, period } from "../view"

/**
 * Metal balances (SPEC 4b): per staff member and per outside vendor, what
 * they hold now (gross and fine, per purity), and over a period what was
 * issued to them, returned by them and lost, with the loss % against the
 * standard of the stages they worked. Members see their own line only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string }
  const range = period(q)
  const staff = await resolveStaff(req)
  const { metal, settings, unit, u } = await metalContext(req.scope)
  const own = staff.role === "member" ? { holder_type: "user", holder_id: staff.user_id ?? "__none__" } : {}
  const [now, totals] = await Promise.all([metal.balances(own), metal.periodTotals(range)])
  const inScope = (t: { holder_type: string; holder_id: string }) => staff.role !== "member" || (t.holder_type === "user" && t.holder_id === staff.user_id)
  const rows = totals.filter(inScope)
  const keys = [...new Set([...now.map((b) => `${b.holder_type}:${b.holder_id}`), ...rows.map((t) => `${t.holder_type}:${t.holder_id}`)])]
  const names = await holderNames(req.scope, keys.map((k) => ({ type: k.split(":")[0], id: k.split(":").slice(1).join(":") })))
  const table = (settings.karat_table as any) ?? undefined

  const holders = keys.map((key) => {
    const [type, ...rest] = key.split(":")
    const id = rest.join(":")
    const mine = rows.filter((t) => t.holder_type === type && t.holder_id === id)
    const metals = [...new Set(mine.map((t) => t.metal))]
    const periodFigures = Object.fromEntries(
      metals.map((m) => {
        const of = mine.filter((t) => t.metal === m)
        // Fine metal per metal; material with no purity in gross.
        const amount = (t: (typeof of)[number]) => new BigNumber(m === "other" ? t.gross_grams : t.fine_grams)
        const sum = (type: string) => of.filter((t) => t.entry_type === type).reduce((n, t) => n.plus(amount(t)), new BigNumber(0))
        const issued = sum("issue")
        const returned = sum("return").negated()
        const loss = sum("loss").negated()
        return [
          m,
          {
            issued: u(issued.toFixed()),
            returned: u(returned.toFixed()),
            loss: u(loss.toFixed()),
            loss_pct: issued.isZero() ? null : loss.div(issued).times(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toNumber(),
            allowed_loss_pct: allowedLossPct(of.filter((t) => t.entry_type === "issue").map((t) => ({ issued: amount(t).toFixed(), standard_pct: t.loss_standard_pct }))),
          },
        ]
      })
    )
    return {
      ...(names.get(key) ?? { type, id, name: id }),
      holds: now
        .filter((b) => b.holder_type === type && b.holder_id === id)
        .map((b) => ({ metal: b.metal, fineness: b.fineness, purity: b.metal ? purityLabel(b.metal, b.fineness, table) : "Other material", gross: u(b.gross_grams), fine: b.metal ? u(b.fine_grams) : null })),
      period: periodFigures,
    }
  })
  holders.sort((a: any, b: any) => (a.type === b.type ? String(a.name).localeCompare(String(b.name)) : a.type === "user" ? -1 : 1))
  res.json({ unit, from: range.from, to: range.to, holders, scope: staff.role === "member" ? "own" : "all" })
}
