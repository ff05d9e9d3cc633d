import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { exactNumericMigration } from "../../../lib/exact-numeric";

/**
 * Decimal columns equal their exact raw value (src/lib/exact-numeric.ts): Medusa writes the numeric
 * column through a JavaScript number, which stored anything within 0.0001 of zero as 0.
 */
const sql = exactNumericMigration([
  { table: "jewelry_inventory_selection", columns: ["weight"] },
]);

export class Migration20261201100005 extends Migration {
  override async up(): Promise<void> {
    for (const s of sql.up) this.addSql(s);
  }

  override async down(): Promise<void> {
    for (const s of sql.down) this.addSql(s);
  }
}
