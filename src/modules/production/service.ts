import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  InventoryType,
  ProductionDepartment,
  ProductionJob,
  ProductionJobMaterial,
  ProductionJobReceipt,
  ProductionJobStage,
  ProductionQaCheck,
  ProductionSettings,
  RepairTicket,
  ProductionStage,
  StaffProfile,
} from "./models"
import { Industry, industryCatalog } from "../../lib/industry-defaults"
import { jobFigures as figuresOf, JobFigures } from "../../lib/job-figures"

/** The settings a scoped request reads (`accessContext`): visibility, units, purity names, tags. */
export const ACCESS_SETTINGS = ["managers_all_locations", "default_weight_unit", "karat_table", "tag_stock", "tag_symbology"] as const
export type AccessSettings = Pick<InferTypeOf<typeof ProductionSettings>, (typeof ACCESS_SETTINGS)[number]>

export type ResetSnapshot = {
  deleted_stage_ids: string[]
  archived_stage_ids: string[]
  created_stage_ids: string[]
  deleted_department_ids: string[]
  created_department_ids: string[]
  updated_departments: { id: string; name: string; name_key: string; rank: number }[]
  deleted_inventory_type_ids: string[]
  created_inventory_type_ids: string[]
  updated_inventory_types: { id: string; name: string; kind: string; rank: number }[]
  previous_settings: { industry: string; default_start_stage_id: string | null }
}

export type ResetResult = {
  industry: Industry
  stages_created: number
  stages_removed: number
  stages_archived: number
  snapshot: ResetSnapshot
}

