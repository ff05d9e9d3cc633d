import { defineRouteConfig } from "@medusajs/admin-sdk"
import { EllipsisHorizontal, Plus } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Drawer,
  DropdownMenu,
  Heading,
  IconButton,
  Input,
  Label,
  Prompt,
  Select,
  Switch,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { Field, Section } from "../../../components/field"
import { useApi, useFieldErrors } from "../../../hooks/use-api"
import { api } from "../../../lib/api"

type Settings = {
  due_date_offset_days: number
  default_start_stage_id: string | null
  enforce_stage_inventory_mapping: boolean
  enforce_stage_department_mapping: boolean
  qa_checks_required: boolean
  weight_tolerance_percent: number | null
  default_weight_unit: string
  industry: string
  tag_prefix: string
  managers_all_locations: boolean
}
type Stage = { id: string; name: string; code: string | null; description: string | null; inventory_type_ids: string[]; department_ids: string[]; is_active: boolean; rank: number }
type Department = { id: string; name: string; code: string | null }
type InventoryType = { id: string; name: string; code: string; kind: string }

const UNITS: [string, string][] = [
  ["g", "Grams (g)"], ["mg", "Milligrams (mg)"], ["kg", "Kilograms (kg)"], ["ct", "Carats (ct)"], ["gr", "Grains (gr)"],
  ["dwt", "Pennyweight (dwt)"], ["ozt", "Troy ounces (ozt)"], ["lbt", "Troy pounds (lbt)"], ["oz", "Ounces (oz)"],
  ["tola", "Tola"], ["masha", "Masha"], ["ratti", "Ratti"],
]
const INDUSTRIES: [string, string][] = [["jewelry", "Jewelry"], ["gemstones", "Gemstones"], ["custom", "Custom"]]
const KIND_LABELS: Record<string, string> = { rough: "Rough", in_process: "In-process", finished: "Finished", materials_supplies: "Materials & supplies" }

