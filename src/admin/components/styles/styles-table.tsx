import { useEffect, useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { Style, StyleListOrder, StyleSource } from "../../../types/styles"
import { useStyles } from "../../hooks/api/styles"
import { useListState, usePagedDataTable } from "../../hooks/use-list-state"
import { ListTable } from "../list/list-table"
import { styleColumns } from "./style-columns"

/** One source's styles (My Designs or Vendor Styles), searched by code, name or SKU, sorted and paged on the server with the exact count; a row opens its style. */
export function StylesTable({ source, onOpen, onLink }: { source: StyleSource; onOpen: (s: Style) => void; onLink: (s: Style) => void }) {
  const { t } = useTranslation()
  const list = useListState({ sort: { id: "code", desc: false } })
  const { query, firstPage } = list
  // Another source is another list: back to its first page.
  useEffect(() => firstPage(), [source, firstPage])
  const { data, isLoading } = useStyles({ source, q: query.q, order: query.order as StyleListOrder | undefined, limit: query.limit, offset: query.offset })
  const columns = useMemo(() => styleColumns(t, source === "vendor", onLink), [t, source, onLink])
  const table = usePagedDataTable(list, {
    rows: data?.styles,
    count: data?.count,
    isLoading,
    columns,
    rowId: (s) => s.id,
    onOpen,
  })
  return (
    <ListTable
      instance={table}
      testId="styles"
      countLabel={t("jewelry.styles.count", { count: data?.count ?? 0 })}
      search={t("jewelry.styles.search")}
      sorting
      empty={{ heading: t(source === "vendor" ? "jewelry.styles.emptyVendor" : "jewelry.styles.empty"), description: t("jewelry.styles.emptyHint") }}
      noMatch={t("jewelry.styles.noMatch")}
    />
  )
}
