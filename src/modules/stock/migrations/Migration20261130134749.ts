import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Fine metal (SPEC 4b): items carry their metal and fineness and their fine weight; every movement
 * its fine delta. Items recorded before this read their purity from `quality` where it names one the
 * hallmark way (14K, 18KW, 925, PT950); the rest (stones, supplies) have none.
 */
export class Migration20261130134749 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_stock_movement" drop constraint if exists "jewelry_stock_movement_reason_check";`);

    this.addSql(`alter table if exists "jewelry_stock_item" add column if not exists "metal" text check ("metal" in ('gold', 'silver', 'platinum', 'palladium')) null, add column if not exists "fineness" numeric null, add column if not exists "fine_grams" numeric not null default 0, add column if not exists "raw_fineness" jsonb null, add column if not exists "raw_fine_grams" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "jewelry_stock_item" add constraint jewelry_stock_item_purity_check check((metal IS NULL) = (fineness IS NULL) AND (fineness IS NULL OR (fineness > 0 AND fineness <= 1000)));`);

    this.addSql(`alter table if exists "jewelry_stock_movement" add column if not exists "metal" text null, add column if not exists "fineness" numeric null, add column if not exists "fine_grams_delta" numeric not null default 0, add column if not exists "raw_fineness" jsonb null, add column if not exists "raw_fine_grams_delta" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "jewelry_stock_movement" add constraint "jewelry_stock_movement_reason_check" check("reason" in ('initial', 'import', 'adjustment', 'transfer', 'status_change', 'issue', 'return_from_job', 'receive', 'allocation', 'deallocation', 'sale', 'sale_return', 'scrap', 'purchase_receipt', 'close_out', 'refining', 'refining_receipt', 'melt', 'melt_output'));`);

    // Purity of items already recorded, from their quality text.
    this.addSql(`UPDATE "jewelry_stock_item" SET metal = 'gold', fineness = k.fineness
      FROM (VALUES ('9', 375), ('10', 417), ('14', 585), ('18', 750), ('20', 833), ('21', 875), ('22', 916), ('24', 999)) AS k(karat, fineness)
      WHERE metal IS NULL AND substring(upper(quality) from '^\\s*(\\d{1,2})\\s*K(T|Y|W|R)?\\s*$') = k.karat;`);
    this.addSql(`UPDATE "jewelry_stock_item" SET metal = 'silver', fineness = 925 WHERE metal IS NULL AND upper(trim(quality)) IN ('925', 'STERLING', 'AG925');`);
    this.addSql(`UPDATE "jewelry_stock_item" SET metal = 'platinum', fineness = substring(upper(quality) from '^\\s*PT\\s*(\\d{3})\\s*$')::numeric
      WHERE metal IS NULL AND upper(quality) ~ '^\\s*PT\\s*(950|900|850)\\s*$';`);
    this.addSql(`UPDATE "jewelry_stock_item" SET fine_grams = weight_grams * fineness / 1000,
      raw_fineness = jsonb_build_object('value', fineness::text, 'precision', 20),
      raw_fine_grams = jsonb_build_object('value', (weight_grams * fineness / 1000)::text, 'precision', 20)
      WHERE metal IS NOT NULL;`);
    // The ledger is append-only: its trigger lets this one backfill through.
    this.addSql(`ALTER TABLE "jewelry_stock_movement" DISABLE TRIGGER jewelry_stock_movement_append_only;`);
    this.addSql(`UPDATE "jewelry_stock_movement" m SET metal = i.metal, fineness = i.fineness, fine_grams_delta = m.grams_delta * i.fineness / 1000,
      raw_fineness = jsonb_build_object('value', i.fineness::text, 'precision', 20),
      raw_fine_grams_delta = jsonb_build_object('value', (m.grams_delta * i.fineness / 1000)::text, 'precision', 20)
      FROM "jewelry_stock_item" i WHERE i.id = m.stock_item_id AND i.metal IS NOT NULL;`);
    this.addSql(`ALTER TABLE "jewelry_stock_movement" ENABLE TRIGGER jewelry_stock_movement_append_only;`);

    // Product analytics now sums fine metal per metal too: keep its read index-only (see Migration20261122135854).
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_item_product_kind_status_totals";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_kind_status_totals" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") INCLUDE ("location_id", "weight_grams", "pieces", "metal", "fine_grams") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_item_product_kind_status_totals";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_kind_status_totals" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") INCLUDE ("location_id", "weight_grams", "pieces") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "jewelry_stock_movement" drop constraint if exists "jewelry_stock_movement_reason_check";`);

    this.addSql(`alter table if exists "jewelry_stock_item" drop constraint if exists jewelry_stock_item_purity_check;`);
    this.addSql(`alter table if exists "jewelry_stock_item" drop column if exists "metal", drop column if exists "fineness", drop column if exists "fine_grams", drop column if exists "raw_fineness", drop column if exists "raw_fine_grams";`);

    this.addSql(`alter table if exists "jewelry_stock_movement" drop column if exists "metal", drop column if exists "fineness", drop column if exists "fine_grams_delta", drop column if exists "raw_fineness", drop column if exists "raw_fine_grams_delta";`);

    this.addSql(`alter table if exists "jewelry_stock_movement" add constraint "jewelry_stock_movement_reason_check" check("reason" in ('initial', 'import', 'adjustment', 'transfer', 'status_change', 'issue', 'return_from_job', 'receive', 'allocation', 'deallocation', 'sale', 'sale_return', 'scrap', 'purchase_receipt', 'close_out'));`);
  }

}
