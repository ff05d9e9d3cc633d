import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { PurchaseOrder, PurchaseOrderLine, PurchaseReceipt, Supplier } from "./models"

class PurchasingModuleService extends MedusaService({ Supplier, PurchaseOrder, PurchaseOrderLine, PurchaseReceipt }) {
  /**
   * Counts received pieces onto lines in one statement per line: a line takes
   * the pieces only while it stays within what was ordered, so two receipts
   * of the last pieces arriving together cannot both land.
   */
  @InjectTransactionManager()
  async claimReceipt(claims: { line_id: string; quantity: number; label: string }[], @MedusaContext() sharedContext: Context = {}) {
    const em: any = sharedContext.transactionManager
    for (const c of claims) {
      const rows: any[] = await em.execute(
        `UPDATE jewelry_purchase_order_line SET received_quantity = received_quantity + ?, updated_at = now()
         WHERE id = ? AND deleted_at IS NULL AND received_quantity + ? <= quantity RETURNING id`,
        [c.quantity, c.line_id, c.quantity]
      )
      if (!rows.length) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `lines: ${c.label} cannot receive ${c.quantity} more than was ordered (someone may have received it a moment ago)`)
      }
    }
  }

  @InjectTransactionManager()
  async unclaimReceipt(claims: { line_id: string; quantity: number }[], @MedusaContext() sharedContext: Context = {}) {
    const em: any = sharedContext.transactionManager
    for (const c of claims) {
      await em.execute(`UPDATE jewelry_purchase_order_line SET received_quantity = received_quantity - ? WHERE id = ?`, [c.quantity, c.line_id])
    }
  }
}

export default PurchasingModuleService
