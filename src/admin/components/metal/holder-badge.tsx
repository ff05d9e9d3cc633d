import { Badge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { HolderType } from "../../../types/metal"

/** Staff member or outside vendor: who holds the metal. */
export function HolderBadge({ type }: { type: HolderType }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={type === "user" ? "blue" : "purple"} data-testid="holder-type">
      {type === "user" ? t("jewelry.holder.staff") : t("jewelry.holder.vendor")}
    </Badge>
  )
}
