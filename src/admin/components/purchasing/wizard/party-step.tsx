import { useTranslation } from "react-i18next"
import { staffName, useStaffUsers } from "../../../hooks/api/medusa"
import { Field } from "../../field"
import { OptionSelect } from "../../option-select"
import { SearchSelect } from "../search-select"
import { useCustomerOptions, useSupplierOptions } from "../search-options"
import type { OrderWizardState } from "./use-order-wizard"

/** Step 1: who the order is with (a supplier, or one of Medusa's customers) and who leads it in the shop. */
export function PartyStep({ wizard }: { wizard: OrderWizardState }) {
  const { t } = useTranslation()
  const users = useStaffUsers().data ?? []
  const { kind, party, errors } = wizard
  const purchase = kind === "purchase"
  return (
    <div className="grid max-w-xl gap-4">
      <Field
        label={purchase ? t("jewelry.purchasing.wizard.supplier") : t("jewelry.purchasing.wizard.customer")}
        htmlFor="wizard-party"
        hint={purchase ? t("jewelry.purchasing.wizard.supplierHint") : t("jewelry.purchasing.wizard.customerHint")}
        error={errors.supplier_id ?? errors.customer_id}
      >
        <SearchSelect
          id="wizard-party"
          value={party.value}
          onChange={party.set}
          useOptions={purchase ? useSupplierOptions : useCustomerOptions}
          placeholder={purchase ? t("jewelry.purchasing.wizard.chooseSupplier") : t("jewelry.purchasing.wizard.chooseCustomer")}
        />
      </Field>
      <Field label={t("jewelry.purchasing.wizard.lead")} htmlFor="wizard-lead" hint={t("jewelry.purchasing.wizard.leadHint")} error={errors.lead_user_id}>
        <OptionSelect id="wizard-lead" value={party.lead} onChange={party.setLead} options={users.map((u) => [u.id, staffName(u)])} emptyLabel={t("jewelry.purchasing.wizard.nobody")} />
      </Field>
    </div>
  )
}
