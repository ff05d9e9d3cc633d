import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** The tag stock the printer is loaded with and the barcode printed on it (Settings → Production). */
export class Migration20261201140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_settings" add column if not exists "tag_stock" text check ("tag_stock" in ('barbell_thermal', 'dumbbell_thermal', 'letter_30', 'a4_24')) not null default 'letter_30', add column if not exists "tag_symbology" text check ("tag_symbology" in ('code128', 'qr')) not null default 'code128';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_settings" drop column if exists "tag_stock", drop column if exists "tag_symbology";`);
  }
}
