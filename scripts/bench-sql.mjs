// Bulk stock data for `npm run bench`, generated inside Postgres (scripts/bench.mjs calls seedStock).
//
// Every figure is consistent the way the service keeps it:
//  - an item's weight, weight_grams and pieces are the sum of its movements, and each movement's
//    balance_weight/balance_pieces is the running sum up to it;
//  - the daily roll-up is the movements grouped by product, kind and UTC day;
//  - every bigNumber column's raw_<col> jsonb holds the same decimal as text.
// Rough stones are weighed in carats (grams = ct × 0.2, exact), everything else in grams.
// Movements go into the table in created_at order, as a real ledger grows, with time-sortable ids.

const KINDS = ["rough", "in_process", "finished", "materials_supplies"]

/** jsonb as Medusa writes a bigNumber's raw copy. */
const raw = (expr) => `jsonb_build_object('value', trim_scale(${expr})::text, 'precision', 20)`

/**
 * @param {import("pg").Client} db
 * @param {{ items: number, movements: number, productIds: string[], locationIds: string[], typeIdByKind: Record<string, string>, log: (m: string) => void }} o
 */
export async function seedStock(db, { items, movements, productIds, locationIds, typeIdByKind, log }) {
  if (movements < items) throw new Error(`--movements (${movements}) must be at least --items (${items}): each item has an opening movement`)
  const P = productIds.length
  const L = locationIds.length
  const base = Math.floor(movements / items)
  const extra = movements % items // items 1..extra get one movement more
  await db.query(`SET work_mem = '256MB'`)
  await db.query(`SET maintenance_work_mem = '1GB'`)
  await db.query(`SET synchronous_commit = off`)

  // 1. Staging: every movement with its running balance, per item (small window sorts), in batches.
  await db.query(`DROP TABLE IF EXISTS bench_mv`)
  await db.query(`CREATE UNLOGGED TABLE bench_mv (
    n int, k int, c int, product_id text, inventory_kind text, inventory_type_id text, location_id text, status text,
    unit text, factor numeric, pieces0 int, started_at timestamptz, created_at timestamptz,
    signed numeric, balance numeric)`)
  const batch = Math.max(1, Math.floor(2_000_000 / Math.max(1, base)))
  for (let lo = 1; lo <= items; lo += batch) {
    const hi = Math.min(items, lo + batch - 1)
    await db.query(
      `INSERT INTO bench_mv
       SELECT it.n, m.k, it.c, it.product_id, it.inventory_kind, it.inventory_type_id, it.location_id, it.status,
              it.unit, it.factor, it.pieces0, it.started_at, m.created_at, m.signed,
              SUM(m.signed) OVER (PARTITION BY it.n ORDER BY m.k)
       FROM (
         SELECT n, h, c, product_id, inventory_kind, ($4::text[])[1 + (n / $6) % 4] AS inventory_type_id,
                location_id, status, unit, CASE WHEN unit = 'ct' THEN 0.2 ELSE 1 END::numeric AS factor,
                1 + (h / 7) % 3 AS pieces0,
                -- Items arrive over the year; the last one at least a month ago.
                now() - interval '365 days' + ((h / 11) % 335) * interval '1 day' + ((h / 13) % 86400) * interval '1 second' AS started_at
         FROM (
           SELECT n, h, $8::int + (n <= $9)::int AS c,
                  ($3::text[])[1 + n % $6] AS product_id, kind AS inventory_kind,
                  ($5::text[])[1 + (n / ($6 * 4)) % $7] AS location_id,
                  CASE WHEN h % 100 < 8 THEN 'sold' WHEN h % 100 < 10 THEN 'scrapped' WHEN h % 100 < 14 THEN 'reserved'
                       WHEN h % 100 < 18 THEN 'issued' ELSE 'available' END AS status,
                  CASE WHEN kind = 'rough' THEN 'ct' ELSE 'g' END AS unit
           FROM (SELECT n, (n::bigint * 2654435761) % 4294967296 AS h, (ARRAY${JSON.stringify(KINDS).replace(/"/g, "'")})[1 + (n / $6) % 4] AS kind
                 FROM generate_series($1::int, $2::int) n) s0
         ) s2
       ) it
       CROSS JOIN LATERAL (
         SELECT k,
                it.started_at + (now() - interval '1 hour' - it.started_at) * (k::float8 / it.c) AS created_at,
                CASE WHEN k = 0 THEN round(5 + ((it.h / 17) % 45000) / 1000.0, 3)
                     WHEN k % 2 = 1 THEN round(0.01 + ((it.n * 31 + (k + 1) / 2 * 17) % 1000) / 10000.0, 4)
                     -- A deduction takes back part of the addition before it, so no balance goes below zero.
                     ELSE -round((0.01 + ((it.n * 31 + (k + 1) / 2 * 17) % 1000) / 10000.0) * (0.5 + ((it.n + (k + 1) / 2) * 13 % 50) / 100.0), 4)
                END AS signed
         FROM generate_series(0, it.c - 1) k
       ) m`,
      [lo, hi, productIds, KINDS.map((k) => typeIdByKind[k]), locationIds, P, L, base, extra]
    )
    log(`staged movements of items ${lo}..${hi}`)
  }

  // 2. Items at their final balance.
  await db.query(
    `INSERT INTO jewelry_stock_item (id, tag_id, product_id, inventory_kind, inventory_type_id, shape, size, color, quality,
       weight, raw_weight, weight_unit, weight_grams, raw_weight_grams, pieces, location_id, rack, bin, status, created_at, updated_at)
     SELECT 'jsi_bench' || lpad(n::text, 9, '0'), 'BN-' || lpad(n::text, 8, '0'), product_id, inventory_kind, inventory_type_id,
            (ARRAY['Round','Oval','Pear','Cushion','Emerald'])[1 + n % 5], (1 + n % 9)::text || 'mm',
            (ARRAY['D','E','F','G','H','Yellow','White','Rose'])[1 + n % 8], (ARRAY['VS1','VS2','SI1','14K','18K'])[1 + n % 5],
            balance, ${raw("balance")}, unit, balance * factor, ${raw("balance * factor")}, pieces0, location_id,
            'R' || (1 + n % 20), 'B' || (1 + n % 50), status, started_at, created_at
     FROM bench_mv WHERE k = c - 1`
  )
  log(`${items} stock items`)

  // 3. The ledger, in time order. Secondary indexes and the foreign key are dropped and rebuilt
  //    afterwards (one sort each instead of 'movements' random inserts); the rebuilt foreign key
  //    checks every movement's item in one pass.
  const { rows: indexes } = await db.query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'jewelry_stock_movement' AND indexname <> 'jewelry_stock_movement_pkey'`
  )
  const { rows: fks } = await db.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'jewelry_stock_movement'::regclass AND contype = 'f'`
  )
  for (const f of fks) await db.query(`ALTER TABLE jewelry_stock_movement DROP CONSTRAINT "${f.conname}"`)
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`)
  await db.query(
    `INSERT INTO jewelry_stock_movement (id, stock_item_id, direction, reason, weight, raw_weight, weight_unit,
       grams_delta, raw_grams_delta, pieces_delta, balance_weight, raw_balance_weight, balance_pieces,
       product_id, inventory_kind, location_id, actor_id, reference_type, reference_id, created_at, updated_at)
     SELECT 'jsm_' || to_char(created_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || '_' || n || '_' || k,
            'jsi_bench' || lpad(n::text, 9, '0'),
            CASE WHEN signed < 0 THEN 'deducted' ELSE 'added' END,
            CASE WHEN k = 0 THEN 'initial' WHEN k % 2 = 0 THEN 'issue' WHEN k % 4 = 1 THEN 'receive' ELSE 'return_from_job' END,
            abs(signed), ${raw("abs(signed)")}, unit,
            signed * factor, ${raw("signed * factor")}, CASE WHEN k = 0 THEN pieces0 ELSE 0 END,
            balance, ${raw("balance")}, pieces0,
            product_id, inventory_kind, location_id, 'user_bench',
            CASE WHEN k > 0 THEN 'production_job' END, CASE WHEN k > 0 THEN 'job_bench_' || (n * 7 + k) % 20000 END,
            created_at, created_at
     FROM bench_mv ORDER BY created_at`
  )
  log(`${movements} movements`)
  for (const i of indexes) {
    await db.query(i.indexdef)
  }
  for (const f of fks) await db.query(`ALTER TABLE jewelry_stock_movement ADD CONSTRAINT "${f.conname}" ${f.def}`)
  log(`rebuilt ${indexes.length} indexes and ${fks.length} foreign key on the ledger`)
  await db.query(`DROP TABLE bench_mv`)

  // 4. The daily roll-up, from the ledger, as the service adds to it (a zero change counts as added).
  await db.query(
    `INSERT INTO jewelry_stock_daily_total (id, product_id, inventory_kind, day, added_grams, raw_added_grams,
       deducted_grams, raw_deducted_grams, movements, created_at, updated_at)
     SELECT 'jsd_bench' || row_number() OVER (ORDER BY day, product_id, inventory_kind), product_id, inventory_kind, day,
            a, ${raw("a")}, d, ${raw("d")}, n, day, day
     FROM (SELECT product_id, inventory_kind, date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
                  COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS a,
                  COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS d, COUNT(*)::int AS n
           FROM jewelry_stock_movement GROUP BY 1, 2, 3) t`
  )
  log(`daily roll-up`)

  // 5. A settled database: visibility map and statistics as autovacuum would leave them.
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
      SELECT s.id, s.weight, s.weight_grams, s.pieces, s.raw_weight, s.raw_weight_grams,
             SUM(m.grams_delta) AS g, SUM(m.pieces_delta) AS p,
             (array_agg(m.balance_weight ORDER BY m.created_at DESC, m.id DESC))[1] AS last_balance,
             bool_and((m.raw_grams_delta->>'value')::numeric = m.grams_delta AND (m.raw_balance_weight->>'value')::numeric = m.balance_weight) AS raw_ok
      FROM sample s JOIN jewelry_stock_movement m ON m.stock_item_id = s.id GROUP BY 1, 2, 3, 4, 5, 6)
    SELECT COUNT(*)::int AS checked,
           COUNT(*) FILTER (WHERE g <> weight_grams OR p <> pieces OR last_balance <> weight OR NOT raw_ok
                              OR (raw_weight->>'value')::numeric <> weight OR (raw_weight_grams->>'value')::numeric <> weight_grams)::int AS bad
    FROM sums`)
  if (!r.checked || r.bad) throw new Error(`stock data check: ${r.bad} of ${r.checked} sampled items disagree with their movements`)
  const { rows: [d] } = await db.query(`
    WITH day AS (SELECT product_id, inventory_kind, day FROM jewelry_stock_daily_total ORDER BY random() LIMIT 20)
    SELECT COUNT(*) FILTER (WHERE t.added_grams <> x.a OR t.deducted_grams <> x.d OR t.movements <> x.n)::int AS bad
    FROM day JOIN jewelry_stock_daily_total t USING (product_id, inventory_kind, day)
    CROSS JOIN LATERAL (
      SELECT COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS a, COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS d, COUNT(*) AS n
      FROM jewelry_stock_movement m
      WHERE m.product_id = day.product_id AND m.inventory_kind = day.inventory_kind AND m.created_at >= day.day AND m.created_at < day.day + interval '1 day') x`)
  if (d.bad) throw new Error(`stock data check: ${d.bad} of 20 sampled daily totals disagree with the ledger`)
  return r.checked
}
