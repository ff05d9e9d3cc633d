import { z } from "@medusajs/framework/zod"
import { WEIGHT_UNIT_CODES } from "../../../lib/units"
import { INDUSTRIES } from "../../../lib/industry-defaults"
import { validateKaratTable } from "../../../lib/purity"

const id = z.string().min(1)
const ids = z.array(id)
const name = z.string().trim().min(1, "must not be empty").max(120)
const code = z.string().trim().max(20).nullable().optional()

export const UpdateSettings = z
  .object({
    due_date_offset_days: z.number().int("must be a whole number of days").min(0, "must be 0 or more"),
    default_start_stage_id: id.nullable(),
    enforce_stage_inventory_mapping: z.boolean(),
    enforce_stage_department_mapping: z.boolean(),
    qa_checks_required: z.boolean(),
    weight_tolerance_percent: z
      .union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/, "weight_tolerance_percent: must be a number from 0 to 100")])
      .transform((v) => Number(v))
      .pipe(z.number().min(0, "must be 0 to 100").max(100, "must be 0 to 100"))
      .nullable(),
    default_weight_unit: z.enum(WEIGHT_UNIT_CODES as [string, ...string[]]),
    industry: z.enum(INDUSTRIES as unknown as [string, ...string[]]),
    tag_prefix: z.string().trim().min(1).max(10).regex(/^[A-Za-z0-9]+$/, "tag_prefix: letters and digits only"),
    managers_all_locations: z.boolean(),
    /** Karat → fineness (SPEC 4b); null restores the hallmark convention. */
    karat_table: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .nullable()
      .refine((t) => {
        try {
          if (t) validateKaratTable(t)
          return true
        } catch {
          return false
        }
      }, "karat_table: karats from 1 to 24, each with a fineness over 0 and at most 1000 (e.g. { \"14\": \"583.3\" })")
      .transform((t) => (t ? validateKaratTable(t) : null)),
  })
  .partial()
  .strict()
export type UpdateSettingsType = z.infer<typeof UpdateSettings>

export const ListStages = z.object({
  q: z.string().optional(),
  is_active: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean().optional()),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
})

export const CreateStage = z
  .object({
    name,
    code,
    description: z.string().max(2000).nullable().optional(),
    inventory_type_ids: ids.optional(),
    department_ids: ids.optional(),
    is_active: z.boolean().optional(),
    /** Allowed metal loss at this stage, in % of what it was issued; null: no check (SPEC 4c). */
    loss_standard_pct: z
      .union([z.number(), z.string().trim()])
      .transform(String)
      .refine((v) => /^\d{1,3}(\.\d{1,4})?$/.test(v) && Number(v) <= 100, "loss_standard_pct: a percentage from 0 to 100")
      .nullable()
      .optional(),
  })
  .strict()
export type CreateStageType = z.infer<typeof CreateStage>

export const UpdateStage = CreateStage.partial().strict()
export type UpdateStageType = z.infer<typeof UpdateStage>

export const ReorderStages = z.object({ ids: ids.min(1) }).strict()

export const CreateDepartment = z.object({ name, code }).strict()
export const UpdateDepartment = CreateDepartment.partial().strict()

export const UpsertStaffProfile = z
  .object({
    user_id: id,
    role: z.enum(["admin", "manager", "member"]),
    department_ids: ids.optional(),
    location_ids: ids.optional(),
  })
  .strict()

export const ResetCatalog = z
  .object({
    industry: z.enum(INDUSTRIES as unknown as [string, ...string[]]).optional(),
    confirm: z.literal(true, { error: "confirm: must be true to reset the production catalog" }),
  })
  .strict()
