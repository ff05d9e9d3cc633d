import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { TAG_STOCKS, TAG_SYMBOLOGIES } from "../../../lib/tags-print"
import { useUpdateProductionSettings } from "../../hooks/api/production-settings"
import type { ProductionSettings } from "../../../types/production-settings"
import { Field } from "../field"
import { OptionSelect } from "../option-select"

/** Settings → Production: the tag stock the printer is loaded with and the barcode printed on it. */
export function TagSettingsSection({ settings, readOnly }: { settings: ProductionSettings; readOnly: boolean }) {
  const { t } = useTranslation()
  const update = useUpdateProductionSettings()
  const [form, setForm] = useState({ tag_stock: settings.tag_stock, tag_symbology: settings.tag_symbology })
  const [error, setError] = useState<string | null>(null)
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="tag-settings">
      <div>
        <Heading level="h2">{t("jewelry.tags.settingsTitle")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("jewelry.tags.settingsHint")}</Text>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <Field label={t("jewelry.tags.stock")} htmlFor="tag-settings-stock">
          <OptionSelect id="tag-settings-stock" value={form.tag_stock} onChange={(v) => setForm((f) => ({ ...f, tag_stock: v }))} options={Object.values(TAG_STOCKS).map((s) => [s.id, t(`jewelry.tags.stocks.${s.id}`)])} />
        </Field>
        <Field label={t("jewelry.tags.symbology")} htmlFor="tag-settings-symbology">
          <OptionSelect id="tag-settings-symbology" value={form.tag_symbology} onChange={(v) => setForm((f) => ({ ...f, tag_symbology: v as any }))} options={TAG_SYMBOLOGIES.map((s) => [s, t(`jewelry.tags.symbologies.${s}`)])} />
        </Field>
      </div>
      {error && <Text size="small" className="text-ui-fg-error" role="alert">{error}</Text>}
      {!readOnly && (
        <div>
          <Button
            size="small"
            isLoading={update.isPending}
            data-testid="tag-settings-save"
            onClick={async () => {
              setError(null)
              try {
                await update.mutateAsync(form)
                toast.success(t("jewelry.tags.settingsSaved"))
              } catch (e: any) {
                setError(e.message)
              }
            }}
          >
            {t("jewelry.tags.save")}
          </Button>
        </div>
      )}
    </Container>
  )
}
