import { Button, Drawer, Input, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useRemoveStyle, useSaveStyle, type Style } from "../../hooks/api/styles"
import { fieldErrors, rowErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { newBom, type BomLine } from "./bom-line-row"
import { bomBody, bomFrom, BomLines, laborBody, laborFrom, LaborLines, type LaborLine } from "./style-lines"

const FIELDS = ["code", "name", "category", "vendor_name", "vendor_sku", "lead_time_days", "image_url", "description"] as const
type Form = Record<(typeof FIELDS)[number], string>
const formOf = (s: Style | null): Form => ({ code: s?.code ?? "", name: s?.name ?? "", category: s?.category ?? "", vendor_name: s?.vendor_name ?? "", vendor_sku: s?.vendor_sku ?? "", lead_time_days: String(s?.lead_time_days ?? 14), image_url: s?.image_url ?? "", description: s?.description ?? "" })

/** A new style, or an existing one opened to edit or remove; its lines are added and removed here. */
export function StyleForm({ open, style, source, onClose }: { open: boolean; style: Style | null; source: "own" | "vendor"; onClose: () => void }) {
  const { t } = useTranslation()
  const save = useSaveStyle()
  const remove = useRemoveStyle()
  const prompt = usePrompt()
  const [form, setForm] = useState<Form>(formOf(null))
  const [bom, setBom] = useState<BomLine[]>([newBom()])
  const [labor, setLabor] = useState<LaborLine[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [shown, setShown] = useState<string | null>(null)
  const key = open ? style?.id ?? "new" : null
  if (key !== shown) {
    setShown(key)
    if (open) {
      setForm(formOf(style))
      setBom(style ? style.bom_lines.map(bomFrom) : [newBom()])
      setLabor(style ? style.labor_lines.map(laborFrom) : [])
      setErrors({})
    }
  }
  const kind = style?.source ?? source
  const input = (f: (typeof FIELDS)[number], type = "text") => (
    <Field label={t(`jewelry.styles.fields.${f}`)} htmlFor={`style-${f}`} error={errors[f]} testId={`style-${f}`}>
      <Input id={`style-${f}`} type={type} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />
    </Field>
  )
  const submit = () => {
    const missing: Record<string, string> = {}
    if (!form.code.trim()) missing.code = t("jewelry.styles.codeRequired")
    if (!form.name.trim()) missing.name = t("jewelry.styles.nameRequired")
    setErrors(missing)
    if (Object.keys(missing).length) return
    const body = {
      code: form.code.trim(),
      name: form.name.trim(),
      category: form.category || null,
      ...(style ? {} : { source: kind }),
      vendor_name: kind === "vendor" ? form.vendor_name || null : null,
      vendor_sku: kind === "vendor" ? form.vendor_sku || null : null,
      lead_time_days: Number.parseInt(form.lead_time_days || "0", 10),
      image_url: form.image_url || null,
      description: form.description || null,
      bom_lines: bomBody(bom),
      labor_lines: laborBody(labor),
    }
    save.mutate(
      { id: style?.id, body },
      {
        onSuccess: () => {
          toast.success(t("jewelry.styles.saved", { code: body.code }))
          onClose()
        },
        onError: (e) => {
          const bomErr = rowErrors(e, "bom_lines", bom.map((_, i) => `bom-${i}`), [])
          const laborErr = rowErrors(e, "labor_lines", labor.map((_, i) => `labor-${i}`), [])
          const own = Object.keys(bomErr).some((k) => k.startsWith("bom-")) ? bomErr : Object.keys(laborErr).some((k) => k.startsWith("labor-")) ? laborErr : fieldErrors(e, FIELDS)
          setErrors(own)
        },
      }
    )
  }
  const confirmRemove = async () => {
    if (!style) return
    const ok = await prompt({ title: t("jewelry.styles.removeTitle", { code: style.code }), description: t("jewelry.styles.removeHint", { name: style.name }), confirmText: t("jewelry.remove"), cancelText: t("jewelry.styles.keepIt") })
    if (!ok) return
    remove.mutate(style.id, { onSuccess: () => { toast.success(t("jewelry.styles.removed", { code: style.code })); onClose() }, onError: (e) => setErrors({ _form: e.message }) })
  }
  return (
    <Drawer open={open} onOpenChange={(o) => !o && onClose()}>
      <Drawer.Content data-testid="style-form" className="max-w-3xl">
        <Drawer.Header><Drawer.Title>{style ? `${style.code} · ${style.name}` : t(kind === "vendor" ? "jewelry.styles.newVendorStyle" : "jewelry.styles.newDesign")}</Drawer.Title></Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <div className="grid grid-cols-3 gap-3">
            {input("code")}
            {input("name")}
            {input("category")}
            {kind === "vendor" && input("vendor_name")}
            {kind === "vendor" && input("vendor_sku")}
            {input("lead_time_days", "number")}
          </div>
          {input("image_url")}
          <Field label={t("jewelry.styles.fields.description")} htmlFor="style-description" error={errors.description}>
            <Textarea id="style-description" value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />
          </Field>
          <BomLines bom={bom} setBom={setBom} errors={errors} unit="g" />
          <LaborLines labor={labor} setLabor={setLabor} errors={errors} />
          {errors._form && <Text className="text-ui-fg-error" role="alert" data-testid="style-form-error">{errors._form}</Text>}
        </Drawer.Body>
        <Drawer.Footer>
          {style && <Button size="small" variant="danger" className="mr-auto" onClick={confirmRemove} data-testid="remove-style">{t("jewelry.remove")}</Button>}
          <Drawer.Close asChild><Button size="small" variant="secondary">{t("jewelry.cancel")}</Button></Drawer.Close>
          <Button size="small" onClick={submit} isLoading={save.isPending} data-testid="save-style">{t("jewelry.styles.save")}</Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
