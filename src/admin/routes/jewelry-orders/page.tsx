import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ListSection } from "../../components/list/list-section"
import { SalesOrdersTable } from "../../components/jewelry-orders/sales-orders-table"

/** Orders > Sales Orders (seed 002): every sales order with the workshop's status; a row opens Medusa's order page, Workshop first. */
const SalesOrdersPage = () => {
  const { t } = useTranslation()
  return (
    <ListSection
      testId="sales-orders-page"
      title={t("jewelry.orders.title")}
      subtitle={t("jewelry.orders.subtitle")}
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to="/jewelry-orders/new" data-testid="add-sales-order">{t("jewelry.orders.add_new")}</Link>
        </Button>
      }
    >
      <SalesOrdersTable />
    </ListSection>
  )
}

export const config = defineRouteConfig({ label: "Sales Orders", nested: "/orders" })

export default SalesOrdersPage
