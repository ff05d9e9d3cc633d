import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Indexes for the stock list's shapes (issue 14): a location's stock by status, and all stock,
 * each by date and by weight, the id as tie-break. A page is then read from the index in its
 * order and the list's count is an index-only scan, whatever the size of the stock.
 *
 * The analytics' covering index gains `ownership`: the totals filter on it (customers' pieces are
 * no stock) since repairs came, which had made every analytics request read the items' rows.
 */
const INDEXES: [string, string][] = [
  ["IDX_jewelry_stock_item_list_loc_status_created", `"ownership", "location_id", "status", "created_at", "id"`],
  ["IDX_jewelry_stock_item_list_loc_status_weight", `"ownership", "location_id", "status", "weight_grams", "id"`],
  ["IDX_jewelry_stock_item_list_created", `"ownership", "created_at", "id"`],
  ["IDX_jewelry_stock_item_list_weight", `"ownership", "weight_grams", "id"`],
];

export class Migration20261202090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_item_product_kind_status_totals";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_kind_status_totals" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") INCLUDE ("ownership", "location_id", "weight_grams", "pieces", "metal", "fine_grams") WHERE deleted_at IS NULL;`);
    for (const [name, columns] of INDEXES) {
      this.addSql(`CREATE INDEX IF NOT EXISTS "${name}" ON "jewelry_stock_item" (${columns}) WHERE deleted_at IS NULL;`);
    }
  }

  override async down(): Promise<void> {
    for (const [name] of INDEXES) this.addSql(`DROP INDEX IF EXISTS "${name}";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_item_product_kind_status_totals";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_kind_status_totals" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") INCLUDE ("location_id", "weight_grams", "pieces", "metal", "fine_grams") WHERE deleted_at IS NULL;`);
  }
}
