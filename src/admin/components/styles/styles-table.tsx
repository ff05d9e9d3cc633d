import { Badge, Button, Table } from "@medusajs/ui"
import { displayWeight } from "../../../lib/units"
import type { Style } from "../../hooks/api/styles"
import { money } from "../../lib/format"
import { StyleAtRate } from "../metal-prices/metal-value-section"
import { useTranslation } from "react-i18next"

const bomSummary = (s: Style) =>
  s.bom_lines
    .map((l) => `${l.quantity}× ${l.kind === "metal" ? `${l.purity ?? ""} ${l.weight && l.weight_unit ? displayWeight(l.weight, l.weight_unit) : ""}` : l.kind === "stone" ? `${l.shape ?? "stone"} ${l.size ?? ""}` : l.description ?? "finding"}`)
    .join(", ") || "-"

/** The catalog's rows; a row opens the style, the Store cell links it to a variant. */
export function StylesTable({ styles, vendor, onOpen, onLink }: { styles: Style[]; vendor: boolean; onOpen: (s: Style) => void; onLink: (s: Style) => void }) {
  const { t } = useTranslation()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Code</Table.HeaderCell>
          <Table.HeaderCell>Name</Table.HeaderCell>
          <Table.HeaderCell>Category</Table.HeaderCell>
          {vendor && <Table.HeaderCell>Vendor / SKU</Table.HeaderCell>}
          <Table.HeaderCell>BOM</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Estimate / piece</Table.HeaderCell>
          <Table.HeaderCell className="text-right">{t("jewelry.metalPrices.styleAtRate")}</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Lead time</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Store</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {styles.map((s) => (
          <Table.Row key={s.id} data-testid="style-row" data-code={s.code} className="cursor-pointer" onClick={() => onOpen(s)}>
            <Table.Cell className="font-mono">{s.code}</Table.Cell>
            <Table.Cell>{s.name} {s.made_to_order && <Badge size="2xsmall" color="purple">made to order</Badge>}</Table.Cell>
            <Table.Cell>{s.category ?? "-"}</Table.Cell>
            {vendor && <Table.Cell>{[s.vendor_name, s.vendor_sku].filter(Boolean).join(" · ")}</Table.Cell>}
            <Table.Cell className="max-w-[260px] truncate">{bomSummary(s)}</Table.Cell>
            <Table.Cell className="text-right" data-testid="style-estimate">{s.estimate?.per_piece ? money(s.estimate.per_piece) : "-"}</Table.Cell>
            <Table.Cell className="text-right"><StyleAtRate styleId={s.id} /></Table.Cell>
            <Table.Cell className="text-right">{s.lead_time_days} d</Table.Cell>
            <Table.Cell className="text-right" onClick={(e) => e.stopPropagation()}>
              <Button size="small" variant="transparent" onClick={() => onLink(s)} data-testid="link-variant">{s.variant_id ? "Linked" : "Link variant"}</Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
