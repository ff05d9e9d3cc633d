import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): Medusa writes the numeric
 * column through a JavaScript number, which stored anything within 0.0001 of zero as 0.
 */
const sql = exactNumericMigration([
  { table: "jewelry_metal_entry", columns: ["fineness", "gross_grams", "fine_grams", "loss_standard_pct"], appendOnlyTrigger: "jewelry_metal_entry_append_only" },
  { table: "jewelry_refining_lot", columns: ["est_gross_grams", "est_fine_grams", "fine_received_grams", "loss_pct", "charges"] },
  { table: "jewelry_refining_source", columns: ["gross_grams", "est_fineness", "est_fine_grams", "cost", "recovered_fine_grams"] },
  { table: "jewelry_melt_lot", columns: ["fineness", "fine_in_grams", "alloy_in_grams", "fine_out_grams", "gross_out_grams", "loss_fine_grams", "loss_pct"] },
  { table: "jewelry_melt_input", columns: ["fineness", "grams", "fine_grams", "cost"] },
]);

export class Migration20261201100002 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of sql.down) this.addSql(s);
  }
}
