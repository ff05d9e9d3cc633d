import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purityLabel } from "../../../../lib/purity"
import { holderNames } from "../../../../workflows/metal/holders"
import { resolveStaff } from "../../../utils/staff"
import { metalContext, period } from "../view"

/** The custody ledger's entries: a holder's movements over a period, newest first. Members see their own. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { from?: string; to?: string; holder_type?: string; holder_id?: string; job_id?: string; limit?: number; offset?: number }
  const range = period(q)
  const staff = await resolveStaff(req)
  const { metal, settings, unit, u } = await metalContext(req.scope)
  const filters: Record<string, unknown> = { created_at: { $gte: range.from, $lt: range.to } }
  if (q.holder_type) filters.holder_type = q.holder_type
  if (q.holder_id) filters.holder_id = q.holder_id
  if (q.job_id) filters.job_id = q.job_id
  if (staff.role === "member") Object.assign(filters, { holder_type: "user", holder_id: staff.user_id ?? "__none__" })
  const limit = q.limit ?? 50
  const offset = q.offset ?? 0
  const [entries, count] = await metal.listAndCountMetalEntries(filters as any, { order: { created_at: "DESC", id: "DESC" }, take: limit, skip: offset })
  const names = await holderNames(req.scope, entries.map((e: any) => ({ type: e.holder_type, id: e.holder_id })))
  const table = (settings.karat_table as any) ?? undefined
  res.json({
    unit,
    count,
    limit,
    offset,
    entries: entries.map((e: any) => ({
      id: e.id,
      created_at: e.created_at,
      holder: names.get(`${e.holder_type}:${e.holder_id}`),
      entry_type: e.entry_type,
      bucket: e.bucket,
      metal: e.metal,
      purity: purityLabel(e.metal, e.fineness === null ? null : String(e.fineness), table) || "Other material",
      gross: u(String(e.gross_grams)),
      fine: e.metal ? u(String(e.fine_grams)) : null,
      job_id: e.job_id,
      job_number: e.job_number === null ? null : `JOB-${String(e.job_number).padStart(5, "0")}`,
      stage_name: e.stage_name,
      tag_id: e.tag_id,
      note: e.note,
    })),
  })
}
