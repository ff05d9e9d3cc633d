import { Select } from "@medusajs/ui"

const EMPTY = "__empty__"

/**
 * A Medusa UI select over [value, label] pairs. With `emptyLabel`, a first
 * option stands for "none" (or "all") and reports an empty value.
 */
export function OptionSelect({
  id,
  value,
  onChange,
  options,
  placeholder,
  emptyLabel,
  size,
  className,
  ariaLabel,
}: {
  id?: string
  value?: string | null
  onChange: (value: string) => void
  options: [string, string][]
  placeholder?: string
  emptyLabel?: string
  size?: "small" | "base"
  className?: string
  ariaLabel?: string
}) {
  return (
    <Select size={size} value={value || (emptyLabel ? EMPTY : undefined)} onValueChange={(v) => onChange(v === EMPTY ? "" : v)}>
      <Select.Trigger id={id} aria-label={ariaLabel} className={className}>
        <Select.Value placeholder={placeholder} />
      </Select.Trigger>
      <Select.Content>
        {emptyLabel && <Select.Item value={EMPTY}>{emptyLabel}</Select.Item>}
        {options.map(([v, l]) => (
          <Select.Item key={v} value={v}>
            {l}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
