import { Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LotFacts } from "./lot-facts"
import { OutputItems } from "./output-items"

type Props = {
  kind: "melt" | "refining"
  lot: { display_number: string }
  /** The lot's status badge. */
  status: ReactNode
  subtitle: ReactNode
  actions?: ReactNode
  facts: Parameters<typeof LotFacts>[0]["facts"]
  outputIds: string[]
  /** The lot's inputs: a heading and its table. */
  inputs: { title: string; table: ReactNode }
  /** Drawers the actions open. */
  children?: ReactNode
}

/** A melt or refining lot's page: number and status, what it holds, its output items and its inputs. */
export function LotPage({ kind, lot, status, subtitle, actions, facts, outputIds, inputs, children }: Props) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3" data-testid={`${kind}-lot-page`}>
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Link to="/metal/lots" className="txt-small text-ui-fg-subtle">← {t("jewelry.nav.lots")}</Link>
            <div className="flex items-center gap-x-2">
              <Heading data-testid="lot-number">{lot.display_number}</Heading>
              {status}
            </div>
            <Text size="small" className="text-ui-fg-subtle">{subtitle}</Text>
          </div>
          {actions ? <div className="flex gap-x-2">{actions}</div> : null}
        </div>
        <LotFacts facts={facts} />
        <OutputItems ids={outputIds} />
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{inputs.title}</Heading>
        </div>
        {inputs.table}
      </Container>
      {children}
    </div>
  )
}

/** Asks before cancelling a lot, then cancels it and says so. */
export function useCancelLot(lot: { display_number: string }, description: string, cancel: { mutateAsync: (body: unknown) => Promise<unknown> }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  return async () => {
    const ok = await prompt({ title: t("jewelry.lots.cancelTitle", { number: lot.display_number }), description, confirmText: t("jewelry.lots.cancelLot"), cancelText: t("jewelry.lots.keepLot") })
    if (!ok) return
    try {
      await cancel.mutateAsync({})
      toast.success(t("jewelry.lots.cancelled", { number: lot.display_number }))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
}
