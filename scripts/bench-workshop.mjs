// The workshop side of `npm run bench`, generated inside Postgres (scripts/bench.mjs calls these):
// staff with profiles over the locations, styles, suppliers and purchase orders, active and closed
// production jobs with their stages, one job with 10 stages and 100 materials, style-driven jobs
// ready for close-out, and the order history cloned from the template orders Medusa made.
// Nothing is random: the same options give the same data (but for the dates, which follow now()).

const STATUSES = ["open", "in_progress", "completed"]

/**
 * @param {import("pg").Client} db
 * @param {{ staff: number, styles: number, purchaseOrders: number, activeJobs: number, closedJobs: number, closeOutJobs: number,
 *           closeOutQuantity: number, productIds: string[], variantIdByProduct: Record<string, string>, locationIds: string[], log: (m: string) => void }} o
 */
export async function seedWorkshop(db, o) {
  await db.query(`SET work_mem = '256MB'`)
  await db.query(`SET synchronous_commit = off`)
  const locs = o.locationIds

  // Staff: Medusa users with a profile each, spread over the locations (1 admin in 20, 1 manager in 5).
  await db.query(
    `INSERT INTO "user" (id, email, first_name, last_name)
     SELECT 'user_bench' || lpad(n::text, 5, '0'), 'staff' || n || '@bench.local', 'Staff', 'No. ' || n FROM generate_series(1, $1::int) n`,
    [o.staff]
  )
  await db.query(
    `INSERT INTO production_staff_profile (id, user_id, role, location_ids, department_ids)
     SELECT 'prstaff_bench' || n, 'user_bench' || lpad(n::text, 5, '0'),
            CASE WHEN n % 20 = 0 THEN 'admin' WHEN n % 5 = 0 THEN 'manager' ELSE 'member' END,
            ARRAY[($2::text[])[1 + n % cardinality($2::text[])]], '{}'
     FROM generate_series(1, $1::int) n`,
    [o.staff, locs]
  )

  // Styles: half our own designs, half vendor styles.
  await db.query(
    `INSERT INTO jewelry_style (id, code, name, category, source, vendor_name, vendor_sku, lead_time_days, is_active)
     SELECT 'style_bench' || n, 'BS-' || lpad(n::text, 5, '0'), 'Bench style ' || n, (ARRAY['ring','pendant','earring','bracelet'])[1 + n % 4],
            CASE WHEN n % 2 = 0 THEN 'own' ELSE 'vendor' END, CASE WHEN n % 2 = 1 THEN 'Vendor ' || (n % 17) END,
            CASE WHEN n % 2 = 1 THEN 'VS-' || n END, 5 + n % 30, true
     FROM generate_series(1, $1::int) n`,
    [o.styles]
  )

  // Suppliers and purchase orders.
  await db.query(
    `INSERT INTO jewelry_supplier (id, name, currency_code) SELECT 'supplier_bench' || n, 'Bench supplier ' || n, 'usd' FROM generate_series(1, 50) n`
  )
  await db.query(
    `INSERT INTO jewelry_purchase_order (id, supplier_id, currency_code, status, notes)
     SELECT 'po_bench' || n, 'supplier_bench' || (1 + n % 50), 'usd',
            (ARRAY['draft','submitted','partially_received','received','cancelled'])[1 + n % 5], 'Bench purchase order ' || n
     FROM generate_series(1, $1::int) n`,
    [o.purchaseOrders]
  )

  // Jobs: the active queue (5 stages each, the first n % 6 completed) and the closed history (all completed).
  const { rows: stages } = await db.query(
    `SELECT id, name FROM production_stage WHERE deleted_at IS NULL AND is_active ORDER BY rank LIMIT 10`
  )
  if (stages.length < 10) throw new Error(`the stage catalog has ${stages.length} active stages; expected at least 10`)
  const stageIds = stages.map((s) => s.id)
  const stageNames = stages.map((s) => s.name)
  const total = o.activeJobs + o.closedJobs
  const slice = 100_000
  for (let from = 1; from <= total; from += slice) {
    const to = Math.min(total, from + slice - 1)
    await db.query(
      `INSERT INTO production_job (id, kind, mode, status, title, quantity, rush, target_date, product_id, responsible_user_id, closed_at, created_at, updated_at)
       SELECT 'prjob_bench' || lpad(n::text, 8, '0'), (ARRAY['production','custom','repair'])[1 + n % 3], 'simple',
              CASE WHEN n <= $3 THEN (ARRAY['open','in_progress','completed'])[1 + n % 3] ELSE 'closed' END,
              'Bench job ' || n, 1 + n % 4, n % 50 = 0,
              CASE WHEN n <= $3 THEN now() + ((n % 40) - 5) * interval '1 day' ELSE now() - ((n % 700) + 10) * interval '1 day' END,
              ($4::text[])[1 + n % cardinality($4::text[])], 'user_bench' || lpad((1 + n % $5::int)::text, 5, '0'),
              CASE WHEN n > $3 THEN now() - ((n % 700) + 5) * interval '1 day' END,
              now() - ((n % 700) + 20) * interval '1 day', now()
       FROM generate_series($1::int, $2::int) n`,
      [from, to, o.activeJobs, o.productIds, o.staff]
    )
    await db.query(
      `INSERT INTO production_job_stage (id, job_id, stage_id, stage_name, rank, status, due_date, assignee_user_id, started_at, completed_at, created_at, updated_at)
       SELECT 'prjst_bench' || n || '_' || r, 'prjob_bench' || lpad(n::text, 8, '0'), ($4::text[])[r], ($5::text[])[r], r,
              CASE WHEN n > $3 OR r <= n % 6 THEN 'completed' WHEN r = n % 6 + 1 THEN 'in_progress' ELSE 'pending' END,
              now() + ((n % 40) - 6 + r) * interval '1 day', 'user_bench' || lpad((1 + (n + r) % $6::int)::text, 5, '0'),
              now() - (n % 9) * interval '1 day', CASE WHEN n > $3 OR r <= n % 6 THEN now() - (n % 9) * interval '1 day' END,
              now() - ((n % 700) + 20) * interval '1 day', now()
       FROM generate_series($1::int, $2::int) n CROSS JOIN generate_series(1, 5) r`,
      [from, to, o.activeJobs, stageIds, stageNames, o.staff]
    )
    o.log(`jobs ${to}/${total}`)
  }

  // One job with 10 stages and 100 materials (issued from the first 100 stock items).
  await db.query(
    `INSERT INTO production_job (id, kind, mode, status, title, quantity, target_date, product_id)
     VALUES ('prjob_bench_big', 'production', 'simple', 'in_progress', 'Bench job with 10 stages and 100 materials', 1, now() + interval '10 days', $1)`,
    [o.productIds[0]]
  )
  await db.query(
    `INSERT INTO production_job_stage (id, job_id, stage_id, stage_name, rank, status, due_date)
     SELECT 'prjst_bench_big_' || r, 'prjob_bench_big', ($1::text[])[r], ($2::text[])[r], r, CASE WHEN r <= 5 THEN 'completed' WHEN r = 6 THEN 'in_progress' ELSE 'pending' END,
            now() + r * interval '1 day'
     FROM generate_series(1, 10) r`,
    [stageIds, stageNames]
  )
  await db.query(
    `INSERT INTO production_job_material (id, job_id, job_stage_id, kind, stock_item_id, tag_id, product_id, inventory_type_id, inventory_kind,
       weight, raw_weight, weight_unit, grams, raw_grams, pieces, cost, raw_cost)
     SELECT 'prjmat_bench' || k, 'prjob_bench_big', 'prjst_bench_big_' || (1 + k % 10), 'issue', i.id, i.tag_id, i.product_id, i.inventory_type_id, i.inventory_kind,
            0.5, jsonb_build_object('value', '0.5', 'precision', 20), 'g', 0.5, jsonb_build_object('value', '0.5', 'precision', 20), 0, 10, jsonb_build_object('value', '10', 'precision', 20)
     FROM (SELECT id, tag_id, product_id, inventory_type_id, inventory_kind, row_number() OVER (ORDER BY id) AS k FROM jewelry_stock_item ORDER BY id LIMIT 100) i`
  )

  // Style-driven jobs of N pieces each, every stage done: ready for "Complete & Create Inventory".
  const product = o.productIds[0]
  await db.query(
    `INSERT INTO production_job (id, kind, mode, status, title, style_id, quantity, target_date, product_id, variant_id)
     SELECT 'prjob_bench_close' || n, 'production', 'style', 'completed', 'Bench close-out ' || n, 'style_bench1', $2::int, now() + interval '3 days', $3, $4
     FROM generate_series(1, $1::int) n`,
    [o.closeOutJobs, o.closeOutQuantity, product, o.variantIdByProduct[product] ?? null]
  )
  await db.query(
    `INSERT INTO production_job_stage (id, job_id, stage_id, stage_name, rank, status, completed_at)
     SELECT 'prjst_bench_close' || n || '_' || r, 'prjob_bench_close' || n, ($2::text[])[r], ($3::text[])[r], r, 'completed', now()
     FROM generate_series(1, $1::int) n CROSS JOIN generate_series(1, 3) r`,
    [o.closeOutJobs, stageIds, stageNames]
  )
  for (const t of ["production_job", "production_job_stage", "production_job_material", "production_staff_profile", "jewelry_style", "jewelry_purchase_order", '"user"']) {
    // VACUUM as autovacuum would leave them (visibility map for index-only scans); ANALYZE inside a transaction.
    await db.query(`VACUUM (ANALYZE) ${t}`).catch((e) => (e.code === "25001" ? db.query(`ANALYZE ${t}`) : Promise.reject(e)))
  }
}

