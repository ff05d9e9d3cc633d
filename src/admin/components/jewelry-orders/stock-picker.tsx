import { Button, Checkbox, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { api } from "../../lib/api"

export type Pick = { stock_item_id: string; tag_id: string; available_pieces: number; available_weight: string; unit: string; pieces: string; weight: string; full: boolean }

/**
 * A lookup of matching stock for one order line: available items of the
 * line's product first (or a search by tag), each added with exact pieces /
 * weight or Full.
 */
export function StockPicker({ lineId, productId, picks, onChange, exclude }: { lineId: string; productId: string | null; picks: Pick[]; onChange: (p: Pick[]) => void; exclude: string[] }) {
  const [q, setQ] = useState("")
  const [results, setResults] = useState<any[]>([])
  const [loading, setLoading] = useState(false)
  useEffect(() => {
    let stale = false
    setLoading(true)
    const t = setTimeout(async () => {
      try {
        const query: Record<string, unknown> = { status: "available", limit: 20, order: "tag_id" }
        if (q.trim()) query.q = q.trim()
        else if (productId) query.product_id = productId
        const data = await api<{ stock_items: any[] }>("/admin/stock-items", { query })
        if (!stale) setResults(data.stock_items)
      } catch {
        if (!stale) setResults([])
      } finally {
        if (!stale) setLoading(false)
      }
    }, 250)
    return () => {
      stale = true
      clearTimeout(t)
    }
  }, [q, productId])
  const taken = new Set([...picks.map((p) => p.stock_item_id), ...exclude])
  const add = (i: any) =>
    onChange([...picks, { stock_item_id: i.id, tag_id: i.tag_id, available_pieces: i.pieces, available_weight: String(i.weight), unit: i.weight_unit, pieces: String(i.pieces ? 1 : 0), weight: "", full: false }])
  const set = (id: string, patch: Partial<Pick>) => onChange(picks.map((p) => (p.stock_item_id === id ? { ...p, ...patch } : p)))
  return (
    <div className="flex flex-col gap-y-3">
      <Input size="small" placeholder="Search stock by tag, e.g. JWSOL0001" value={q} onChange={(e) => setQ(e.target.value)} data-testid={`stock-search-${lineId}`} />
      <div className="max-h-48 overflow-y-auto rounded-md border">
        {loading && !results.length ? (
          <Text size="small" className="p-3 text-ui-fg-subtle">Looking up stock…</Text>
        ) : results.filter((r) => !taken.has(r.id)).length === 0 ? (
          <Text size="small" className="p-3 text-ui-fg-subtle">No matching available stock.</Text>
        ) : (
          <Table>
            <Table.Body>
              {results
                .filter((r) => !taken.has(r.id))
                .map((r) => (
                  <Table.Row key={r.id}>
                    <Table.Cell className="font-mono">{r.tag_id}</Table.Cell>
                    <Table.Cell>{r.pieces} pcs</Table.Cell>
                    <Table.Cell>
                      {r.weight} {r.weight_unit}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <Button size="small" variant="secondary" onClick={() => add(r)} data-testid={`add-stock-${r.tag_id}`}>
                        Add
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
            </Table.Body>
          </Table>
        )}
      </div>
      {picks.map((p) => (
        <div key={p.stock_item_id} className="grid grid-cols-[1fr_80px_110px_auto_auto] items-center gap-2" data-testid={`pick-${p.tag_id}`}>
          <Text size="small" className="font-mono">
            {p.tag_id} <span className="text-ui-fg-subtle">({p.available_pieces} pcs, {p.available_weight} {p.unit})</span>
          </Text>
          <Input size="small" type="number" min={0} aria-label="Pieces" value={p.full ? String(p.available_pieces) : p.pieces} disabled={p.full} onChange={(e) => set(p.stock_item_id, { pieces: e.target.value })} />
          <Input size="small" placeholder={`weight ${p.unit}`} aria-label="Weight" value={p.full ? p.available_weight : p.weight} disabled={p.full} onChange={(e) => set(p.stock_item_id, { weight: e.target.value })} />
          <div className="flex items-center gap-x-1">
            <Checkbox id={`full-${p.stock_item_id}`} checked={p.full} onCheckedChange={(v) => set(p.stock_item_id, { full: v === true })} />
            <Label htmlFor={`full-${p.stock_item_id}`} size="small">
              Full
            </Label>
          </div>
          <Button size="small" variant="transparent" onClick={() => onChange(picks.filter((x) => x.stock_item_id !== p.stock_item_id))}>
            Remove
          </Button>
        </div>
      ))}
    </div>
  )
}

/** A pick as the API takes it. */
export const pickToApi = (p: Pick) =>
  p.full ? { stock_item_id: p.stock_item_id, full: true } : { stock_item_id: p.stock_item_id, pieces: Number(p.pieces || 0), ...(p.weight.trim() ? { weight: p.weight.trim() } : {}) }
