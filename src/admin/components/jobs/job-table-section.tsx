import { Heading, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A column heading: its words, and whether its figures sit to the right. */
export type Column = string | { label: string; right?: boolean }

/**
 * A section of the job page holding one table: its heading (and a hint),
 * the column headings, the rows the caller gives, and anything below.
 */
export function JobTableSection({ title, hint, columns, children, after, testId }: { title: string; hint?: string; columns: Column[]; children: ReactNode; after?: ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col" data-testid={testId}>
      <div className="px-6 py-4">
        <Heading level="h2">{title}</Heading>
        {hint && <Text size="small" className="text-ui-fg-subtle">{hint}</Text>}
      </div>
      <div className="overflow-x-auto px-6 pb-4">
        <Table>
          <Table.Header>
            <Table.Row>
              {columns.map((c, i) => {
                const { label, right } = typeof c === "string" ? { label: c, right: false } : c
                return <Table.HeaderCell key={`${i}-${label}`} className={right ? "text-right" : undefined}>{label}</Table.HeaderCell>
              })}
            </Table.Row>
          </Table.Header>
          <Table.Body>{children}</Table.Body>
        </Table>
        {after}
      </div>
    </div>
  )
}
