/**
 * The order's Date required from the rows the notes were read into: the
 * earliest date any row asks for (the order is due when its first piece is),
 * unless the user already chose one. ISO days compare as text.
 */
export function orderDateRequired(rows: { date_required?: string | null }[], chosen: string | null | undefined): string | null {
  if (chosen) return chosen
  const days = rows.map((r) => r.date_required).filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}/.test(d))
  return days.length ? days.map((d) => d.slice(0, 10)).sort()[0] : null
}
