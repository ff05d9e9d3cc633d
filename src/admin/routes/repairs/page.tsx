import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BroomSparkle, Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { RepairsTable } from "../../components/repairs/repairs-table"
import { TakeInRepair } from "../../components/repairs/take-in-repair"

/** Repairs (seed 003): customers' pieces taken in, estimated, approved, worked on at the bench and picked up. */
const RepairsPage = () => {
  const { t } = useTranslation()
  const [taking, setTaking] = useState(false)
  return (
    <Container className="divide-y p-0" data-testid="repairs-page">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{t("jewelry.repairs.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.repairs.subtitle")}</Text>
        </div>
        <Button size="small" onClick={() => setTaking(true)} data-testid="open-take-in">
          <Plus /> {t("jewelry.repairs.takeIn")}
        </Button>
      </div>
      <RepairsTable />
      <TakeInRepair open={taking} onClose={() => setTaking(false)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.repairs",
  translationNs: "translation",
  icon: BroomSparkle,
})

export default RepairsPage
