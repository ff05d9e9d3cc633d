import { Badge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useApi } from "../../hooks/use-api"
import { useLookups } from "../../hooks/use-lookups"
import { apiUrl } from "../../lib/api"
import { CustomerPieceCell, usePieceRepairs } from "./customer-pieces"
import { StockFilterBar, type StockFilters } from "./stock-filters"

export type { StockFilters }

const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red"> = {
  available: "green",
  reserved: "orange",
  issued: "blue",
  sold: "grey",
  scrapped: "red",
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
  const customers = filters.ownership === "customer"
  const repairs = usePieceRepairs(customers ? data?.stock_items ?? [] : [])
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
  return (
    <div data-testid={testId}>
      <StockFilterBar filters={filters} fixed={fixed} hide={hide} set={set} exportHref={apiUrl(`/admin/stock-items/export?${exportQs}`)} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="cursor-pointer" onClick={() => sortBy("tag_id")}>Tag ID{arrow("tag_id")}</Table.HeaderCell>
            {!("product_id" in fixed) && <Table.HeaderCell>{customers ? "Customer / repair" : "Product"}</Table.HeaderCell>}
            <Table.HeaderCell>Type</Table.HeaderCell>
            <Table.HeaderCell>Shape / size</Table.HeaderCell>
            <Table.HeaderCell>Color / quality</Table.HeaderCell>
            <Table.HeaderCell>Purity</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer text-right" onClick={() => sortBy("weight")}>Weight{arrow("weight")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Fine</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer text-right" onClick={() => sortBy("pieces")}>Pieces{arrow("pieces")}</Table.HeaderCell>
            <Table.HeaderCell>Location</Table.HeaderCell>
            <Table.HeaderCell className="cursor-pointer" onClick={() => sortBy("created_at")}>Status{arrow("created_at")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.stock_items ?? []).map((i) => (
            <Table.Row key={i.id} data-testid="stock-row" data-tag={i.tag_id} className={onOpen ? "cursor-pointer" : ""} onClick={() => onOpen?.(i.id)}>
              <Table.Cell className="font-mono">{i.tag_id}</Table.Cell>
              {!("product_id" in fixed) && <Table.Cell>{customers ? <CustomerPieceCell repair={repairs.get(i.id)} /> : lookups.productName(i.product_id)}</Table.Cell>}
              <Table.Cell>{lookups.typeName(i.inventory_type_id)}</Table.Cell>
              <Table.Cell>{[i.shape, i.size].filter(Boolean).join(" · ") || "-"}</Table.Cell>
              <Table.Cell>{[i.color, i.quality].filter(Boolean).join(" · ") || "-"}</Table.Cell>
              <Table.Cell data-testid="stock-purity">{i.purity || "-"}</Table.Cell>
              <Table.Cell className="text-right">
                {i.weight} {i.weight_unit}
              </Table.Cell>
              <Table.Cell className="text-right" data-testid="stock-fine">{i.metal ? `${i.fine_grams} g` : "-"}</Table.Cell>
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
              <Table.Cell {...({ colSpan: 11 } as any)}>
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
