import { Button, Checkbox, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { OptionSelect } from "../option-select"
import { ReactNode, useState } from "react"
import { Field } from "../field"
import { useFieldErrors } from "../../hooks/use-field-errors"

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
  /** Shown only when this returns true for the current values. */
  when?: (values: Record<string, any>) => boolean
}

/** A drawer form for one bench action; API errors appear beside the field they name. */
export function ActionDrawer({
  open,
  title,
  fields,
  initial = {},
  submitLabel = "Save",
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
  const [values, setValues] = useState<Record<string, any>>(initial)
  const [busy, setBusy] = useState(false)
  const { errors: raw, take, clear } = useFieldErrors()
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
                    <OptionSelect id={id} value={values[f.key]} onChange={(v) => set({ [f.key]: v, ...(f.onPick?.(v, values) ?? {}) })} options={f.options ?? []} placeholder={f.placeholder ?? "Choose"} emptyLabel={f.emptyLabel} />
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
        <Drawer.Footer>
          <Drawer.Close asChild><Button size="small" variant="secondary">Cancel</Button></Drawer.Close>
          <Button size="small" onClick={submit} isLoading={busy} data-testid={`${testId}-submit`}>{submitLabel}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
