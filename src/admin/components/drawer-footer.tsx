import { Button, Drawer, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

export type DrawerFooterProps = {
  /** The save button's words ("Save selection", "Create shipment"). */
  saveLabel: string
  onCancel: () => void
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
}

/**
 * A drawer's footer, the same on every drawer: the error no field shows, as
 * a sentence, then Cancel and the save button (busy while saving).
 */
export function DrawerFooter({ saveLabel, onCancel, onSave, formId, saving, disabled, error, errorTestId, saveTestId }: DrawerFooterProps) {
  const { t } = useTranslation()
  return (
    <Drawer.Footer>
      {error && (
        <Text size="small" role="alert" className="mr-auto text-ui-fg-error" data-testid={errorTestId}>
          {error}
        </Text>
      )}
      <Button size="small" variant="secondary" type="button" onClick={onCancel} disabled={saving}>
        {t("jewelry.cancel")}
      </Button>
      <Button size="small" type={formId ? "submit" : "button"} form={formId} onClick={formId ? undefined : onSave} isLoading={saving} disabled={disabled} data-testid={saveTestId}>
        {saveLabel}
      </Button>
    </Drawer.Footer>
  )
}
