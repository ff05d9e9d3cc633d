import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122122010 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_stage" drop constraint if exists "production_stage_code_unique";`);
    this.addSql(`alter table if exists "production_stage" drop constraint if exists "production_stage_name_key_unique";`);
    this.addSql(`alter table if exists "production_staff_profile" drop constraint if exists "production_staff_profile_user_unique";`);
    this.addSql(`alter table if exists "production_settings" drop constraint if exists "production_settings_scope_unique";`);
    this.addSql(`alter table if exists "production_inventory_type" drop constraint if exists "production_inventory_type_code_unique";`);
    this.addSql(`alter table if exists "production_department" drop constraint if exists "production_department_code_unique";`);
    this.addSql(`alter table if exists "production_department" drop constraint if exists "production_department_name_key_unique";`);
    this.addSql(`create table if not exists "production_department" ("id" text not null, "name" text not null, "name_key" text not null, "code" text null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_department_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_department_deleted_at" ON "production_department" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_department_name_key_unique" ON "production_department" ("name_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_department_code_unique" ON "production_department" ("code") WHERE code IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_inventory_type" ("id" text not null, "kind" text check ("kind" in ('rough', 'in_process', 'finished', 'materials_supplies')) not null, "name" text not null, "code" text not null, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_inventory_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_inventory_type_deleted_at" ON "production_inventory_type" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_inventory_type_code_unique" ON "production_inventory_type" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_inventory_type_kind" ON "production_inventory_type" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_settings" ("id" text not null, "scope" text not null default 'default', "due_date_offset_days" integer not null default 7, "default_start_stage_id" text null, "enforce_stage_inventory_mapping" boolean not null default false, "enforce_stage_department_mapping" boolean not null default false, "qa_checks_required" boolean not null default false, "weight_tolerance_percent" numeric null, "default_weight_unit" text check ("default_weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null default 'g', "industry" text check ("industry" in ('jewelry', 'gemstones', 'custom')) not null default 'jewelry', "tag_prefix" text not null default 'JW', "managers_all_locations" boolean not null default false, "raw_weight_tolerance_percent" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_settings_pkey" primary key ("id"), constraint production_settings_offset_check check (due_date_offset_days >= 0), constraint production_settings_tolerance_check check (weight_tolerance_percent IS NULL OR (weight_tolerance_percent >= 0 AND weight_tolerance_percent <= 100)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_settings_deleted_at" ON "production_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_settings_scope_unique" ON "production_settings" ("scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_staff_profile" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('admin', 'manager', 'member')) not null default 'member', "department_ids" text[] not null default '{}', "location_ids" text[] not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_staff_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_staff_profile_deleted_at" ON "production_staff_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_staff_profile_user_unique" ON "production_staff_profile" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "production_stage" ("id" text not null, "name" text not null, "name_key" text not null, "code" text null, "description" text null, "inventory_type_ids" text[] not null default '{}', "department_ids" text[] not null default '{}', "is_active" boolean not null default true, "is_default" boolean not null default false, "rank" integer not null default 0, "archived_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "production_stage_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_stage_deleted_at" ON "production_stage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_stage_name_key_unique" ON "production_stage" ("name_key") WHERE archived_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_production_stage_code_unique" ON "production_stage" ("code") WHERE code IS NOT NULL AND archived_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_stage_rank" ON "production_stage" ("rank") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "production_department" cascade;`);

    this.addSql(`drop table if exists "production_inventory_type" cascade;`);

    this.addSql(`drop table if exists "production_settings" cascade;`);

    this.addSql(`drop table if exists "production_staff_profile" cascade;`);

    this.addSql(`drop table if exists "production_stage" cascade;`);
  }

}
