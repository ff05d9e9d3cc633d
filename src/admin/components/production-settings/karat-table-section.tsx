import { Plus, Trash } from "@medusajs/icons"
import { Badge, Button, IconButton, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { DEFAULT_KARAT_TABLE } from "../../../lib/purity"
import { useUpdateProductionSettings } from "../../hooks/api/production-settings"
import { fieldErrors } from "../../lib/field-errors"
import type { ProductionSettings } from "../../../types/production-settings"
import { Section } from "../field"
import { SectionTable } from "./parts"

type Row = { key: string; karat: string; fineness: string }
const rowsOf = (table: Record<string, string>) =>
  Object.entries(table)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([karat, fineness]) => ({ key: crypto.randomUUID(), karat, fineness }))

/**
 * Metal purity: the karat table the workshop reads "14K" by (SPEC 4b). The
 * hallmark convention (14K = 585) unless the workshop keeps its own
 * (14K = 583.3); restoring the convention clears the workshop's table.
 */
export function KaratTableSection({ settings, readOnly }: { settings: ProductionSettings; readOnly: boolean }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const update = useUpdateProductionSettings()
  const custom = !!settings.karat_table
  const [rows, setRows] = useState<Row[]>(() => rowsOf(settings.karat_table ?? DEFAULT_KARAT_TABLE))
  const [missing, setMissing] = useState<string | null>(null)
  const saved = JSON.stringify(settings.karat_table)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setRows(rowsOf(settings.karat_table ?? DEFAULT_KARAT_TABLE)), [saved])
  const error = missing ?? fieldErrors(update.error, ["karat_table"]).karat_table ?? fieldErrors(update.error, ["karat_table"])._form
  const set = (key: string, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))
  const save = () => {
    const table: Record<string, string> = {}
    for (const r of rows) {
      if (!r.karat.trim() || !r.fineness.trim()) return setMissing(t("jewelry.settings.karatRowMissing"))
      if (table[r.karat.trim()]) return setMissing(t("jewelry.settings.karatTwice", { karat: r.karat.trim() }))
      table[r.karat.trim()] = r.fineness.trim()
    }
    if (!rows.length) return setMissing(t("jewelry.settings.karatEmpty"))
    setMissing(null)
    update.mutate({ karat_table: table }, { onSuccess: () => toast.success(t("jewelry.settings.karatSaved")) })
  }
  const restore = async () => {
    const ok = await prompt({ title: t("jewelry.settings.restoreTitle"), description: t("jewelry.settings.restoreDescription"), confirmText: t("jewelry.settings.restore"), cancelText: t("jewelry.cancel"), variant: "confirmation" })
    if (!ok) return
    setMissing(null)
    update.mutate({ karat_table: null }, { onSuccess: () => toast.success(t("jewelry.settings.restored")) })
  }
  return (
    <Section
      title={t("jewelry.settings.purityTitle")}
      description={t("jewelry.settings.purityDescription")}
      testId="section-purity"
      flush
      actions={<Badge size="2xsmall" color={custom ? "orange" : "green"} data-testid="karat-table-kind">{custom ? t("jewelry.settings.customTable") : t("jewelry.settings.hallmark")}</Badge>}
    >
      <SectionTable heads={[{ label: t("jewelry.settings.karat") }, { label: t("jewelry.settings.fineness") }, {}]}>
        {rows.map((r) => (
          <Table.Row key={r.key} data-testid="karat-row" data-karat={r.karat}>
            <Table.Cell>
              <Input size="small" className="w-24" aria-label={t("jewelry.settings.karat")} disabled={readOnly} value={r.karat} onChange={(e) => set(r.key, { karat: e.target.value })} data-testid="karat-input" />
            </Table.Cell>
            <Table.Cell>
              <Input size="small" className="w-32" aria-label={t("jewelry.settings.finenessOf", { karat: r.karat })} disabled={readOnly} inputMode="decimal" value={r.fineness} onChange={(e) => set(r.key, { fineness: e.target.value })} data-testid="fineness-input" />
            </Table.Cell>
            <Table.Cell className="text-right">
              {!readOnly && (
                <IconButton size="small" variant="transparent" aria-label={t("jewelry.remove")} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  <Trash />
                </IconButton>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </SectionTable>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        {error && <Text size="small" className="text-ui-fg-error" role="alert" data-testid="error-karat-table">{error}</Text>}
        {!readOnly && (
          <div className="flex items-center gap-x-2">
            <Button size="small" variant="secondary" type="button" onClick={() => setRows((rs) => [...rs, { key: crypto.randomUUID(), karat: "", fineness: "" }])} data-testid="add-karat">
              <Plus /> {t("jewelry.settings.addKarat")}
            </Button>
            <div className="ml-auto flex gap-x-2">
              {custom && <Button size="small" variant="secondary" type="button" onClick={restore} isLoading={update.isPending} data-testid="restore-karat-table">{t("jewelry.settings.restore")}</Button>}
              <Button size="small" type="button" onClick={save} isLoading={update.isPending} data-testid="save-karat-table">{t("jewelry.settings.saveTable")}</Button>
            </div>
          </div>
        )}
      </div>
    </Section>
  )
}
