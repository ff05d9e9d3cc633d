import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Metal accounting: the custody ledger (who holds the metal), refining lots and melt lots (SPEC 4b, 4c). */
export class Migration20261130134757 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_refining_source" drop constraint if exists "jewelry_refining_source_receipt_unique";`);
    this.addSql(`create table if not exists "jewelry_melt_lot" ("id" text not null, "number" serial, "status" text check ("status" in ('open', 'melting', 'melted', 'cancelled')) not null default 'open', "metal" text check ("metal" in ('gold', 'silver', 'platinum', 'palladium')) not null, "fineness" numeric not null, "product_id" text not null, "location_id" text not null, "fine_in_grams" numeric not null default 0, "alloy_in_grams" numeric not null default 0, "fine_out_grams" numeric null, "gross_out_grams" numeric null, "loss_fine_grams" numeric null, "loss_pct" numeric null, "output_item_id" text null, "melted_at" timestamptz null, "notes" text null, "created_by" text null, "raw_fineness" jsonb not null, "raw_fine_in_grams" jsonb not null default '{"value":"0","precision":20}', "raw_alloy_in_grams" jsonb not null default '{"value":"0","precision":20}', "raw_fine_out_grams" jsonb null, "raw_gross_out_grams" jsonb null, "raw_loss_fine_grams" jsonb null, "raw_loss_pct" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_melt_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_melt_lot_deleted_at" ON "jewelry_melt_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_melt_lot_status" ON "jewelry_melt_lot" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_melt_input" ("id" text not null, "lot_id" text not null, "stock_item_id" text not null, "tag_id" text not null, "metal" text null, "fineness" numeric null, "grams" numeric not null, "fine_grams" numeric not null default 0, "cost" numeric null, "raw_cost" jsonb null, "movement_id" text null, "raw_fineness" jsonb null, "raw_grams" jsonb not null, "raw_fine_grams" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_melt_input_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_melt_input_lot_id" ON "jewelry_melt_input" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_melt_input_deleted_at" ON "jewelry_melt_input" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_metal_entry" ("id" text not null, "holder_type" text check ("holder_type" in ('user', 'supplier')) not null, "holder_id" text not null, "entry_type" text check ("entry_type" in ('issue', 'return', 'loss')) not null, "bucket" text null, "metal" text null, "fineness" numeric null, "gross_grams" numeric not null, "fine_grams" numeric not null default 0, "job_id" text null, "job_number" integer null, "job_stage_id" text null, "stage_id" text null, "stage_name" text null, "department_id" text null, "loss_standard_pct" numeric null, "stock_item_id" text null, "tag_id" text null, "material_id" text null, "receipt_id" text null, "note" text null, "actor_id" text null, "raw_fineness" jsonb null, "raw_gross_grams" jsonb not null, "raw_fine_grams" jsonb not null default '{"value":"0","precision":20}', "raw_loss_standard_pct" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_metal_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_entry_deleted_at" ON "jewelry_metal_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_entry_holder_type_holder_id_created_at" ON "jewelry_metal_entry" ("holder_type", "holder_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_entry_job_stage_id" ON "jewelry_metal_entry" ("job_stage_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_entry_job_id" ON "jewelry_metal_entry" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_entry_created_at" ON "jewelry_metal_entry" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_refining_lot" ("id" text not null, "number" serial, "status" text check ("status" in ('open', 'sent', 'receiving', 'received', 'cancelled')) not null default 'open', "metal" text check ("metal" in ('gold', 'silver', 'platinum', 'palladium')) not null, "supplier_id" text null, "sent_at" timestamptz null, "received_at" timestamptz null, "est_gross_grams" numeric not null default 0, "est_fine_grams" numeric not null default 0, "fine_received_grams" numeric null, "loss_pct" numeric null, "charges" numeric null, "currency_code" text null, "location_id" text null, "output_item_ids" text[] not null default '{}', "notes" text null, "created_by" text null, "raw_est_gross_grams" jsonb not null default '{"value":"0","precision":20}', "raw_est_fine_grams" jsonb not null default '{"value":"0","precision":20}', "raw_fine_received_grams" jsonb null, "raw_loss_pct" jsonb null, "raw_charges" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_refining_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_refining_lot_deleted_at" ON "jewelry_refining_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_refining_lot_status" ON "jewelry_refining_lot" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_refining_source" ("id" text not null, "lot_id" text not null, "kind" text check ("kind" in ('waste', 'sweeps', 'scrap_item')) not null, "description" text null, "gross_grams" numeric not null, "est_fineness" numeric not null, "est_fine_grams" numeric not null, "job_id" text null, "job_stage_id" text null, "receipt_id" text null, "department_id" text null, "stock_item_id" text null, "tag_id" text null, "movement_id" text null, "cost" numeric null, "raw_cost" jsonb null, "recovered_fine_grams" numeric null, "raw_gross_grams" jsonb not null, "raw_est_fineness" jsonb not null, "raw_est_fine_grams" jsonb not null, "raw_recovered_fine_grams" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_refining_source_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_refining_source_lot_id" ON "jewelry_refining_source" ("lot_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_refining_source_deleted_at" ON "jewelry_refining_source" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_refining_source_receipt_unique" ON "jewelry_refining_source" ("receipt_id") WHERE receipt_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_refining_source_job_stage_id" ON "jewelry_refining_source" ("job_stage_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_melt_input" add constraint "jewelry_melt_input_lot_id_foreign" foreign key ("lot_id") references "jewelry_melt_lot" ("id") on update cascade;`);

    this.addSql(`alter table if exists "jewelry_refining_source" add constraint "jewelry_refining_source_lot_id_foreign" foreign key ("lot_id") references "jewelry_refining_lot" ("id") on update cascade;`);

    // The custody ledger is append-only, like the stock ledger: only a workflow undoing its own write may erase.
    this.addSql(`CREATE OR REPLACE FUNCTION jewelry_metal_entry_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('jewelry.ledger_undo', true) = 'on' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'jewelry_metal_entry is append-only (% refused)', TG_OP USING ERRCODE = 'restrict_violation';
      END;
    $$ LANGUAGE plpgsql;`);
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_metal_entry_append_only ON "jewelry_metal_entry";`);
    this.addSql(`CREATE TRIGGER jewelry_metal_entry_append_only BEFORE UPDATE OR DELETE ON "jewelry_metal_entry"
      FOR EACH ROW EXECUTE FUNCTION jewelry_metal_entry_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS jewelry_metal_entry_append_only ON "jewelry_metal_entry";`);
    this.addSql(`DROP FUNCTION IF EXISTS jewelry_metal_entry_append_only();`);
    this.addSql(`alter table if exists "jewelry_melt_input" drop constraint if exists "jewelry_melt_input_lot_id_foreign";`);

    this.addSql(`alter table if exists "jewelry_refining_source" drop constraint if exists "jewelry_refining_source_lot_id_foreign";`);

    this.addSql(`drop table if exists "jewelry_melt_lot" cascade;`);

    this.addSql(`drop table if exists "jewelry_melt_input" cascade;`);

    this.addSql(`drop table if exists "jewelry_metal_entry" cascade;`);

    this.addSql(`drop table if exists "jewelry_refining_lot" cascade;`);

    this.addSql(`drop table if exists "jewelry_refining_source" cascade;`);
  }

}
