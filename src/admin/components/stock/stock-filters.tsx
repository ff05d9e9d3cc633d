import { ArrowDownTray } from "@medusajs/icons"
import { Button, Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { METAL_LABELS, METALS } from "../../../lib/purity"
import { KIND_LABELS, STOCK_STATUSES, useLookups } from "../../hooks/use-lookups"
import { OptionSelect } from "../option-select"

export type StockFilters = {
  q?: string
  product_id?: string
  inventory_kind?: string
  inventory_type_id?: string
  shape?: string
  size?: string
  color?: string
  quality?: string
  metal?: string
  location_id?: string
  status?: string
  /** Shop stock (the default) or customers' pieces in for repair (never stock). */
  ownership?: "shop" | "customer"
  order?: string
}

function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value?: string; options: [string, string][]; onChange: (v?: string) => void }) {
  return (
    <div className="w-[180px]">
      <OptionSelect id={id} size="small" ariaLabel={label} value={value} options={options} emptyLabel={`All ${label.toLowerCase()}`} onChange={(v) => onChange(v || undefined)} />
    </div>
  )
}

/** The stock list's filters (those not fixed or hidden) and the export of exactly the filtered set. */
export function StockFilterBar({
  filters,
  fixed,
  hide,
  set,
  exportHref,
}: {
  filters: StockFilters
  fixed: StockFilters
  hide: (keyof StockFilters)[]
  set: (patch: StockFilters) => void
  exportHref: string
}) {
  const { t } = useTranslation()
  const lookups = useLookups()
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
    <div className="flex flex-wrap items-center gap-2 pb-3">
      {show("ownership") && !("product_id" in fixed) && (
        <div className="w-[180px]">
          <OptionSelect
            id="filter-ownership"
            size="small"
            ariaLabel={t("jewelry.stock.ownership")}
            value={filters.ownership ?? "shop"}
            options={[["shop", t("jewelry.stock.shopStock")], ["customer", t("jewelry.stock.customersPieces")]]}
            onChange={(v) => set({ ownership: v === "customer" ? "customer" : undefined })}
          />
        </div>
      )}
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
      {show("metal") && (
        <FilterSelect id="filter-metal" label="Metals" value={filters.metal} options={METALS.map((m) => [m, METAL_LABELS[m]])} onChange={(v) => set({ metal: v })} />
      )}
      {show("location_id") && (
        <FilterSelect id="filter-location" label="Locations" value={filters.location_id} options={lookups.locations.map((l) => [l.id, l.name])} onChange={(v) => set({ location_id: v })} />
      )}
      {show("status") && (
        <FilterSelect id="filter-status" label="Statuses" value={filters.status} options={STOCK_STATUSES.map((s) => [s, s[0].toUpperCase() + s.slice(1)])} onChange={(v) => set({ status: v })} />
      )}
      <div className="ml-auto">
        <Button size="small" variant="secondary" asChild>
          <a href={exportHref} download="stock-items.csv" data-testid="export-csv">
            <ArrowDownTray /> Export CSV
          </a>
        </Button>
      </div>
    </div>
  )
}
