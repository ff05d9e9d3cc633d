import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The stock list's count for its common filters (issue 14): items per ownership, location and
 * status, kept by the database itself so no write path can miss it (workflows, their undo, the
 * CSV import, raw SQL alike).
 *
 * Each statement on `jewelry_stock_item` appends its net change per key, computed from the
 * statement's transition tables: concurrent writers append rows and never wait on a shared counter
 * row (a counter updated in place would hold its lock for the writer's whole transaction, and two
 * moves in opposite directions could deadlock). A row rolls back with its statement. The count for
 * a filter is the sum of its keys' rows; `compactStockCounts` (a scheduled job) folds them into one
 * row per key. TRUNCATE of the items empties it.
 *
 * The snapshot's list indexes (Migration20261202090000) are repeated here as `IF NOT EXISTS`,
 * as generated from the models.
 */
const DELTA = (source: string) => `
  INSERT INTO "jewelry_stock_count" ("id", "ownership", "location_id", "status", "items")
  SELECT 'jsc_' || replace(gen_random_uuid()::text, '-', ''), ownership, location_id, status, SUM(d)
  FROM (${source}) x
  GROUP BY ownership, location_id, status
  HAVING SUM(d) <> 0;`;

const LIVE = (table: string, sign: 1 | -1) =>
  `SELECT ownership, location_id, status, ${sign} AS d FROM ${table} WHERE deleted_at IS NULL`;

const FUNCTIONS: [string, string][] = [
  ["jewelry_stock_count_insert", DELTA(LIVE("new_items", 1))],
  ["jewelry_stock_count_update", DELTA(`${LIVE("old_items", -1)} UNION ALL ${LIVE("new_items", 1)}`)],
  ["jewelry_stock_count_delete", DELTA(LIVE("old_items", -1))],
];

export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "jewelry_stock_count" ("id" text not null, "ownership" text not null, "location_id" text not null, "status" text not null, "items" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_stock_count_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_count_deleted_at" ON "jewelry_stock_count" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_count_key" ON "jewelry_stock_count" ("ownership", "location_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_list_loc_status_created" ON "jewelry_stock_item" ("ownership", "location_id", "status", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_list_loc_status_weight" ON "jewelry_stock_item" ("ownership", "location_id", "status", "weight_grams", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_list_created" ON "jewelry_stock_item" ("ownership", "created_at", "id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_list_weight" ON "jewelry_stock_item" ("ownership", "weight_grams", "id") WHERE deleted_at IS NULL;`);

    for (const [name, body] of FUNCTIONS) {
      this.addSql(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$;`);
    }
    this.addSql(`CREATE OR REPLACE FUNCTION jewelry_stock_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN DELETE FROM "jewelry_stock_count"; RETURN NULL; END $$;`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_count_insert ON "jewelry_stock_item";`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_count_update ON "jewelry_stock_item";`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_count_delete ON "jewelry_stock_item";`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_count_truncate ON "jewelry_stock_item";`);
    // A trigger with transition tables serves one event; hence three.
    this.addSql(`CREATE TRIGGER jewelry_stock_count_insert AFTER INSERT ON "jewelry_stock_item" REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION jewelry_stock_count_insert();`);
    this.addSql(`CREATE TRIGGER jewelry_stock_count_update AFTER UPDATE ON "jewelry_stock_item" REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION jewelry_stock_count_update();`);
    this.addSql(`CREATE TRIGGER jewelry_stock_count_delete AFTER DELETE ON "jewelry_stock_item" REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION jewelry_stock_count_delete();`);
    this.addSql(`CREATE TRIGGER jewelry_stock_count_truncate AFTER TRUNCATE ON "jewelry_stock_item" FOR EACH STATEMENT EXECUTE FUNCTION jewelry_stock_count_truncate();`);

    // The items already there, in one row per key.
    this.addSql(`DELETE FROM "jewelry_stock_count";`);
    this.addSql(DELTA(LIVE(`"jewelry_stock_item"`, 1)));
  }

  override async down(): Promise<void> {
    for (const name of ["insert", "update", "delete", "truncate"]) {
      this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_count_${name} ON "jewelry_stock_item";`);
      this.addSql(`DROP FUNCTION IF EXISTS jewelry_stock_count_${name}();`);
    }
    this.addSql(`drop table if exists "jewelry_stock_count" cascade;`);
  }
}
