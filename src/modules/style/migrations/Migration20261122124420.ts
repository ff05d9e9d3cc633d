import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122124420 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_style" drop constraint if exists "jewelry_style_code_unique";`);
    this.addSql(`create table if not exists "jewelry_style" ("id" text not null, "code" text not null, "name" text not null, "category" text null, "source" text check ("source" in ('own', 'vendor')) not null default 'own', "vendor_name" text null, "vendor_sku" text null, "description" text null, "image_url" text null, "lead_time_days" integer not null default 14, "currency_code" text not null default 'usd', "variant_id" text null, "made_to_order" boolean not null default false, "is_active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_style_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_deleted_at" ON "jewelry_style" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_style_code_unique" ON "jewelry_style" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_source" ON "jewelry_style" ("source") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_variant_id" ON "jewelry_style" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_style_bom_line" ("id" text not null, "style_id" text not null, "kind" text check ("kind" in ('metal', 'stone', 'finding')) not null, "description" text null, "product_id" text null, "purity" text null, "shape" text null, "size" text null, "quantity" integer not null default 1, "weight" numeric null, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) null, "unit_cost" numeric not null default 0, "cost_per" text check ("cost_per" in ('piece', 'weight')) not null default 'piece', "rank" integer not null default 0, "raw_weight" jsonb null, "raw_unit_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_style_bom_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_bom_line_style_id" ON "jewelry_style_bom_line" ("style_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_bom_line_deleted_at" ON "jewelry_style_bom_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_style_labor_line" ("id" text not null, "style_id" text not null, "stage_id" text null, "stage_name" text not null, "cost" numeric not null default 0, "minutes" integer null, "rank" integer not null default 0, "raw_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_style_labor_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_labor_line_style_id" ON "jewelry_style_labor_line" ("style_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_style_labor_line_deleted_at" ON "jewelry_style_labor_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_style_bom_line" add constraint "jewelry_style_bom_line_style_id_foreign" foreign key ("style_id") references "jewelry_style" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "jewelry_style_labor_line" add constraint "jewelry_style_labor_line_style_id_foreign" foreign key ("style_id") references "jewelry_style" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_style_bom_line" drop constraint if exists "jewelry_style_bom_line_style_id_foreign";`);

    this.addSql(`alter table if exists "jewelry_style_labor_line" drop constraint if exists "jewelry_style_labor_line_style_id_foreign";`);

    this.addSql(`drop table if exists "jewelry_style" cascade;`);

    this.addSql(`drop table if exists "jewelry_style_bom_line" cascade;`);

    this.addSql(`drop table if exists "jewelry_style_labor_line" cascade;`);
  }

}
