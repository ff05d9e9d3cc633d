import { Badge, Button, createDataTableColumnHelper } from "@medusajs/ui"
import type { TFunction } from "i18next"
import { displayWeight } from "../../../lib/units"
import type { Style } from "../../../types/styles"
import { dash, money } from "../../lib/format"
import { StyleAtRate } from "../metal-prices/metal-value-section"

const column = createDataTableColumnHelper<Style>()

/** "1× 18K 2.5 g, 20× Round 2mm, 1× Sizing bar": the bill of materials in a line. */
const bomSummary = (s: Style, t: TFunction) =>
  s.bom_lines
    .map((l) => {
      const what =
        l.kind === "metal"
          ? `${l.purity ?? ""} ${l.weight && l.weight_unit ? displayWeight(l.weight, l.weight_unit) : ""}`
          : l.kind === "stone"
            ? `${l.shape ?? t("jewelry.styles.kinds.stone")} ${l.size ?? ""}`
            : l.description ?? t("jewelry.styles.kinds.finding")
      return `${l.quantity}× ${what}`.trim()
    })
    .join(", ") || dash

/** The catalog's columns; Vendor / SKU only on Vendor Styles. The Store cell links the style to a variant without opening the row. */
export function styleColumns(t: TFunction, vendor: boolean, onLink: (s: Style) => void) {
  return [
    column.accessor("code", {
      header: t("jewelry.styles.code"),
      enableSorting: true,
      sortLabel: t("jewelry.styles.code"),
      cell: ({ row }) => (
        <span className="font-mono" data-testid="style-row" data-code={row.original.code}>
          {row.original.code}
        </span>
      ),
    }),
    column.accessor("name", {
      header: t("jewelry.styles.name"),
      enableSorting: true,
      sortLabel: t("jewelry.styles.name"),
      cell: ({ row }) => (
        <span>
          {row.original.name}{" "}
          {row.original.made_to_order && (
            <Badge size="2xsmall" color="purple">
              {t("jewelry.styles.madeToOrder")}
            </Badge>
          )}
        </span>
      ),
    }),
    column.accessor("category", { header: t("jewelry.styles.category"), cell: ({ getValue }) => getValue() ?? dash }),
    ...(vendor
      ? [column.display({ id: "vendor", header: t("jewelry.styles.vendorSku"), cell: ({ row }) => [row.original.vendor_name, row.original.vendor_sku].filter(Boolean).join(" · ") || dash })]
      : []),
    column.display({ id: "bom", header: t("jewelry.styles.bom"), cell: ({ row }) => <span className="block max-w-[260px] truncate">{bomSummary(row.original, t)}</span> }),
    column.display({
      id: "estimate",
      header: t("jewelry.styles.estimate"),
      cell: ({ row }) => <span data-testid="style-estimate">{row.original.estimate?.per_piece ? money(row.original.estimate.per_piece) : dash}</span>,
    }),
    column.display({ id: "at_rate", header: t("jewelry.metalPrices.styleAtRate"), cell: ({ row }) => <StyleAtRate styleId={row.original.id} /> }),
    column.accessor("lead_time_days", {
      header: t("jewelry.styles.leadTime"),
      enableSorting: true,
      sortLabel: t("jewelry.styles.leadTime"),
      cell: ({ getValue }) => t("jewelry.styles.days", { count: getValue() }),
    }),
    column.display({
      id: "store",
      header: t("jewelry.styles.store"),
      cell: ({ row }) => (
        <span onClick={(e) => e.stopPropagation()}>
          <Button size="small" variant="transparent" onClick={() => onLink(row.original)} data-testid="link-variant">
            {row.original.variant_id ? t("jewelry.styles.linked") : t("jewelry.styles.linkVariant")}
          </Button>
        </span>
      ),
    }),
  ]
}
