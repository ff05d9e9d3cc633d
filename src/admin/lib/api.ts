/**
 * The admin extensions' client: same-origin requests with the admin session
 * cookie. Errors carry the API's message and the field it names.
 */
declare const __BACKEND_URL__: string | undefined

const base = (() => {
  try {
    return typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__.replace(/\/$/, "") : ""
  } catch {
    return ""
  }
})()

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

export async function api<T = any>(path: string, init: { method?: string; body?: unknown; query?: Record<string, unknown> } = {}): Promise<T> {
  const qs = init.query
    ? "?" +
      Object.entries(init.query)
        .filter(([, v]) => v !== undefined && v !== null && v !== "")
        .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
        .join("&")
    : ""
  const res = await fetch(`${base}${path}${qs === "?" ? "" : qs}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    credentials: "include",
    headers: init.body === undefined ? { accept: "application/json" } : { "content-type": "application/json", accept: "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await res.text()
  let body: any = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  if (!res.ok) {
    const message = (body && typeof body === "object" && body.message) || `Request failed (${res.status})`
    throw new ApiError(res.status, message, fieldOf(message), body)
  }
  return body as T
}

/** The full URL of an API path, for downloads. */
export const apiUrl = (path: string) => `${base}${path}`
