import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INDUSTRIES, INVENTORY_KINDS } from "../../../lib/industry-defaults"
import { validateKaratTable } from "../../../lib/purity"
import { PERCENT } from "../../../lib/decimal-input"
import { TAG_STOCK_IDS, TAG_SYMBOLOGIES } from "../../../lib/tags-print"
import { body, bool, decimal, id, ids, int, oneOf, optNote, optText, paging, queryBool, queryText, text } from "../../utils/schemas"

const name = text(120)
const code = optText(20)
const industry = oneOf(INDUSTRIES)

export const UpdateSettings = body({
  due_date_offset_days: int(0, 3650, "a whole number of days"),
  default_start_stage_id: id("stage").nullable(),
  enforce_stage_inventory_mapping: bool(),
  enforce_stage_department_mapping: bool(),
  qa_checks_required: bool(),
  weight_tolerance_percent: decimal(PERCENT).nullable(),
  default_weight_unit: oneOf(WEIGHT_UNIT_CODES),
  industry,
  tag_prefix: text(10, { re: /^[A-Za-z0-9]+$/, message: "letters and digits only" }),
  managers_all_locations: bool(),
  /** The tag stock loaded in the printer and the barcode printed on it. */
  tag_stock: oneOf(TAG_STOCK_IDS),
  tag_symbology: oneOf(TAG_SYMBOLOGIES),
  /** Karat → fineness (SPEC 4b); null restores the hallmark convention. */
  karat_table: z
    .record(z.string().max(2), z.union([z.string().max(20), z.number()]))
    .nullable()
    .refine((t) => {
      try {
        if (t) validateKaratTable(t)
        return true
      } catch {
        return false
      }
    }, "karats from 1 to 24, each with a fineness over 0 and at most 1000 (e.g. { \"14\": \"583.3\" })")
    .transform((t) => (t ? validateKaratTable(t) : null)),
})
  .partial()
  .strict()
export type UpdateSettingsType = z.infer<typeof UpdateSettings>

export const ListStages = z.object({
  q: queryText(),
  is_active: queryBool(),
  ...paging(500),
})

export const CreateStage = body({
  name,
  code,
  description: optNote(2000),
  inventory_type_ids: ids("inventory_type").optional(),
  department_ids: ids("department").optional(),
  is_active: bool().optional(),
  /** Allowed metal loss at this stage, in % of what it was issued; null: no check (SPEC 4c). */
  loss_standard_pct: decimal(PERCENT).nullable().optional(),
})
export type CreateStageType = z.infer<typeof CreateStage>

export const UpdateStage = CreateStage.partial().strict()
export type UpdateStageType = z.infer<typeof UpdateStage>

export const ReorderStages = body({ ids: ids("stage").min(1, "list the stages in their new order") })

export const CreateDepartment = body({ name, code })
export const UpdateDepartment = CreateDepartment.partial().strict()

export const UpsertStaffProfile = body({
  user_id: id("user"),
  role: oneOf(["admin", "manager", "member"]),
  department_ids: ids("department").optional(),
  location_ids: ids("stock_location").optional(),
})

export const ResetCatalog = body({
  industry: industry.optional(),
  confirm: z.literal(true, { error: "must be true to reset the production catalog" }),
})

/** `GET /admin/production/inventory-types?kind=` */
export const ListInventoryTypes = z.object({ kind: oneOf(INVENTORY_KINDS).optional() })
