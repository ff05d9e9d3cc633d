import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122161833 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_supplier" drop constraint if exists "jewelry_supplier_name_unique";`);
    this.addSql(`create table if not exists "jewelry_supplier" ("id" text not null, "name" text not null, "contact_name" text null, "email" text null, "phone" text null, "currency_code" text not null default 'usd', "payment_terms" text null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_supplier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_supplier_deleted_at" ON "jewelry_supplier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_supplier_name_unique" ON "jewelry_supplier" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_purchase_order" ("id" text not null, "number" serial, "supplier_id" text not null, "lead_user_id" text null, "notes" text null, "currency_code" text not null default 'usd', "budget" numeric null, "date_required" timestamptz null, "deadline" timestamptz null, "terms_accepted" boolean not null default false, "status" text check ("status" in ('draft', 'submitted', 'partially_received', 'received', 'cancelled')) not null default 'draft', "submitted_at" timestamptz null, "created_by" text null, "raw_budget" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_purchase_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_order_supplier_id" ON "jewelry_purchase_order" ("supplier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_order_deleted_at" ON "jewelry_purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_order_status" ON "jewelry_purchase_order" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_purchase_receipt" ("id" text not null, "purchase_order_id" text not null, "line_id" text not null, "quantity" integer not null, "weight" numeric null, "weight_unit" text null, "location_id" text not null, "stock_item_ids" jsonb not null, "received_by" text null, "raw_weight" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_purchase_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_receipt_purchase_order_id" ON "jewelry_purchase_receipt" ("purchase_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_receipt_deleted_at" ON "jewelry_purchase_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_purchase_order_line" ("id" text not null, "purchase_order_id" text not null, "product_id" text null, "variant_id" text null, "style_id" text null, "description" text not null, "quantity" integer not null default 1, "size" text null, "shape" text null, "weight" numeric null, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) null, "material" text null, "priority" text check ("priority" in ('normal', 'high', 'rush')) null, "unit_cost" numeric null, "received_quantity" integer not null default 0, "raw_weight" jsonb null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_purchase_order_line_pkey" primary key ("id"), constraint jewelry_po_line_not_over_received check (received_quantity >= 0 AND received_quantity <= quantity));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_order_line_purchase_order_id" ON "jewelry_purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_purchase_order_line_deleted_at" ON "jewelry_purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_purchase_order" add constraint "jewelry_purchase_order_supplier_id_foreign" foreign key ("supplier_id") references "jewelry_supplier" ("id") on update cascade;`);

    this.addSql(`alter table if exists "jewelry_purchase_receipt" add constraint "jewelry_purchase_receipt_purchase_order_id_foreign" foreign key ("purchase_order_id") references "jewelry_purchase_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "jewelry_purchase_order_line" add constraint "jewelry_purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "jewelry_purchase_order" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_purchase_order" drop constraint if exists "jewelry_purchase_order_supplier_id_foreign";`);

    this.addSql(`alter table if exists "jewelry_purchase_receipt" drop constraint if exists "jewelry_purchase_receipt_purchase_order_id_foreign";`);

    this.addSql(`alter table if exists "jewelry_purchase_order_line" drop constraint if exists "jewelry_purchase_order_line_purchase_order_id_foreign";`);

    this.addSql(`drop table if exists "jewelry_supplier" cascade;`);

    this.addSql(`drop table if exists "jewelry_purchase_order" cascade;`);

    this.addSql(`drop table if exists "jewelry_purchase_receipt" cascade;`);

    this.addSql(`drop table if exists "jewelry_purchase_order_line" cascade;`);
  }

}
