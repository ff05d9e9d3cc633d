import { createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { Supplier, SupplierListQuery } from "../../../types/purchasing"
import { useSupplierList } from "../../hooks/api/suppliers"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { dash } from "../../lib/format"
import { ListTable } from "../list/list-table"

const column = createDataTableColumnHelper<Supplier>()

/** Suppliers searched by name, sorted, paged on the server with the exact count; a row opens the supplier. */
export function SuppliersTable({ onOpen }: { onOpen: (s: Supplier) => void }) {
  const { t } = useTranslation()
  const list = useListState({ sort: { id: "name", desc: false } })
  const { query } = list
  const { data, isLoading } = useSupplierList({ q: query.q, order: query.order as SupplierListQuery["order"], limit: query.limit, offset: query.offset })
  const columns = useMemo(
    () => [
      column.accessor("name", {
        header: t("jewelry.suppliers.name"),
        enableSorting: true,
        sortLabel: t("jewelry.suppliers.name"),
        cell: ({ row }) => (
          <span data-testid="supplier-row" data-name={row.original.name}>
            {row.original.name}
          </span>
        ),
      }),
      column.display({
        id: "contact",
        header: t("jewelry.suppliers.contact"),
        cell: ({ row }) => [row.original.contact_name, row.original.email, row.original.phone].filter(Boolean).join(" · ") || dash,
      }),
      column.accessor("currency_code", { header: t("jewelry.suppliers.currency"), cell: ({ getValue }) => (getValue() ?? "").toUpperCase() || dash }),
      column.accessor("payment_terms", { header: t("jewelry.suppliers.payment_terms"), cell: ({ getValue }) => getValue() || dash }),
    ],
    [t]
  )
  const table = usePagedDataTable(list, { rows: data?.suppliers, count: data?.count, isLoading, columns, rowId: (s) => s.id, onOpen })
  return (
    <ListTable
      instance={table}
      testId="suppliers"
      countLabel={t("jewelry.suppliers.count", { count: data?.count ?? 0 })}
      search={t("jewelry.suppliers.search")}
      sorting
      empty={{ heading: t("jewelry.suppliers.empty"), description: t("jewelry.suppliers.emptyHint") }}
      noMatch={t("jewelry.suppliers.noMatch")}
    />
  )
}