/** Lower-cased, whitespace-collapsed key used for case-insensitive uniqueness. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase()
}

class ProductionModuleService extends MedusaService({
  ProductionSetting: ProductionSettings,
  ProductionStage,
  ProductionDepartment,
  InventoryType,
  StaffProfile,
  ProductionJob,
  ProductionJobStage,
  ProductionJobMaterial,
  ProductionJobReceipt,
  ProductionQaCheck,
  RepairTicket,
}) {
  /**
   * MikroORM's unit of work writes inserts before updates, so a soft delete
   * and the insert of a row that takes its unique name would clash. Phases
   * of a catalog swap are flushed in order.
   */
  private async flushPhase(sharedContext: Context) {
    await (sharedContext.transactionManager as any)?.flush?.()
  }

  /** The store's settings record, created with defaults on first read. Reading opens no transaction. */
  @InjectManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}) {
    const [existing] = await this.listProductionSettings({ scope: "default" }, { take: 1 }, sharedContext)
    return existing ?? (await this.createDefaultSettings(sharedContext))
  }

  @InjectTransactionManager()
  protected async createDefaultSettings(@MedusaContext() sharedContext: Context = {}) {
    const [raced] = await this.listProductionSettings({ scope: "default" }, { take: 1 }, sharedContext)
    if (raced) return raced
    await this.createProductionSettings({ scope: "default" }, sharedContext)
    // Read it back: the created entity carries only what was given, not the columns' defaults.
    const [created] = await this.listProductionSettings({ scope: "default" }, { take: 1 }, sharedContext)
    return created
  }

  /**
   * Ids of stages that production records refer to. Such stages are archived,
   * never deleted, so the records keep their stage names.
   */
  @InjectManager()
  async stageIdsInUse(stageIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!stageIds.length) return []
    const used = await this.listProductionJobStages({ stage_id: stageIds }, { select: ["stage_id"], take: null as any }, sharedContext)
    const jobs = await this.listProductionJobs({ start_stage_id: stageIds }, { select: ["start_stage_id"], take: null as any }, sharedContext)
    return [...new Set([...used.map((s) => s.stage_id), ...jobs.map((j) => j.start_stage_id!).filter(Boolean)])]
  }

  /**
   * Replaces the stage catalog, departments and inventory types with the
   * industry's defaults, in one transaction. Returns what was changed so a
   * workflow can undo it.
   */
  @InjectTransactionManager()
  async resetToIndustry(industry: Industry, @MedusaContext() sharedContext: Context = {}): Promise<ResetResult> {
    const catalog = industryCatalog(industry)
    const settings = await this.getSettings(sharedContext)
    const snapshot: ResetSnapshot = {
      deleted_stage_ids: [],
      archived_stage_ids: [],
      created_stage_ids: [],
      deleted_department_ids: [],
      created_department_ids: [],
      updated_departments: [],
      deleted_inventory_type_ids: [],
      created_inventory_type_ids: [],
      updated_inventory_types: [],
      previous_settings: {
        industry: settings.industry,
        default_start_stage_id: settings.default_start_stage_id ?? null,
      },
    }

    // Inventory types: keep ids of the ones the industry also has, by code.
    const types = await this.listInventoryTypes({}, { take: null as any }, sharedContext)
    const typeByCode = new Map(types.map((t) => [t.code, t]))
    const typeIdByCode = new Map<string, string>()
    for (const [rank, def] of catalog.inventory_types.entries()) {
      const found = typeByCode.get(def.code)
      if (found) {
        snapshot.updated_inventory_types.push({ id: found.id, name: found.name, kind: found.kind, rank: found.rank })
        await this.updateInventoryTypes({ id: found.id, name: def.name, kind: def.kind as any, rank }, sharedContext)
        typeIdByCode.set(def.code, found.id)
      } else {
        const created = await this.createInventoryTypes({ code: def.code, name: def.name, kind: def.kind as any, rank }, sharedContext)
        snapshot.created_inventory_type_ids.push(created.id)
        typeIdByCode.set(def.code, created.id)
      }
    }
    const defaultTypeCodes = new Set(catalog.inventory_types.map((t) => t.code))
    snapshot.deleted_inventory_type_ids = types.filter((t) => !defaultTypeCodes.has(t.code)).map((t) => t.id)

    // Departments: same by code; a custom department still assigned to staff is kept.
    const departments = await this.listProductionDepartments({}, { take: null as any }, sharedContext)
    const deptByCode = new Map(departments.filter((d) => d.code).map((d) => [d.code!, d]))
    const deptIdByCode = new Map<string, string>()
    const defaultNameKeys = new Set(catalog.departments.map((d) => nameKey(d.name)))
    const profiles = await this.listStaffProfiles({}, { take: null as any }, sharedContext)
    const assignedDeptIds = new Set(profiles.flatMap((p) => (p.department_ids as string[]) ?? []))
    const defaultDeptCodes = new Set(catalog.departments.map((d) => d.code))
    for (const d of departments) {
      const replaced = !(d.code && defaultDeptCodes.has(d.code))
      if (!replaced) continue
      // A custom department whose name a default now takes must go; otherwise keep it if staff use it.
      if (assignedDeptIds.has(d.id) && !defaultNameKeys.has(d.name_key)) continue
      snapshot.deleted_department_ids.push(d.id)
    }
    if (snapshot.deleted_department_ids.length) {
      await this.softDeleteProductionDepartments(snapshot.deleted_department_ids, {}, sharedContext)
      await this.flushPhase(sharedContext)
    }
    for (const [rank, def] of catalog.departments.entries()) {
      const found = deptByCode.get(def.code)
      if (found) {
        snapshot.updated_departments.push({ id: found.id, name: found.name, name_key: found.name_key, rank: found.rank })
        await this.updateProductionDepartments({ id: found.id, name: def.name, name_key: nameKey(def.name), rank }, sharedContext)
        deptIdByCode.set(def.code, found.id)
      } else {
        const created = await this.createProductionDepartments(
          { code: def.code, name: def.name, name_key: nameKey(def.name), rank },
          sharedContext
        )
        snapshot.created_department_ids.push(created.id)
        deptIdByCode.set(def.code, created.id)
      }
    }

    // Stages: every current stage goes; the ones production records use are archived.
    const stages = await this.listProductionStages({ archived_at: null }, { take: null as any }, sharedContext)
    const inUse = new Set(await this.stageIdsInUse(stages.map((s) => s.id), sharedContext))
    snapshot.archived_stage_ids = stages.filter((s) => inUse.has(s.id)).map((s) => s.id)
    snapshot.deleted_stage_ids = stages.filter((s) => !inUse.has(s.id)).map((s) => s.id)
    if (snapshot.archived_stage_ids.length) {
      const now = new Date()
      await this.updateProductionStages(
        snapshot.archived_stage_ids.map((id) => ({ id, archived_at: now, is_active: false })),
        sharedContext
      )
    }
    if (snapshot.deleted_stage_ids.length) {
      await this.softDeleteProductionStages(snapshot.deleted_stage_ids, {}, sharedContext)
    }
    await this.flushPhase(sharedContext)
    const created = await this.createProductionStages(
      catalog.stages.map((def, rank) => ({
        name: def.name,
        name_key: nameKey(def.name),
        code: def.code,
        description: def.description ?? null,
        department_ids: def.departments.map((c) => deptIdByCode.get(c)!).filter(Boolean),
        inventory_type_ids: def.inventory_types.map((c) => typeIdByCode.get(c)!).filter(Boolean),
        is_active: true,
        is_default: true,
        rank,
        loss_standard_pct: (def.loss_standard_pct ?? null) as any,
      })),
      sharedContext
    )
    snapshot.created_stage_ids = created.map((s) => s.id)

    // Types are removed last: stages no longer point at them.
    if (snapshot.deleted_inventory_type_ids.length) {
      await this.softDeleteInventoryTypes(snapshot.deleted_inventory_type_ids, {}, sharedContext)
    }

    const first = [...created].sort((a, b) => a.rank - b.rank)[0]
    await this.updateProductionSettings(
      { id: settings.id, industry: industry as any, default_start_stage_id: first?.id ?? null },
      sharedContext
    )

    return {
      industry,
      stages_created: created.length,
      stages_removed: snapshot.deleted_stage_ids.length,
      stages_archived: snapshot.archived_stage_ids.length,
      snapshot,
    }
  }

  /**
   * What every scoped request needs before it reads anything, in one round trip: the caller's
   * staff profile, whether any profile exists (SPEC 7: without one, everyone is admin), and the
   * settings that scope and format stock. Plain rows, no entities: it runs on every request.
   * `settings` is null until the settings row exists (`getSettings` creates it).
   */
  @InjectManager()
  async accessContext(
    userId: string | null,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ profile: { role: string; department_ids: string[]; location_ids: string[] } | null; any_profile: boolean; settings: AccessSettings | null }> {
    const [row] = await this.em(sharedContext).execute(
      `SELECT
         (SELECT json_build_object('role', role, 'department_ids', department_ids, 'location_ids', location_ids)
            FROM production_staff_profile WHERE user_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1) AS profile,
         EXISTS (SELECT 1 FROM production_staff_profile WHERE deleted_at IS NULL) AS any_profile,
         (SELECT json_build_object(${ACCESS_SETTINGS.map((c) => `'${c}', ${c}`).join(", ")})
            FROM production_settings WHERE scope = 'default' AND deleted_at IS NULL ORDER BY id LIMIT 1) AS settings`,
      [userId ?? ""]
    )
    return row
  }

  private em(sharedContext: Context): any {
    return (sharedContext.transactionManager ?? sharedContext.manager) as any
  }

  /**
   * Creates a job with its first stage in one transaction. A process that dies in between (a worker
   * killed while it opens a made-to-order job) leaves neither behind, so the event's next delivery
   * opens the job whole instead of skipping a line whose job has no stage.
   */
  @InjectTransactionManager()
  async createJobWithFirstStage(
    job: Record<string, unknown>,
    firstStage: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<any> {
    const created: any = await this.createProductionJobs(job as any, sharedContext)
    await this.createProductionJobStages({ ...firstStage, job_id: created.id } as any, sharedContext)
    return created
  }

  /**
   * Claims a job for close-out: only one caller moves it from an active
   * status to "closing"; everyone else gets null. Two close-outs at the same
   * time therefore create stock once.
   */
  @InjectTransactionManager()
  async claimJobStatus(
    id: string,
    from: string[],
    to: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; previous: string } | null> {
    const rows = await this.em(sharedContext).execute(
      `UPDATE production_job j SET status = ?, updated_at = now()
       FROM (SELECT id, status FROM production_job WHERE id = ? AND deleted_at IS NULL FOR UPDATE) old
       WHERE j.id = old.id AND old.status IN (?)
       RETURNING j.id, old.status AS previous`,
      [to, id, from]
    )
    return rows[0] ?? null
  }

  /**
   * Moves a repair from one status to another once, with the fields that go
   * with it; a second caller at the same moment gets null.
   */
  @InjectTransactionManager()
  async claimRepairStatus(id: string, from: string, to: string, data: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.em(sharedContext).execute(
      `UPDATE production_repair SET status = ?, updated_at = now() WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id`,
      [to, id, from]
    )
    if (!rows.length) return null
    if (Object.keys(data).length) await this.updateRepairTickets({ id, ...data } as any, sharedContext)
    return rows[0] as { id: string }
  }

  /** Links a repair to the draft order that charges it, only if it has none yet: two charges at once make one. */
  @InjectTransactionManager()
  async claimRepairCharge(id: string, draftOrderId: string, @MedusaContext() sharedContext: Context = {}) {
    const rows = await this.em(sharedContext).execute(
      `UPDATE production_repair SET draft_order_id = ?, updated_at = now() WHERE id = ? AND draft_order_id IS NULL AND order_id IS NULL AND deleted_at IS NULL RETURNING id`,
      [draftOrderId, id]
    )
    return rows.length > 0
  }

  /**
   * A job's stages, materials and receipts as the database holds them, in the view's order: a view
   * reads every one of them, and building entities for a big job's hundred materials cost more than
   * the rest of its view (`jobView`). Numbers come as exact decimal strings.
   */
  @InjectManager()
  async jobViewRows(jobId: string, @MedusaContext() sharedContext: Context = {}) {
    const em = this.em(sharedContext)
    const read = (table: string, order: string): Promise<Record<string, any>[]> =>
      em.execute(`SELECT * FROM ${table} WHERE job_id = ? AND deleted_at IS NULL ORDER BY ${order}`, [jobId])
    const [stages, materials, receipts] = await Promise.all([
      read("production_job_stage", "rank ASC, created_at ASC, id ASC"),
      read("production_job_material", "created_at ASC, id ASC"),
      read("production_job_receipt", "created_at ASC, id ASC"),
    ])
    return { stages, materials, receipts }
  }

  /** Costs of jobs (one row per job), summed by the database: stages, issued material (pro rata) and allocated stones. */
  @InjectManager()
  async jobCosts(jobIds: string[], @MedusaContext() sharedContext: Context = {}) {
    if (!jobIds.length) return new Map<string, { stage_cost: string; material_cost: string; stone_cost: string }>()
    const rows: any[] = await this.em(sharedContext).execute(
      `SELECT j.id,
         COALESCE((SELECT SUM(m.cost) FROM production_job_material m WHERE m.job_id = j.id AND m.kind = 'issue' AND NOT m.intermediate AND m.removed_at IS NULL AND m.deleted_at IS NULL), 0)::text AS material_cost,
         COALESCE((SELECT SUM(m.cost) FROM production_job_material m WHERE m.job_id = j.id AND m.kind = 'stone' AND m.removed_at IS NULL AND m.deleted_at IS NULL), 0)::text AS stone_cost,
         COALESCE((SELECT SUM(s.cost) FROM production_job_stage s WHERE s.job_id = j.id AND s.deleted_at IS NULL), 0)::text AS stage_cost
       FROM production_job j WHERE j.id IN (?)`,
      [jobIds]
    )
    return new Map(rows.map((r) => [r.id as string, r as { stage_cost: string; material_cost: string; stone_cost: string }]))
  }

  /**
   * Each job's figures along its chain of stages (SPEC 4a), in grams and in
   * fine metal, with per-stage figures: its materials, receipts and stages
   * read in three queries, then the pure rule in lib/job-figures.
   */
  @InjectManager()
  async jobFigures(jobIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, JobFigures>> {
    const out = new Map<string, JobFigures>()
    if (!jobIds.length) return out
    const em = this.em(sharedContext)
    const [materials, receipts, stages]: any[][] = await Promise.all([
      em.execute(
        `SELECT job_id, job_stage_id, grams::text AS grams, metal, fineness::text AS fineness, intermediate, source_bucket, removed_at IS NOT NULL AS removed
         FROM production_job_material WHERE job_id IN (?) AND deleted_at IS NULL`,
        [jobIds]
      ),
      em.execute(
        `SELECT job_id, job_stage_id, received_grams::text AS received_grams, rejected_grams::text AS rejected_grams, scrapped_grams::text AS scrapped_grams,
                waste_grams::text AS waste_grams, metal, fineness::text AS fineness, created_at
         FROM production_job_receipt WHERE job_id IN (?) AND deleted_at IS NULL`,
        [jobIds]
      ),
      em.execute(
        `SELECT js.job_id, js.id, js.status, js.rank, COALESCE(js.loss_standard_pct, ps.loss_standard_pct)::text AS loss_standard_pct
         FROM production_job_stage js LEFT JOIN production_stage ps ON ps.id = js.stage_id
         WHERE js.job_id IN (?) AND js.deleted_at IS NULL ORDER BY js.rank`,
        [jobIds]
      ),
    ])
    for (const id of jobIds) {
      out.set(
        id,
        figuresOf({
          materials: materials.filter((m) => m.job_id === id),
          receipts: receipts.filter((r) => r.job_id === id),
          stages: stages.filter((s) => s.job_id === id),
        })
      )
    }
    return out
  }

  /**
   * One page of the workshop monitor's queue (every active job of all three
   * kinds) and its exact counts, in one statement: each active job's current
   * stage (the first by rank not completed or skipped) comes from the stage
   * index, the database sorts (rush, then overdue, then due date, then job
   * number) and pages, and counts by kind and flag over the whole queue.
   * Overdue: the job's target date or the current stage's due date is before
   * `today` (midnight UTC).
   */
  @InjectManager()
  async workshopQueue(
    filter: { limit: number; offset: number; today: Date; kind?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: WorkshopQueueRow[]; counts: WorkshopQueueCounts }> {
    const where = ["j.deleted_at IS NULL", "j.status IN ('open', 'in_progress', 'completed')"]
    const params: unknown[] = [filter.today, filter.today]
    const pageWhere = filter.kind ? "WHERE q.kind = ?" : ""
    if (filter.kind) params.push(filter.kind)
    params.push(filter.limit, filter.offset)
    const [r]: any[] = await this.em(sharedContext).execute(
      `WITH q AS MATERIALIZED (
         SELECT j.id, j.number, j.kind, j.mode, j.status, j.title, j.quantity, j.rush, j.order_id, j.target_date,
                j.created_at, j.responsible_user_id, j.department_id,
                cur.id AS stage_id, cur.stage_name, cur.status AS stage_status, cur.vendor_type, cur.vendor_name,
                cur.due_date AS stage_due_date, cur.started_at AS stage_started_at, cur.created_at AS stage_created_at,
                cur.assignee_user_id, cur.department_id AS stage_department_id,
                COALESCE(cur.due_date, j.target_date) AS due_date,
                (j.target_date < ? OR COALESCE(cur.due_date < ?, false)) AS overdue
         FROM production_job j
         LEFT JOIN LATERAL (
           SELECT s.* FROM production_job_stage s
           WHERE s.job_id = j.id AND s.deleted_at IS NULL AND s.status NOT IN ('completed', 'skipped')
           ORDER BY s.rank ASC, s.created_at ASC LIMIT 1
         ) cur ON true
         WHERE ${where.join(" AND ")}
       ),
       counts AS (
         SELECT COUNT(*)::int AS total,
                COUNT(*) FILTER (WHERE kind = 'production')::int AS production,
                COUNT(*) FILTER (WHERE kind = 'custom')::int AS custom,
                COUNT(*) FILTER (WHERE kind = 'repair')::int AS repair,
                COUNT(*) FILTER (WHERE overdue)::int AS overdue,
                COUNT(*) FILTER (WHERE rush)::int AS rush
         FROM q
       ),
       page AS (
         SELECT q.*, row_number() OVER (ORDER BY rush DESC, overdue DESC, due_date ASC, number ASC) AS ord
         FROM q ${pageWhere} ORDER BY ord LIMIT ? OFFSET ?
       )
       SELECT (SELECT row_to_json(counts) FROM counts) AS counts,
              (SELECT COALESCE(json_agg(page ORDER BY ord), '[]'::json) FROM page) AS rows`,
      params
    )
    return { rows: r.rows, counts: r.counts }
  }

  /** Completed job stages with the loss they kept at completion, for the loss control report (SPEC 4c). */
  @InjectManager()
  async completedStageLosses(
    filter: { from: Date; to: Date; stage_ids?: string[]; department_id?: string; limit?: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const where = ["js.status = 'completed'", "js.deleted_at IS NULL", "js.issued_grams IS NOT NULL", "js.completed_at >= ?", "js.completed_at < ?"]
    const params: unknown[] = [filter.from, filter.to]
    if (filter.stage_ids) {
      where.push("js.stage_id IN (?)")
      params.push(filter.stage_ids.length ? filter.stage_ids : [""])
    }
    if (filter.department_id) {
      where.push("js.department_id = ?")
      params.push(filter.department_id)
    }
    params.push(filter.limit ?? 2000)
    return (await this.em(sharedContext).execute(
      `SELECT js.id, js.job_id, j.number AS job_number, j.title AS job_title, js.stage_id, js.stage_name, js.department_id, js.completed_at,
              js.issued_grams::text AS issued_grams, js.loss_grams::text AS loss_grams, js.loss_pct::text AS loss_pct,
              js.loss_standard_pct::text AS loss_standard_pct, js.loss_override_reason
       FROM production_job_stage js JOIN production_job j ON j.id = js.job_id AND j.deleted_at IS NULL
       WHERE ${where.join(" AND ")}
       ORDER BY js.completed_at ASC, js.id ASC
       LIMIT ?`,
      params
    )) as {
      id: string
      job_id: string
      job_number: number
      job_title: string
      stage_id: string
      stage_name: string
      department_id: string | null
      completed_at: Date
      issued_grams: string
      loss_grams: string
      loss_pct: string | null
      loss_standard_pct: string | null
      loss_override_reason: string | null
    }[]
  }

  /** Undoes resetToIndustry from its snapshot (workflow compensation). */
  @InjectTransactionManager()
  async undoReset(snapshot: ResetSnapshot, @MedusaContext() sharedContext: Context = {}) {
    if (snapshot.created_stage_ids.length) {
      await this.deleteProductionStages(snapshot.created_stage_ids, sharedContext)
      await this.flushPhase(sharedContext)
    }
    if (snapshot.deleted_stage_ids.length) {
      await this.restoreProductionStages(snapshot.deleted_stage_ids, {}, sharedContext)
    }
    if (snapshot.archived_stage_ids.length) {
      await this.updateProductionStages(
        snapshot.archived_stage_ids.map((id) => ({ id, archived_at: null, is_active: true })),
        sharedContext
      )
    }
    if (snapshot.created_department_ids.length) {
      await this.deleteProductionDepartments(snapshot.created_department_ids, sharedContext)
      await this.flushPhase(sharedContext)
    }
    for (const d of snapshot.updated_departments) {
      await this.updateProductionDepartments(d, sharedContext)
    }
    if (snapshot.deleted_department_ids.length) {
      await this.restoreProductionDepartments(snapshot.deleted_department_ids, {}, sharedContext)
    }
    if (snapshot.created_inventory_type_ids.length) {
      await this.deleteInventoryTypes(snapshot.created_inventory_type_ids, sharedContext)
      await this.flushPhase(sharedContext)
    }
    for (const t of snapshot.updated_inventory_types) {
      await this.updateInventoryTypes(t as any, sharedContext)
    }
    if (snapshot.deleted_inventory_type_ids.length) {
      await this.restoreInventoryTypes(snapshot.deleted_inventory_type_ids, {}, sharedContext)
    }
    const settings = await this.getSettings(sharedContext)
    await this.updateProductionSettings(
      { id: settings.id, ...(snapshot.previous_settings as any) },
      sharedContext
    )
  }
}

export default ProductionModuleService

/** A row of the workshop monitor's queue as the database returns it (dates as ISO strings). */
export type WorkshopQueueRow = {
  id: string
  number: number
  kind: string
  mode: string
  status: string
  title: string
  quantity: number
  rush: boolean
  order_id: string | null
  target_date: string
  created_at: string
  responsible_user_id: string | null
  department_id: string | null
  stage_id: string | null
  stage_name: string | null
  stage_status: string | null
  vendor_type: string | null
  vendor_name: string | null
  stage_due_date: string | null
  stage_started_at: string | null
  stage_created_at: string | null
  assignee_user_id: string | null
  stage_department_id: string | null
  due_date: string
  overdue: boolean
}

export type WorkshopQueueCounts = { total: number; production: number; custom: number; repair: number; overdue: number; rush: number }

export function notFound(what: string, id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id "${id}" was not found`)
}
