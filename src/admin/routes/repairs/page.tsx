import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BroomSparkle, Plus } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ListSection } from "../../components/list/list-section"
import { RepairsTable } from "../../components/repairs/repairs-table"
import { TakeInRepair } from "../../components/repairs/take-in-repair"

/** Repairs (seed 003): customers' pieces taken in, estimated, approved, worked on at the bench and picked up. */
const RepairsPage = () => {
  const { t } = useTranslation()
  const [taking, setTaking] = useState(false)
  return (
    <ListSection
      testId="repairs-page"
      title={t("jewelry.repairs.title")}
      subtitle={t("jewelry.repairs.subtitle")}
      actions={
        <Button size="small" onClick={() => setTaking(true)} data-testid="open-take-in">
          <Plus /> {t("jewelry.repairs.takeIn")}
        </Button>
      }
    >
      <RepairsTable />
      <TakeInRepair open={taking} onClose={() => setTaking(false)} />
    </ListSection>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.repairs",
  translationNs: "translation",
  icon: BroomSparkle,
})

export default RepairsPage
