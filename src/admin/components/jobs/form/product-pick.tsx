import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useProductVariants } from "../../../hooks/api/medusa"
import { Field } from "../../field"
import { OptionSelect } from "../../option-select"
import type { PickedProduct } from "./job-form-state"

/**
 * A Medusa product picked by searching on the server (its title), so a
 * store of any size is searchable; the product picked stays listed while
 * another search runs.
 */
export function ProductPick({ id, label, hint, error, value, onChange, placeholder }: {
  id: string
  label: string
  hint?: string
  error?: string
  value: PickedProduct | null | undefined
  onChange: (p: PickedProduct | null) => void
  placeholder: string
}) {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  const found = useProductVariants(q.trim() || undefined).data ?? []
  const listed = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found
  return (
    <Field label={label} htmlFor={id} error={error} hint={hint}>
      <div className="grid grid-cols-[140px_1fr] gap-2">
        <Input size="small" type="search" placeholder={t("jewelry.job.form.searchProduct")} aria-label={`${label}: ${t("jewelry.job.form.searchProduct")}`} value={q} onChange={(e) => setQ(e.target.value)} data-testid={`${id}-search`} />
        <OptionSelect
          id={id}
          value={value?.id ?? ""}
          options={listed.map((p) => [p.id, p.title])}
          placeholder={placeholder}
          emptyLabel={t("jewelry.job.form.none")}
          onChange={(pid) => onChange(listed.find((p) => p.id === pid) ?? null)}
        />
      </div>
    </Field>
  )
}
