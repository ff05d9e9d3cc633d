import { ArrowDownMini, ArrowUpMini, EllipsisHorizontal, PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Button, Checkbox, DropdownMenu, IconButton, Input, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useDebouncedValue,
  useDeleteStage,
  useMoveStage,
  useProductionStages,
  useSetStageActive,
} from "../../hooks/use-production-settings"
import type { Department, InventoryType, ProductionStage } from "../../lib/production-settings"
import { Section } from "../field"
import { StageForm } from "./stage-form"

/** Production Stages: the searchable catalog in flow order, with Active checkboxes, Edit and Remove. */
export function StagesSection({ readOnly, departments, inventoryTypes }: { readOnly: boolean; departments: Department[]; inventoryTypes: InventoryType[] }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search)
  const { data, isLoading, isFetching, isPlaceholderData, error } = useProductionStages({ q })
  const [formOpen, setFormOpen] = useState(false)
  const [editing, setEditing] = useState<ProductionStage | null>(null)
  const [removing, setRemoving] = useState<ProductionStage | null>(null)
  const setActive = useSetStageActive()
  const remove = useDeleteStage()
  const move = useMoveStage()

  const departmentNames = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments])
  const typeNames = useMemo(() => new Map(inventoryTypes.map((t) => [t.id, t.name])), [inventoryTypes])
  const names = (map: Map<string, string>, ids: string[]) => ids.map((id) => map.get(id)).filter(Boolean).join(", ")

  const toggleActive = (stage: ProductionStage, is_active: boolean) =>
    setActive.mutate(
      { id: stage.id, is_active },
      {
        onSuccess: () => toast.success(`${stage.name} ${is_active ? "activated" : "deactivated"}`),
        onError: (e) => toast.error(e.message),
      }
    )

  const confirmRemove = () => {
    const stage = removing
    if (!stage) return
    remove.mutate(stage.id, {
      onSuccess: () => toast.success(`${stage.name} removed`),
      onError: (e) => toast.error(e.message),
      onSettled: () => setRemoving(null),
    })
  }

  const stages = data?.stages ?? []
  const searching = search.trim() !== "" || q.trim() !== ""
  // Moving needs the whole flow on screen: not while a search narrows it.
  const canMove = !searching && !isPlaceholderData && !!data && data.count === stages.length
  const moveStage = (stage: ProductionStage, by: -1 | 1) =>
    move.mutate(
      { ids: stages.map((s) => s.id), id: stage.id, by },
      {
        onSuccess: () => toast.success(`${stage.name} moved ${by < 0 ? "up" : "down"}`),
        onError: (e) => toast.error(e.message),
      }
    )

  return (
    <Section
      title="Production Stages"
      description="The stages jobs move through, in flow order, with the inventory types and departments each one takes."
      testId="section-stages"
      flush
      actions={
        !readOnly && (
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setEditing(null)
              setFormOpen(true)
            }}
            data-testid="add-stage"
          >
            <Plus />
            Add production stage
          </Button>
        )
      }
    >
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Input
          type="search"
          size="small"
          className="w-full max-w-[280px]"
          placeholder="Search by name or code"
          aria-label="Search stages"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="stage-search"
        />
        <Text size="small" className="text-ui-fg-subtle" data-testid="stage-count">
          {data ? `${data.count} ${data.count === 1 ? "stage" : "stages"}` : ""}
        </Text>
      </div>
      <div
        className={isPlaceholderData ? "opacity-60 transition-opacity" : "transition-opacity"}
        data-testid="stage-list"
        data-q={q.trim()}
        data-settled={!isFetching && !isPlaceholderData && search === q}
      >
        <Table>
          <Table.Header className="border-t-0">
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Departments</Table.HeaderCell>
              <Table.HeaderCell>Inventory types</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("jewelry.settings.allowedLoss")}</Table.HeaderCell>
              <Table.HeaderCell className="w-[72px]">Active</Table.HeaderCell>
              <Table.HeaderCell className="w-[52px]" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {stages.map((s, index) => {
              const deps = names(departmentNames, s.department_ids)
              const types = names(typeNames, s.inventory_type_ids)
              return (
                <Table.Row key={s.id} data-testid="stage-row" data-stage-name={s.name} data-active={s.is_active}>
                  <Table.Cell className="max-w-[220px]">
                    <div className={s.is_active ? "truncate" : "text-ui-fg-muted truncate"} title={s.description ?? s.name}>
                      {s.name}
                    </div>
                  </Table.Cell>
                  <Table.Cell>{s.code ?? <span className="text-ui-fg-muted">-</span>}</Table.Cell>
                  <Table.Cell className="max-w-[220px]">
                    <div className="truncate" title={deps}>
                      {deps || <span className="text-ui-fg-muted">-</span>}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="max-w-[260px]">
                    <div className="truncate" title={types}>
                      {types || <span className="text-ui-fg-muted">-</span>}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right" data-testid="stage-loss-standard">
                    {s.loss_standard_pct === null || s.loss_standard_pct === undefined ? <span className="text-ui-fg-muted">-</span> : `${s.loss_standard_pct}%`}
                  </Table.Cell>
                  <Table.Cell>
                    <Checkbox
                      checked={s.is_active}
                      disabled={readOnly}
                      onCheckedChange={(v) => toggleActive(s, v === true)}
                      aria-label={`Active: ${s.name}`}
                      data-testid="stage-active"
                    />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {!readOnly && (
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label={`Actions for ${s.name}`} data-testid="stage-menu">
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          <DropdownMenu.Item
                            className="gap-x-2"
                            onClick={() => {
                              setEditing(s)
                              setFormOpen(true)
                            }}
                          >
                            <PencilSquare className="text-ui-fg-subtle" />
                            Edit
                          </DropdownMenu.Item>
                          <DropdownMenu.Item className="gap-x-2" disabled={!canMove || index === 0} onClick={() => moveStage(s, -1)}>
                            <ArrowUpMini className="text-ui-fg-subtle" />
                            Move up
                          </DropdownMenu.Item>
                          <DropdownMenu.Item className="gap-x-2" disabled={!canMove || index === stages.length - 1} onClick={() => moveStage(s, 1)}>
                            <ArrowDownMini className="text-ui-fg-subtle" />
                            Move down
                          </DropdownMenu.Item>
                          <DropdownMenu.Separator />
                          <DropdownMenu.Item className="gap-x-2" onClick={() => setRemoving(s)}>
                            <Trash className="text-ui-fg-subtle" />
                            Remove
                          </DropdownMenu.Item>
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    )}
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
        {data && !stages.length && (
          <div className="flex flex-col items-center gap-y-1 px-6 py-10" data-testid="stages-empty">
            <Text size="small" weight="plus">
              {searching ? "No stages match your search" : "No production stages yet"}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {searching ? "Try another name or code." : "Add a stage or reset the catalog to your industry's defaults."}
            </Text>
          </div>
        )}
        {isLoading && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            Loading stages…
          </Text>
        )}
        {error && (
          <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
            {error.message}
          </Text>
        )}
      </div>

      <StageForm
        open={formOpen}
        stage={editing}
        departments={departments}
        inventoryTypes={inventoryTypes}
        onClose={() => setFormOpen(false)}
      />
      <Prompt open={!!removing} onOpenChange={(o) => !o && setRemoving(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Remove {removing?.name}?</Prompt.Title>
            <Prompt.Description>
              The stage is no longer offered for new jobs. Jobs that already went through it keep their history.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action
              onClick={(e) => {
                e.preventDefault()
                confirmRemove()
              }}
              data-testid="confirm-remove-stage"
            >
              Remove
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}
