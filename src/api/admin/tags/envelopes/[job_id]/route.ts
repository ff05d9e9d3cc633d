import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../../../modules/production"
import type ProductionModuleService from "../../../../../modules/production/service"
import { jobViewFor } from "../../../../utils/job-view"
import { renderEnvelopePdf } from "../../../../../lib/tags-pdf"

const LABELS: Record<string, string> = {
  rush: "Rush",
  kind: "Kind",
  customer: "Customer",
  order: "Order",
  due_date: "Due",
  stages: "Stages",
  materials: "Materials issued",
  no_materials: "Nothing issued yet",
  issued_by: "Issued by",
  received_by: "Received by",
  date: "Date",
  other_location: "(another location)",
}
const KINDS: Record<string, string> = { production: "Production", custom: "Custom", repair: "Repair" }

/** The style's image for the envelope: http(s) or a data URL, PNG or JPEG, at most 5 MB and 3 s; anything else is left off. */
async function styleImage(url: string | null | undefined): Promise<Buffer | null> {
  if (!url) return null
  try {
    if (url.startsWith("data:image/")) return Buffer.from(url.slice(url.indexOf(",") + 1), "base64")
    if (!/^https?:\/\//i.test(url)) return null
    const r = await fetch(url, { signal: AbortSignal.timeout(3000) })
    if (!r.ok || !/image\/(png|jpe?g)/i.test(r.headers.get("content-type") ?? "")) return null
    const buf = Buffer.from(await r.arrayBuffer())
    return buf.length <= 5 * 1024 * 1024 ? buf : null
  } catch {
    return null
  }
}

/**
 * The job's envelope (job bag) as a PDF: the job number as a barcode, kind,
 * customer or order, due date and rush, requested specs, the stages with
 * their departments and stage cards, signature boxes, the materials issued
 * with their tags (of the caller's locations) and weights, the style's image.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const view: any = await jobViewFor(req, req.params.job_id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Production job with id "${req.params.job_id}" was not found`)
  const job = view.job
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const production: ProductionModuleService = req.scope.resolve(PRODUCTION_MODULE)
  const [customer, order, departments] = await Promise.all([
    job.customer_id ? query.graph({ entity: "customer", fields: ["id", "first_name", "last_name", "email", "company_name"], filters: { id: job.customer_id } }).then((r: any) => r.data[0]) : null,
    job.order_id ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: job.order_id } }).then((r: any) => r.data[0]) : null,
    production.listProductionDepartments({}, { take: null as any }),
  ])
  const dept = (id: string | null) => (departments as any[]).find((d) => d.id === id)?.name ?? null
  const specs = [
    job.quantity > 1 ? { label: "Quantity", value: String(job.quantity) } : null,
    job.requested_pieces ? { label: "Pieces", value: String(job.requested_pieces) } : null,
    job.requested_weight ? { label: "Weight", value: `${job.requested_weight} ${job.weight_unit}` } : null,
    job.requested_shape ? { label: "Shape", value: job.requested_shape } : null,
    job.requested_size ? { label: "Size", value: job.requested_size } : null,
    job.style ? { label: "Style", value: `${job.style.code} ${job.style.name}` } : null,
  ].filter(Boolean) as { label: string; value: string }[]
  const { pdf } = await renderEnvelopePdf({
    number: job.display_number,
    kind: KINDS[job.kind] ?? job.kind,
    title: job.title,
    customer: customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.company_name || customer.email : null,
    order: order ? `#${order.display_id}` : null,
    due_date: job.target_date ? new Date(job.target_date).toISOString().slice(0, 10) : null,
    rush: !!job.rush,
    specs,
    stages: view.stages.map((s: any) => ({ id: s.id, name: s.stage_name, department: dept(s.department_id), status: s.status })),
    materials: view.materials
      .filter((m: any) => !m.removed_at)
      .map((m: any) => ({
        tag_id: m.tag_id,
        description: [m.kind === "stone" ? "Stone" : null, m.purity || null, m.pieces ? `${m.pieces} pc` : null].filter(Boolean).join(" · ") || "—",
        weight: `${m.weight} ${m.weight_unit ?? ""}`.trim(),
      })),
    image: await styleImage(job.style?.image_url),
    notes: job.notes ?? null,
    labels: LABELS,
  })
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `inline; filename="${job.display_number}-envelope.pdf"`)
  res.status(200).send(pdf)
}
