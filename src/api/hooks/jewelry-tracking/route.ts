import crypto from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STOCK_MODULE } from "../../../modules/stock"
import { updateShipmentTrackingWorkflow } from "../../../workflows/order-ops/workflows"
import { TrackingWebhook } from "../../admin/jewelry-orders/validators"
import { formatIssue } from "../../utils/validation"

/** `sha256=<hex>` of the exact request body, keyed with the secret; compared in constant time. */
export function verifySignature(raw: Buffer | string, header: string | undefined, secret: string): boolean {
  if (!header) return false
  const given = header.trim().replace(/^sha256=/i, "")
  if (!/^[0-9a-f]{64}$/i.test(given)) return false
  const expected = crypto.createHmac("sha256", secret).update(raw).digest("hex")
  return crypto.timingSafeEqual(Buffer.from(given.toLowerCase(), "hex"), Buffer.from(expected, "hex"))
}

/**
 * A carrier's tracking update. The request must carry
 * `X-Jewelry-Signature: sha256=<HMAC-SHA256 of the body>` made with the
 * `tracking_webhook_secret` plugin option; anything else is a 401 and
 * changes nothing. A repeated status is accepted and changes nothing.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const options = (req.scope.resolve(STOCK_MODULE) as any).getPluginOptions?.() ?? {}
  const secret: string | undefined = options.tracking_webhook_secret
  if (!secret) {
    res.status(503).json({ type: "not_configured", message: "tracking_webhook_secret: the tracking webhook is not configured on this store" })
    return
  }
  const raw: Buffer | string = (req as any).rawBody ?? JSON.stringify(req.body ?? {})
  if (!verifySignature(raw, req.headers["x-jewelry-signature"] as string | undefined, secret)) {
    res.status(401).json({ type: "unauthorized", message: "x-jewelry-signature: the signature does not match the body" })
    return
  }
  const parsed = TrackingWebhook.safeParse(req.body)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: formatIssue(parsed.error.issues[0]) })
    return
  }
  const { result } = await updateShipmentTrackingWorkflow(req.scope).run({
    input: { tracking_number: parsed.data.tracking_number, status: parsed.data.status, note: parsed.data.note ?? null, occurred_at: parsed.data.occurred_at ?? null, source: "webhook" },
  })
  res.json({ shipment_id: result.shipment.id, status: result.shipment.status, changed: result.changed, order_fulfillment_status: result.fulfillment_status })
}
