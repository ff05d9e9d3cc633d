import { Button, Drawer } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/**
 * The footer of a drawer form: Cancel (closes the drawer), or Back on a later
 * step of a guided form, and the action, busy while it runs.
 */
export function DrawerFooter({
  submitLabel,
  onSubmit,
  busy = false,
  submitTestId,
  back,
}: {
  submitLabel: string
  onSubmit: () => void
  busy?: boolean
  submitTestId?: string
  /** A guided form's previous step, shown instead of Cancel. */
  back?: { label: string; onClick: () => void }
}) {
  const { t } = useTranslation()
  return (
    <Drawer.Footer>
      {back ? (
        <Button size="small" variant="secondary" onClick={back.onClick}>{back.label}</Button>
      ) : (
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">{t("jewelry.cancel")}</Button>
        </Drawer.Close>
      )}
      <Button size="small" onClick={onSubmit} isLoading={busy} data-testid={submitTestId}>{submitLabel}</Button>
    </Drawer.Footer>
  )
}
