import { Checkbox, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { useTranslation } from "react-i18next"
import { readable } from "../../lib/field-errors"
import { DrawerFooter } from "../drawer-footer"
import { Field } from "../field"
import { OptionSelect } from "../option-select"

export type ActionField = {
  key: string
  label: string
  type?: "text" | "number" | "select" | "textarea" | "checkbox" | "date"
  options?: [string, string][]
  /** Shown under the input; a function reads the current values (a default that depends on the stage). */
  hint?: string | ((values: Record<string, any>) => string | undefined)
  /** With `options`, a first choice standing for "none"/"default" that reports an empty value. */
  emptyLabel?: string
  placeholder?: string
  /** With a select: what else changes when a choice is made (the item's weight unit when an item is picked). */
  onPick?: (value: string, values: Record<string, any>) => Record<string, any>
  /** Saving without a value says "<label> is required" beside it, before the server is asked. */
  required?: boolean
  /** Shown only when this returns true for the current values. */
  when?: (values: Record<string, any>) => boolean
}

/**
 * The API's "lines[0].weight: must be …" as a sentence beside the field's
 * input: "Weight must be …" (the field's label leads where the message
 * starts with "is" or "must").
 */
function sentence(message: string, field: string, fields: ActionField[]): string {
  const text = readable(message.replace(/^(?:Invalid request:\s*)?(?:[a-z_]+\[\d+\]\.)+/i, ""), field)
  const label = fields.find((f) => f.key === field)?.label
  return label && /^(Is|Must) /.test(text) ? `${label} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text
}

/** A drawer form for one bench action; a required field left empty, and API errors, appear beside the field they name. */
export function ActionDrawer({
  open,
  title,
  fields,
  initial = {},
  submitLabel,
  onClose,
  onSubmit,
  children,
  testId,
  extraFields = [],
  errorAliases = {},
}: {
  open: boolean
  title: string
  fields: ActionField[]
  initial?: Record<string, any>
  submitLabel?: string
  onClose: () => void
  onSubmit: (values: Record<string, any>) => Promise<void>
  children?: (values: Record<string, any>, set: (patch: Record<string, any>) => void, errors: Record<string, string>) => ReactNode
  testId: string
  /** Fields the children render themselves, so their errors show there. */
  extraFields?: string[]
  /** Errors naming one field shown beside another (loss_override_reason → override_reason). */
  errorAliases?: Record<string, string>
}) {
  const { t } = useTranslation()
  const [values, setValues] = useState<Record<string, any>>(initial)
  const [busy, setBusy] = useState(false)
  const [raw, setRaw] = useState<Record<string, string>>({})
  const clear = () => setRaw({})
  const take = (e: any) => setRaw(e?.field ? { [e.field]: sentence(e.message ?? String(e), e.field, fields) } : { _form: e?.message ?? String(e) })
  const errors = Object.fromEntries(Object.entries(raw).map(([k, v]) => [errorAliases[k] ?? k, v]))
  // Fresh values each time the drawer opens, set during render so nothing typed is wiped.
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setValues(initial)
      clear()
    }
  }
  const set = (patch: Record<string, any>) => setValues((v) => ({ ...v, ...patch }))
  const submit = async () => {
    const missing = fields.filter((f) => f.required && (!f.when || f.when(values)) && !values[f.key])
    if (missing.length) return setRaw(Object.fromEntries(missing.map((f) => [f.key, t("jewelry.job.required", { label: f.label })])))
    clear()
    setBusy(true)
    try {
      await onSubmit(values)
      onClose()
    } catch (e) {
      take(e)
    } finally {
      setBusy(false)
    }
  }
  const shown = new Set([...fields.map((f) => f.key), ...extraFields])
  const orphan = Object.entries(errors).find(([k]) => !shown.has(k))
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid={testId}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          {fields
            .filter((f) => !f.when || f.when(values))
            .map((f) => {
              const id = `${testId}-${f.key}`
              const common = { id, value: values[f.key] ?? "", onChange: (e: any) => set({ [f.key]: e.target.value }) }
              return (
                <Field key={f.key} label={f.label} htmlFor={id} error={errors[f.key]} hint={typeof f.hint === "function" ? f.hint(values) : f.hint}>
                  {f.type === "select" ? (
                    <OptionSelect id={id} value={values[f.key]} onChange={(v) => set({ [f.key]: v, ...(f.onPick?.(v, values) ?? {}) })} options={f.options ?? []} placeholder={f.placeholder ?? t("jewelry.job.choose")} emptyLabel={f.emptyLabel} />
                  ) : f.type === "textarea" ? (
                    <Textarea {...common} />
                  ) : f.type === "checkbox" ? (
                    <Checkbox id={id} checked={!!values[f.key]} onCheckedChange={(v) => set({ [f.key]: !!v })} />
                  ) : (
                    <Input {...common} type={f.type === "date" ? "date" : f.type === "number" ? "number" : "text"} placeholder={f.placeholder} />
                  )}
                </Field>
              )
            })}
          {children?.(values, set, errors)}
          {orphan && <Text size="small" className="text-ui-fg-error" role="alert" data-testid={`${testId}-error`}>{orphan[1]}</Text>}
        </Drawer.Body>
        <DrawerFooter saveLabel={submitLabel ?? t("jewelry.job.save")} onSave={submit} saving={busy} saveTestId={`${testId}-submit`} />
      </Drawer.Content>
    </Drawer>
  )
}
