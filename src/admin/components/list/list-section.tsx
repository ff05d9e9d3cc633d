import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type Props = {
  testId: string
  title: string
  subtitle?: string
  /** "h1" for a page's own list, "h2" for a second list on the page. */
  level?: "h1" | "h2"
  /** Buttons at the header's right (Add, Take in…). */
  actions?: ReactNode
  children: ReactNode
}

/** A list in Medusa's layout: a container whose header has the title, a line saying what it holds, and its actions. */
export function ListSection({ testId, title, subtitle, level = "h1", actions, children }: Props) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level={level}>{title}</Heading>
          {subtitle ? <Text size="small" className="text-ui-fg-subtle">{subtitle}</Text> : null}
        </div>
        {actions}
      </div>
      {children}
    </Container>
  )
}
