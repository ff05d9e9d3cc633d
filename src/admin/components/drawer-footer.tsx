import { Button, Drawer, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export type DrawerFooterProps = {
  /** The save button's words ("Save selection", "Create shipment"). */
  saveLabel: string
  /** Left out: Cancel simply closes the drawer. */
  onCancel?: () => void
  /** Left out when the save button submits a form (`formId`). */
  onSave?: () => void
  /** The id of the drawer's <form>: the save button submits it, so Enter in a field saves too. */
  formId?: string
  saving?: boolean
  disabled?: boolean
  /** What went wrong that no field shows, as a sentence beside the buttons. */
  error?: string | null
  errorTestId?: string
  saveTestId?: string
  /** A guided form's previous step, shown instead of Cancel. */
  back?: { label: string; onClick: () => void }
}

/**
 * A drawer's footer, the same on every drawer: the error no field shows, as
 * a sentence, then Cancel (or Back on a later step) and the save button (busy while saving).
 */
export function DrawerFooter({ saveLabel, onCancel, onSave, formId, saving, disabled, error, errorTestId, saveTestId, back }: DrawerFooterProps) {
  const { t } = useTranslation()
  const cancel = (
    <Button size="small" variant="secondary" type="button" onClick={onCancel} disabled={saving}>
      {t("jewelry.cancel")}
    </Button>
  )
  return (
    <Drawer.Footer>
      {error && (
        <Text size="small" role="alert" className="mr-auto text-ui-fg-error" data-testid={errorTestId}>
          {error}
        </Text>
      )}
      {back ? (
        <Button size="small" variant="secondary" type="button" onClick={back.onClick}>{back.label}</Button>
      ) : onCancel ? (
        cancel
      ) : (
        <Drawer.Close asChild>{cancel}</Drawer.Close>
      )}
      <Button size="small" type={formId ? "submit" : "button"} form={formId} onClick={formId ? undefined : onSave} isLoading={saving} disabled={disabled} data-testid={saveTestId}>
        {saveLabel}
      </Button>
    </Drawer.Footer>
  )
}
