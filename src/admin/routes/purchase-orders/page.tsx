import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingCart } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { Section } from "../../components/field"
import { PurchaseOrdersTable } from "../../components/purchasing/purchase-orders-table"

/** Purchase orders to suppliers and casters, by status. */
const PurchaseOrdersPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const actions = (
    <div className="flex flex-wrap gap-2">
      <Button size="small" variant="secondary" onClick={() => navigate("/suppliers")} data-testid="open-suppliers">{t("jewelry.nav.suppliers")}</Button>
      <Button size="small" variant="secondary" onClick={() => navigate("/purchase-orders/new?kind=sales")} data-testid="new-sales-order">{t("jewelry.purchasing.wizard.newSales")}</Button>
      <Button size="small" onClick={() => navigate("/purchase-orders/new?kind=purchase")} data-testid="new-purchase-order">{t("jewelry.purchasing.wizard.newPurchase")}</Button>
    </div>
  )
  return (
    <Section testId="purchase-orders-page" title={t("jewelry.purchasing.list.title")} description={t("jewelry.purchasing.list.intro")} actions={actions} flush>
      <PurchaseOrdersTable />
    </Section>
  )
}

export const config = defineRouteConfig({ label: "jewelry.purchasing.list.title", translationNs: "translation", icon: ShoppingCart })

export default PurchaseOrdersPage
