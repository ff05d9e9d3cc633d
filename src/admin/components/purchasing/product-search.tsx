import { SearchSelect } from "./search-select"
import { useProductMatchOptions } from "./search-options"

type Props = {
  ariaLabel: string
  /** The chosen product's id and the name to show for it. */
  id: string
  title: string
  onChange: (product: { id: string; title: string }) => void
  placeholder?: string
  emptyLabel?: string
}

/** One of Medusa's products, found by a search on the server; an empty id when none is chosen. */
export function ProductSearch({ ariaLabel, id, title, onChange, placeholder, emptyLabel }: Props) {
  return (
    <SearchSelect
      size="small"
      ariaLabel={ariaLabel}
      value={id ? { value: id, label: title || id } : null}
      onChange={(o) => onChange({ id: o?.value ?? "", title: o?.label ?? "" })}
      useOptions={useProductMatchOptions}
      placeholder={placeholder}
      emptyLabel={emptyLabel}
    />
  )
}
