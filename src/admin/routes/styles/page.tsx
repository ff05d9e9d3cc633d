import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Swatch } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { LinkVariantDrawer } from "../../components/styles/link-variant-drawer"
import { StyleForm } from "../../components/styles/style-form"
import { StylesTable } from "../../components/styles/styles-table"
import { useStyles, type Style } from "../../hooks/api/styles"

/** The style catalog: My Designs and Vendor Styles are two default filters of one list; a row opens its style. */
const StylesPage = () => {
  const [source, setSource] = useState<"own" | "vendor">("own")
  const [q, setQ] = useState("")
  const [editing, setEditing] = useState<Style | "new" | null>(null)
  const [linking, setLinking] = useState<Style | null>(null)
  const { data } = useStyles({ source, q: q.trim() || undefined })
  return (
    <Container className="divide-y p-0" data-testid="styles-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Styles</Heading>
          <Text size="small" className="text-ui-fg-subtle">Saved designs with their bills of materials, labour and lead times. Open a row to edit or remove it.</Text>
        </div>
        <Button size="small" onClick={() => setEditing("new")} data-testid="new-style"><Plus /> {source === "vendor" ? "New vendor style" : "New design"}</Button>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-3">
        {([["own", "My Designs"], ["vendor", "Vendor Styles"]] as const).map(([s, label]) => (
          <Button key={s} size="small" variant={source === s ? "primary" : "secondary"} className="rounded-full" onClick={() => setSource(s)} data-testid={`chip-${s}`}>{label}</Button>
        ))}
        <Input type="search" size="small" className="ml-auto w-56" placeholder="Search code, name, SKU" value={q} onChange={(e) => setQ(e.target.value)} data-testid="style-search" />
      </div>
      <div className="px-6 py-4">
        <StylesTable styles={data?.styles ?? []} vendor={source === "vendor"} onOpen={setEditing} onLink={setLinking} />
      </div>
      <StyleForm open={!!editing} style={editing === "new" ? null : editing} source={source} onClose={() => setEditing(null)} />
      <LinkVariantDrawer style={linking} onClose={() => setLinking(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Styles", icon: Swatch })

export default StylesPage
