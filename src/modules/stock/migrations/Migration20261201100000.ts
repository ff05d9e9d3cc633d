import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): Medusa writes the numeric
 * column through a JavaScript number, which stored anything within 0.0001 of zero as 0.
 */
const sql = exactNumericMigration([
  { table: "jewelry_stock_item", columns: ["fineness", "weight", "weight_grams", "fine_grams", "cost_basis"] },
  { table: "jewelry_stock_movement", columns: ["weight", "grams_delta", "fineness", "fine_grams_delta", "balance_weight"], appendOnlyTrigger: "jewelry_stock_movement_append_only" },
  { table: "jewelry_stock_daily_total", columns: ["added_grams", "deducted_grams"] },
]);

export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of sql.down) this.addSql(s);
  }
}
