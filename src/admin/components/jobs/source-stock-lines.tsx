import { Checkbox, Input, Text } from "@medusajs/ui"
import { useApi } from "../../hooks/use-api"

export type SourceLines = Record<string, { full: boolean; weight: string; pieces: string }>

/** The job form's stock of the source product, each item issued into the start stage whole (Full) or by exact weight and pieces. */
export function SourceStockLines({ productId, lines, setLines, errors }: { productId: string; lines: SourceLines; setLines: (l: SourceLines) => void; errors: Record<string, string> }) {
  const source = useApi<{ stock_items: any[] }>("/admin/stock-items", { product_id: productId, status: "available", limit: 50 })
  return (
    <div className="rounded-md border p-2" data-testid="job-source-stock">
      <Text size="small" weight="plus">Stock to issue into the start stage</Text>
      {(source.data?.stock_items ?? []).map((i) => {
        const l = lines[i.id] ?? { full: false, weight: "", pieces: "" }
        const upd = (patch: Partial<typeof l>) => setLines({ ...lines, [i.id]: { ...l, ...patch } })
        return (
          <div key={i.id} className="flex items-center gap-2 py-1" data-testid="source-item" data-tag={i.tag_id}>
            <Text size="small" className="w-32 font-mono">{i.tag_id}</Text>
            <Text size="xsmall" className="w-32 text-ui-fg-subtle">{i.weight} {i.weight_unit} · {i.pieces} pcs</Text>
            <label className="flex items-center gap-1 txt-small"><Checkbox checked={l.full} onCheckedChange={(v) => upd({ full: !!v })} aria-label={`Issue all of ${i.tag_id}`} /> Full</label>
            <Input size="small" className="w-24" placeholder={`weight ${i.weight_unit}`} aria-label={`Weight of ${i.tag_id}`} disabled={l.full} value={l.weight} onChange={(e) => upd({ weight: e.target.value })} />
            <Input size="small" className="w-20" placeholder="pieces" aria-label={`Pieces of ${i.tag_id}`} disabled={l.full} value={l.pieces} onChange={(e) => upd({ pieces: e.target.value })} />
          </div>
        )
      })}
      {(errors.stock_item_id || errors.weight || errors.lines) && <Text size="xsmall" className="text-ui-fg-error">{errors.stock_item_id ?? errors.weight ?? errors.lines}</Text>}
    </div>
  )
}
