import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
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
      <Container className="divide-y p-0" data-testid="refining-lots">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading>{t("jewelry.lots.refiningTitle")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.refiningDescription")}</Text>
          </div>
          {canMove && (
            <Button size="small" variant="secondary" onClick={() => setCreating("refining")} data-testid="new-refining">
              <Plus /> {t("jewelry.lots.newRefining")}
            </Button>
          )}
        </div>
        <RefiningLotsTable />
      </Container>
      <Container className="divide-y p-0" data-testid="melt-lots">
        <div className="flex items-center justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h2">{t("jewelry.lots.meltTitle")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("jewelry.lots.meltDescription")}</Text>
          </div>
          {canMove && (
            <Button size="small" variant="secondary" onClick={() => setCreating("melt")} data-testid="new-melt">
              <Plus /> {t("jewelry.lots.newMelt")}
            </Button>
          )}
        </div>
        <MeltLotsTable />
      </Container>
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
