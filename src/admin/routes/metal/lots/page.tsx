import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ListSection } from "../../../components/list/list-section"
import { MeltLotsTable } from "../../../components/metal/melt-lots-table"
import { NewMeltLot } from "../../../components/metal/new-melt-lot"
import { NewRefiningLot } from "../../../components/metal/new-refining-lot"
import { RefiningLotsTable } from "../../../components/metal/refining-lots-table"
import { useCanMoveLots } from "../../../hooks/api/metal"

/** Refining & melts (SPEC 4c): recoverable metal sent to the refiner, and stock melted into a new purity. */
const LotsPage = () => {
  const { t } = useTranslation()
  const [creating, setCreating] = useState<"refining" | "melt" | null>(null)
  const canMove = useCanMoveLots()
  return (
    <div className="flex flex-col gap-y-3" data-testid="metal-lots-page">
      <ListSection
        testId="refining-lots"
        title={t("jewelry.lots.refiningTitle")}
        subtitle={t("jewelry.lots.refiningDescription")}
        actions={canMove && (
          <Button size="small" variant="secondary" onClick={() => setCreating("refining")} data-testid="new-refining">
            <Plus /> {t("jewelry.lots.newRefining")}
          </Button>
        )}
      >
        <RefiningLotsTable />
      </ListSection>
      <ListSection
        testId="melt-lots"
        title={t("jewelry.lots.meltTitle")}
        subtitle={t("jewelry.lots.meltDescription")}
        level="h2"
        actions={canMove && (
          <Button size="small" variant="secondary" onClick={() => setCreating("melt")} data-testid="new-melt">
            <Plus /> {t("jewelry.lots.newMelt")}
          </Button>
        )}
      >
        <MeltLotsTable />
      </ListSection>
      <NewRefiningLot open={creating === "refining"} onClose={() => setCreating(null)} />
      <NewMeltLot open={creating === "melt"} onClose={() => setCreating(null)} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "jewelry.nav.lots",
  rank: 2,
  translationNs: "translation",
})

export default LotsPage
