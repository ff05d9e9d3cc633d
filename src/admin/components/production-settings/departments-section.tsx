import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, Input, Prompt, Table, Text, toast } from "@medusajs/ui"
import { useState, type FormEvent, type KeyboardEvent } from "react"
import { useCreateDepartment, useDeleteDepartment, useUpdateDepartment } from "../../hooks/use-production-settings"
import { fieldErrors } from "../../lib/field-errors"
import type { Department } from "../../lib/production-settings"
import { Field, Section } from "../field"

const FIELDS = ["name", "code"] as const

/** Departments: who is responsible for each stage. Add (name, code), rename, remove. */
export function DepartmentsSection({ departments, readOnly }: { departments: Department[]; readOnly: boolean }) {
  const [name, setName] = useState("")
  const [code, setCode] = useState("")
  const [renaming, setRenaming] = useState<string | null>(null)
  const [removing, setRemoving] = useState<Department | null>(null)
  const create = useCreateDepartment()
  const remove = useDeleteDepartment()
  const errors = fieldErrors(create.error, FIELDS)

  const add = (e: FormEvent) => {
    e.preventDefault()
    const body = { name: name.trim(), code: code.trim() || null }
    create.mutate(body, {
      onSuccess: () => {
        toast.success(`Department "${body.name}" added`)
        setName("")
        setCode("")
      },
    })
  }

  const confirmRemove = () => {
    const d = removing
    if (!d) return
    remove.mutate(d.id, {
      onSuccess: () => toast.success(`${d.name} removed`),
      onError: (e) => toast.error(e.message),
      onSettled: () => setRemoving(null),
    })
  }

  return (
    <Section title="Departments" description="The teams responsible for stages; map them on each stage." testId="section-departments" flush>
      <Table>
        <Table.Header className="border-t-0">
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell className="w-[52px]" />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {departments.map((d) =>
            renaming === d.id ? (
              <RenameRow key={d.id} department={d} onDone={() => setRenaming(null)} />
            ) : (
              <Table.Row key={d.id} data-testid="department-row" data-department-name={d.name}>
                <Table.Cell>{d.name}</Table.Cell>
                <Table.Cell>{d.code ?? <span className="text-ui-fg-muted">-</span>}</Table.Cell>
                <Table.Cell className="text-right">
                  {!readOnly && (
                    <DropdownMenu>
                      <DropdownMenu.Trigger asChild>
                        <IconButton size="small" variant="transparent" aria-label={`Actions for ${d.name}`} data-testid="department-menu">
                          <EllipsisHorizontal />
                        </IconButton>
                      </DropdownMenu.Trigger>
                      <DropdownMenu.Content align="end">
                        <DropdownMenu.Item className="gap-x-2" onClick={() => setRenaming(d.id)}>
                          <PencilSquare className="text-ui-fg-subtle" />
                          Rename
                        </DropdownMenu.Item>
                        <DropdownMenu.Separator />
                        <DropdownMenu.Item className="gap-x-2" onClick={() => setRemoving(d)}>
                          <Trash className="text-ui-fg-subtle" />
                          Remove
                        </DropdownMenu.Item>
                      </DropdownMenu.Content>
                    </DropdownMenu>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          )}
        </Table.Body>
      </Table>
      {!departments.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No departments yet.
        </Text>
      )}
      {!readOnly && (
        <form onSubmit={add} className="grid grid-cols-1 items-start gap-3 px-6 py-4 sm:grid-cols-[minmax(0,1fr)_160px_auto]">
          <Field label="Department name" htmlFor="department-name" error={errors.name}>
            <Input id="department-name" size="small" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Code" htmlFor="department-code" error={errors.code}>
            <Input id="department-code" size="small" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} />
          </Field>
          <Button type="submit" size="small" variant="secondary" className="sm:mt-7" disabled={!name.trim()} isLoading={create.isPending} data-testid="add-department">
            Add department
          </Button>
          {errors._form && (
            <Text size="small" className="text-ui-fg-error sm:col-span-3" role="alert">
              {errors._form}
            </Text>
          )}
        </form>
      )}
      <Prompt open={!!removing} onOpenChange={(o) => !o && setRemoving(null)}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>Remove {removing?.name}?</Prompt.Title>
            <Prompt.Description>The department is removed from every stage it is mapped to.</Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>Cancel</Prompt.Cancel>
            <Prompt.Action
              onClick={(e) => {
                e.preventDefault()
                confirmRemove()
              }}
            >
              Remove
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}

function RenameRow({ department, onDone }: { department: Department; onDone: () => void }) {
  const [name, setName] = useState(department.name)
  const [code, setCode] = useState(department.code ?? "")
  const update = useUpdateDepartment()
  const errors = fieldErrors(update.error, FIELDS)
  const save = () =>
    update.mutate(
      { id: department.id, name: name.trim(), code: code.trim() || null },
      {
        onSuccess: () => {
          toast.success(`Department "${name.trim()}" saved`)
          onDone()
        },
      }
    )
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Enter") save()
    if (e.key === "Escape") onDone()
  }
  return (
    <Table.Row data-testid="department-rename">
      <Table.Cell className="py-2 align-top">
        <Input size="small" aria-label="Department name" autoFocus value={name} onChange={(e) => setName(e.target.value)} onKeyDown={onKey} />
        {(errors.name || errors._form) && (
          <Text size="small" className="text-ui-fg-error mt-1" role="alert">
            {errors.name ?? errors._form}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="py-2 align-top">
        <Input size="small" aria-label="Department code" value={code} onChange={(e) => setCode(e.target.value)} onKeyDown={onKey} />
        {errors.code && (
          <Text size="small" className="text-ui-fg-error mt-1" role="alert">
            {errors.code}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="py-2 text-right align-top">
        <div className="flex justify-end gap-x-2">
          <Button size="small" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
          <Button size="small" onClick={save} disabled={!name.trim()} isLoading={update.isPending}>
            Save
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
