import { Input, Text } from "@medusajs/ui"
import { useRef, useState, type FocusEvent } from "react"
import { useTranslation } from "react-i18next"
import { useDebouncedValue } from "../../hooks/use-debounced-value"

export type SearchOption = { value: string; label: string }

/** A hook answering the options matching `q` from the server: one page, never the whole catalog. */
export type UseSearchOptions = (q: string) => { options: SearchOption[]; loading: boolean }

type Props = {
  id?: string
  ariaLabel?: string
  value: SearchOption | null
  onChange: (option: SearchOption | null) => void
  useOptions: UseSearchOptions
  placeholder?: string
  /** A first option meaning "none" (a free description, nobody yet). */
  emptyLabel?: string
  size?: "small" | "base"
}

/**
 * A select over a server search: the chosen option's name until it is
 * focused, then what is typed, with the matches listed below it (asked for
 * once typing pauses). Used where the choices can be thousands: products,
 * customers, suppliers.
 */
export function SearchSelect({ id, ariaLabel, value, onChange, useOptions, placeholder, emptyLabel, size }: Props) {
  const [open, setOpen] = useState(false)
  const [typed, setTyped] = useState("")
  const box = useRef<HTMLDivElement>(null)
  const pick = (o: SearchOption | null) => {
    onChange(o)
    setOpen(false)
  }
  // Closed once focus leaves the input and its options.
  const leave = (e: FocusEvent) => {
    if (!box.current?.contains(e.relatedTarget as Node | null)) setOpen(false)
  }
  return (
    <div ref={box} className="relative flex flex-col gap-y-1" onBlur={leave} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <Input
        id={id}
        size={size}
        type="search"
        role="combobox"
        aria-label={ariaLabel}
        aria-expanded={open}
        autoComplete="off"
        placeholder={value?.label ?? placeholder ?? emptyLabel}
        value={open ? typed : value?.label ?? ""}
        onFocus={() => {
          setTyped("")
          setOpen(true)
        }}
        onClick={() => setOpen(true)}
        onChange={(e) => setTyped(e.target.value)}
      />
      {open && <Options typed={typed} useOptions={useOptions} emptyLabel={emptyLabel} ariaLabel={ariaLabel} onPick={pick} />}
    </div>
  )
}

/** The open list: mounted only while open, so nothing is asked for until then. */
function Options({ typed, useOptions, emptyLabel, ariaLabel, onPick }: { typed: string; useOptions: UseSearchOptions; emptyLabel?: string; ariaLabel?: string; onPick: (o: SearchOption | null) => void }) {
  const { t } = useTranslation()
  const q = useDebouncedValue(typed.trim(), 250)
  const { options, loading } = useOptions(q)
  const item = "hover:bg-ui-bg-base-hover focus:bg-ui-bg-base-hover txt-small w-full px-3 py-1.5 text-left outline-none"
  return (
    <div role="listbox" aria-label={ariaLabel} onMouseDown={(e) => e.preventDefault()} className="bg-ui-bg-base max-h-56 min-w-[220px] overflow-y-auto rounded-md border shadow-elevation-flyout" data-testid="search-select-options">
      {emptyLabel && (
        <button type="button" role="option" aria-selected={false} className={`${item} text-ui-fg-subtle`} onClick={() => onPick(null)}>
          {emptyLabel}
        </button>
      )}
      {options.map((o) => (
        <button key={o.value} type="button" role="option" aria-selected={false} className={item} onClick={() => onPick(o)}>
          {o.label}
        </button>
      ))}
      {!loading && !options.length && (
        <Text size="small" className="text-ui-fg-subtle px-3 py-1.5">
          {t("jewelry.purchasing.wizard.noMatch")}
        </Text>
      )}
    </div>
  )
}
