import { ExclamationCircle } from "@medusajs/icons"
import { Button, Prompt, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useResetProductionCatalog } from "../../hooks/use-production-settings"
import { INDUSTRIES, type Industry } from "../../lib/production-settings"
import { Field, Section } from "../field"

const label = (i: Industry) => INDUSTRIES.find((x) => x.value === i)?.label ?? i

/** Reset: reload the industry's default stage catalog, after an explicit confirmation. */
export function ResetSection({ industry, readOnly }: { industry: Industry; readOnly: boolean }) {
  const [target, setTarget] = useState<Industry>(industry)
  const [open, setOpen] = useState(false)
  const reset = useResetProductionCatalog()
  useEffect(() => setTarget(industry), [industry])

  const confirm = () =>
    reset.mutate(target, {
      onSuccess: ({ reset: r }) => {
        toast.success("Production stages reset", {
          // Where the dashboard's other toasts appear (giving props drops @medusajs/ui's default).
          position: "top-right",
          description: `Loaded ${r.stages_created} ${label(r.industry).toLowerCase()} stages; ${r.stages_removed} removed, ${r.stages_archived} archived.`,
        })
      },
      onError: (e: any) => toast.error(e?.message ?? "The reset failed"),
      onSettled: () => setOpen(false),
    })

  return (
    <Section title="Reset" description="Production Stages Catalog" testId="section-reset">
      <div className="flex flex-col gap-y-4">
        <div className="bg-ui-bg-subtle shadow-borders-base flex items-start gap-x-3 rounded-lg p-3" data-testid="reset-warning">
          <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
          <div>
            <Text size="small" weight="plus">
              Warning
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Resetting production stages permanently deletes custom stages and cannot be undone. Review this warning
              carefully before you continue. The reset reloads the default stage flow, departments and inventory types of
              the selected industry; stages that existing jobs use are archived and keep their history.
            </Text>
          </div>
        </div>
        {!readOnly && (
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div className="w-full max-w-[240px]">
              <Field label="Industry" htmlFor="reset-industry">
                <Select value={target} onValueChange={(v) => setTarget(v as Industry)}>
                  <Select.Trigger id="reset-industry">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {INDUSTRIES.map((i) => (
                      <Select.Item key={i.value} value={i.value}>
                        {i.label}
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
      </div>
      <Prompt open={open} onOpenChange={(o) => !reset.isPending && setOpen(o)}>
        <Prompt.Content data-testid="reset-confirm">
          <Prompt.Header>
            <Prompt.Title>Reset production stages?</Prompt.Title>
            <Prompt.Description>
              Custom stages are permanently deleted and the {label(target).toLowerCase()} default stages are loaded. This
              cannot be undone.
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel disabled={reset.isPending}>Cancel</Prompt.Cancel>
            <Prompt.Action
              disabled={reset.isPending}
              onClick={(e) => {
                // Keep the dialog open until the reset has answered.
                e.preventDefault()
                confirm()
              }}
              data-testid="confirm-reset"
            >
              Reset stages
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Section>
  )
}
