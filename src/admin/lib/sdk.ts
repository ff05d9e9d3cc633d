import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined

/**
 * The admin's client, configured as Medusa's own dashboard is: its backend
 * URL and auth type (session cookie or JWT), so the plugin's screens work
 * wherever the dashboard does.
 */
export const sdk = new Medusa({
  baseUrl: (typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__) || "/",
  auth: {
    type: (typeof __AUTH_TYPE__ !== "undefined" && __AUTH_TYPE__) || "session",
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
