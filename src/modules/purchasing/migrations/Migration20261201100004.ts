import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): Medusa writes the numeric
 * column through a JavaScript number, which stored anything within 0.0001 of zero as 0.
 */
const sql = exactNumericMigration([
  { table: "jewelry_purchase_order", columns: ["budget"] },
  { table: "jewelry_purchase_order_line", columns: ["weight", "unit_cost"] },
  { table: "jewelry_purchase_receipt", columns: ["weight"] },
]);

export class Migration20261201100004 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of sql.down) this.addSql(s);
  }
}
