import { EllipsisHorizontal } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, Label, Prompt, Switch, Table, Text } from "@medusajs/ui"
import { Fragment, useEffect, useState, type ReactNode } from "react"
import { useTranslation } from "react-i18next"

/** The pieces every section of Settings → Production is built from: a row's menu, a confirmed removal, a switch with its words, the form's foot. */

export type RowAction = { label: string; icon: ReactNode; onClick: () => void; disabled?: boolean; separated?: boolean }

/** A row's three-dot menu (Edit, Move up, Rename, Remove …); an action marked `separated` sits below a line. */
export function RowMenu({ label, testId, actions }: { label: string; testId: string; actions: RowAction[] }) {
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label} data-testid={testId}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {actions.map((a) => (
          <Fragment key={a.label}>
            {a.separated && <DropdownMenu.Separator />}
            <DropdownMenu.Item className="gap-x-2" disabled={a.disabled} onClick={a.onClick}>
              <span className="text-ui-fg-subtle">{a.icon}</span>
              {a.label}
            </DropdownMenu.Item>
          </Fragment>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

/** "Remove X?" asked before a record of the catalog goes; the dialog stays until the API has answered. */
export function ConfirmRemove<T extends { name: string }>({
  record,
  description,
  onCancel,
  onConfirm,
  testId,
}: {
  record: T | null
  description: string
  onCancel: () => void
  onConfirm: (record: T) => void
  testId?: string
}) {
  const { t } = useTranslation()
  return (
    <Prompt open={!!record} onOpenChange={(o) => !o && onCancel()}>
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{t("jewelry.settings.removeTitle", { name: record?.name ?? "" })}</Prompt.Title>
          <Prompt.Description>{description}</Prompt.Description>
        </Prompt.Header>
        <Prompt.Footer>
          <Prompt.Cancel>{t("jewelry.cancel")}</Prompt.Cancel>
          <Prompt.Action
            onClick={(e) => {
              e.preventDefault()
              if (record) onConfirm(record)
            }}
            data-testid={testId}
          >
            {t("jewelry.remove")}
          </Prompt.Action>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}

/** A switch with its label, what it does and the API's error beside it. */
export function SwitchRow({ id, label, hint, error, checked, disabled, onChange }: { id: string; label: string; hint: string; error?: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="flex items-start justify-between gap-x-4">
      <div>
        <Label htmlFor={id} size="small" weight="plus">
          {label}
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
        {error && <FormError error={error} />}
      </div>
      <Switch id={id} disabled={disabled} checked={checked} onCheckedChange={onChange} />
    </div>
  )
}

export function FormError({ error, className = "", testId }: { error?: string; className?: string; testId?: string }) {
  if (!error) return null
  return (
    <Text size="small" className={`text-ui-fg-error ${className}`} role="alert" data-testid={testId}>
      {error}
    </Text>
  )
}

/** A settings form's foot: the error no field shows, and Save for those who may change settings. */
export function FormFoot({ error, readOnly, saving, testId }: { error?: string; readOnly: boolean; saving: boolean; testId: string }) {
  const { t } = useTranslation()
  return (
    <>
      <FormError error={error} />
      {!readOnly && (
        <div className="flex justify-end">
          <Button type="submit" size="small" isLoading={saving} data-testid={testId}>
            {t("jewelry.settings.save")}
          </Button>
        </div>
      )}
    </>
  )
}

/**
 * A form over part of the saved settings: it follows the saved record (after
 * a save, a reset or another tab), but only when its own fields changed.
 */
export function useSavedForm<F, S>(settings: S, toForm: (s: S) => F) {
  const [form, setForm] = useState<F>(() => toForm(settings))
  const saved = JSON.stringify(toForm(settings))
  useEffect(() => setForm(JSON.parse(saved)), [saved])
  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }))
  return { form, setForm, set }
}

/** A muted dash where a cell has nothing to show. */
export const Empty = () => <span className="text-ui-fg-muted">-</span>

/** A section's table: its column heads (a head without a label is the narrow column of the row's menu) and its rows. */
export function SectionTable({ heads, children }: { heads: { label?: string; className?: string }[]; children: ReactNode }) {
  return (
    <Table>
      <Table.Header className="border-t-0">
        <Table.Row>
          {heads.map((h, i) => (
            <Table.HeaderCell key={i} className={h.className ?? (h.label ? undefined : "w-[52px]")}>
              {h.label}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>{children}</Table.Body>
    </Table>
  )
}
