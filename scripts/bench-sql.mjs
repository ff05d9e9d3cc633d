// Bulk stock data for `npm run bench`, generated inside Postgres (scripts/bench.mjs calls seedStock).
//
// Every figure is consistent the way the service keeps it:
//  - an item's weight, weight_grams and pieces are the sum of its movements, and each movement's
//    balance_weight/balance_pieces is the running sum up to it;
//  - the daily roll-up is the movements grouped by product, kind, location and UTC day;
//  - every bigNumber column's raw_<col> jsonb holds the same decimal as text.
// Rough stones are weighed in carats (grams = ct × 0.2, exact), everything else in grams.
// Movements go into the table in created_at order, as a real ledger grows, with time-sortable ids.
// Nothing is random: the same options give the same data (but for the dates, which follow now()).

const KINDS = ["rough", "in_process", "finished", "materials_supplies"]

/** jsonb as Medusa writes a bigNumber's raw copy. */
const raw = (expr) => `jsonb_build_object('value', trim_scale(${expr})::text, 'precision', 20)`

/**
 * @param {import("pg").Client} db
 * @param {{ items: number, movements: number, productIds: string[], locationIds: string[], typeIdByKind: Record<string, string>, log: (m: string) => void }} o
 */
export async function seedStock(db, { items, movements, productIds, locationIds, typeIdByKind, log }) {
  if (movements < items) throw new Error(`--movements (${movements}) must be at least --items (${items}): each item has an opening movement`)
  const base = Math.floor(movements / items)
  const extra = movements % items // items 1..extra get one movement more
  await db.query(`SET work_mem = '256MB'`)
  await db.query(`SET maintenance_work_mem = '1GB'`)
  await db.query(`SET synchronous_commit = off`)

  // 1. Each item's figures, from a hash of its number. An item's movements are its opening
  //    (w0, pieces0), then alternately +a and -d (d ≤ a, so no balance goes below zero), evenly
  //    spread from its arrival to an hour ago: after movement k the balance is
  //    w0 + ((k+1)/2)·a - (k/2)·d, so nothing needs a running sum.
  await db.query(`DROP TABLE IF EXISTS bench_item`)
  await db.query(
    `CREATE UNLOGGED TABLE bench_item AS
     SELECT n, c, product_id, inventory_kind, inventory_type_id, location_id, status, unit,
            CASE WHEN unit = 'ct' THEN 0.2 ELSE 1 END::numeric AS factor, pieces0, w0, a,
            round(a * (0.5 + ((h / 23) % 50) / 100.0), 4) AS d,
            start_e, now_e - 3600 - start_e AS span_e
     FROM (
       SELECT n, h, $6::int + (n <= $7::int)::int AS c,
              ($1::text[])[1 + n % $2::int] AS product_id,
              ($3::text[])[1 + (n / $2::int) % 4] AS inventory_kind,
              ($4::text[])[1 + (n / $2::int) % 4] AS inventory_type_id,
              ($5::text[])[1 + (n / ($2::int * 4)) % cardinality($5::text[])] AS location_id,
              CASE WHEN h % 100 < 8 THEN 'sold' WHEN h % 100 < 10 THEN 'scrapped' WHEN h % 100 < 14 THEN 'reserved'
                   WHEN h % 100 < 18 THEN 'issued' ELSE 'available' END AS status,
              CASE WHEN (n / $2::int) % 4 = 0 THEN 'ct' ELSE 'g' END AS unit,
              (1 + (h / 7) % 3)::int AS pieces0,
              round(5 + ((h / 17) % 45000) / 1000.0, 3) AS w0,
              round(0.01 + ((h / 19) % 1000) / 10000.0, 4) AS a,
              -- Items arrive over the year, the last a month ago.
              now_e - 365 * 86400 + ((h / 11) % 335) * 86400 + (h / 13) % 86400 AS start_e, now_e
       FROM (SELECT n, (n::bigint * 2654435761) % 4294967296 AS h, extract(epoch FROM now())::float8 AS now_e
             FROM generate_series(1, $8::int) n) s
     ) t`,
    [productIds, productIds.length, KINDS, KINDS.map((k) => typeIdByKind[k]), locationIds, base, extra, items]
  )
  await db.query(`ANALYZE bench_item`)
  const balance = (k) => `(w0 + ((${k} + 1) / 2) * a - (${k} / 2) * d)`

  // 2. Items at their final balance.
  await db.query(
    `INSERT INTO jewelry_stock_item (id, tag_id, product_id, inventory_kind, inventory_type_id, shape, size, color, quality,
       weight, raw_weight, weight_unit, weight_grams, raw_weight_grams, pieces, location_id, rack, bin, status, created_at, updated_at)
     SELECT 'jsi_bench' || lpad(n::text, 9, '0'), 'BN-' || lpad(n::text, 8, '0'), product_id, inventory_kind, inventory_type_id,
            (ARRAY['Round','Oval','Pear','Cushion','Emerald'])[1 + n % 5], (1 + n % 9)::text || 'mm',
            (ARRAY['D','E','F','G','H','Yellow','White','Rose'])[1 + n % 8], (ARRAY['VS1','VS2','SI1','14K','18K'])[1 + n % 5],
            b, ${raw("b")}, unit, b * factor, ${raw("b * factor")}, pieces0, location_id,
            'R' || (1 + n % 20), 'B' || (1 + n % 50), status,
            to_timestamp(start_e), to_timestamp(start_e + span_e * (c - 1) / greatest(c - 1, 1))
     FROM (SELECT *, ${balance("(c - 1)")} AS b FROM bench_item) i
     ORDER BY start_e`
  )
  log(`${items} stock items`)

  // 3. The ledger, in time order (as a real one grows), a slice of the year at a time, each
  //    slice adding itself to the daily roll-up as the service does (a zero change counts as added).
  //    Secondary indexes and the foreign key are dropped and rebuilt afterwards (one sort each
  //    instead of one random insert per movement); the rebuilt foreign key checks every movement.
  const { rows: indexes } = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'jewelry_stock_movement' AND indexname <> 'jewelry_stock_movement_pkey'`
  )
  const { rows: fks } = await db.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'jewelry_stock_movement'::regclass AND contype = 'f'`
  )
  for (const f of fks) await db.query(`ALTER TABLE jewelry_stock_movement DROP CONSTRAINT "${f.conname}"`)
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`)
  const { rows: [range] } = await db.query(`SELECT MIN(start_e) AS lo, MAX(start_e + span_e) + 1 AS hi FROM bench_item`)
  const slices = Math.max(4, Math.ceil(movements / 400_000))
  let inserted = 0
  for (let i = 0; i < slices; i++) {
    const lo = range.lo + ((range.hi - range.lo) * i) / slices
    const hi = i === slices - 1 ? range.hi + 1 : range.lo + ((range.hi - range.lo) * (i + 1)) / slices
    const { rows: [r] } = await db.query(
      `WITH ins AS (
         INSERT INTO jewelry_stock_movement (id, stock_item_id, direction, reason, weight, raw_weight, weight_unit,
           grams_delta, raw_grams_delta, pieces_delta, balance_weight, raw_balance_weight, balance_pieces,
           product_id, inventory_kind, location_id, actor_id, reference_type, reference_id, created_at, updated_at)
         SELECT 'jsm_' || to_char(at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || '_' || n || '_' || k,
                'jsi_bench' || lpad(n::text, 9, '0'),
                CASE WHEN signed < 0 THEN 'deducted' ELSE 'added' END,
                CASE WHEN k = 0 THEN 'initial' WHEN k % 2 = 0 THEN 'issue' WHEN k % 4 = 1 THEN 'receive' ELSE 'return_from_job' END,
                abs(signed), ${raw("abs(signed)")}, unit,
                signed * factor, ${raw("signed * factor")}, CASE WHEN k = 0 THEN pieces0 ELSE 0 END,
                bal, ${raw("bal")}, pieces0,
                product_id, inventory_kind, location_id, 'user_bench',
                CASE WHEN k > 0 THEN 'production_job' END, CASE WHEN k > 0 THEN 'job_bench_' || (n * 7 + k) % 20000 END,
                at, at
         FROM (
           SELECT i.*, k, to_timestamp(start_e + span_e * k / greatest(c - 1, 1)) AS at,
                  CASE WHEN k = 0 THEN w0 WHEN k % 2 = 1 THEN a ELSE -d END AS signed, ${balance("k")} AS bal
           FROM bench_item i
           CROSS JOIN LATERAL generate_series(
             greatest(0, ceil(($1::float8 - start_e) / span_e * greatest(c - 1, 1)))::int,
             least(c, ceil(($2::float8 - start_e) / span_e * greatest(c - 1, 1)))::int - 1) k
         ) m
         ORDER BY at
         RETURNING product_id, inventory_kind, location_id, created_at, grams_delta
       ), days AS (
         SELECT product_id, inventory_kind, location_id, date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
                COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS added,
                COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS deducted, COUNT(*)::int AS n
         FROM ins GROUP BY 1, 2, 3, 4
       ), rolled AS (
         INSERT INTO jewelry_stock_daily_total AS t (id, product_id, inventory_kind, location_id, day, added_grams, raw_added_grams,
           deducted_grams, raw_deducted_grams, movements, created_at, updated_at)
         SELECT 'jsd_' || md5(product_id || inventory_kind || location_id || day::text), product_id, inventory_kind, location_id, day,
                added, ${raw("added")}, deducted, ${raw("deducted")}, n, day, day
         FROM days
         ON CONFLICT (product_id, inventory_kind, day, location_id) WHERE deleted_at IS NULL DO UPDATE SET
           added_grams = t.added_grams + EXCLUDED.added_grams,
           raw_added_grams = ${raw("t.added_grams + EXCLUDED.added_grams")},
           deducted_grams = t.deducted_grams + EXCLUDED.deducted_grams,
           raw_deducted_grams = ${raw("t.deducted_grams + EXCLUDED.deducted_grams")},
           movements = t.movements + EXCLUDED.movements
         RETURNING 1
       )
       SELECT (SELECT SUM(n) FROM days)::int AS movements`,
      [lo, hi]
    )
    inserted += r.movements ?? 0
    log(`ledger slice ${i + 1}/${slices}: ${inserted} movements`)
  }
  if (inserted !== movements) throw new Error(`generated ${inserted} movements, expected ${movements}`)
  for (const i of indexes) await db.query(i.indexdef)
  for (const f of fks) await db.query(`ALTER TABLE jewelry_stock_movement ADD CONSTRAINT "${f.conname}" ${f.def}`)
  log(`rebuilt ${indexes.length} indexes and ${fks.length} foreign key on the ledger`)
  await db.query(`DROP TABLE bench_item`)

  // 4. A settled database: visibility map and statistics as autovacuum would leave them.
  for (const t of ["jewelry_stock_item", "jewelry_stock_movement", "jewelry_stock_daily_total"]) {
    await db.query(`VACUUM (ANALYZE) ${t}`)
  }
  await db.query(`ANALYZE`)
  log(`VACUUM ANALYZE`)
}

/** Spot checks that the generated data holds the ledger's rules; throws if not. */
export async function checkStock(db) {
  const { rows: [r] } = await db.query(`
    WITH sample AS (SELECT id, weight, weight_grams, pieces, raw_weight, raw_weight_grams FROM jewelry_stock_item ORDER BY random() LIMIT 1000),
    sums AS (
      -- Per item through its (partial, deleted_at IS NULL) index; a join could scan the whole ledger.
      SELECT s.*, l.* FROM sample s CROSS JOIN LATERAL (
        SELECT SUM(m.grams_delta) AS g, SUM(m.pieces_delta) AS p,
               (array_agg(m.balance_weight ORDER BY m.created_at DESC, m.id DESC))[1] AS last_balance,
               bool_and((m.raw_grams_delta->>'value')::numeric = m.grams_delta AND (m.raw_balance_weight->>'value')::numeric = m.balance_weight) AS raw_ok
        FROM jewelry_stock_movement m WHERE m.stock_item_id = s.id AND m.deleted_at IS NULL) l)
    SELECT COUNT(*)::int AS checked,
           COUNT(*) FILTER (WHERE g IS DISTINCT FROM weight_grams OR p IS DISTINCT FROM pieces::bigint OR last_balance IS DISTINCT FROM weight OR NOT raw_ok
                              OR (raw_weight->>'value')::numeric <> weight OR (raw_weight_grams->>'value')::numeric <> weight_grams)::int AS bad
    FROM sums`)
  if (!r.checked || r.bad) throw new Error(`stock data check: ${r.bad} of ${r.checked} sampled items disagree with their movements`)
  const { rows: [d] } = await db.query(`
    WITH day AS (SELECT product_id, inventory_kind, location_id, day FROM jewelry_stock_daily_total ORDER BY random() LIMIT 20)
    SELECT COUNT(*) FILTER (WHERE t.added_grams <> x.a OR t.deducted_grams <> x.d OR t.movements <> x.n)::int AS bad
    FROM day JOIN jewelry_stock_daily_total t USING (product_id, inventory_kind, location_id, day)
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS a, COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS d, COUNT(*) AS n
      FROM jewelry_stock_movement m
      WHERE m.product_id = day.product_id AND m.inventory_kind = day.inventory_kind AND m.location_id = day.location_id
        AND m.created_at >= day.day AND m.created_at < day.day + interval '1 day' AND m.deleted_at IS NULL) x`)
  if (d.bad) throw new Error(`stock data check: ${d.bad} of 20 sampled daily totals disagree with the ledger`)
  return r.checked
}