function ProductionDefaults({ settings, stages, readOnly, onSaved }: { settings: Settings; stages: Stage[]; readOnly: boolean; onSaved: () => void }) {
  const [form, setForm] = useState(settings)
  const { errors, take, clear } = useFieldErrors()
  const [saving, setSaving] = useState(false)
  useEffect(() => setForm(settings), [settings])
  const save = async () => {
    clear()
    setSaving(true)
    try {
      await api("/admin/production/settings", {
        body: {
          due_date_offset_days: form.due_date_offset_days,
          default_start_stage_id: form.default_start_stage_id,
          default_weight_unit: form.default_weight_unit,
          industry: form.industry,
          tag_prefix: form.tag_prefix,
          managers_all_locations: form.managers_all_locations,
        },
      })
      toast.success("Production defaults saved")
      onSaved()
    } catch (e) {
      take(e)
    } finally {
      setSaving(false)
    }
  }
  return (
    <Section title="Production Defaults" description="New production jobs start with these values." testId="section-defaults">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Default job due date offset (days)" htmlFor="due_date_offset_days" error={errors.due_date_offset_days}>
          <Input
            id="due_date_offset_days"
            type="number"
            min={0}
            step={1}
            disabled={readOnly}
            value={String(form.due_date_offset_days)}
            onChange={(e) => setForm({ ...form, due_date_offset_days: e.target.value === "" ? ("" as any) : Number(e.target.value) })}
          />
        </Field>
        <Field label="Default start stage" htmlFor="default_start_stage_id" error={errors.default_start_stage_id}>
          <Select disabled={readOnly} value={form.default_start_stage_id ?? undefined} onValueChange={(v) => setForm({ ...form, default_start_stage_id: v })}>
            <Select.Trigger id="default_start_stage_id">
              <Select.Value placeholder="Choose a stage" />
            </Select.Trigger>
            <Select.Content>
              {stages.filter((s) => s.is_active).map((s) => (
                <Select.Item key={s.id} value={s.id}>
                  {s.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Default weight unit" htmlFor="default_weight_unit" error={errors.default_weight_unit} hint="Every report is normalised to this unit.">
          <Select disabled={readOnly} value={form.default_weight_unit} onValueChange={(v) => setForm({ ...form, default_weight_unit: v })}>
            <Select.Trigger id="default_weight_unit">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {UNITS.map(([v, l]) => (
                <Select.Item key={v} value={v}>
                  {l}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Industry" htmlFor="industry" error={errors.industry}>
          <Select disabled={readOnly} value={form.industry} onValueChange={(v) => setForm({ ...form, industry: v })}>
            <Select.Trigger id="industry">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {INDUSTRIES.map(([v, l]) => (
                <Select.Item key={v} value={v}>
                  {l}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field label="Tag prefix" htmlFor="tag_prefix" error={errors.tag_prefix} hint="Tag IDs are prefix + product short name + a 4-digit number.">
          <Input id="tag_prefix" disabled={readOnly} value={form.tag_prefix} onChange={(e) => setForm({ ...form, tag_prefix: e.target.value })} />
        </Field>
        <div className="flex items-center gap-x-2 pt-6">
          <Switch
            id="managers_all_locations"
            disabled={readOnly}
            checked={form.managers_all_locations}
            onCheckedChange={(v) => setForm({ ...form, managers_all_locations: v })}
          />
          <Label htmlFor="managers_all_locations" size="small">
            Managers can use inventory from all locations
          </Label>
        </div>
      </div>
      {errors._form && <Text className="text-ui-fg-error mt-2">{errors._form}</Text>}
      {!readOnly && (
        <div className="mt-4 flex justify-end">
          <Button size="small" onClick={save} isLoading={saving} data-testid="save-defaults">
            Save
          </Button>
        </div>
      )}
    </Section>
  )
}

function StageForm({
  open,
  stage,
  departments,
  types,
  onClose,
  onSaved,
}: {
  open: boolean
  stage: Stage | null
  departments: Department[]
  types: InventoryType[]
  onClose: () => void
  onSaved: () => void
}) {
  const empty = { name: "", code: "", description: "", inventory_type_ids: [] as string[], department_ids: [] as string[], is_active: true }
  const [form, setForm] = useState(empty)
  const { errors, take, clear } = useFieldErrors()
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    clear()
    setForm(
      stage
        ? { name: stage.name, code: stage.code ?? "", description: stage.description ?? "", inventory_type_ids: stage.inventory_type_ids, department_ids: stage.department_ids, is_active: stage.is_active }
        : empty
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stage, open])
  const toggle = (key: "inventory_type_ids" | "department_ids", id: string) =>
    setForm((f) => ({ ...f, [key]: f[key].includes(id) ? f[key].filter((x) => x !== id) : [...f[key], id] }))
  const save = async () => {
    clear()
    setSaving(true)
    const body = { ...form, code: form.code.trim() || null, description: form.description.trim() || null }
    try {
      await api(stage ? `/admin/production/stages/${stage.id}` : "/admin/production/stages", { body })
      toast.success(stage ? "Stage saved" : `Stage "${form.name}" added`)
      onSaved()
      onClose()
    } catch (e) {
      take(e)
    } finally {
      setSaving(false)
    }
  }
  const grouped = Object.keys(KIND_LABELS).map((k) => [k, types.filter((t) => t.kind === k)] as const).filter(([, list]) => list.length)
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="stage-form">
        <Drawer.Header>
          <Drawer.Title>{stage ? "Edit production stage" : "Add production stage"}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Field label="Stage name" htmlFor="stage-name" error={errors.name}>
            <Input id="stage-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </Field>
          <Field label="Stage code" htmlFor="stage-code" error={errors.code} hint="Optional short code your team uses.">
            <Input id="stage-code" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} />
          </Field>
          <Field label="Description" htmlFor="stage-description" error={errors.description}>
            <Textarea id="stage-description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
          </Field>
          <Field label="Applicable Inventory Types" error={errors.inventory_type_ids}>
            <div className="flex flex-col gap-y-2 rounded-md border p-3" data-testid="stage-inventory-types">
              {grouped.map(([kind, list]) => (
                <div key={kind}>
                  <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
                    {KIND_LABELS[kind]}
                  </Text>
                  <div className="grid grid-cols-2 gap-1">
                    {list.map((t) => (
                      <label key={t.id} className="flex items-center gap-x-2 txt-small">
                        <Checkbox checked={form.inventory_type_ids.includes(t.id)} onCheckedChange={() => toggle("inventory_type_ids", t.id)} aria-label={`Inventory type ${t.name}`} />
                        {t.name}
                      </label>
                    ))}
                  </div>
                </div>
              ))}
            </div>
          </Field>
          <Field label="Applicable Departments" error={errors.department_ids}>
            <div className="grid grid-cols-2 gap-1 rounded-md border p-3" data-testid="stage-departments">
              {departments.map((d) => (
                <label key={d.id} className="flex items-center gap-x-2 txt-small">
                  <Checkbox checked={form.department_ids.includes(d.id)} onCheckedChange={() => toggle("department_ids", d.id)} aria-label={`Department ${d.name}`} />
                  {d.name}
                </label>
              ))}
            </div>
          </Field>
          <div className="flex items-center gap-x-2">
            <Switch id="stage-active" checked={form.is_active} onCheckedChange={(v) => setForm({ ...form, is_active: v })} />
            <Label htmlFor="stage-active" size="small">
              Active
            </Label>
          </div>
          {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={saving} data-testid="save-stage">
            Save
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

function ProductionStages({ readOnly, departments, types, onChanged }: { readOnly: boolean; departments: Department[]; types: InventoryType[]; onChanged: () => void }) {
  const [q, setQ] = useState("")
  const { data, reload } = useApi<{ stages: Stage[] }>("/admin/production/stages", { q })
  const [editing, setEditing] = useState<Stage | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [removing, setRemoving] = useState<Stage | null>(null)
  const nameOf = (list: { id: string; name: string }[], ids: string[]) => ids.map((id) => list.find((x) => x.id === id)?.name).filter(Boolean).join(", ")
  const refresh = () => {
    reload()
    onChanged()
  }
  const setActive = async (stage: Stage, is_active: boolean) => {
    try {
      await api(`/admin/production/stages/${stage.id}`, { body: { is_active } })
      toast.success(`${stage.name} ${is_active ? "activated" : "deactivated"}`)
      refresh()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const remove = async () => {
    if (!removing) return
    try {
      await api(`/admin/production/stages/${removing.id}`, { method: "DELETE" })
      toast.success(`${removing.name} removed`)
      refresh()
    } catch (e: any) {
      toast.error(e.message)
    } finally {
      setRemoving(null)
    }
  }
  return (
    <Section
      title="Production Stages"
      description="The stages jobs move through, in flow order, mapped to inventory types and departments."
      testId="section-stages"
      actions={
        !readOnly && (
          <Button size="small" variant="secondary" onClick={() => { setEditing(null); setFormOpen(true) }} data-testid="add-stage">
            <Plus /> Add production stage
          </Button>
        )
      }
    >
      <div className="mb-3 w-64">
        <Input type="search" size="small" placeholder="Search stages" value={q} onChange={(e) => setQ(e.target.value)} data-testid="stage-search" />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>Departments</Table.HeaderCell>
            <Table.HeaderCell>Inventory types</Table.HeaderCell>
            <Table.HeaderCell>Active</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.stages ?? []).map((s) => (
            <Table.Row key={s.id} data-testid="stage-row" data-stage-name={s.name}>
              <Table.Cell>{s.name}</Table.Cell>
              <Table.Cell>{s.code ?? "-"}</Table.Cell>
              <Table.Cell className="max-w-[200px] truncate">{nameOf(departments, s.department_ids) || "-"}</Table.Cell>
              <Table.Cell className="max-w-[240px] truncate">{nameOf(types, s.inventory_type_ids) || "-"}</Table.Cell>
              <Table.Cell>
                <Checkbox checked={s.is_active} disabled={readOnly} onCheckedChange={(v) => setActive(s, !!v)} aria-label={`Active ${s.name}`} data-testid="stage-active" />
              </Table.Cell>
              <Table.Cell className="text-right">
                {!readOnly && (
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent" aria-label={`Actions for ${s.name}`} data-testid="stage-menu">
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content>
                      <DropdownMenu.Item onClick={() => { setEditing(s); setFormOpen(true) }}>Edit</DropdownMenu.Item>
                      <DropdownMenu.Item onClick={() => setRemoving(s)}>Remove</DropdownMenu.Item>
                    </DropdownMenu.Content>
                  </DropdownMenu>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
          {data && !data.stages.length && (
            <Table.Row>
              <Table.Cell {...({ colSpan: 6 } as any)}>
                <Text size="small" className="text-ui-fg-subtle">No stages match.</Text>
              </Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
      <StageForm open={formOpen} stage={editing} departments={departments} types={types} onClose={() => setFormOpen(false)} onSaved={refresh} />
      <Prompt open={!!removing} onOpenChange={(o) => !o && setRemoving(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Remove {removing?.name}?</Prompt.Title>
            <Prompt.Description>Jobs that used this stage keep its name; it will no longer be offered for new work.</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action onClick={remove}>Remove</Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}

function Departments({ departments, readOnly, onChanged }: { departments: Department[]; readOnly: boolean; onChanged: () => void }) {
  const [name, setName] = useState("")
  const [code, setCode] = useState("")
  const { errors, take, clear } = useFieldErrors()
  const add = async () => {
    clear()
    try {
      await api("/admin/production/departments", { body: { name, code: code.trim() || null } })
      toast.success(`Department "${name}" added`)
      setName("")
      setCode("")
      onChanged()
    } catch (e) {
      take(e)
    }
  }
  const rename = async (d: Department) => {
    const next = window.prompt("Department name", d.name)
    if (!next || next === d.name) return
    try {
      await api(`/admin/production/departments/${d.id}`, { body: { name: next } })
      onChanged()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  const remove = async (d: Department) => {
    try {
      await api(`/admin/production/departments/${d.id}`, { method: "DELETE" })
      toast.success(`${d.name} removed`)
      onChanged()
    } catch (e: any) {
      toast.error(e.message)
    }
  }
  return (
    <Section title="Departments" description="Who is responsible for each stage." testId="section-departments">
      <div className="flex flex-wrap gap-2">
        {departments.map((d) => (
          <div key={d.id} className="flex items-center gap-x-1" data-testid="department">
            <Badge size="2xsmall">{d.name}{d.code ? ` · ${d.code}` : ""}</Badge>
            {!readOnly && (
              <DropdownMenu>
                <DropdownMenu.Trigger asChild>
                  <IconButton size="2xsmall" variant="transparent" aria-label={`Actions for ${d.name}`}>
                    <EllipsisHorizontal />
                  </IconButton>
                </DropdownMenu.Trigger>
                <DropdownMenu.Content>
                  <DropdownMenu.Item onClick={() => rename(d)}>Rename</DropdownMenu.Item>
                  <DropdownMenu.Item onClick={() => remove(d)}>Remove</DropdownMenu.Item>
                </DropdownMenu.Content>
              </DropdownMenu>
            )}
          </div>
        ))}
      </div>
      {!readOnly && (
        <div className="mt-4 grid grid-cols-[1fr_160px_auto] items-end gap-2">
          <Field label="Department name" htmlFor="department-name" error={errors.name}>
            <Input id="department-name" size="small" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Code" htmlFor="department-code" error={errors.code}>
            <Input id="department-code" size="small" value={code} onChange={(e) => setCode(e.target.value)} />
          </Field>
          <Button size="small" variant="secondary" onClick={add} disabled={!name.trim()} data-testid="add-department">
            Add department
          </Button>
        </div>
      )}
    </Section>
  )
}

function Policies({ settings, readOnly, onSaved }: { settings: Settings; readOnly: boolean; onSaved: () => void }) {
  const [form, setForm] = useState({
    enforce_stage_inventory_mapping: settings.enforce_stage_inventory_mapping,
    enforce_stage_department_mapping: settings.enforce_stage_department_mapping,
    qa_checks_required: settings.qa_checks_required,
    tolerance: settings.weight_tolerance_percent === null ? "" : String(settings.weight_tolerance_percent),
  })
  const { errors, take, clear } = useFieldErrors()
  useEffect(
    () =>
      setForm({
        enforce_stage_inventory_mapping: settings.enforce_stage_inventory_mapping,
        enforce_stage_department_mapping: settings.enforce_stage_department_mapping,
        qa_checks_required: settings.qa_checks_required,
        tolerance: settings.weight_tolerance_percent === null ? "" : String(settings.weight_tolerance_percent),
      }),
    [settings]
  )
  const save = async () => {
    clear()
    try {
      await api("/admin/production/settings", {
        body: {
          enforce_stage_inventory_mapping: form.enforce_stage_inventory_mapping,
          enforce_stage_department_mapping: form.enforce_stage_department_mapping,
          qa_checks_required: form.qa_checks_required,
          weight_tolerance_percent: form.tolerance.trim() === "" ? null : form.tolerance.trim(),
        },
      })
      toast.success("Policies saved")
      onSaved()
    } catch (e) {
      take(e)
    }
  }
  const toggle = (key: keyof typeof form, label: string, hint: string) => (
    <div className="flex items-start gap-x-3">
      <Switch id={key} disabled={readOnly} checked={form[key] as boolean} onCheckedChange={(v) => setForm({ ...form, [key]: v })} />
      <div>
        <Label htmlFor={key} size="small" weight="plus">
          {label}
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      </div>
    </div>
  )
  return (
    <Section title="Policies" description="How strictly the workshop's rules are enforced. Changes apply at once." testId="section-policies">
      <div className="flex flex-col gap-y-4">
        {toggle("enforce_stage_inventory_mapping", "Enforce stage to inventory mapping", "Each stage takes only its mapped inventory types.")}
        {toggle("enforce_stage_department_mapping", "Enforce stage to staff department mapping", "Each stage is assigned only to its mapped departments.")}
        {toggle("qa_checks_required", "QA checks required", "Jobs must pass a QA check before completion.")}
        <div className="max-w-xs">
          <Field label="Job weight tolerance (%)" htmlFor="weight_tolerance_percent" error={errors.weight_tolerance_percent} hint="Empty means no check; 0 to 100.">
            <Input id="weight_tolerance_percent" disabled={readOnly} value={form.tolerance} onChange={(e) => setForm({ ...form, tolerance: e.target.value })} />
          </Field>
        </div>
        {errors._form && <Text className="text-ui-fg-error">{errors._form}</Text>}
      </div>
      {!readOnly && (
        <div className="mt-4 flex justify-end">
          <Button size="small" onClick={save} data-testid="save-policies">
            Save
          </Button>
        </div>
      )}
    </Section>
  )
}

function Reset({ industry, readOnly, onDone }: { industry: string; readOnly: boolean; onDone: () => void }) {
  const [target, setTarget] = useState(industry)
  const [open, setOpen] = useState(false)
  useEffect(() => setTarget(industry), [industry])
  const reset = async () => {
    try {
      const { reset } = await api("/admin/production/reset", { body: { industry: target, confirm: true } })
      toast.success(`Loaded ${reset.stages_created} ${target} stages (${reset.stages_removed} removed, ${reset.stages_archived} archived)`)
      onDone()
    } catch (e: any) {
      toast.error(e.message)
    } finally {
      setOpen(false)
    }
  }
  return (
    <Section title="Reset" description="Production Stages Catalog" testId="section-reset">
      <div className="rounded-md border border-ui-border-error bg-ui-bg-subtle p-3">
        <Text size="small" weight="plus" className="text-ui-fg-error">
          Warning
        </Text>
        <Text size="small">
          Resetting production stages permanently deletes custom stages and cannot be undone. It reloads the default stages,
          departments and inventory types of the selected industry. Stages that jobs use are archived and keep their history.
        </Text>
      </div>
      {!readOnly && (
        <div className="mt-4 flex items-end gap-x-2">
          <div className="w-48">
            <Field label="Industry" htmlFor="reset-industry">
              <Select value={target} onValueChange={setTarget}>
                <Select.Trigger id="reset-industry">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {INDUSTRIES.map(([v, l]) => (
                    <Select.Item key={v} value={v}>
                      {l}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </Field>
          </div>
          <Button size="small" variant="danger" onClick={() => setOpen(true)} data-testid="reset-stages">
            Reset Production Stages
          </Button>
        </div>
      )}
      <Prompt open={open} onOpenChange={setOpen}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Reset the production stage catalog?</Prompt.Title>
            <Prompt.Description>
              Custom stages are deleted and the {target} defaults are loaded. This cannot be undone.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action onClick={reset} data-testid="confirm-reset">
              Reset
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}

const ProductionSettingsPage = () => {
  const settings = useApi<{ settings: Settings }>("/admin/production/settings")
  const stages = useApi<{ stages: Stage[] }>("/admin/production/stages")
  const departments = useApi<{ departments: Department[] }>("/admin/production/departments")
  const types = useApi<{ inventory_types: InventoryType[] }>("/admin/production/inventory-types")
  const me = useApi<{ permissions: { change_settings: boolean }; staff: { role: string } }>("/admin/production/me")
  const [version, setVersion] = useState(0)
  const readOnly = me.data ? !me.data.permissions.change_settings : true
  const reloadAll = () => {
    settings.reload()
    stages.reload()
    departments.reload()
    types.reload()
  }
  // A reset replaces the whole catalog: start the stage list afresh.
  const afterReset = () => {
    reloadAll()
    setVersion((v) => v + 1)
  }
  const deps = useMemo(() => departments.data?.departments ?? [], [departments.data])
  const invTypes = useMemo(() => types.data?.inventory_types ?? [], [types.data])
  if (!settings.data || !stages.data) {
    return (
      <div className="flex flex-col gap-y-3">
        <Heading>Production</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {settings.error ? settings.error.message : "Loading…"}
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col gap-y-3" data-testid="production-settings">
      <div className="px-1">
        <Heading>Production</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Defaults, stage catalog, workflow rules and reset actions that shape how production jobs move through the workshop.
        </Text>
        {readOnly && me.data && (
          <Text size="small" className="text-ui-fg-subtle mt-1" data-testid="read-only-note">
            Only admins can change production settings; your role is {me.data.staff.role}.
          </Text>
        )}
      </div>
      <ProductionDefaults settings={settings.data.settings} stages={stages.data.stages} readOnly={readOnly} onSaved={reloadAll} />
      <ProductionStages key={`stages-${version}`} readOnly={readOnly} departments={deps} types={invTypes} onChanged={reloadAll} />
      <Departments departments={deps} readOnly={readOnly} onChanged={reloadAll} />
      <Policies settings={settings.data.settings} readOnly={readOnly} onSaved={reloadAll} />
      <Reset industry={settings.data.settings.industry} readOnly={readOnly} onDone={afterReset} />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Production",
})

export default ProductionSettingsPage
