import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** What a page shows before its record arrives: the request's error as a sentence, else "Loading…". */
export function Pending({ error }: { error?: { message: string } | null }) {
  const { t } = useTranslation()
  if (error) return <Text className="text-ui-fg-error" role="alert">{error.message}</Text>
  return <Text>{t("jewelry.loading")}</Text>
}
