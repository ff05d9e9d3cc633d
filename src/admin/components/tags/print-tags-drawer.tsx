import { Tag } from "@medusajs/icons"
import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { TAG_STOCKS, TAG_SYMBOLOGIES, type TagSymbology } from "../../../lib/tags-print"
import { printTagsFile, resolveCode, saveFile, useSendTags } from "../../hooks/api/tags"
import { useProductionSettings } from "../../hooks/api/production-settings"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { PrintTagsFind } from "./print-tags-find"
import { PrintTagsList, type TagPick } from "./print-tags-list"
import { ScanField } from "./scan-field"

type Picked = TagPick

/**
 * Print tags: the items to print in the order they will come out (add by
 * search, scan or the items given; move up or down, remove), the tag stock
 * and barcode (Settings → Production by default), then a PDF or ZPL to
 * download, or ZPL sent to the workshop's network printer. Nothing changes
 * in stock.
 */
export function PrintTagsDrawer({ open, onClose, items = [] }: { open: boolean; onClose: () => void; items?: Picked[] }) {
  const { t } = useTranslation()
  const settings = useProductionSettings().data
  const [picked, setPicked] = useState<Picked[]>(items)
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
    }
  }
  const add = (more: Picked[]) => setPicked((p) => [...p, ...more.filter((i) => !p.some((x) => x.id === i.id))])
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
          <PrintTagsList picked={picked} onChange={setPicked} />
          <ScanField
            testId="print-tags-scan"
            label={t("jewelry.tags.scanToAdd")}
            onScan={async (code) => {
              const hit = await resolveCode(code)
              if (hit.kind !== "stock_item") throw new Error(t("jewelry.tags.notAnItem", { code: hit.code }))
              add([hit.stock_item as Picked])
              return t("jewelry.tags.picked", { tag: hit.stock_item.tag_id })
            }}
          />
          <PrintTagsFind open={open} picked={picked} add={add} />
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
