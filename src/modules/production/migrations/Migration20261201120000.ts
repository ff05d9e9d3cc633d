import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A repair returned unrepaired keeps why and when (the piece's hand-back is recorded like a pickup). */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_repair" add column if not exists "cancel_reason" text null, add column if not exists "cancelled_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_repair" drop column if exists "cancel_reason", drop column if exists "cancelled_at";`);
  }
}