/** Tables never cloned with an order: the stock ledger keeps its own rules (an item equals its movements). */
const NOT_CLONED = /^(jewelry_stock_|workflow_|script_migrations|mikro_orm|link_module_migrations|production_)/

/**
 * Clones template orders `copies` times, inside Postgres: every row of every table that belongs to
 * the template (found by following id columns from the order to its items, lines, summaries,
 * addresses, shipping and the plugin's order records, to a fixed point) is copied with each of those
 * ids suffixed, so every copy is a whole order of its own. Serial columns (display_id) take their
 * default. Returns the number of orders made.
 */
export async function cloneOrders(db, templateId, copies, tag, log) {
  const { rows: cols } = await db.query(
    `SELECT c.table_name AS t, c.column_name AS c, c.data_type AS type, c.column_default AS def
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`
  )
  const tables = new Map()
  for (const r of cols) {
    if (!tables.has(r.t)) tables.set(r.t, [])
    tables.get(r.t).push(r)
  }
  const idTables = [...tables.entries()].filter(([t, cs]) => !NOT_CLONED.test(t) && cs.some((c) => c.c === "id"))
  await db.query(`DROP TABLE IF EXISTS bench_clone_ids`)
  await db.query(`CREATE UNLOGGED TABLE bench_clone_ids (id text PRIMARY KEY, t text NOT NULL)`)
  await db.query(`INSERT INTO bench_clone_ids VALUES ($1, 'order')`, [templateId])
  // Follow references to a fixed point: a row belongs to the template when one of its *_id columns names a row that does.
  for (let round = 0; round < 6; round++) {
    let added = 0
    for (const [t, cs] of idTables) {
      const refs = cs.filter((c) => c.c !== "id" && /_id$/.test(c.c) && c.type === "text")
      if (!refs.length) continue
      const r = await db.query(
        `INSERT INTO bench_clone_ids (id, t) SELECT x.id, '${t}' FROM "${t}" x
         WHERE (${refs.map((c) => `x."${c.c}" IN (SELECT id FROM bench_clone_ids)`).join(" OR ")}) ON CONFLICT DO NOTHING`
      )
      added += r.rowCount
    }
    // Addresses and shipping methods the order points at.
    for (const [t, cs] of idTables) {
      const refs = cs.filter((c) => /(_address_id|shipping_method_id|item_id|summary_id)$/.test(c.c) && c.type === "text")
      for (const c of refs) {
        const target = c.c.endsWith("_address_id") ? "order_address" : c.c === "shipping_method_id" ? "order_shipping_method" : c.c === "item_id" && t === "order_item" ? "order_line_item" : null
        if (!target || !tables.has(target)) continue
        const r = await db.query(
          `INSERT INTO bench_clone_ids (id, t) SELECT y.id, '${target}' FROM "${t}" x JOIN "${target}" y ON y.id = x."${c.c}"
           WHERE x.id IN (SELECT id FROM bench_clone_ids) ON CONFLICT DO NOTHING`
        )
        added += r.rowCount
      }
    }
    if (!added) break
  }
  const { rows: members } = await db.query(`SELECT t, COUNT(*)::int AS n FROM bench_clone_ids GROUP BY t ORDER BY t`)
  const batch = 2000
  // Copies are whole (every row the template's foreign keys reach is copied with it), so the
  // foreign keys are not checked row by row while copying: tables go in any order.
  await db.query(`SET session_replication_role = replica`)
  for (let from = 1; from <= copies; from += batch) {
    const to = Math.min(copies, from + batch - 1)
    for (const { t } of members) {
      const cs = tables.get(t).filter((c) => !(c.def ?? "").startsWith("nextval("))
      const expr = (c) => {
        if (c.type === "text" && (c.c === "id" || /_id$/.test(c.c))) return `CASE WHEN x."${c.c}" IN (SELECT id FROM bench_clone_ids) THEN x."${c.c}" || '_${tag}' || k ELSE x."${c.c}" END`
        if (c.c === "tracking_number") return `x."${c.c}" || '-${tag}' || k`
        // A stock item serves one live selection: the copies' selections count as shipped with their shipment.
        if (t.endsWith("_selection") && c.c === "status") return `CASE WHEN x.status = 'selected' THEN 'shipped' ELSE x.status END`
        return `x."${c.c}"`
      }
      await db.query(
        `INSERT INTO "${t}" (${cs.map((c) => `"${c.c}"`).join(", ")})
         SELECT ${cs.map(expr).join(", ")} FROM "${t}" x CROSS JOIN generate_series($1::int, $2::int) k
         WHERE x.id IN (SELECT id FROM bench_clone_ids WHERE t = '${t}')`,
        [from, to]
      )
    }
    log?.(`orders cloned from ${templateId}: ${to}/${copies}`)
  }
  await db.query(`SET session_replication_role = DEFAULT`)
  await db.query(`DROP TABLE bench_clone_ids`)
  return { copies, tables: members.map((m) => `${m.t}×${m.n}`).join(" ") }
}
