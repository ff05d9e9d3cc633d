import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122123206 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_tag_sequence" drop constraint if exists "jewelry_tag_sequence_stem_unique";`);
    this.addSql(`alter table if exists "jewelry_stock_item" drop constraint if exists "jewelry_stock_item_tag_unique";`);
    this.addSql(`alter table if exists "jewelry_stock_daily_total" drop constraint if exists "jewelry_stock_daily_unique";`);
    this.addSql(`create table if not exists "jewelry_stock_daily_total" ("id" text not null, "product_id" text not null, "inventory_kind" text not null, "day" timestamptz not null, "added_grams" numeric not null default 0, "deducted_grams" numeric not null default 0, "movements" integer not null default 0, "raw_added_grams" jsonb not null default '{"value":"0","precision":20}', "raw_deducted_grams" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_stock_daily_total_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_daily_total_deleted_at" ON "jewelry_stock_daily_total" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_stock_daily_unique" ON "jewelry_stock_daily_total" ("product_id", "inventory_kind", "day") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_stock_item" ("id" text not null, "tag_id" text not null, "product_id" text not null, "variant_id" text null, "inventory_kind" text check ("inventory_kind" in ('rough', 'in_process', 'finished', 'materials_supplies')) not null, "inventory_type_id" text not null, "shape" text null, "size" text null, "color" text null, "quality" text null, "weight" numeric not null default 0, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "weight_grams" numeric not null default 0, "pieces" integer not null default 0, "location_id" text not null, "rack" text null, "bin" text null, "image_url" text null, "status" text check ("status" in ('available', 'reserved', 'issued', 'sold', 'scrapped')) not null default 'available', "cost_basis" numeric null, "currency_code" text null, "source_item_id" text null, "job_id" text null, "notes" text null, "metadata" jsonb null, "raw_weight" jsonb not null default '{"value":"0","precision":20}', "raw_weight_grams" jsonb not null default '{"value":"0","precision":20}', "raw_cost_basis" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_stock_item_pkey" primary key ("id"), constraint jewelry_stock_item_weight_nonneg check (weight >= 0 AND weight_grams >= 0), constraint jewelry_stock_item_pieces_nonneg check (pieces >= 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_deleted_at" ON "jewelry_stock_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_tag_unique" ON "jewelry_stock_item" ("tag_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_id_inventory_kind_status" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_location_id" ON "jewelry_stock_item" ("location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_variant_id_location_id" ON "jewelry_stock_item" ("variant_id", "location_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_job_id" ON "jewelry_stock_item" ("job_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_stock_movement" ("id" text not null, "stock_item_id" text not null, "direction" text check ("direction" in ('added', 'deducted', 'none')) not null, "reason" text check ("reason" in ('initial', 'import', 'adjustment', 'transfer', 'status_change', 'issue', 'return_from_job', 'receive', 'allocation', 'deallocation', 'sale', 'sale_return', 'scrap', 'purchase_receipt', 'close_out')) not null, "weight" numeric not null default 0, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "grams_delta" numeric not null default 0, "pieces_delta" integer not null default 0, "balance_weight" numeric not null default 0, "balance_pieces" integer not null default 0, "product_id" text not null, "inventory_kind" text not null, "location_id" text not null, "from_location_id" text null, "note" text null, "actor_id" text null, "reference_type" text null, "reference_id" text null, "raw_weight" jsonb not null default '{"value":"0","precision":20}', "raw_grams_delta" jsonb not null default '{"value":"0","precision":20}', "raw_balance_weight" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_movement_stock_item_id" ON "jewelry_stock_movement" ("stock_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_movement_deleted_at" ON "jewelry_stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_movement_product_id_inventory_kind_created_at" ON "jewelry_stock_movement" ("product_id", "inventory_kind", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_movement_reference_type_reference_id" ON "jewelry_stock_movement" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_tag_sequence" ("id" text not null, "stem" text not null, "last_value" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_tag_sequence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_tag_sequence_deleted_at" ON "jewelry_tag_sequence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_tag_sequence_stem_unique" ON "jewelry_tag_sequence" ("stem") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_stock_movement" add constraint "jewelry_stock_movement_stock_item_id_foreign" foreign key ("stock_item_id") references "jewelry_stock_item" ("id") on update cascade;`);

    // The movement ledger is append-only: the database itself refuses to change or delete a movement.
    this.addSql(`CREATE OR REPLACE FUNCTION jewelry_stock_movement_append_only() RETURNS trigger AS $$
      BEGIN
        -- Only a workflow undoing its own uncommitted-in-spirit write may erase (see StockModuleService.undoMovements).
        IF TG_OP = 'DELETE' AND current_setting('jewelry.ledger_undo', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'jewelry_stock_movement is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
      END;
      $$ LANGUAGE plpgsql;`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_movement_append_only ON "jewelry_stock_movement";`);
    this.addSql(`CREATE TRIGGER jewelry_stock_movement_append_only BEFORE UPDATE OR DELETE ON "jewelry_stock_movement"
      FOR EACH ROW EXECUTE FUNCTION jewelry_stock_movement_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_stock_movement" drop constraint if exists "jewelry_stock_movement_stock_item_id_foreign";`);

    this.addSql(`DROP TRIGGER IF EXISTS jewelry_stock_movement_append_only ON "jewelry_stock_movement";`);
    this.addSql(`DROP FUNCTION IF EXISTS jewelry_stock_movement_append_only();`);
    this.addSql(`drop table if exists "jewelry_stock_daily_total" cascade;`);

    this.addSql(`drop table if exists "jewelry_stock_item" cascade;`);

    this.addSql(`drop table if exists "jewelry_stock_movement" cascade;`);

    this.addSql(`drop table if exists "jewelry_tag_sequence" cascade;`);
  }

}
