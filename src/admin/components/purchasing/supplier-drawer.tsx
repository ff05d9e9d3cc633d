import { Button, Drawer, Input, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { Supplier } from "../../../types/purchasing"
import { useSaveSupplier } from "../../hooks/api/suppliers"
import { fieldErrors, type FieldErrors } from "../../lib/field-errors"
import { Field } from "../field"

const EMPTY = { name: "", contact_name: "", email: "", phone: "", currency_code: "USD", payment_terms: "", notes: "" }
type Form = typeof EMPTY
const TEXT_FIELDS = ["name", "contact_name", "email", "phone", "currency_code", "payment_terms"] as const
const FIELDS = Object.keys(EMPTY)

const formOf = (s: Supplier | null): Form =>
  s ? { ...EMPTY, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v ?? ""])), currency_code: (s.currency_code ?? "usd").toUpperCase() } : EMPTY

/**
 * A supplier created (no `supplier.id`) or edited in a drawer: each field with
 * a sentence saying what it is for, and what is missing said beside it.
 */
export function SupplierDrawer({ supplier, onClose }: { supplier: Partial<Supplier> | null; onClose: () => void }) {
  const { t } = useTranslation()
  const saving = useSaveSupplier()
  const [form, setForm] = useState<Form>(EMPTY)
  const [errors, setErrors] = useState<FieldErrors>({})
  useEffect(() => {
    setErrors({})
    setForm(supplier?.id ? formOf(supplier as Supplier) : EMPTY)
  }, [supplier])

  const missing = (): FieldErrors => {
    const out: FieldErrors = {}
    if (!form.name.trim()) out.name = t("jewelry.suppliers.errors.name")
    if (!/^[A-Za-z]{3}$/.test(form.currency_code.trim())) out.currency_code = t("jewelry.suppliers.errors.currency")
    return out
  }
  const save = () => {
    const found = missing()
    setErrors(found)
    if (Object.keys(found).length) return
    const body = {
      name: form.name.trim(),
      contact_name: form.contact_name || null,
      email: form.email || null,
      phone: form.phone || null,
      currency_code: form.currency_code.trim(),
      payment_terms: form.payment_terms || null,
      notes: form.notes || null,
    }
    saving.mutate(
      { id: supplier?.id, body },
      {
        onSuccess: () => {
          toast.success(t("jewelry.suppliers.saved", { name: body.name }))
          onClose()
        },
        onError: (e) => setErrors(fieldErrors(e, FIELDS)),
      }
    )
  }
  return (
    <Drawer open={!!supplier} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="supplier-form">
        <Drawer.Header>
          <Drawer.Title>{supplier?.id ? supplier.name : t("jewelry.suppliers.new")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
          {TEXT_FIELDS.map((key) => (
            <Field key={key} label={t(`jewelry.suppliers.${key}`)} hint={t(`jewelry.suppliers.hints.${key}`)} htmlFor={`supplier-${key}`} error={errors[key]} testId={`supplier-${key}`}>
              <Input id={`supplier-${key}`} value={form[key]} aria-invalid={!!errors[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
            </Field>
          ))}
          <Field label={t("jewelry.notes")} hint={t("jewelry.suppliers.hints.notes")} htmlFor="supplier-notes" error={errors.notes} testId="supplier-notes">
            <Textarea id="supplier-notes" value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} />
          </Field>
          {errors._form && (
            <Text className="text-ui-fg-error" role="alert" data-testid="supplier-form-error">
              {errors._form}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button variant="secondary" onClick={onClose}>
            {t("jewelry.cancel")}
          </Button>
          <Button onClick={save} isLoading={saving.isPending} data-testid="save-supplier">
            {t("jewelry.suppliers.save")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
