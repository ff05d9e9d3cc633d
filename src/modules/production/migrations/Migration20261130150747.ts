import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Repairs (seed 003): a repair job names the piece it works on; a customer's repair keeps its record
 * (intake, estimate, approval, pickup, the Medusa draft order that charges it); material taken from a
 * customer's piece has no catalog product.
 */
export class Migration20261130150747 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_repair" drop constraint if exists "production_repair_job_unique";`);
    this.addSql(`create table if not exists "production_repair" ("id" text not null, "job_id" text not null, "stock_item_id" text not null, "customer_id" text not null, "status" text check ("status" in ('intake', 'estimated', 'approved', 'ready', 'picked_up', 'cancelled')) not null default 'intake', "description" text not null, "photos" text[] not null default '{}', "condition_notes" text null, "declared_metal" text null, "declared_stones" text null, "take_in_weight" numeric not null, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "take_in_grams" numeric not null, "estimate_amount" numeric null, "currency_code" text null, "estimate_notes" text null, "estimated_at" timestamptz null, "approved_at" timestamptz null, "approved_by_name" text null, "promised_date" timestamptz null, "ready_at" timestamptz null, "out_weight" numeric null, "out_grams" numeric null, "acknowledged_name" text null, "acknowledged_at" timestamptz null, "picked_up_by" text null, "draft_order_id" text null, "order_id" text null, "created_by" text null, "raw_take_in_weight" jsonb not null, "raw_take_in_grams" jsonb not null, "raw_estimate_amount" jsonb null, "raw_out_weight" jsonb null, "raw_out_grams" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_repair_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_repair_deleted_at" ON "production_repair" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_repair_job_unique" ON "production_repair" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_repair_customer_id" ON "production_repair" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_repair_status" ON "production_repair" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "production_job" add column if not exists "repair_item_id" text null;`);

    this.addSql(`alter table if exists "production_job_material" alter column "product_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "production_repair" cascade;`);

    this.addSql(`alter table if exists "production_job" drop column if exists "repair_item_id";`);

    this.addSql(`alter table if exists "production_job_material" alter column "product_id" set not null;`);
  }

}
