import { Badge, Button, createDataTableColumnHelper, DataTable, FocusModal, Heading, Text, toast, useDataTable, type DataTableRowSelectionState } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { PriceChange, Reprice } from "../../../types/metal-prices"
import { useApplyReprice, usePreviewReprice } from "../../hooks/api/metal-prices"
import { acceptedTotals, amount, signedPct } from "../../lib/metal-prices"

const column = createDataTableColumnHelper<PriceChange>()
const STATUS_COLOR: Record<string, "green" | "orange" | "grey" | "red" | "blue"> = { proposed: "blue", applied: "green", unchanged: "grey", unpriced: "orange", not_accepted: "grey" }

/**
 * Reprice: a preview of every variant the rules price, Medusa's price now
 * beside the price at the day's rates, the lines that cannot be priced with
 * why; the accepted lines (all proposed ones to start) are applied once
 * through Medusa's pricing.
 */
export function RepriceModal({ open, onClose, ruleIds }: { open: boolean; onClose: () => void; ruleIds?: string[] }) {
  const { t } = useTranslation()
  const preview = usePreviewReprice()
  const [run, setRun] = useState<Reprice | null>(null)
  const apply = useApplyReprice(run?.id ?? "none")
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  useEffect(() => {
    if (!open) return
    setRun(null)
    setSelection({})
    apply.reset()
    preview
      .mutateAsync({ rule_ids: ruleIds })
      .then(({ reprice }) => {
        setRun(reprice)
        setSelection(Object.fromEntries(reprice.changes.filter((c) => c.status === "proposed").map((c) => [c.id, true])))
      })
      .catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open])
  const changes = run?.changes ?? []
  const columns = useMemo(
    () => [
      column.select(),
      column.display({
        id: "variant",
        header: t("jewelry.metalPrices.variant"),
        cell: ({ row }) => (
          <div data-testid="reprice-line" data-variant-id={row.original.variant_id} data-currency={row.original.currency_code} data-status={row.original.status}>
            <div>{row.original.product?.title}</div>
            <Text size="xsmall" className="text-ui-fg-subtle">{[row.original.variant?.title, row.original.variant?.sku].filter(Boolean).join(" · ")}</Text>
          </div>
        ),
      }),
      column.accessor("currency_code", { header: t("jewelry.metalPrices.currency"), cell: ({ getValue }) => getValue().toUpperCase() }),
      column.accessor("old_amount", { header: t("jewelry.metalPrices.oldPrice"), cell: ({ getValue }) => <span data-testid="reprice-old">{amount(getValue())}</span> }),
      column.accessor("new_amount", { header: t("jewelry.metalPrices.newPrice"), cell: ({ getValue }) => <span className="font-medium" data-testid="reprice-new">{amount(getValue())}</span> }),
      column.accessor("change_pct", { header: t("jewelry.metalPrices.change"), cell: ({ getValue }) => signedPct(getValue()) }),
      column.display({
        id: "split",
        header: t("jewelry.metalPrices.split"),
        cell: ({ row }) => {
          const b = row.original.breakdown
          return b ? (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("jewelry.metalPrices.splitLine", { metal: amount(b.metal), stones: amount(b.stones), findings: amount(b.findings), making: amount(b.making), markup: amount(b.markup) })}
            </Text>
          ) : (
            <Text size="xsmall" className="text-ui-fg-error" data-testid="reprice-reason">{row.original.reason}</Text>
          )
        },
      }),
      column.accessor("status", { header: t("jewelry.metalPrices.status"), cell: ({ getValue }) => <Badge size="2xsmall" color={STATUS_COLOR[getValue()]}>{t(`jewelry.metalPrices.status_${getValue()}`)}</Badge> }),
    ],
    [t]
  )
  const table = useDataTable({
    data: changes,
    columns,
    getRowId: (c) => c.id,
    rowCount: changes.length,
    isLoading: preview.isPending,
    rowSelection: { state: selection, onRowSelectionChange: setSelection, enableRowSelection: (row) => (row as any).original?.status === "proposed" && run?.status === "previewed" },
  })
  const accepted = changes.filter((c) => selection[c.id] && c.status === "proposed").map((c) => c.id)
  const totals = acceptedTotals(changes, selection)
  const applied = run?.status === "applied"
  const products = [...new Map(changes.filter((c) => c.status === "applied" && c.product).map((c) => [c.product!.id, c.product!])).values()]
  return (
    <FocusModal open={open} onOpenChange={(o) => !o && onClose()}>
      <FocusModal.Content data-testid="reprice-modal">
        <FocusModal.Header>
          <div className="flex w-full items-center justify-end gap-x-2">
            {!applied && (
              <Button
                size="small"
                data-testid="apply-reprice"
                disabled={!run || !accepted.length}
                isLoading={apply.isPending}
                onClick={async () => {
                  try {
                    const { reprice } = await apply.mutateAsync({ change_ids: accepted })
                    setRun(reprice)
                    toast.success(t("jewelry.metalPrices.applied", { count: accepted.length }))
                  } catch {
                    // Shown in the modal.
                  }
                }}
              >
                {t("jewelry.metalPrices.applyAccepted", { count: accepted.length })}
              </Button>
            )}
          </div>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col gap-y-4 overflow-y-auto px-8 py-6">
          <div>
            <Heading>{t("jewelry.metalPrices.repriceTitle")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{applied ? t("jewelry.metalPrices.repriceApplied") : t("jewelry.metalPrices.repriceHint")}</Text>
          </div>
          {(preview.error || apply.error) && (
            <Text size="small" className="text-ui-fg-error" role="alert" data-testid="reprice-error">{(apply.error ?? preview.error)!.message}</Text>
          )}
          {run && (
            <Text size="small" data-testid="reprice-counts">
              {t("jewelry.metalPrices.counts", { proposed: run.counts.proposed, unchanged: run.counts.unchanged, unpriced: run.counts.unpriced, applied: run.counts.applied })}
            </Text>
          )}
          <DataTable instance={table}>
            <DataTable.Table emptyState={{ empty: { heading: t("jewelry.metalPrices.nothingToPrice"), description: t("jewelry.metalPrices.nothingToPriceHint") } }} />
          </DataTable>
          {!applied &&
            totals.map((x) => (
              <Text key={x.currency} size="small" data-testid="reprice-total">
                {t("jewelry.metalPrices.totalLine", { count: x.count, currency: x.currency.toUpperCase(), old: amount(x.old), next: amount(x.next) })}
              </Text>
            ))}
          {applied && products.length > 0 && (
            <div className="flex flex-wrap gap-2">
              {products.map((p) => (
                <Link key={p.id} to={`/products/${p.id}`} className="txt-small text-ui-fg-interactive" data-testid="reprice-product-link">
                  {t("jewelry.metalPrices.openProduct", { title: p.title })}
                </Link>
              ))}
            </div>
          )}
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
