import { Container } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { PageHeader } from "../page-header"

/** A list in Medusa's layout: a container whose header has the title, a line saying what it holds, and its actions. */
export function ListSection({ testId, children, ...header }: ComponentProps<typeof PageHeader> & { testId: string; children: ReactNode }) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <PageHeader {...header} />
      {children}
    </Container>
  )
}
