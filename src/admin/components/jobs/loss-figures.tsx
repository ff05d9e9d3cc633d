import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { pct, pctExact } from "../../lib/format"

/** The figures of a 409 "past the loss standard": what the stage was issued and lost against its standard. */
export type LossFigures = { stage: string; issued: string; loss: string; loss_pct: number | null; standard_pct: number | null }

export function LossFiguresPanel({ figures }: { figures: LossFigures }) {
  const { t } = useTranslation()
  const rows: [string, string][] = [
    [t("jewelry.job.issued"), figures.issued],
    [t("jewelry.job.loss"), figures.loss],
    [t("jewelry.job.lossPctLabel"), pct(figures.loss_pct)],
    [t("jewelry.job.standard"), pctExact(figures.standard_pct)],
  ]
  return (
    <div className="border-ui-tag-red-border bg-ui-tag-red-bg rounded-md border px-3 py-2" data-testid="loss-figures" role="alert">
      <Text size="small" weight="plus" className="text-ui-tag-red-text">
        {t("jewelry.job.pastStandardTitle", { stage: figures.stage })}
      </Text>
      <dl className="mt-1 grid grid-cols-2 gap-x-4 gap-y-0.5">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt><Text size="xsmall" className="text-ui-fg-subtle">{k}</Text></dt>
            <dd><Text size="xsmall" weight="plus" data-testid={`loss-figure-${k}`}>{v}</Text></dd>
          </div>
        ))}
      </dl>
      <Text size="xsmall" className="text-ui-fg-subtle mt-1">{t("jewelry.job.pastStandardAsk")}</Text>
    </div>
  )
}

/** The figures a refusal carries, if it is the loss standard's 409. */
export const lossFiguresOf = (e: unknown): LossFigures | null => {
  const err = e as { status?: number; body?: { figures?: LossFigures } } | null
  return err?.status === 409 && err.body?.figures ? err.body.figures : null
}
