import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Input, Table, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { Field } from "../../components/field"
import { useSaveSupplier, useSupplierList, type Supplier } from "../../hooks/api/suppliers"
import { fieldErrors } from "../../lib/field-errors"

const EMPTY = { name: "", contact_name: "", email: "", phone: "", currency_code: "USD", payment_terms: "", notes: "" }

/** Suppliers: name, contacts, currency, terms and notes. */
const SuppliersPage = () => {
  const { data } = useSupplierList()
  const saving = useSaveSupplier()
  const [editing, setEditing] = useState<Partial<Supplier> | null>(null)
  const [form, setForm] = useState(EMPTY)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const clear = () => setErrors({})
  const open = (s: Supplier | null) => {
    clear()
    setEditing(s ?? {})
    setForm(s ? { ...EMPTY, ...Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v ?? ""])), currency_code: (s.currency_code ?? "usd").toUpperCase() } : EMPTY)
  }
  const save = () => {
    if (!form.name.trim()) return setErrors({ name: "Name is required" })
    clear()
    const body = { name: form.name, contact_name: form.contact_name || null, email: form.email || null, phone: form.phone || null, currency_code: form.currency_code, payment_terms: form.payment_terms || null, notes: form.notes || null }
    saving.mutate(
      { id: editing?.id, body },
      {
        onSuccess: () => {
          toast.success(`${form.name} saved`)
          setEditing(null)
        },
        onError: (e) => setErrors(fieldErrors(e, Object.keys(EMPTY))),
      }
    )
  }
  const text = (key: keyof typeof EMPTY, label: string) => (
    <Field label={label} htmlFor={`supplier-${key}`} error={errors[key]} testId={`supplier-${key}`}>
      <Input id={`supplier-${key}`} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
    </Field>
  )
  return (
    <Container className="divide-y p-0" data-testid="suppliers-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Suppliers</Heading>
          <Text size="small" className="text-ui-fg-subtle">Metal houses, stone dealers, findings suppliers and casters.</Text>
        </div>
        <Button size="small" onClick={() => open(null)} data-testid="new-supplier">New supplier</Button>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Contact</Table.HeaderCell>
            <Table.HeaderCell>Currency</Table.HeaderCell>
            <Table.HeaderCell>Terms</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.suppliers ?? []).map((s) => (
            <Table.Row key={s.id} data-testid="supplier-row" data-name={s.name} className="cursor-pointer" onClick={() => open(s)}>
              <Table.Cell>{s.name}</Table.Cell>
              <Table.Cell>{[s.contact_name, s.email, s.phone].filter(Boolean).join(" · ") || "—"}</Table.Cell>
              <Table.Cell>{(s.currency_code ?? "").toUpperCase()}</Table.Cell>
              <Table.Cell>{s.payment_terms ?? "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Drawer open={!!editing} onOpenChange={(o) => !o && setEditing(null)}>
        <Drawer.Content data-testid="supplier-form">
          <Drawer.Header><Drawer.Title>{editing?.id ? editing.name : "New supplier"}</Drawer.Title></Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            {text("name", "Name")}
            {text("contact_name", "Contact")}
            {text("email", "Email")}
            {text("phone", "Phone")}
            {text("currency_code", "Currency")}
            {text("payment_terms", "Payment terms")}
            <Field label="Notes" htmlFor="supplier-notes"><Textarea id="supplier-notes" value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} /></Field>
            {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
          </Drawer.Body>
          <Drawer.Footer>
            <Button variant="secondary" onClick={() => setEditing(null)}>Cancel</Button>
            <Button onClick={save} data-testid="save-supplier">Save</Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "jewelry.nav.suppliers", translationNs: "translation", icon: Buildings })

export default SuppliersPage
