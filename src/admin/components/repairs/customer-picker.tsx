import { Button, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useCustomerSearch, type CustomerOption } from "../../hooks/api/medusa"

/**
 * Picks one of Medusa's customers: a search (name, email or phone) through
 * the js-sdk, its matches as a list, and the chosen one with a way to change it.
 */
export function CustomerPicker({ id, value, onChange }: { id: string; value: CustomerOption | null; onChange: (c: CustomerOption | null) => void }) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState("")
  const [q, setQ] = useState("")
  // Ask Medusa once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed), 250)
    return () => clearTimeout(timer)
  }, [typed])
  const { data, isFetching } = useCustomerSearch(q)
  if (value) {
    return (
      <div className="flex items-center justify-between rounded-md border px-3 py-2" data-testid="chosen-customer">
        <Text size="small" weight="plus">{value.name} <span className="text-ui-fg-subtle font-normal">· {value.email}</span></Text>
        <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)} data-testid="change-customer">{t("jewelry.repairs.changeCustomer")}</Button>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-1">
      <Input id={id} type="search" placeholder={t("jewelry.repairs.searchCustomer")} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      <div role="listbox" aria-label={t("jewelry.repairs.customer")} className="max-h-48 overflow-y-auto rounded-md border" data-testid="customer-options">
        {(data ?? []).map((c) => (
          <button
            key={c.id}
            type="button"
            role="option"
            aria-selected={false}
            className="hover:bg-ui-bg-base-hover txt-small flex w-full justify-between px-3 py-1.5 text-left"
            onClick={() => onChange(c)}
            data-testid="customer-option"
          >
            <span>{c.name}</span>
            <span className="text-ui-fg-subtle">{c.email}</span>
          </button>
        ))}
        {!isFetching && data && !data.length && <Text size="small" className="text-ui-fg-subtle px-3 py-1.5">{t("jewelry.repairs.noCustomer")}</Text>}
      </div>
    </div>
  )
}
