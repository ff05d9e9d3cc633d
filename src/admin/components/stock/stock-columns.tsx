import { Badge, createDataTableColumnHelper } from "@medusajs/ui"
import { useLayoutEffect, useMemo, useRef } from "react"
import { useTranslation } from "react-i18next"
import { productTitle, type StockItemRow } from "../../hooks/api/stock-items"
import { useInventoryTypes } from "../../hooks/api/production-settings"
import { dash, dateOnly } from "../../lib/format"
import { Weight } from "../weight"
import { CustomerPieceCell, usePieceRepairs } from "./customer-pieces"

const column = createDataTableColumnHelper<StockItemRow>()

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red"> = {
  available: "green",
  reserved: "orange",
  issued: "blue",
  sold: "grey",
  scrapped: "red",
}

const pair = (a?: string | null, b?: string | null) => [a, b].filter(Boolean).join(" · ") || dash

/**
 * The tag cell. DataTable gives its rows no attributes of their own, so the
 * row is marked here (data-testid="stock-row", data-tag) for the browser
 * tests and for anyone finding an item's row on the page.
 */
function TagCell({ tag }: { tag: string }) {
  const ref = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const tr = ref.current?.closest("tr")
    tr?.setAttribute("data-testid", "stock-row")
    tr?.setAttribute("data-tag", tag)
  }, [tag])
  return <span ref={ref} className="font-mono">{tag}</span>
}

/** The stock list's columns; a list of customers' pieces names whose piece it is and its repair instead of the product. */
export function useStockColumns({ rows, showProduct, customers }: { rows: StockItemRow[]; showProduct: boolean; customers: boolean }) {
  const { t } = useTranslation()
  const types = useInventoryTypes().data
  const repairs = usePieceRepairs(customers ? rows : [])
  return useMemo(() => {
    const typeName = (id?: string) => types?.find((ty) => ty.id === id)?.name ?? id ?? dash
    return [
      column.accessor("tag_id", { header: t("jewelry.stock.tag"), enableSorting: true, sortLabel: t("jewelry.stock.tag"), cell: ({ getValue }) => <TagCell tag={getValue()} /> }),
      ...(showProduct
        ? [
            column.display({
              id: "product",
              header: customers ? t("jewelry.stock.customerRepair") : t("jewelry.stock.product"),
              cell: ({ row }) => (customers ? <CustomerPieceCell repair={repairs.get(row.original.id)} /> : productTitle(row.original)),
            }),
          ]
        : []),
      column.display({ id: "type", header: t("jewelry.stock.type"), cell: ({ row }) => typeName(row.original.inventory_type_id) }),
      column.display({ id: "shape_size", header: t("jewelry.stock.shapeSize"), cell: ({ row }) => pair(row.original.shape, row.original.size) }),
      column.display({ id: "color_quality", header: t("jewelry.stock.colorQuality"), cell: ({ row }) => pair(row.original.color, row.original.quality) }),
      column.accessor("purity", { header: t("jewelry.purity"), cell: ({ getValue }) => <span data-testid="stock-purity">{getValue() || dash}</span> }),
      column.accessor("weight", {
        header: t("jewelry.weight"),
        enableSorting: true,
        sortLabel: t("jewelry.weight"),
        headerAlign: "right",
        cell: ({ row }) => <div className="text-right"><Weight value={row.original.weight} unit={row.original.weight_unit} /></div>,
      }),
      column.accessor("fine_grams", {
        header: t("jewelry.fineColumn"),
        headerAlign: "right",
        cell: ({ row }) => <div className="text-right">{row.original.metal ? <Weight value={row.original.fine_grams} unit="g" testId="stock-fine" /> : <span data-testid="stock-fine">{dash}</span>}</div>,
      }),
      column.accessor("pieces", { header: t("jewelry.pieces"), enableSorting: true, sortLabel: t("jewelry.pieces"), headerAlign: "right", cell: ({ getValue }) => <div className="text-right">{getValue()}</div> }),
      column.display({
        id: "location",
        header: t("jewelry.stock.location"),
        cell: ({ row: { original: i } }) => (
          <>
            {i.stock_location?.name ?? i.location_id}
            {i.rack || i.bin ? <span className="text-ui-fg-subtle"> · {[i.rack, i.bin].filter(Boolean).join("/")}</span> : null}
          </>
        ),
      }),
      column.accessor("status", {
        header: t("jewelry.stock.status"),
        cell: ({ getValue }) => <Badge size="2xsmall" color={STATUS_COLOR[getValue()] ?? "grey"}>{t(`jewelry.stock.statuses.${getValue()}`, { defaultValue: getValue() })}</Badge>,
      }),
      column.accessor("created_at", { header: t("jewelry.stock.recorded"), enableSorting: true, sortLabel: t("jewelry.stock.recorded"), cell: ({ getValue }) => dateOnly(getValue()) }),
    ]
  }, [t, types, repairs, showProduct, customers])
}
