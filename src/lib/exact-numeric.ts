/**
 * Medusa's bigNumber columns are two: `x` (numeric, what SQL sums, filters
 * and the ledger's row locks read) and `raw_x` (jsonb, the exact decimal).
 * Medusa writes `x` through a JavaScript number, and its BigNumber reads any
 * value within 0.0001 of zero as 0: a movement of 0.00000001 ozt was stored
 * as a 0 movement, and a value past 15 digits was rounded. These triggers
 * make the database keep `x` equal to `raw_x`, exactly, on every insert and
 * update, so an item equals the sum of its movements at every magnitude.
 *
 * Pure SQL text for the modules' migrations; no Medusa imports.
 */
export function exactNumericSql(table: string, columns: string[], opts: { appendOnlyTrigger?: string } = {}) {
  const fn = `${table}_exact_numeric`
  const sets = columns
    .map((c) => `IF NEW."raw_${c}" IS NOT NULL AND jsonb_typeof(NEW."raw_${c}") = 'object' AND NEW."raw_${c}" ? 'value' THEN NEW."${c}" := (NEW."raw_${c}"->>'value')::numeric; END IF;`)
    .join("\n        ")
  const backfill = `UPDATE "${table}" SET ${columns.map((c) => `"${c}" = COALESCE((CASE WHEN jsonb_typeof("raw_${c}") = 'object' THEN ("raw_${c}"->>'value')::numeric END), "${c}")`).join(", ")}
      WHERE ${columns.map((c) => `"${c}" IS DISTINCT FROM COALESCE((CASE WHEN jsonb_typeof("raw_${c}") = 'object' THEN ("raw_${c}"->>'value')::numeric END), "${c}")`).join(" OR ")};`
  const up = [
    `CREATE OR REPLACE FUNCTION ${fn}() RETURNS trigger AS $$
      BEGIN
        ${sets}
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql;`,
    `DROP TRIGGER IF EXISTS ${fn} ON "${table}";`,
    `CREATE TRIGGER ${fn} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
    ...(opts.appendOnlyTrigger ? [`ALTER TABLE "${table}" DISABLE TRIGGER ${opts.appendOnlyTrigger};`] : []),
    backfill,
    ...(opts.appendOnlyTrigger ? [`ALTER TABLE "${table}" ENABLE TRIGGER ${opts.appendOnlyTrigger};`] : []),
  ]
  const down = [`DROP TRIGGER IF EXISTS ${fn} ON "${table}";`, `DROP FUNCTION IF EXISTS ${fn}();`]
  return { up, down }
}

/** A migration's up and down for several tables. */
export function exactNumericMigration(tables: { table: string; columns: string[]; appendOnlyTrigger?: string }[]) {
  const parts = tables.map((t) => exactNumericSql(t.table, t.columns, { appendOnlyTrigger: t.appendOnlyTrigger }))
  return { up: parts.flatMap((p) => p.up), down: parts.flatMap((p) => p.down) }
}
