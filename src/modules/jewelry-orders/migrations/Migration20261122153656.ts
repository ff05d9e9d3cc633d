import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122153656 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_order_state" drop constraint if exists "jewelry_order_state_order_unique";`);
    this.addSql(`alter table if exists "jewelry_order_line" drop constraint if exists "jewelry_order_line_item_unique";`);
    this.addSql(`alter table if exists "jewelry_inventory_selection" drop constraint if exists "jewelry_selection_live_item_unique";`);
    this.addSql(`create table if not exists "jewelry_inventory_selection" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "line_variant_id" text null, "stock_item_id" text not null, "tag_id" text not null, "item_variant_id" text null, "location_id" text not null, "pieces" integer not null default 0, "weight" numeric not null default 0, "weight_unit" text check ("weight_unit" in ('g', 'mg', 'kg', 'ct', 'gr', 'dwt', 'ozt', 'lbt', 'oz', 'tola', 'masha', 'ratti')) not null, "status" text check ("status" in ('selected', 'shipped', 'released')) not null default 'selected', "movement_id" text null, "release_movement_id" text null, "shipment_id" text null, "reservation_id" text null, "selected_by" text null, "raw_weight" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_inventory_selection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_inventory_selection_deleted_at" ON "jewelry_inventory_selection" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_selection_live_item_unique" ON "jewelry_inventory_selection" ("stock_item_id") WHERE status = 'selected' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_inventory_selection_order_id" ON "jewelry_inventory_selection" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_inventory_selection_line_item_id" ON "jewelry_inventory_selection" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_inventory_selection_item_variant_id_location_id_status" ON "jewelry_inventory_selection" ("item_variant_id", "location_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_order_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "status" text check ("status" in ('not_started', 'in_progress', 'ready', 'production_completed', 'partially_shipped', 'shipped', 'cancelled', 'backordered', 'returned', 'partially_returned')) not null default 'not_started', "manual" text check ("manual" in ('ready', 'cancelled', 'backordered')) null, "manual_by" text null, "manual_at" timestamptz null, "cancel_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_order_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_order_line_deleted_at" ON "jewelry_order_line" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_order_line_item_unique" ON "jewelry_order_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_order_line_order_id" ON "jewelry_order_line" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_order_state" ("id" text not null, "order_id" text not null, "on_hold" boolean not null default false, "hold_reason" text null, "held_by" text null, "held_at" timestamptz null, "fulfillment_status" text check ("fulfillment_status" in ('cancelled', 'on_hold', 'all_returned', 'partially_returned', 'completed', 'shipped', 'partially_shipped', 'ready_to_ship', 'in_production', 'not_started')) not null default 'not_started', "line_counts" jsonb null, "recomputed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_order_state_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_order_state_deleted_at" ON "jewelry_order_state" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_order_state_order_unique" ON "jewelry_order_state" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_order_state_fulfillment_status" ON "jewelry_order_state" ("fulfillment_status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_shipment" ("id" text not null, "order_id" text not null, "carrier" text not null, "tracking_number" text not null, "tracking_url" text null, "status" text check ("status" in ('pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'cancelled')) not null default 'pending', "fulfillment_ids" jsonb not null, "items" jsonb not null, "delivered_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_shipment_deleted_at" ON "jewelry_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_shipment_order_id" ON "jewelry_shipment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_shipment_tracking_number" ON "jewelry_shipment" ("tracking_number") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "jewelry_shipment_event" ("id" text not null, "shipment_id" text not null, "status" text check ("status" in ('pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'cancelled')) not null, "source" text check ("source" in ('admin', 'webhook')) not null, "note" text null, "occurred_at" timestamptz not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "jewelry_shipment_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_shipment_event_shipment_id" ON "jewelry_shipment_event" ("shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_shipment_event_deleted_at" ON "jewelry_shipment_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "jewelry_shipment_event" add constraint "jewelry_shipment_event_shipment_id_foreign" foreign key ("shipment_id") references "jewelry_shipment" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "jewelry_shipment_event" drop constraint if exists "jewelry_shipment_event_shipment_id_foreign";`);

    this.addSql(`drop table if exists "jewelry_inventory_selection" cascade;`);

    this.addSql(`drop table if exists "jewelry_order_line" cascade;`);

    this.addSql(`drop table if exists "jewelry_order_state" cascade;`);

    this.addSql(`drop table if exists "jewelry_shipment" cascade;`);

    this.addSql(`drop table if exists "jewelry_shipment_event" cascade;`);
  }

}
