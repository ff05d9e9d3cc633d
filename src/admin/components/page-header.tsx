import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A page's title row, as Medusa's own list pages have it: heading, one line on what the page is for, and its actions on the right. */
export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading>{title}</Heading>
        {subtitle && (
          <Text size="small" className="text-ui-fg-subtle">
            {subtitle}
          </Text>
        )}
      </div>
      {actions}
    </div>
  )
}
