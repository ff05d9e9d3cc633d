import { ArrowDownMini, ArrowUpMini, PencilSquare, Trash } from "@medusajs/icons"
import { Checkbox, Table } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import type { Department, InventoryType, ProductionStage } from "../../../types/production-settings"
import { Empty, RowMenu, SectionTable } from "./parts"

type Props = {
  stages: ProductionStage[]
  departments: Department[]
  inventoryTypes: InventoryType[]
  readOnly: boolean
  /** Moving needs the whole flow on screen. */
  canMove: boolean
  onActive: (stage: ProductionStage, on: boolean) => void
  onEdit: (stage: ProductionStage) => void
  onMove: (stage: ProductionStage, by: -1 | 1) => void
  onRemove: (stage: ProductionStage) => void
}

const Truncated = ({ text, title, className }: { text: string; title?: string; className?: string }) => (
  <div className={`truncate ${className ?? ""}`} title={title ?? text}>
    {text || <Empty />}
  </div>
)

/** The stage catalog's rows in flow order: mappings by name, allowed loss, the Active checkbox and the row's menu. */
export function StagesTable({ stages, departments, inventoryTypes, readOnly, canMove, onActive, onEdit, onMove, onRemove }: Props) {
  const { t } = useTranslation()
  const departmentNames = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments])
  const typeNames = useMemo(() => new Map(inventoryTypes.map((it) => [it.id, it.name])), [inventoryTypes])
  const names = (map: Map<string, string>, ids: string[]) => ids.map((id) => map.get(id)).filter(Boolean).join(", ")
  return (
    <SectionTable
      heads={[
        { label: t("jewelry.settings.name") },
        { label: t("jewelry.settings.code") },
        { label: t("jewelry.settings.departments") },
        { label: t("jewelry.settings.inventoryTypes") },
        { label: t("jewelry.settings.allowedLoss"), className: "text-right" },
        { label: t("jewelry.settings.active"), className: "w-[72px]" },
        {},
      ]}
    >
      {stages.map((s, index) => (
        <Table.Row key={s.id} data-testid="stage-row" data-stage-name={s.name} data-active={s.is_active}>
          <Table.Cell className="max-w-[220px]">
            <Truncated text={s.name} title={s.description ?? s.name} className={s.is_active ? "" : "text-ui-fg-muted"} />
          </Table.Cell>
          <Table.Cell>{s.code ?? <Empty />}</Table.Cell>
          <Table.Cell className="max-w-[220px]">
            <Truncated text={names(departmentNames, s.department_ids)} />
          </Table.Cell>
          <Table.Cell className="max-w-[260px]">
            <Truncated text={names(typeNames, s.inventory_type_ids)} />
          </Table.Cell>
          <Table.Cell className="text-right" data-testid="stage-loss-standard">
            {s.loss_standard_pct === null || s.loss_standard_pct === undefined ? <Empty /> : `${s.loss_standard_pct}%`}
          </Table.Cell>
          <Table.Cell>
            <Checkbox
              checked={s.is_active}
              disabled={readOnly}
              onCheckedChange={(v) => onActive(s, v === true)}
              aria-label={t("jewelry.settings.activeOf", { name: s.name })}
              data-testid="stage-active"
            />
          </Table.Cell>
          <Table.Cell className="text-right">
            {!readOnly && (
              <RowMenu
                label={t("jewelry.settings.actionsFor", { name: s.name })}
                testId="stage-menu"
                actions={[
                  { label: t("jewelry.settings.edit"), icon: <PencilSquare />, onClick: () => onEdit(s) },
                  { label: t("jewelry.settings.moveUp"), icon: <ArrowUpMini />, disabled: !canMove || index === 0, onClick: () => onMove(s, -1) },
                  { label: t("jewelry.settings.moveDown"), icon: <ArrowDownMini />, disabled: !canMove || index === stages.length - 1, onClick: () => onMove(s, 1) },
                  { label: t("jewelry.remove"), icon: <Trash />, separated: true, onClick: () => onRemove(s) },
                ]}
              />
            )}
          </Table.Cell>
        </Table.Row>
      ))}
    </SectionTable>
  )
}
