import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261130174126 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "jewelry_metal_rate" ("id" text not null, "metal" text check ("metal" in ('gold', 'silver', 'platinum', 'palladium')) not null, "currency_code" text not null, "rate" numeric not null, "rate_unit" text check ("rate_unit" in ('g', 'ozt')) not null, "rate_per_gram" numeric not null, "rate_date" timestamptz not null, "source" text check ("source" in ('manual', 'provider')) not null default 'manual', "created_by" text null, "note" text null, "raw_rate" jsonb not null, "raw_rate_per_gram" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_metal_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_rate_deleted_at" ON "jewelry_metal_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_rate_metal_currency_code_rate_date" ON "jewelry_metal_rate" ("metal", "currency_code", "rate_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_metal_rate_source_created_at" ON "jewelry_metal_rate" ("source", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_price_rule" ("id" text not null, "name" text not null, "style_id" text null, "product_id" text null, "metal_source" text check ("metal_source" in ('bom', 'stock')) not null default 'bom', "making_charges" jsonb not null, "making_per" text check ("making_per" in ('gram', 'piece')) not null default 'gram', "markup_pct" numeric not null default 0, "rounding" text check ("rounding" in ('none', 'whole', 'end_9', 'end_99', 'up_5', 'up_10')) not null default 'none', "is_active" boolean not null default true, "auto_reprice" boolean not null default false, "auto_threshold_pct" numeric null, "created_by" text null, "raw_markup_pct" jsonb not null default '{"value":"0","precision":20}', "raw_auto_threshold_pct" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_price_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_rule_deleted_at" ON "jewelry_price_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_rule_style_id" ON "jewelry_price_rule" ("style_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_rule_product_id" ON "jewelry_price_rule" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_reprice_run" ("id" text not null, "status" text check ("status" in ('previewed', 'applied', 'superseded')) not null default 'previewed', "source" text check ("source" in ('manual', 'scheduled')) not null default 'manual', "rule_ids" text[] not null default '{}', "threshold_pct" numeric null, "created_by" text null, "applied_by" text null, "applied_at" timestamptz null, "raw_threshold_pct" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_reprice_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_reprice_run_deleted_at" ON "jewelry_reprice_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_reprice_run_status" ON "jewelry_reprice_run" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_price_change" ("id" text not null, "run_id" text not null, "rule_id" text not null, "product_id" text null, "variant_id" text not null, "currency_code" text not null, "status" text check ("status" in ('proposed', 'unpriced', 'unchanged', 'applied', 'not_accepted')) not null, "price_id" text null, "old_amount" numeric null, "new_amount" numeric null, "change_pct" numeric null, "reason" text null, "breakdown" jsonb null, "applied_at" timestamptz null, "raw_old_amount" jsonb null, "raw_new_amount" jsonb null, "raw_change_pct" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_price_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_change_run_id" ON "jewelry_price_change" ("run_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_change_deleted_at" ON "jewelry_price_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_price_change_variant_id_currency_code_status" ON "jewelry_price_change" ("variant_id", "currency_code", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_price_change" add constraint "jewelry_price_change_run_id_foreign" foreign key ("run_id") references "jewelry_reprice_run" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_price_change" drop constraint if exists "jewelry_price_change_run_id_foreign";`);

    this.addSql(`drop table if exists "jewelry_metal_rate" cascade;`);

    this.addSql(`drop table if exists "jewelry_price_rule" cascade;`);

    this.addSql(`drop table if exists "jewelry_reprice_run" cascade;`);

    this.addSql(`drop table if exists "jewelry_price_change" cascade;`);
  }

}
