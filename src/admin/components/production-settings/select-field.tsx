import { Select } from "@medusajs/ui"
import { Field } from "../field"

type Props = {
  id: string
  label: string
  hint?: string
  error?: string
  value: string
  options: { value: string; label: string }[]
  onChange: (v: string) => void
  disabled?: boolean
  placeholder?: string
  testId?: string
}

/** A labelled Select of a settings form, with its hint or the API's error beside it. */
export function SelectField({ id, label, hint, error, value, options, onChange, disabled, placeholder, testId }: Props) {
  return (
    <Field label={label} htmlFor={id} error={error} hint={hint}>
      <Select disabled={disabled} value={value} onValueChange={onChange}>
        <Select.Trigger id={id} data-testid={testId}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}
