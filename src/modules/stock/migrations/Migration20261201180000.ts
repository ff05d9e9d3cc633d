import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The daily roll-up gains the movement's location, so staff limited to some locations read their
 * chart from it instead of scanning the ledger. The roll-up is derived data: it is rebuilt from the
 * ledger (the same grouping the service keeps: a zero change counts as added; customers' pieces,
 * which have no product, are left out).
 */
const rebuild = (byLocation: boolean) => `
  INSERT INTO "jewelry_stock_daily_total" ("id", "product_id", "inventory_kind", ${byLocation ? `"location_id", ` : ""}"day",
    "added_grams", "raw_added_grams", "deducted_grams", "raw_deducted_grams", "movements")
  SELECT 'jsd_' || md5(product_id || '|' || inventory_kind || '|' || ${byLocation ? `location_id || '|' || ` : ""}day::text), product_id, inventory_kind, ${byLocation ? "location_id, " : ""}day,
         added, jsonb_build_object('value', added::text, 'precision', 20), deducted, jsonb_build_object('value', deducted::text, 'precision', 20), n
  FROM (
    SELECT product_id, inventory_kind, ${byLocation ? "location_id, " : ""}date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
           COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS added,
           COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS deducted, COUNT(*)::int AS n
    FROM "jewelry_stock_movement"
    WHERE deleted_at IS NULL AND product_id IS NOT NULL
    GROUP BY 1, 2, 3${byLocation ? ", 4" : ""}
  ) d;`;

export class Migration20261201180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "IDX_jewelry_stock_daily_unique";`);
    this.addSql(`alter table if exists "jewelry_stock_daily_total" add column if not exists "location_id" text null;`);
    this.addSql(`delete from "jewelry_stock_daily_total";`);
    this.addSql(rebuild(true));
    this.addSql(`alter table if exists "jewelry_stock_daily_total" alter column "location_id" set not null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_stock_daily_location_unique" ON "jewelry_stock_daily_total" ("product_id", "inventory_kind", "day", "location_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_jewelry_stock_daily_location_unique";`);
    this.addSql(`delete from "jewelry_stock_daily_total";`);
    this.addSql(`alter table if exists "jewelry_stock_daily_total" drop column if exists "location_id";`);
    this.addSql(rebuild(false));
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_stock_daily_unique" ON "jewelry_stock_daily_total" ("product_id", "inventory_kind", "day") WHERE deleted_at IS NULL;`);
  }
}
