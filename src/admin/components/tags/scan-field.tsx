import { Input, Text } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useTranslation } from "react-i18next"

/**
 * A field a hand scanner types into: the code, then Enter. `onScan` gets the
 * code (trimmed) and returns what to say (or throws the API's error, shown
 * in red). The field empties itself and keeps the focus for the next scan.
 */
export function ScanField({
  onScan,
  label,
  testId,
  autoFocus,
}: {
  onScan: (code: string) => Promise<string | void>
  label?: string
  testId: string
  autoFocus?: boolean
}) {
  const { t } = useTranslation()
  const [value, setValue] = useState("")
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)
  const ref = useRef<HTMLInputElement>(null)
  const submit = async () => {
    const code = value.trim()
    if (!code || busy) return
    setBusy(true)
    setNote(null)
    try {
      const said = await onScan(code)
      setNote(said ? { ok: true, text: said } : null)
    } catch (e: any) {
      // The API names the field ("code: …"); at the bench the sentence is what matters.
      setNote({ ok: false, text: String(e?.message ?? e).replace(/^code: /, "") })
    } finally {
      setValue("")
      setBusy(false)
      ref.current?.focus()
    }
  }
  return (
    <div className="flex flex-col gap-y-1" data-testid={testId}>
      <Input
        ref={ref}
        size="small"
        autoFocus={autoFocus}
        aria-label={label ?? t("jewelry.tags.scan")}
        placeholder={label ?? t("jewelry.tags.scan")}
        value={value}
        disabled={busy}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault()
            void submit()
          }
        }}
        data-testid={`${testId}-input`}
      />
      {note && (
        <Text size="xsmall" className={note.ok ? "text-ui-fg-subtle" : "text-ui-fg-error"} role={note.ok ? "status" : "alert"} data-testid={`${testId}-${note.ok ? "note" : "error"}`}>
          {note.text}
        </Text>
      )}
    </div>
  )
}
