import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STYLE_MODULE } from "../../../../modules/style"
import { removeStyleWorkflow, updateStyleWorkflow } from "../../../../workflows"
import { withConflicts } from "../../../utils/http"
import { serializeStyle } from "../helpers"

async function load(req: AuthenticatedMedusaRequest) {
  const [style] = await (req.scope.resolve(STYLE_MODULE) as any).listStyles({ id: req.params.id }, { relations: ["bom_lines", "labor_lines"], take: 1 })
  if (!style) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Style with id "${req.params.id}" was not found`)
  return style
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ style: serializeStyle(await load(req)) })
}

/** Updates a style; `bom_lines` or `labor_lines`, when given, replace the current ones. */
export const POST = withConflicts(async (req: AuthenticatedMedusaRequest<any>, res: MedusaResponse) => {
  await updateStyleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ style: serializeStyle(await load(req)) })
})

export const DELETE = withConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await removeStyleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "style", deleted: true })
})
