import { Container, Heading, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A labelled input with the API's error for that field shown beside it. */
export function Field({ label, htmlFor, error, hint, children }: { label: string; htmlFor?: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint && !error && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      )}
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" data-testid={htmlFor ? `error-${htmlFor}` : undefined} role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}

/** A section of a settings page, Medusa style. */
export function Section({ title, description, actions, children, testId }: { title: string; description?: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between px-6 py-4">
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
      <div className="px-6 py-4">{children}</div>
    </Container>
  )
}
