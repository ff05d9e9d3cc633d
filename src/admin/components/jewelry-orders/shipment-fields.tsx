import { Input, Select } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useOrderShippingOptions } from "../../hooks/api/jewelry-orders"
import { Field } from "../field"

export const SHIPMENT_FIELDS = ["carrier", "tracking_number", "tracking_url", "shipping_option_id"] as const
export type ShipmentForm = Record<(typeof SHIPMENT_FIELDS)[number], string>
export const EMPTY_SHIPMENT: ShipmentForm = { carrier: "", tracking_number: "", tracking_url: "", shipping_option_id: "" }

type Props = { orderId: string; needsOption: boolean; open: boolean; form: ShipmentForm; errors: Record<string, string>; onChange: (patch: Partial<ShipmentForm>) => void }

/** The parcel: carrier, tracking number and link, and a shipping option when the order has no shipping method. */
export function ShipmentFields({ orderId, needsOption, open, form, errors, onChange }: Props) {
  const { t } = useTranslation()
  const options = useOrderShippingOptions(orderId, open && needsOption)
  return (
    <>
      <div className="grid grid-cols-2 gap-4">
        <Field label={t("jewelry.orders.carrier")} htmlFor="carrier" error={errors.carrier}>
          <Input id="carrier" value={form.carrier} onChange={(e) => onChange({ carrier: e.target.value })} placeholder={t("jewelry.orders.carrierPlaceholder")} />
        </Field>
        <Field label={t("jewelry.orders.trackingNumber")} htmlFor="tracking_number" error={errors.tracking_number}>
          <Input id="tracking_number" value={form.tracking_number} onChange={(e) => onChange({ tracking_number: e.target.value })} />
        </Field>
      </div>
      <Field label={t("jewelry.orders.trackingUrl")} htmlFor="tracking_url" error={errors.tracking_url}>
        <Input id="tracking_url" value={form.tracking_url} onChange={(e) => onChange({ tracking_url: e.target.value })} placeholder="https://" />
      </Field>
      {needsOption && (
        <Field label={t("jewelry.orders.shippingOption")} htmlFor="shipping_option_id" error={errors.shipping_option_id} hint={t("jewelry.orders.shippingOptionHint")}>
          <Select value={form.shipping_option_id} onValueChange={(v) => onChange({ shipping_option_id: v })}>
            <Select.Trigger id="shipping_option_id" data-testid="shipping-option-select">
              <Select.Value placeholder={t("jewelry.orders.chooseShippingOption")} />
            </Select.Trigger>
            <Select.Content>
              {(options.data?.shipping_options ?? []).map((o) => (
                <Select.Item key={o.id} value={o.id}>{o.name}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      )}
    </>
  )
}
