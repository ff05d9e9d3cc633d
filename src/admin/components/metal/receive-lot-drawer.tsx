import { Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import type { RefiningLot } from "../../../types/metal"
import { useReceiveRefiningLot } from "../../hooks/api/metal"
import { useStockLocations } from "../../hooks/api/medusa"
import { rowErrors } from "../../lib/field-errors"
import { Field } from "../field"
import { OptionSelect } from "../option-select"
import { FormDrawer } from "./form-drawer"
import { blankOutput, OutputRows, type OutputRow } from "./output-rows"

/** Receives a lot back from the refiner, once: fine metal (and any stones) into stock at a location. */
export function ReceiveLotDrawer({ lot, open, onClose }: { lot: RefiningLot; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const locations = useStockLocations()
  const receive = useReceiveRefiningLot(lot.id)
  const [locationId, setLocationId] = useState("")
  const [rows, setRows] = useState<OutputRow[]>([])
  const [charges, setCharges] = useState("")
  const [missing, setMissing] = useState<Record<string, string>>({})
  const [wasOpen, setWasOpen] = useState(false)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) {
      setLocationId(lot.location_id ?? "")
      setRows([blankOutput(lot.unit)])
      setCharges("")
      setMissing({})
      receive.reset()
    }
  }
  // The first location until one is chosen (the list may arrive after the drawer opens).
  const location = locationId || locations.data?.[0]?.id || ""
  const errors = { ...rowErrors(receive.error, "outputs", rows.map((r) => `output:${r.key}`), ["location_id", "outputs", "charges", "currency_code"]), ...missing }
  const submit = async () => {
    const need: Record<string, string> = {}
    if (!location) need.location_id = t("jewelry.lots.needLocation")
    for (const r of rows) if (!r.product_id || !r.weight.trim()) need[`output:${r.key}`] = t("jewelry.lots.needOutput")
    setMissing(need)
    if (Object.keys(need).length) return
    try {
      const res = await receive.mutateAsync({
        location_id: location,
        outputs: rows.map((r) => ({
          product_id: r.product_id,
          purity: r.purity.trim() || null,
          weight: r.weight.trim(),
          weight_unit: r.weight_unit,
          ...(r.pieces ? { pieces: Number(r.pieces) } : {}),
        })),
        ...(charges.trim() ? { charges: charges.trim() } : {}),
      })
      toast.success(t("jewelry.lots.received", { number: lot.display_number, tags: res.created_items.map((i) => i.tag_id).join(", ") }))
      onClose()
    } catch {
      // Shown beside the field or row the API named.
    }
  }
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t("jewelry.lots.receiveTitle", { number: lot.display_number })}
      description={t("jewelry.lots.receiveHint", { fine: `${lot.est_fine_weight} ${lot.unit}` })}
      testId="receive-lot"
      submitLabel={t("jewelry.lots.receive")}
      busy={receive.isPending}
      onSubmit={submit}
      formError={errors._form}
    >
      <Field label={t("jewelry.lots.location")} htmlFor="receive-location" error={errors.location_id}>
        <OptionSelect id="receive-location" value={location} placeholder={t("jewelry.lots.chooseLocation")} options={(locations.data ?? []).map((l) => [l.id, l.name])} onChange={setLocationId} />
      </Field>
      <Text size="small" weight="plus">{t("jewelry.lots.outputs")}</Text>
      {errors.outputs && <Text size="small" className="text-ui-fg-error" role="alert">{errors.outputs}</Text>}
      <OutputRows rows={rows} onChange={setRows} unit={lot.unit} errors={errors} />
      <Field label={t("jewelry.lots.charges")} htmlFor="receive-charges" error={errors.charges} hint={t("jewelry.lots.chargesHint")}>
        <Input id="receive-charges" inputMode="decimal" value={charges} onChange={(e) => setCharges(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
