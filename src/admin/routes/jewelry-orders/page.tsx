import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { SalesOrdersTable } from "../../components/jewelry-orders/sales-orders-table"

/** Orders > Sales Orders (seed 002): every sales order with the workshop's status; a row opens Medusa's order page, Workshop first. */
const SalesOrdersPage = () => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid="sales-orders-page">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{t("jewelry.orders.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.orders.subtitle")}</Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/jewelry-orders/new" data-testid="add-sales-order">{t("jewelry.orders.add_new")}</Link>
        </Button>
      </div>
      <SalesOrdersTable />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Sales Orders", nested: "/orders" })

export default SalesOrdersPage
