import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * One live shipment per tracking number: the carrier's webhook finds the parcel by it. A store that
 * already holds two live shipments with one number keeps working (the route refuses new duplicates
 * with 409); the index is made once those are told apart.
 */
export class Migration20261201100006 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DO $$
      BEGIN
        IF EXISTS (
          SELECT tracking_number FROM "jewelry_shipment" WHERE status <> 'cancelled' AND deleted_at IS NULL GROUP BY tracking_number HAVING COUNT(*) > 1
        ) THEN
          RAISE WARNING 'jewelry_shipment: live shipments share a tracking number; IDX_jewelry_shipment_tracking_live_unique not created';
        ELSE
          CREATE UNIQUE INDEX IF NOT EXISTS "IDX_jewelry_shipment_tracking_live_unique" ON "jewelry_shipment" ("tracking_number") WHERE status <> 'cancelled' AND deleted_at IS NULL;
        END IF;
      END $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_jewelry_shipment_tracking_live_unique";`);
  }
}
