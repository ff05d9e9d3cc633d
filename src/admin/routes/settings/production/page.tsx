import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { DefaultsSection } from "../../../components/production-settings/defaults-section"
import { DepartmentsSection } from "../../../components/production-settings/departments-section"
import { KaratTableSection } from "../../../components/production-settings/karat-table-section"
import { PoliciesSection } from "../../../components/production-settings/policies-section"
import { ResetSection } from "../../../components/production-settings/reset-section"
import { StagesSection } from "../../../components/production-settings/stages-section"
import { TagSettingsSection } from "../../../components/tags/tag-settings-section"
import { useTranslation } from "react-i18next"
import { useDepartments, useInventoryTypes, useProductionMe, useProductionSettings, useStages } from "../../../hooks/api/production-settings"

/**
 * Settings → Production: defaults, the stage catalog, departments, policies
 * and the catalog reset. Everyone can read it; only staff whose role may
 * change settings (admins) can edit.
 */
const ProductionSettingsPage = () => {
  const { t } = useTranslation()
  const settings = useProductionSettings()
  const activeStages = useStages({ is_active: true })
  const departments = useDepartments()
  const inventoryTypes = useInventoryTypes()
  const me = useProductionMe()

  // Editable only once the API has said so.
  const readOnly = !me.data?.permissions.change_settings

  if (!settings.data) {
    return (
      <Container className="flex flex-col gap-y-1 px-6 py-4" data-testid="production-settings-loading">
        <Heading>{t("jewelry.settings.title")}</Heading>
        <Text size="small" className={settings.error ? "text-ui-fg-error" : "text-ui-fg-subtle"} role={settings.error ? "alert" : undefined}>
          {settings.error ? t("jewelry.settings.loadFailed", { message: settings.error.message }) : t("jewelry.settings.loadingSettings")}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="production-settings" data-read-only={readOnly}>
      <Container className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>{t("jewelry.settings.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("jewelry.settings.subtitle")}
          </Text>
          {readOnly && !me.isLoading && (
            <Text size="small" className="text-ui-fg-subtle mt-2" data-testid="read-only-note">
              {me.data ? t("jewelry.settings.readOnlyNoteRole", { role: me.data.staff.role }) : t("jewelry.settings.readOnlyNote")}
            </Text>
          )}
        </div>
        {readOnly && !me.isLoading && (
          <Badge size="2xsmall" color="orange">
            {t("jewelry.settings.readOnly")}
          </Badge>
        )}
      </Container>
      <DefaultsSection settings={settings.data} activeStages={activeStages.data?.stages ?? []} readOnly={readOnly} />
      <StagesSection readOnly={readOnly} departments={departments.data ?? []} inventoryTypes={inventoryTypes.data ?? []} />
      <DepartmentsSection departments={departments.data ?? []} readOnly={readOnly} />
      <PoliciesSection settings={settings.data} readOnly={readOnly} />
      <KaratTableSection settings={settings.data} readOnly={readOnly} />
      <TagSettingsSection settings={settings.data} readOnly={readOnly} />
      <ResetSection industry={settings.data.industry} readOnly={readOnly} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.settings.title",
  translationNs: "translation",
})

export default ProductionSettingsPage
