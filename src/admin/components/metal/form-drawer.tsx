import { Button, Drawer, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

/** A drawer holding one form: its fields, an error for the whole form, Cancel and the action. */
export function FormDrawer({
  open,
  onClose,
  title,
  description,
  testId,
  submitLabel,
  busy,
  onSubmit,
  formError,
  children,
}: {
  open: boolean
  onClose: () => void
  title: string
  description?: string
  testId: string
  submitLabel: string
  busy: boolean
  onSubmit: () => void
  formError?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid={testId}>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
          {description && <Drawer.Description>{description}</Drawer.Description>}
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {children}
          {formError && (
            <Text size="small" className="text-ui-fg-error" role="alert" data-testid={`${testId}-error`}>
              {formError}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">{t("jewelry.cancel")}</Button>
          </Drawer.Close>
          <Button size="small" onClick={onSubmit} isLoading={busy} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
