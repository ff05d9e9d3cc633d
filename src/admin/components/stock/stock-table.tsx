import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Input, Table, Text } from "@medusajs/ui"
import { OptionSelect } from "../option-select"
import { useState } from "react"
import { useApi } from "../../hooks/use-api"
import { KIND_LABELS, STOCK_STATUSES, useLookups } from "../../hooks/use-lookups"
import { apiUrl } from "../../lib/api"

export type StockFilters = {
  q?: string
  product_id?: string
  inventory_kind?: string
  inventory_type_id?: string
  shape?: string
  size?: string
  color?: string
  quality?: string
  location_id?: string
  status?: string
  order?: string
}

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red"> = {
  available: "green",
  reserved: "orange",
  issued: "blue",
  sold: "grey",
  scrapped: "red",
}

function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value?: string; options: [string, string][]; onChange: (v?: string) => void }) {
  return (
    <OptionSelect id={id} size="small" ariaLabel={label} className="min-w-[150px]" value={value} options={options} emptyLabel={`All ${label.toLowerCase()}`} onChange={(v) => onChange(v || undefined)} />
  )
}

/**
 * The stock list: filters, sortable columns, paging and CSV export of
 * exactly the filtered set. `fixed` filters (e.g. the product on the product
 * page) are applied and not shown.
 */
export function StockTable({
  fixed = {},
  initial = {},
  pageSize = 20,
  hide = [],
  onOpen,
  testId = "stock-table",
}: {
  fixed?: StockFilters
  initial?: StockFilters
  pageSize?: number
  hide?: (keyof StockFilters)[]
  onOpen?: (id: string) => void
  testId?: string
}) {
  const lookups = useLookups()
  const [filters, setFilters] = useState<StockFilters>({ order: "-created_at", ...initial })
  const [page, setPage] = useState(0)
  const query = { ...filters, ...fixed, limit: pageSize, offset: page * pageSize }
  const { data, loading } = useApi<{ stock_items: any[]; count: number }>("/admin/stock-items", query)
  const set = (patch: StockFilters) => {
    setPage(0)
    setFilters((f) => ({ ...f, ...patch }))
  }
  const sortBy = (key: string) => set({ order: filters.order === key ? `-${key}` : key })
  const arrow = (key: string) => (filters.order === key ? " ↑" : filters.order === `-${key}` ? " ↓" : "")
  const exportQs = Object.entries({ ...filters, ...fixed })
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&")
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  const show = (k: keyof StockFilters) => !hide.includes(k) && !(k in fixed)
  const text = (k: keyof StockFilters, label: string) =>
    show(k) && (
      <Input
        size="small"
        className="w-28"
        placeholder={label}
        aria-label={label}
        data-testid={`filter-${k}`}
        value={filters[k] ?? ""}
        onChange={(e) => set({ [k]: e.target.value || undefined })}
      />
    )
  const kind = fixed.inventory_kind ?? filters.inventory_kind
  const typeOptions = lookups.types
    .filter((t) => !kind || t.kind === kind)
    .filter((t) => t.kind === "finished" || t.kind === "materials_supplies")
    .map((t) => [t.id, t.name] as [string, string])

  return (
    <div data-testid={testId}>
      <div className="flex flex-wrap items-center gap-2 pb-3">
        {show("q") && (
          <Input
            type="search"
            size="small"
            className="w-44"
            placeholder="Search tag ID"
            data-testid="filter-q"
            value={filters.q ?? ""}
            onChange={(e) => set({ q: e.target.value || undefined })}
          />
        )}
        {show("product_id") && (
          <FilterSelect id="filter-product" label="Products" value={filters.product_id} options={lookups.products.map((p) => [p.id, p.title])} onChange={(v) => set({ product_id: v })} />
        )}
        {show("inventory_kind") && (
          <FilterSelect id="filter-kind" label="Inventory types" value={filters.inventory_kind} options={Object.entries(KIND_LABELS)} onChange={(v) => set({ inventory_kind: v, inventory_type_id: undefined })} />
        )}
        {show("inventory_type_id") && (
          <FilterSelect id="filter-type" label="Finished / M&S types" value={filters.inventory_type_id} options={typeOptions} onChange={(v) => set({ inventory_type_id: v })} />
        )}
        {text("shape", "Shape")}
        {text("size", "Size")}
        {text("color", "Color")}
        {text("quality", "Quality")}
        {show("location_id") && (
          <FilterSelect id="filter-location" label="Locations" value={filters.location_id} options={lookups.locations.map((l) => [l.id, l.name])} onChange={(v) => set({ location_id: v })} />
        )}
        {show("status") && (
          <FilterSelect id="filter-status" label="Statuses" value={filters.status} options={STOCK_STATUSES.map((s) => [s, s[0].toUpperCase() + s.slice(1)])} onChange={(v) => set({ status: v })} />
        )}
        <div className="ml-auto">
          <Button size="small" variant="secondary" asChild>
            <a href={apiUrl(`/admin/stock-items/export?${exportQs}`)} download="stock-items.csv" data-testid="export-csv">
              <ArrowDownTray /> Export CSV
            </a>
          </Button>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="cursor-pointer" onClick={() => sortBy("tag_id")}>Tag ID{arrow("tag_id")}</Table.HeaderCell>
            {!("product_id" in fixed) && <Table.HeaderCell>Product</Table.HeaderCell>}
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell>Shape / size</Table.HeaderCell>
            <Table.HeaderCell>Color / quality</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer text-right" onClick={() => sortBy("weight")}>Weight{arrow("weight")}</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer text-right" onClick={() => sortBy("pieces")}>Pieces{arrow("pieces")}</Table.HeaderCell>
            <Table.HeaderCell>Location</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer" onClick={() => sortBy("created_at")}>Status{arrow("created_at")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.stock_items ?? []).map((i) => (
            <Table.Row key={i.id} data-testid="stock-row" data-tag={i.tag_id} className={onOpen ? "cursor-pointer" : ""} onClick={() => onOpen?.(i.id)}>
              <Table.Cell className="font-mono">{i.tag_id}</Table.Cell>
              {!("product_id" in fixed) && <Table.Cell>{lookups.productName(i.product_id)}</Table.Cell>}
              <Table.Cell>{lookups.typeName(i.inventory_type_id)}</Table.Cell>
              <Table.Cell>{[i.shape, i.size].filter(Boolean).join(" · ") || "-"}</Table.Cell>
              <Table.Cell>{[i.color, i.quality].filter(Boolean).join(" · ") || "-"}</Table.Cell>
              <Table.Cell className="text-right">
                {i.weight} {i.weight_unit}
              </Table.Cell>
              <Table.Cell className="text-right">{i.pieces}</Table.Cell>
              <Table.Cell>
                {lookups.locationName(i.location_id)}
                {i.rack || i.bin ? <span className="text-ui-fg-subtle"> · {[i.rack, i.bin].filter(Boolean).join("/")}</span> : null}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[i.status] ?? "grey"}>
                  {i.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
          {data && !data.stock_items.length && (
            <Table.Row>
              <Table.Cell {...({ colSpan: 9 } as any)}>
                <Text size="small" className="text-ui-fg-subtle py-4">
                  {loading ? "Loading…" : "No stock items match."}
                </Text>
              </Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={pageSize}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage((p) => Math.max(0, p - 1))}
        nextPage={() => setPage((p) => p + 1)}
        data-testid="stock-pagination"
      />
    </div>
  )
}
