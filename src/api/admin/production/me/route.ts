import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resolveStaff } from "../../../utils/staff"
import { canChangeSettings, canChooseProductImage } from "../../../../lib/roles"

/** The caller's staff context, so the admin can hide what the role may not do. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const staff = await resolveStaff(req)
  res.json({
    staff,
    permissions: {
      change_settings: canChangeSettings(staff.role),
      choose_product_image: canChooseProductImage(staff.role),
    },
  })
}
