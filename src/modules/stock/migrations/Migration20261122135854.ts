import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Covering indexes for product analytics and the stock summary (measured by `npm run bench`,
 * see docs/benchmark.md). Medusa's model indexes cannot INCLUDE columns, so they live here and
 * not in the models (the snapshot does not know them; `db:generate` leaves them alone).
 *
 * - Items: StockModuleService.productAnalytics sums weight_grams and pieces per kind over all of
 *   a product's items (`WHERE product_id = ? AND status NOT IN (...) AND deleted_at IS NULL
 *   [AND location_id IN (...)] GROUP BY inventory_kind`). Through
 *   IDX_jewelry_stock_item_product_id_inventory_kind_status that reads one heap page per item
 *   (4,000 at 200k items over 50 products: ~10 ms of the request's ~11 ms of SQL); with the
 *   columns in the index it is an index-only scan of a few dozen pages.
 * - Ledger: a location-scoped caller's chart (productAnalytics) and activityByReason read the
 *   movements of a product and kind since a date; through
 *   IDX_jewelry_stock_movement_product_id_inventory_kind_created_at that is one heap page per
 *   movement, so the request grows with the ledger (~350 ms of SQL at 20M movements). The ledger
 *   is append-only, so after autovacuum these reads are index-only.
 *
 * Both keep the key of the model's index they cover (which becomes redundant and can be removed
 * from the model). CREATE INDEX blocks writes to the table while it builds (about a minute per
 * 10M movements on a small machine).
 */
export class Migration20261122135854 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_item_product_kind_status_totals" ON "jewelry_stock_item" ("product_id", "inventory_kind", "status") INCLUDE ("location_id", "weight_grams", "pieces") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_jewelry_stock_movement_product_kind_created_totals" ON "jewelry_stock_movement" ("product_id", "inventory_kind", "created_at") INCLUDE ("location_id", "reason", "grams_delta") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_movement_product_kind_created_totals";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_stock_item_product_kind_status_totals";`);
  }

}
