import crypto from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pluginOptions } from "../../../utils/plugin-options"
import { PLUGIN_OPTION_DEFAULTS } from "../../../lib/plugin-options"
import { updateShipmentTrackingWorkflow } from "../../../workflows/jewelry-orders/workflows"
import { TrackingWebhook } from "../../admin/jewelry-orders/validators"
import { formatIssue } from "../../utils/validation"

/** Seconds a signed body stays valid: an older one is a replay. */
export const DEFAULT_TOLERANCE_S = PLUGIN_OPTION_DEFAULTS.tracking_webhook_tolerance_s

/** The signature header a carrier sends: `t=<unix seconds>,sha256=<hex of HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signTracking(raw: Buffer | string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.`).update(raw).digest("hex")
  return `t=${timestamp},sha256=${mac}`
}

/**
 * Checks the signature of the exact request body with its timestamp, in
 * constant time; a body signed more than `toleranceS` seconds away from now
 * is refused even with a valid signature (a replay).
 */
export function verifySignature(
  raw: Buffer | string,
  header: string | undefined,
  secret: string,
  { toleranceS = DEFAULT_TOLERANCE_S, now = Date.now() }: { toleranceS?: number; now?: number } = {}
): { ok: true; timestamp: number } | { ok: false; reason: string } {
  if (!header) return { ok: false, reason: "x-jewelry-signature: missing" }
  const parts = Object.fromEntries(
    header
      .split(",")
      .map((p) => p.trim().split("="))
      .filter((kv) => kv.length === 2)
      .map(([k, v]) => [k.toLowerCase(), v])
  )
  const t = Number(parts.t)
  const given = String(parts.sha256 ?? "")
  if (!/^\d{1,12}$/.test(String(parts.t ?? "")) || !/^[0-9a-f]{64}$/i.test(given)) {
    return { ok: false, reason: "x-jewelry-signature: expected t=<unix seconds>,sha256=<hex>" }
  }
  const expected = crypto.createHmac("sha256", secret).update(`${t}.`).update(raw).digest("hex")
  if (!crypto.timingSafeEqual(Buffer.from(given.toLowerCase(), "hex"), Buffer.from(expected, "hex"))) {
    return { ok: false, reason: "x-jewelry-signature: the signature does not match the body" }
  }
  if (Math.abs(now / 1000 - t) > toleranceS) return { ok: false, reason: `x-jewelry-signature: signed ${Math.round(Math.abs(now / 1000 - t))} s away from now, past the ${toleranceS} s tolerance (a replay?)` }
  return { ok: true, timestamp: t }
}

/**
 * A carrier's tracking update. The request must carry
 * `X-Jewelry-Signature: t=<unix seconds>,sha256=<HMAC-SHA256 of "<t>.<body>">`
 * made with the `tracking_webhook_secret` plugin option, signed within
 * `tracking_webhook_tolerance_s` (300 s) of now; anything else is a 401 and
 * changes nothing. A repeated status is accepted and changes nothing; an
 * event older than the shipment's last one never moves it back.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const options = pluginOptions(req.scope)
  const secret = options.tracking_webhook_secret
  if (!secret) {
    res.status(503).json({ type: "not_configured", message: "tracking_webhook_secret: the tracking webhook is not configured on this store" })
    return
  }
  const raw: Buffer | string = (req as any).rawBody ?? JSON.stringify(req.body ?? {})
  const toleranceS = options.tracking_webhook_tolerance_s
  const verified = verifySignature(raw, req.headers["x-jewelry-signature"] as string | undefined, secret, { toleranceS })
  if (!verified.ok) {
    res.status(401).json({ type: "unauthorized", message: verified.reason })
    return
  }
  const parsed = TrackingWebhook.safeParse(req.body)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: formatIssue(parsed.error.issues[0]) })
    return
  }
  const { result } = await updateShipmentTrackingWorkflow(req.scope).run({
    // Without its own time, the event happened when it was signed.
    input: {
      tracking_number: parsed.data.tracking_number,
      status: parsed.data.status,
      note: parsed.data.note ?? null,
      occurred_at: parsed.data.occurred_at ?? new Date(verified.timestamp * 1000).toISOString(),
      source: "webhook",
    },
  })
  res.json({ shipment_id: result.shipment.id, status: result.shipment.status, changed: result.changed, stale: result.stale, order_fulfillment_status: result.fulfillment_status })
}
