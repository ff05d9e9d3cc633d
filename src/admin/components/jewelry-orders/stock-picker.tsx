import { Button, Checkbox, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useLineCandidates, useScanForLine } from "../../hooks/api/jewelry-orders"
import type { LineCandidate, PickedItemBody } from "../../../types/jewelry-orders"
import { displayWeight } from "../../../lib/units"

export type Pick = { stock_item_id: string; tag_id: string; available_pieces: number; available_weight: string; unit: string; pieces: string; weight: string; full: boolean }

const PAGE = 10

/**
 * The stock that fits one order line, from the server's rule (the line's
 * variant first, then its product in the same size and shape and a close
 * weight; available pieces in the user's locations): a page of it, or the
 * one piece a scanned or typed tag names, with the reason when it does not fit.
 */
export function StockPicker({ orderId, lineId, picks, onChange, exclude }: { orderId: string; lineId: string; picks: Pick[]; onChange: (p: Pick[]) => void; exclude: string[] }) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState("")
  const [code, setCode] = useState("")
  const [offset, setOffset] = useState(0)
  useEffect(() => {
    const timer = setTimeout(() => {
      setCode(typed.trim())
      setOffset(0)
    }, 250)
    return () => clearTimeout(timer)
  }, [typed])
  const { data, isLoading } = useLineCandidates(orderId, lineId, { code: code || undefined, limit: PAGE, offset })
  const taken = new Set([...picks.map((p) => p.stock_item_id), ...exclude])
  const shown = (data?.candidates ?? []).filter((r) => !taken.has(r.id))
  const add = (i: LineCandidate) =>
    onChange([...picks, { stock_item_id: i.id, tag_id: i.tag_id, available_pieces: i.pieces, available_weight: i.weight, unit: i.weight_unit, pieces: String(i.pieces ? 1 : 0), weight: "", full: false }])
  const lookUp = useScanForLine(orderId, lineId)
  const scanned = async (tag: string) => {
    const r = await lookUp(tag).catch(() => null)
    const hit = r?.candidates[0]
    if (r && !r.rejected && hit && !taken.has(hit.id)) {
      add(hit)
      setTyped("")
      setCode("")
    } else setCode(tag)
  }
  const set = (id: string, patch: Partial<Pick>) => onChange(picks.map((p) => (p.stock_item_id === id ? { ...p, ...patch } : p)))
  const count = data?.count ?? 0
  return (
    <div className="flex flex-col gap-y-3">
      <Input
        size="small"
        placeholder={t("jewelry.orders.scanTag")}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        // A hand scanner types the tag and Enter: the piece is picked for this line when it fits (taken only when the selection is saved); else the reason shows.
        onKeyDown={(e) => {
          if (e.key === "Enter" && typed.trim()) {
            e.preventDefault()
            void scanned(typed.trim())
          }
        }}
        data-testid={`stock-search-${lineId}`}
      />
      {data?.rejected && (
        <Text size="small" className="text-ui-fg-error" data-testid={`stock-rejected-${lineId}`}>
          {data.rejected.message}
        </Text>
      )}
      <div className="max-h-48 overflow-y-auto rounded-md border">
        {isLoading && !data ? (
          <Text size="small" className="p-3 text-ui-fg-subtle">{t("jewelry.orders.lookingUp")}</Text>
        ) : shown.length === 0 ? (
          <Text size="small" className="p-3 text-ui-fg-subtle">{t("jewelry.orders.noFittingStock")}</Text>
        ) : (
          <Table>
            <Table.Body>
              {shown.map((r) => (
                <Table.Row key={r.id} data-testid={`candidate-${r.tag_id}`}>
                  <Table.Cell className="font-mono">{r.tag_id}</Table.Cell>
                  <Table.Cell>{t("jewelry.orders.pcs", { count: r.pieces })}</Table.Cell>
                  <Table.Cell>{displayWeight(r.weight, r.weight_unit)}</Table.Cell>
                  <Table.Cell>{[r.size, r.shape].filter(Boolean).join(" · ")}</Table.Cell>
                  <Table.Cell className="text-right">
                    <Button size="small" variant="secondary" onClick={() => add(r)} data-testid={`add-stock-${r.tag_id}`}>
                      {t("jewelry.orders.add")}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      {!code && count > PAGE && (
        <div className="flex items-center justify-between">
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.orders.range", { from: offset + 1, to: Math.min(offset + PAGE, count), count })}</Text>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t("jewelry.orders.prev")}</Button>
            <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>{t("jewelry.orders.next")}</Button>
          </div>
        </div>
      )}
      {picks.map((p) => (
        <div key={p.stock_item_id} className="grid grid-cols-[1fr_80px_110px_auto_auto] items-center gap-2" data-testid={`pick-${p.tag_id}`}>
          <Text size="small" className="font-mono">
            {p.tag_id} <span className="text-ui-fg-subtle">({t("jewelry.orders.pcs", { count: p.available_pieces })}, {displayWeight(p.available_weight, p.unit)})</span>
          </Text>
          <Input size="small" type="number" min={0} aria-label={t("jewelry.pieces")} value={p.full ? String(p.available_pieces) : p.pieces} disabled={p.full} onChange={(e) => set(p.stock_item_id, { pieces: e.target.value })} />
          <Input size="small" placeholder={`${t("jewelry.weight")} ${p.unit}`} aria-label={t("jewelry.weight")} value={p.full ? p.available_weight : p.weight} disabled={p.full} onChange={(e) => set(p.stock_item_id, { weight: e.target.value })} />
          <div className="flex items-center gap-x-1">
            <Checkbox id={`full-${p.stock_item_id}`} checked={p.full} onCheckedChange={(v) => set(p.stock_item_id, { full: v === true })} />
            <Label htmlFor={`full-${p.stock_item_id}`} size="small">{t("jewelry.orders.full")}</Label>
          </div>
          <Button size="small" variant="transparent" onClick={() => onChange(picks.filter((x) => x.stock_item_id !== p.stock_item_id))}>
            {t("jewelry.remove")}
          </Button>
        </div>
      ))}
    </div>
  )
}

/** A pick as the API takes it. */
export const pickToApi = (p: Pick): PickedItemBody =>
  p.full ? { stock_item_id: p.stock_item_id, full: true } : { stock_item_id: p.stock_item_id, pieces: Number(p.pieces || 0), ...(p.weight.trim() ? { weight: p.weight.trim() } : {}) }
