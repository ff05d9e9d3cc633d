import { Plus } from "@medusajs/icons"
import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { Department, InventoryType, ProductionStage } from "../../../types/production-settings"
import { useDeleteStage, useMoveStage, useSetStageActive } from "../../hooks/api/production-catalog"
import { useStages } from "../../hooks/api/production-settings"
import { useDebouncedValue } from "../../hooks/use-debounced-value"
import { Section } from "../field"
import { ConfirmRemove, FormError } from "./parts"
import { StageForm } from "./stage-form"
import { StagesTable } from "./stages-table"

/** Production Stages: the searchable catalog in flow order, with Active checkboxes, Edit, Move and Remove. */
export function StagesSection({ readOnly, departments, inventoryTypes }: { readOnly: boolean; departments: Department[]; inventoryTypes: InventoryType[] }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const { data, isLoading, isFetching, isPlaceholderData, error } = useStages({ q })
  // The stage stays set while the drawer closes, so its title does not flip.
  const [form, setForm] = useState<{ open: boolean; stage: ProductionStage | null }>({ open: false, stage: null })
  const [removing, setRemoving] = useState<ProductionStage | null>(null)
  const setActive = useSetStageActive()
  const remove = useDeleteStage()
  const move = useMoveStage()
  const failed = (e: Error) => toast.error(e.message)

  const stages = data?.stages ?? []
  const searching = search.trim() !== "" || q.trim() !== ""
  // Moving needs the whole flow on screen: not while a search narrows it.
  const canMove = !searching && !isPlaceholderData && !!data && data.count === stages.length

  const onActive = (stage: ProductionStage, is_active: boolean) =>
    setActive.mutate(
      { id: stage.id, is_active },
      { onSuccess: () => toast.success(t(is_active ? "jewelry.settings.stageActivated" : "jewelry.settings.stageDeactivated", { name: stage.name })), onError: failed }
    )
  const onMove = (stage: ProductionStage, by: -1 | 1) =>
    move.mutate(
      { ids: stages.map((s) => s.id), id: stage.id, by },
      { onSuccess: () => toast.success(t(by < 0 ? "jewelry.settings.movedUp" : "jewelry.settings.movedDown", { name: stage.name })), onError: failed }
    )
  const onRemove = (stage: ProductionStage) =>
    remove.mutate(stage.id, { onSuccess: () => toast.success(t("jewelry.settings.removed", { name: stage.name })), onError: failed, onSettled: () => setRemoving(null) })

  return (
    <Section
      title={t("jewelry.settings.stagesTitle")}
      description={t("jewelry.settings.stagesDescription")}
      testId="section-stages"
      flush
      actions={
        !readOnly && (
          <Button size="small" variant="secondary" onClick={() => setForm({ open: true, stage: null })} data-testid="add-stage">
            <Plus />
            {t("jewelry.settings.addStage")}
          </Button>
        )
      }
    >
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-full max-w-[280px]"
          placeholder={t("jewelry.settings.searchStages")}
          aria-label={t("jewelry.settings.searchStagesLabel")}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="stage-search"
        />
        <Text size="small" className="text-ui-fg-subtle" data-testid="stage-count">
          {data ? t("jewelry.settings.stageCount", { count: data.count }) : ""}
        </Text>
      </div>
      <div
        className={isPlaceholderData ? "opacity-60 transition-opacity" : "transition-opacity"}
        data-testid="stage-list"
        data-q={q.trim()}
        data-settled={!isFetching && !isPlaceholderData && search === q}
      >
        <StagesTable
          stages={stages}
          departments={departments}
          inventoryTypes={inventoryTypes}
          readOnly={readOnly}
          canMove={canMove}
          onActive={onActive}
          onEdit={(stage) => setForm({ open: true, stage })}
          onMove={onMove}
          onRemove={setRemoving}
        />
        {data && !stages.length && (
          <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="stages-empty">
            <Text size="small" weight="plus">
              {t(searching ? "jewelry.settings.noStageMatches" : "jewelry.settings.noStages")}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {t(searching ? "jewelry.settings.noStageMatchesHint" : "jewelry.settings.noStagesHint")}
            </Text>
          </div>
        )}
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {t("jewelry.settings.loadingStages")}
          </Text>
        )}
        <FormError error={error?.message} className="px-6 py-4" />
      </div>
      <StageForm open={form.open} stage={form.stage} departments={departments} inventoryTypes={inventoryTypes} onClose={() => setForm((f) => ({ ...f, open: false }))} />
      <ConfirmRemove record={removing} description={t("jewelry.settings.removeStageHint")} onCancel={() => setRemoving(null)} onConfirm={onRemove} testId="confirm-remove-stage" />
    </Section>
  )
}
