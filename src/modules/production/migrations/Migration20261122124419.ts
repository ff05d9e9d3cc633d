import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122124419 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_job" drop constraint if exists "production_job_order_line_unique";`);
    this.addSql(`create table if not exists "production_job" ("id" text not null, "number" serial, "kind" text check ("kind" in ('production', 'custom', 'repair')) not null default 'production', "mode" text check ("mode" in ('simple', 'style')) not null default 'simple', "status" text check ("status" in ('open', 'in_progress', 'completed', 'closing', 'closed', 'cancelled')) not null default 'open', "title" text not null, "description" text null, "style_id" text null, "quantity" integer not null default 1, "rush" boolean not null default false, "target_date" timestamptz not null, "issued_at" timestamptz null, "staff_deadline" timestamptz null, "start_stage_id" text null, "requested_pieces" integer null, "requested_weight" numeric null, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null default 'g', "requested_shape" text null, "requested_size" text null, "request_basis" text check ("request_basis" in ('total', 'per_item')) not null default 'total', "responsible_user_id" text null, "department_id" text null, "notes" text null, "order_id" text null, "order_line_item_id" text null, "product_id" text null, "variant_id" text null, "customer_id" text null, "source_product_ids" text[] not null default '{}', "tolerance_override_reason" text null, "tolerance_override_by" text null, "close_out_location_id" text null, "closed_at" timestamptz null, "created_by" text null, "raw_requested_weight" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_job_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_deleted_at" ON "production_job" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_status" ON "production_job" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_order_id" ON "production_job" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_job_order_line_unique" ON "production_job" ("order_line_item_id") WHERE order_line_item_id IS NOT NULL AND status <> 'cancelled' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_job_material" ("id" text not null, "job_id" text not null, "job_stage_id" text null, "kind" text check ("kind" in ('issue', 'stone')) not null, "stock_item_id" text not null, "tag_id" text not null, "product_id" text not null, "inventory_type_id" text not null, "inventory_kind" text not null, "weight" numeric not null default 0, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "grams" numeric not null default 0, "pieces" integer not null default 0, "cost" numeric not null default 0, "movement_id" text null, "removed_at" timestamptz null, "return_movement_id" text null, "raw_weight" jsonb not null default '{"value":"0","precision":20}', "raw_grams" jsonb not null default '{"value":"0","precision":20}', "raw_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_job_material_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_material_job_id" ON "production_job_material" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_material_deleted_at" ON "production_job_material" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_material_stock_item_id" ON "production_job_material" ("stock_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_job_receipt" ("id" text not null, "job_id" text not null, "job_stage_id" text not null, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "received_pieces" integer not null default 0, "received_weight" numeric not null default 0, "rejected_pieces" integer not null default 0, "rejected_weight" numeric not null default 0, "scrapped_pieces" integer not null default 0, "scrapped_weight" numeric not null default 0, "waste_weight" numeric not null default 0, "received_grams" numeric not null default 0, "rejected_grams" numeric not null default 0, "scrapped_grams" numeric not null default 0, "waste_grams" numeric not null default 0, "rejected_details" jsonb null, "scrapped_details" jsonb null, "created_item_ids" text[] not null default '{}', "notes" text null, "received_by" text null, "raw_received_weight" jsonb not null default '{"value":"0","precision":20}', "raw_rejected_weight" jsonb not null default '{"value":"0","precision":20}', "raw_scrapped_weight" jsonb not null default '{"value":"0","precision":20}', "raw_waste_weight" jsonb not null default '{"value":"0","precision":20}', "raw_received_grams" jsonb not null default '{"value":"0","precision":20}', "raw_rejected_grams" jsonb not null default '{"value":"0","precision":20}', "raw_scrapped_grams" jsonb not null default '{"value":"0","precision":20}', "raw_waste_grams" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_job_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_receipt_job_id" ON "production_job_receipt" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_receipt_deleted_at" ON "production_job_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_job_stage" ("id" text not null, "job_id" text not null, "stage_id" text not null, "stage_name" text not null, "rank" integer not null default 0, "vendor_type" text check ("vendor_type" in ('in_house', 'outside')) not null default 'in_house', "vendor_name" text null, "cost" numeric not null default 0, "due_date" timestamptz null, "status" text check ("status" in ('pending', 'in_progress', 'completed', 'skipped')) not null default 'pending', "department_id" text null, "assignee_user_id" text null, "started_at" timestamptz null, "completed_at" timestamptz null, "tolerance_override_reason" text null, "tolerance_override_by" text null, "raw_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_job_stage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_stage_job_id" ON "production_job_stage" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_stage_deleted_at" ON "production_job_stage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_stage_stage_id" ON "production_job_stage" ("stage_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_qa_check" ("id" text not null, "job_id" text not null, "inspector" text not null, "result" text check ("result" in ('pass', 'fail')) not null, "notes" text null, "recorded_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_qa_check_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_qa_check_job_id" ON "production_qa_check" ("job_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_qa_check_deleted_at" ON "production_qa_check" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "production_job_material" add constraint "production_job_material_job_id_foreign" foreign key ("job_id") references "production_job" ("id") on update cascade;`);

    this.addSql(`alter table if exists "production_job_receipt" add constraint "production_job_receipt_job_id_foreign" foreign key ("job_id") references "production_job" ("id") on update cascade;`);

    this.addSql(`alter table if exists "production_job_stage" add constraint "production_job_stage_job_id_foreign" foreign key ("job_id") references "production_job" ("id") on update cascade;`);

    this.addSql(`alter table if exists "production_qa_check" add constraint "production_qa_check_job_id_foreign" foreign key ("job_id") references "production_job" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_job_material" drop constraint if exists "production_job_material_job_id_foreign";`);

    this.addSql(`alter table if exists "production_job_receipt" drop constraint if exists "production_job_receipt_job_id_foreign";`);

    this.addSql(`alter table if exists "production_job_stage" drop constraint if exists "production_job_stage_job_id_foreign";`);

    this.addSql(`alter table if exists "production_qa_check" drop constraint if exists "production_qa_check_job_id_foreign";`);

    this.addSql(`drop table if exists "production_job" cascade;`);

    this.addSql(`drop table if exists "production_job_material" cascade;`);

    this.addSql(`drop table if exists "production_job_receipt" cascade;`);

    this.addSql(`drop table if exists "production_job_stage" cascade;`);

    this.addSql(`drop table if exists "production_qa_check" cascade;`);
  }

}
