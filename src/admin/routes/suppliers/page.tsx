import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { Supplier } from "../../../types/purchasing"
import { Section } from "../../components/field"
import { SupplierDrawer } from "../../components/purchasing/supplier-drawer"
import { SuppliersTable } from "../../components/purchasing/suppliers-table"

/** Suppliers: name, contacts, currency, terms and notes; a row opens the supplier in a drawer. */
const SuppliersPage = () => {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<Partial<Supplier> | null>(null)
  const add = (
    <Button size="small" onClick={() => setEditing({})} data-testid="new-supplier">
      {t("jewelry.suppliers.new")}
    </Button>
  )
  return (
    <Section testId="suppliers-page" title={t("jewelry.nav.suppliers")} description={t("jewelry.suppliers.intro")} actions={add} flush>
      <SuppliersTable onOpen={setEditing} />
      <SupplierDrawer supplier={editing} onClose={() => setEditing(null)} />
    </Section>
  )
}

export const config = defineRouteConfig({ label: "jewelry.nav.suppliers", translationNs: "translation", icon: Buildings })

export default SuppliersPage
