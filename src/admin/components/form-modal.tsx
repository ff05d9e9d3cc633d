import { Button, FocusModal, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  open: boolean
  onClose: () => void
  /** data-testid of the modal's content. */
  testId: string
  title: string
  description: string
  /** The form's own error (one naming no field of the form), shown above the footer. */
  formError?: string
  formErrorTestId?: string
  submit: { label: string; onClick: () => void; pending: boolean; testId: string }
  /** Text at the footer's left (a count of what is chosen). */
  footerNote?: ReactNode
  /** "2xl" for a single column, "3xl" for grids and tables. */
  width?: "2xl" | "3xl"
  children: ReactNode
}

/** A form in Medusa's focus modal: title, hint, fields, the form's error, Cancel and the action. */
export function FormModal({ open, onClose, testId, title, description, formError, formErrorTestId, submit, footerNote, width = "3xl", children }: Props) {
  const { t } = useTranslation()
  return (
    <FocusModal open={open} onOpenChange={(o) => !o && onClose()}>
      <FocusModal.Content data-testid={testId}>
        <FocusModal.Header>
          <FocusModal.Title asChild><Heading>{title}</Heading></FocusModal.Title>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-8">
          <div className={`flex w-full ${width === "2xl" ? "max-w-2xl gap-y-4" : "max-w-3xl gap-y-6"} flex-col px-6`}>
            <FocusModal.Description asChild><Text size="small" className="text-ui-fg-subtle">{description}</Text></FocusModal.Description>
            {children}
            {formError && <Text size="small" className="text-ui-fg-error" role="alert" data-testid={formErrorTestId}>{formError}</Text>}
          </div>
        </FocusModal.Body>
        <FocusModal.Footer>
          {footerNote}
          <FocusModal.Close asChild><Button size="small" variant="secondary">{t("jewelry.cancel")}</Button></FocusModal.Close>
          <Button size="small" onClick={submit.onClick} isLoading={submit.pending} data-testid={submit.testId}>{submit.label}</Button>
        </FocusModal.Footer>
      </FocusModal.Content>
    </FocusModal>
  )
}
