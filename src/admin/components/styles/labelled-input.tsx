import { Input, Label } from "@medusajs/ui"

/** A small input with its label kept above it, so a filled line still says what each figure is. */
export function LabelledInput({ label, value, onChange, className = "w-20", id }: { label: string; value: string; onChange: (v: string) => void; className?: string; id: string }) {
  return (
    <div className={`flex flex-col gap-y-1 ${className}`}>
      <Label htmlFor={id} size="xsmall" className="text-ui-fg-subtle">{label}</Label>
      <Input id={id} size="small" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  )
}
