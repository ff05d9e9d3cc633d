import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  title: string
  subtitle?: string
  /** "h1" for the page's own title, "h2" for a second section on the page. */
  level?: "h1" | "h2"
  actions?: ReactNode
}

/** A page's title row, as Medusa's own list pages have it: heading, one line on what the page is for, and its actions on the right. */
export function PageHeader({ title, subtitle, level = "h1", actions }: Props) {
  return (
    <div className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level={level}>{title}</Heading>
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
