import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Repairs and SetStones (seed 003): stock items know whose they are (a customer's piece in the shop's
 * custody has no product and is never shop stock) and can be handed back (`returned`); stones set into a
 * piece are listed on it; the ledger's new reasons.
 */
export class Migration20261130145650 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "jewelry_stone_setting" ("id" text not null, "item_id" text not null, "stone_item_id" text not null, "stone_tag_id" text not null, "product_id" text not null, "shape" text null, "size" text null, "color" text null, "quality" text null, "pieces" integer not null default 0, "weight" numeric not null default 0, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "grams" numeric not null default 0, "cost" numeric not null default 0, "set_by" text null, "stone_movement_id" text null, "item_movement_id" text null, "unset_at" timestamptz null, "unset_by" text null, "raw_weight" jsonb not null default '{"value":"0","precision":20}', "raw_grams" jsonb not null default '{"value":"0","precision":20}', "raw_cost" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_stone_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stone_setting_item_id" ON "jewelry_stone_setting" ("item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stone_setting_deleted_at" ON "jewelry_stone_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stone_setting_stone_item_id" ON "jewelry_stone_setting" ("stone_item_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_stone_setting" add constraint "jewelry_stone_setting_item_id_foreign" foreign key ("item_id") references "jewelry_stock_item" ("id") on update cascade;`);

    this.addSql(`alter table if exists "jewelry_stock_item" drop constraint if exists "jewelry_stock_item_status_check";`);

    this.addSql(`alter table if exists "jewelry_stock_movement" drop constraint if exists "jewelry_stock_movement_reason_check";`);

    this.addSql(`alter table if exists "jewelry_stock_item" add column if not exists "ownership" text check ("ownership" in ('shop', 'customer')) not null default 'shop', add column if not exists "customer_id" text null;`);
    this.addSql(`alter table if exists "jewelry_stock_item" alter column "product_id" drop not null;`);
    this.addSql(`alter table if exists "jewelry_stock_item" add constraint "jewelry_stock_item_status_check" check("status" in ('available', 'reserved', 'issued', 'sold', 'scrapped', 'returned'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_ownership_customer_id" ON "jewelry_stock_item" ("ownership", "customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_stock_movement" alter column "product_id" drop not null;`);
    this.addSql(`alter table if exists "jewelry_stock_movement" add constraint "jewelry_stock_movement_reason_check" check("reason" in ('initial', 'import', 'adjustment', 'transfer', 'status_change', 'issue', 'return_from_job', 'receive', 'allocation', 'deallocation', 'sale', 'sale_return', 'scrap', 'purchase_receipt', 'close_out', 'refining', 'refining_receipt', 'melt', 'melt_output', 'set_stones', 'unset_stones', 'repair_return', 'intake', 'pickup'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "jewelry_stone_setting" cascade;`);

    this.addSql(`alter table if exists "jewelry_stock_item" drop constraint if exists "jewelry_stock_item_status_check";`);

    this.addSql(`alter table if exists "jewelry_stock_movement" drop constraint if exists "jewelry_stock_movement_reason_check";`);

    this.addSql(`drop index if exists "IDX_jewelry_stock_item_ownership_customer_id";`);
    this.addSql(`alter table if exists "jewelry_stock_item" drop column if exists "ownership", drop column if exists "customer_id";`);

    this.addSql(`alter table if exists "jewelry_stock_item" alter column "product_id" set not null;`);
    this.addSql(`alter table if exists "jewelry_stock_item" add constraint "jewelry_stock_item_status_check" check("status" in ('available', 'reserved', 'issued', 'sold', 'scrapped'));`);

    this.addSql(`alter table if exists "jewelry_stock_movement" alter column "product_id" set not null;`);
    this.addSql(`alter table if exists "jewelry_stock_movement" add constraint "jewelry_stock_movement_reason_check" check("reason" in ('initial', 'import', 'adjustment', 'transfer', 'status_change', 'issue', 'return_from_job', 'receive', 'allocation', 'deallocation', 'sale', 'sale_return', 'scrap', 'purchase_receipt', 'close_out', 'refining', 'refining_receipt', 'melt', 'melt_output'));`);
  }

}
