import { useSearchParams } from "react-router-dom"
import { OrderWizard } from "../../../components/purchasing/order-wizard"

/** /purchase-orders/new?kind=purchase|sales: the creation wizard. */
const NewOrderPage = () => {
  const [params] = useSearchParams()
  return <OrderWizard key={params.get("kind") ?? "purchase"} kind={params.get("kind") === "sales" ? "sales" : "purchase"} />
}

export default NewOrderPage
