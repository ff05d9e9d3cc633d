import { displayWeight } from "../../lib/units"

/**
 * A weight as the jeweler reads it: the unit's sensible precision
 * (3.27 g, 0.25 ozt, 0.123 ct), never a float's 3.26586507 g. The exact
 * stored figure is kept in the title for who needs it.
 */
export function Weight({ value, unit, testId }: { value: string | number | null | undefined; unit: string | null | undefined; testId?: string }) {
  if (value === null || value === undefined || value === "" || !unit) return <span data-testid={testId}>—</span>
  return (
    <span title={`${value} ${unit}`} data-testid={testId}>
      {displayWeight(String(value), unit)}
    </span>
  )
}
