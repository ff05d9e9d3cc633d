import { ArrowDownMini, ArrowUpMini, Tag, XMarkMini } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { TAG_STOCKS, TAG_SYMBOLOGIES, type TagSymbology } from "../../../lib/tags-print"
import { useStockItemList, type StockItemRow } from "../../hooks/api/stock-items"
import { printTagsFile, resolveCode, saveFile, useSendTags } from "../../hooks/api/tags"
import { useProductionSettings } from "../../hooks/use-production-settings"
import { useLookups } from "../../hooks/use-lookups"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { ScanField } from "./scan-field"

type Picked = { id: string; tag_id: string; product_id?: string | null; weight?: string; weight_unit?: string }

/**
 * Print tags: the items to print in the order they will come out (add by
 * search, scan or the items given; move up or down, remove), the tag stock
 * and barcode (Settings → Production by default), then a PDF or ZPL to
 * download, or ZPL sent to the workshop's network printer. Nothing changes
 * in stock.
 */
export function PrintTagsDrawer({ open, onClose, items = [] }: { open: boolean; onClose: () => void; items?: Picked[] }) {
  const { t } = useTranslation()
  const lookups = useLookups()
  const settings = useProductionSettings().data
  const [picked, setPicked] = useState<Picked[]>(items)
  const [q, setQ] = useState("")
  const [opts, setOpts] = useState<{ stock?: string; symbology?: TagSymbology; skip: string }>({ skip: "" })
  const [busy, setBusy] = useState<"pdf" | "zpl" | null>(null)
  const [error, setError] = useState<string | null>(null)
  const send = useSendTags()
  // Fresh each time it opens, with the items it was opened for.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setPicked(items)
      setError(null)
      setQ("")
    }
  }
  const found = useStockItemList({ q: q.trim() || undefined, limit: 20, order: "tag_id" }, open && q.trim().length > 0)
  const add = (i: Picked) => setPicked((p) => (p.some((x) => x.id === i.id) ? p : [...p, i]))
  const move = (k: number, d: number) => setPicked((p) => {
    const next = [...p]
    const [x] = next.splice(k, 1)
    next.splice(Math.max(0, Math.min(next.length, k + d)), 0, x)
    return next
  })
  const stock = opts.stock ?? settings?.tag_stock ?? "letter_30"
  const symbology = opts.symbology ?? settings?.tag_symbology ?? "code128"
  const sheet = TAG_STOCKS[stock]?.kind === "sheet"
  const body = () => ({
    stock_item_ids: picked.map((p) => p.id),
    stock,
    symbology,
    ...(sheet && opts.skip.trim() ? { skip: Number(opts.skip) } : {}),
  })
  const download = async (format: "pdf" | "zpl") => {
    setBusy(format)
    setError(null)
    try {
      saveFile(await printTagsFile({ ...body(), format }))
    } catch (e: any) {
      setError(e.message)
    } finally {
      setBusy(null)
    }
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="print-tags">
        <Drawer.Header>
          <Drawer.Title>{t("jewelry.tags.printTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.tags.printHint")}</Text>
          <div className="flex flex-col gap-y-1" data-testid="print-tags-list">
            {picked.map((p, k) => (
              <div key={p.id} className="flex items-center gap-x-2" data-testid="print-tags-item" data-tag={p.tag_id}>
                <Text size="small" className="w-6 text-ui-fg-subtle">{k + 1}.</Text>
                <Text size="small" className="font-mono w-40">{p.tag_id}</Text>
                <Text size="xsmall" className="flex-1 text-ui-fg-subtle truncate">{p.product_id ? lookups.productName(p.product_id) : ""}</Text>
                <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.up", { tag: p.tag_id })} disabled={k === 0} onClick={() => move(k, -1)}><ArrowUpMini /></IconButton>
                <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.down", { tag: p.tag_id })} disabled={k === picked.length - 1} onClick={() => move(k, 1)}><ArrowDownMini /></IconButton>
                <IconButton size="2xsmall" variant="transparent" aria-label={t("jewelry.tags.removeItem", { tag: p.tag_id })} onClick={() => setPicked((x) => x.filter((y) => y.id !== p.id))}><XMarkMini /></IconButton>
              </div>
            ))}
            {!picked.length && <Text size="small" className="text-ui-fg-muted">{t("jewelry.tags.none")}</Text>}
          </div>
          <ScanField
            testId="print-tags-scan"
            label={t("jewelry.tags.scanToAdd")}
            onScan={async (code) => {
              const hit = await resolveCode(code)
              if (hit.kind !== "stock_item") throw new Error(t("jewelry.tags.notAnItem", { code: hit.code }))
              add(hit.stock_item as any)
              return t("jewelry.tags.picked", { tag: hit.stock_item.tag_id })
            }}
          />
          <Field label={t("jewelry.tags.find")} htmlFor="print-tags-find">
            <Input id="print-tags-find" size="small" value={q} onChange={(e) => setQ(e.target.value)} placeholder="JWDIA" />
          </Field>
          {q.trim() && (
            <div className="flex flex-col gap-y-1" data-testid="print-tags-found">
              {(found.data?.stock_items ?? []).map((i: StockItemRow) => (
                <div key={i.id} className="flex items-center gap-x-2">
                  <Text size="small" className="font-mono w-40">{i.tag_id}</Text>
                  <Text size="xsmall" className="flex-1 text-ui-fg-subtle truncate">{lookups.productName(i.product_id)} · {i.weight} {i.weight_unit}</Text>
                  <Button size="small" variant="transparent" disabled={picked.some((p) => p.id === i.id)} onClick={() => add(i as any)} data-testid="print-tags-add">{t("jewelry.tags.add")}</Button>
                </div>
              ))}
              {found.data && found.data.stock_items.length > 1 && (
                <Button size="small" variant="secondary" onClick={() => found.data!.stock_items.forEach((i: any) => add(i))} data-testid="print-tags-add-all">{t("jewelry.tags.addAll", { count: found.data.stock_items.length })}</Button>
              )}
            </div>
          )}
          <Field label={t("jewelry.tags.stock")} htmlFor="print-tags-stock">
            <OptionSelect id="print-tags-stock" value={stock} onChange={(v) => setOpts((o) => ({ ...o, stock: v }))} options={Object.values(TAG_STOCKS).map((s) => [s.id, t(`jewelry.tags.stocks.${s.id}`)])} />
          </Field>
          <Field label={t("jewelry.tags.symbology")} htmlFor="print-tags-symbology">
            <OptionSelect id="print-tags-symbology" value={symbology} onChange={(v) => setOpts((o) => ({ ...o, symbology: v as TagSymbology }))} options={TAG_SYMBOLOGIES.map((s) => [s, t(`jewelry.tags.symbologies.${s}`)])} />
          </Field>
          {sheet && (
            <Field label={t("jewelry.tags.skip")} htmlFor="print-tags-skip" hint={t("jewelry.tags.skipHint")}>
              <Input id="print-tags-skip" size="small" type="number" min={0} value={opts.skip} onChange={(e) => setOpts((o) => ({ ...o, skip: e.target.value }))} />
            </Field>
          )}
          {error && <Text size="small" className="text-ui-fg-error" role="alert" data-testid="print-tags-error">{error}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Button
            size="small"
            variant="secondary"
            disabled={!picked.length}
            isLoading={send.isPending}
            data-testid="print-tags-send"
            onClick={async () => {
              setError(null)
              try {
                const r = await send.mutateAsync(body() as any)
                toast.success(t("jewelry.tags.sent", { count: r.labels, printer: r.printer }))
              } catch (e: any) {
                setError(e.message)
              }
            }}
          >
            {t("jewelry.tags.send")}
          </Button>
          <Button size="small" variant="secondary" disabled={!picked.length} isLoading={busy === "zpl"} onClick={() => download("zpl")} data-testid="print-tags-zpl">{t("jewelry.tags.zpl")}</Button>
          <Button size="small" disabled={!picked.length} isLoading={busy === "pdf"} onClick={() => download("pdf")} data-testid="print-tags-pdf"><Tag /> {t("jewelry.tags.pdf")}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

/** A "Print tags" button that opens the drawer with these items (none: pick them there). */
export function PrintTagsButton({ items = [], label, variant = "secondary" }: { items?: Picked[]; label?: string; variant?: "secondary" | "primary" }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button size="small" variant={variant} onClick={() => setOpen(true)} data-testid="open-print-tags">
        <Tag /> {label ?? t("jewelry.tags.print")}
      </Button>
      <PrintTagsDrawer open={open} onClose={() => setOpen(false)} items={items} />
    </>
  )
}
