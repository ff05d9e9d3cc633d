import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Metal through the stages (SPEC 4a–4c): materials know whether they are the job's own output
 * re-issued (an intermediate) and carry purity, fine weight and holder; receipts carry the purity of
 * what came back and who returned it; stages carry their loss standard and, once complete, the
 * loss they had. Existing jewelry stages get the industry's standards; existing materials are
 * marked intermediate where the item issued came out of the same job.
 */
export class Migration20261130134753 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "production_job_material" add column if not exists "intermediate" boolean not null default false, add column if not exists "source_bucket" text check ("source_bucket" in ('received', 'rejected', 'scrapped')) null, add column if not exists "metal" text null, add column if not exists "fineness" numeric null, add column if not exists "fine_grams" numeric not null default 0, add column if not exists "holder_type" text check ("holder_type" in ('user', 'supplier')) null, add column if not exists "holder_id" text null, add column if not exists "raw_fineness" jsonb null, add column if not exists "raw_fine_grams" jsonb not null default '{"value":"0","precision":20}';`);

    this.addSql(`alter table if exists "production_job_receipt" add column if not exists "metal" text null, add column if not exists "fineness" numeric null, add column if not exists "holder_type" text check ("holder_type" in ('user', 'supplier')) null, add column if not exists "holder_id" text null, add column if not exists "raw_fineness" jsonb null;`);

    this.addSql(`alter table if exists "production_job_stage" add column if not exists "vendor_supplier_id" text null, add column if not exists "loss_standard_pct" numeric null, add column if not exists "issued_grams" numeric null, add column if not exists "loss_grams" numeric null, add column if not exists "loss_pct" numeric null, add column if not exists "loss_override_reason" text null, add column if not exists "loss_override_by" text null, add column if not exists "raw_loss_standard_pct" jsonb null, add column if not exists "raw_issued_grams" jsonb null, add column if not exists "raw_loss_grams" jsonb null, add column if not exists "raw_loss_pct" jsonb null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_production_job_stage_status_completed_at" ON "production_job_stage" ("status", "completed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "production_settings" add column if not exists "karat_table" jsonb null;`);

    this.addSql(`alter table if exists "production_stage" add column if not exists "loss_standard_pct" numeric null, add column if not exists "raw_loss_standard_pct" jsonb null;`);
    this.addSql(`alter table if exists "production_stage" add constraint production_stage_loss_standard_check check(loss_standard_pct IS NULL OR (loss_standard_pct >= 0 AND loss_standard_pct <= 100));`);

    this.addSql(`UPDATE "production_stage" s SET loss_standard_pct = d.pct, raw_loss_standard_pct = jsonb_build_object('value', d.pct::text, 'precision', 20)
      FROM (VALUES ('metal casting', 2), ('pre-polish/mass finish', 1), ('final polish', 1), ('fabrication', 1), ('assembly & solder', 0.5), ('stone setting', 0.5), ('plating/coating', 0.2)) AS d(name_key, pct)
      WHERE s.name_key = d.name_key AND s.is_default AND s.loss_standard_pct IS NULL
        AND EXISTS (SELECT 1 FROM "production_settings" p WHERE p.industry = 'jewelry');`);
    // The stock module's tables live in the same database when the plugin is installed whole.
    this.addSql(`DO $$ BEGIN
      IF to_regclass('jewelry_stock_item') IS NOT NULL THEN
        UPDATE "production_job_material" m SET
          intermediate = (i.job_id IS NOT NULL AND i.job_id = m.job_id),
          source_bucket = CASE WHEN i.job_id = m.job_id THEN
            CASE WHEN i.tag_id ~ '-REJ[0-9]+$' THEN 'rejected' WHEN i.tag_id ~ '-SCRAP[0-9]+$' THEN 'scrapped' ELSE 'received' END END,
          metal = i.metal, fineness = i.fineness,
          raw_fineness = CASE WHEN i.fineness IS NULL THEN NULL ELSE jsonb_build_object('value', i.fineness::text, 'precision', 20) END,
          fine_grams = COALESCE(m.grams * i.fineness / 1000, 0),
          raw_fine_grams = jsonb_build_object('value', COALESCE(m.grams * i.fineness / 1000, 0)::text, 'precision', 20)
        FROM "jewelry_stock_item" i WHERE i.id = m.stock_item_id;
      END IF;
    END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "production_job_material" drop column if exists "intermediate", drop column if exists "source_bucket", drop column if exists "metal", drop column if exists "fineness", drop column if exists "fine_grams", drop column if exists "holder_type", drop column if exists "holder_id", drop column if exists "raw_fineness", drop column if exists "raw_fine_grams";`);

    this.addSql(`alter table if exists "production_job_receipt" drop column if exists "metal", drop column if exists "fineness", drop column if exists "holder_type", drop column if exists "holder_id", drop column if exists "raw_fineness";`);

    this.addSql(`drop index if exists "IDX_production_job_stage_status_completed_at";`);
    this.addSql(`alter table if exists "production_job_stage" drop column if exists "vendor_supplier_id", drop column if exists "loss_standard_pct", drop column if exists "issued_grams", drop column if exists "loss_grams", drop column if exists "loss_pct", drop column if exists "loss_override_reason", drop column if exists "loss_override_by", drop column if exists "raw_loss_standard_pct", drop column if exists "raw_issued_grams", drop column if exists "raw_loss_grams", drop column if exists "raw_loss_pct";`);

    this.addSql(`alter table if exists "production_settings" drop column if exists "karat_table";`);

    this.addSql(`alter table if exists "production_stage" drop constraint if exists production_stage_loss_standard_check;`);
    this.addSql(`alter table if exists "production_stage" drop column if exists "loss_standard_pct", drop column if exists "raw_loss_standard_pct";`);
  }

}
