/**
 * A refused request as the admin's screens see it: the API's message and the
 * field it names (requests go through the js-sdk, lib/sdk.ts).
 */
export class ApiError extends Error {
  constructor(public status: number, message: string, public field: string | null, public body: any) {
    super(message)
  }
}

/**
 * "name: a stage named …" → "name"; "lines[2].weight: …" → "weight";
 * "photos[0]: …" → "photos"; "row 2: weight: …" → "weight";
 * "Invalid request: … field 'weight' …" → "weight".
 */
export function fieldOf(message: string): string | null {
  // A list of rows (records, a CSV) names the row first, then its field.
  const lead = /^(?:Invalid request: )?(?:row \d+: )?([a-z_][a-z0-9_.\[\]]*): /i.exec(message)
  // "lines[2].weight" and "bom_lines[0].unit_cost" are shown beside the row's field; one entry of a list beside the list.
  if (lead && !/^invalid request$/i.test(lead[1])) return lead[1].replace(/^items\.\d+\./, "").replace(/^(?:[a-z_]+\[\d+\]\.)+/i, "").replace(/\[\d+\]$/, "")
  const quoted = /field '([^']+)'/i.exec(message)
  // "items.0.pieces" (dots) or "lines, 0, stock_item_id" (Medusa's validation of a list): the last name.
  if (quoted) return quoted[1].split(/[.,]\s*/).pop()!
  return null
}
