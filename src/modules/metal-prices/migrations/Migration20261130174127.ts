import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): a rate per gram has ten
 * places (a troy-ounce rate ÷ 31.1034768), which a JavaScript number would round; prices are read
 * back in SQL.
 */
const sql = exactNumericMigration([
  { table: "jewelry_metal_rate", columns: ["rate", "rate_per_gram"] },
  { table: "jewelry_price_rule", columns: ["markup_pct", "auto_threshold_pct"] },
  { table: "jewelry_reprice_run", columns: ["threshold_pct"] },
  { table: "jewelry_price_change", columns: ["old_amount", "new_amount", "change_pct"] },
]);

export class Migration20261130174127 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
    this.addSql(`ALTER TABLE "jewelry_metal_rate" ADD CONSTRAINT "jewelry_metal_rate_positive" CHECK ("rate" >= 0 AND "rate_per_gram" >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "jewelry_metal_rate" DROP CONSTRAINT IF EXISTS "jewelry_metal_rate_positive";`);
    for (const s of sql.down) this.addSql(s);
  }
}
