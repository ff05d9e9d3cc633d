import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): Medusa writes the numeric
 * column through a JavaScript number, which stored anything within 0.0001 of zero as 0.
 */
const sql = exactNumericMigration([
  { table: "production_settings", columns: ["weight_tolerance_percent"] },
  { table: "production_stage", columns: ["loss_standard_pct"] },
  { table: "production_job", columns: ["requested_weight"] },
  { table: "production_job_stage", columns: ["cost", "loss_standard_pct", "issued_grams", "loss_grams", "loss_pct"] },
  { table: "production_job_material", columns: ["weight", "grams", "cost", "fineness", "fine_grams"] },
  { table: "production_job_receipt", columns: ["received_weight", "rejected_weight", "scrapped_weight", "waste_weight", "received_grams", "rejected_grams", "scrapped_grams", "waste_grams", "fineness"] },
]);

export class Migration20261201100001 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of sql.down) this.addSql(s);
  }
}
