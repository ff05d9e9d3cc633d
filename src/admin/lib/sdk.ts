import Medusa, { FetchError } from "@medusajs/js-sdk"
import { ApiError, fieldOf } from "./api"

declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined

const baseUrl = (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "/"
const authType = (typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__) || "session"

/**
 * The admin's client, configured as Medusa's own dashboard is: its backend
 * URL and auth type (session cookie or JWT), so the plugin's screens work
 * wherever the dashboard does.
 */
export const sdk = new Medusa({
  baseUrl,
  auth: {
    type: authType,
    jwtTokenStorageKey: (typeof __JWT_TOKEN_STORAGE_KEY__ !== "undefined" && __JWT_TOKEN_STORAGE_KEY__) || undefined,
  },
})

/** Query parameters without the empty ones, as the API expects them. */
export function cleanQuery<T extends Record<string, unknown>>(q: T | undefined): Partial<T> | undefined {
  if (!q) return undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== "") out[k] = v
  return out as Partial<T>
}

type Init = { method?: "GET" | "POST" | "DELETE"; body?: Record<string, any>; query?: Record<string, unknown> }

/**
 * `sdk.client.fetch`, with a failed request as an ApiError naming the field
 * the API's message starts with, so forms put it beside that input.
 */
export async function sdkFetch<T>(path: string, init: Init = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, { method: init.method ?? (init.body ? "POST" : "GET"), body: init.body, query: cleanQuery(init.query) })
  } catch (e) {
    if (e instanceof FetchError) throw new ApiError(e.status ?? 0, e.message, fieldOf(e.message), null)
    throw e
  }
}

/**
 * A POST whose refusal carries more than a message (a 409 with the stage's
 * loss figures). The js-sdk's FetchError keeps only the message, so this one
 * request is made with the same base URL and auth as the sdk, and the
 * ApiError keeps the whole answer in `body`.
 */
export async function postKeepingBody<T>(path: string, body: Record<string, any>): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" }
  if (authType === "jwt") {
    const token = await sdk.client.getToken()
    if (token) headers.authorization = `Bearer ${token}`
  }
  const res = await fetch(`${baseUrl.replace(/\/$/, "")}${path}`, {
    method: "POST",
    headers,
    credentials: authType === "session" ? "include" : "omit",
    body: JSON.stringify(body),
  })
  const answer = await res.json().catch(() => null)
  if (!res.ok) {
    const message = answer?.message ?? `Request failed (${res.status})`
    throw new ApiError(res.status, message, fieldOf(message), answer)
  }
  return answer as T
}

/**
 * A request made with the sdk's base URL and auth (session cookie or JWT)
 * whose answer is read by the caller: a file (PDF, ZPL) rather than JSON.
 */
export async function authorizedFetch(path: string, init: { method?: "GET" | "POST"; body?: Record<string, any> } = {}): Promise<Response> {
  const headers: Record<string, string> = {}
  if (init.body) headers["content-type"] = "application/json"
  if (authType === "jwt") {
    const token = await sdk.client.getToken()
    if (token) headers.authorization = `Bearer ${token}`
  }
  return fetch(`${baseUrl.replace(/\/$/, "")}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers,
    credentials: authType === "session" ? "include" : "omit",
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
}
