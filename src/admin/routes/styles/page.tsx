import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Swatch } from "@medusajs/icons"
import { Button, Container } from "@medusajs/ui"
import { useCallback, useState } from "react"
import { useTranslation } from "react-i18next"
import { STYLE_SOURCES, type Style, type StyleSource } from "../../../types/styles"
import { PageHeader } from "../../components/page-header"
import { LinkVariantDrawer } from "../../components/styles/link-variant-drawer"
import { StyleForm } from "../../components/styles/style-form"
import { StylesTable } from "../../components/styles/styles-table"

/** The style catalog: My Designs and Vendor Styles are two default filters of one list; a row opens its style. */
const StylesPage = () => {
  const { t } = useTranslation()
  const [source, setSource] = useState<StyleSource>("own")
  const [editing, setEditing] = useState<Style | "new" | null>(null)
  const [linking, setLinking] = useState<Style | null>(null)
  const onLink = useCallback((s: Style) => setLinking(s), [])
  return (
    <Container className="divide-y p-0" data-testid="styles-page">
      <PageHeader
        title={t("jewelry.styles.title")}
        subtitle={t("jewelry.styles.subtitle")}
        actions={<Button size="small" onClick={() => setEditing("new")} data-testid="new-style"><Plus /> {t(source === "vendor" ? "jewelry.styles.newVendorStyle" : "jewelry.styles.newDesign")}</Button>}
      />
      <div className="flex items-center gap-x-2 px-6 py-3">
        {STYLE_SOURCES.map((s) => (
          <Button key={s} size="small" variant={source === s ? "primary" : "secondary"} className="rounded-full" onClick={() => setSource(s)} data-testid={`chip-${s}`}>
            {t(`jewelry.styles.sources.${s}`)}
          </Button>
        ))}
      </div>
      <StylesTable source={source} onOpen={setEditing} onLink={onLink} />
      <StyleForm open={!!editing} style={editing === "new" ? null : editing} source={source} onClose={() => setEditing(null)} />
      <LinkVariantDrawer style={linking} onClose={() => setLinking(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "jewelry.styles.title", translationNs: "translation", icon: Swatch })

export default StylesPage
