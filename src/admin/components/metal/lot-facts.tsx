import { Text } from "@medusajs/ui"

/** A lot's figures as a grid of labelled values. */
export function LotFacts({ facts }: { facts: { id: string; label: string; value: string; alert?: boolean }[] }) {
  return (
    <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="lot-facts">
      {facts.map((f) => (
        <div key={f.id}>
          <Text size="xsmall" className="text-ui-fg-subtle">{f.label}</Text>
          <Text size="small" weight="plus" className={f.alert ? "text-ui-fg-error" : undefined} data-testid={`fact-${f.id}`}>
            {f.value}
          </Text>
        </div>
      ))}
    </div>
  )
}
