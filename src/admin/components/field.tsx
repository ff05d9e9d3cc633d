import { Container, Heading, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled input with the API's error for that field shown beside it. */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  testId,
  children,
}: {
  label: string
  htmlFor?: string
  error?: string
  hint?: string
  testId?: string
  children: ReactNode
}) {
  const errorId = testId ?? htmlFor
  return (
    <div className="flex flex-col gap-y-2" data-testid={testId}>
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint && !error && (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error" data-testid={errorId ? `error-${errorId}` : undefined} role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}

/** A section of a settings page, Medusa style: a container with a header row and a body. */
export function Section({
  title,
  description,
  actions,
  children,
  testId,
  flush = false,
}: {
  title: string
  description?: string
  actions?: ReactNode
  children: ReactNode
  testId?: string
  /** Let the body run edge to edge (tables). */
  flush?: boolean
}) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{title}</Heading>
          {description && (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          )}
        </div>
        {actions}
      </div>
      <div className={flush ? "" : "px-6 py-4"}>{children}</div>
    </Container>
  )
}
