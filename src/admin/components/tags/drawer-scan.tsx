import { useTranslation } from "react-i18next"
import { resolveCode } from "../../hooks/api/tags"
import { ScanField } from "./scan-field"

/**
 * A scan field inside the Issue and Allocate drawers: the scanned tag picks
 * its item in the drawer's list. Nothing is taken from stock until the
 * drawer is confirmed; an item the drawer does not offer is refused with why.
 */
export function DrawerScan({ offered, onPick, testId }: { offered: { id: string; tag_id: string; status: string }[]; onPick: (id: string) => void; testId: string }) {
  const { t } = useTranslation()
  return (
    <ScanField
      testId={testId}
      label={t("jewelry.tags.scanToAdd")}
      onScan={async (code) => {
        const hit = await resolveCode(code)
        if (hit.kind !== "stock_item") throw new Error(t("jewelry.tags.notAnItem", { code: hit.code }))
        const item = hit.stock_item
        if (!offered.some((o) => o.id === item.id)) {
          throw new Error(item.status !== "available" ? t("jewelry.tags.notAvailable", { tag: item.tag_id, status: item.status }) : t("jewelry.tags.notOffered", { tag: item.tag_id }))
        }
        onPick(item.id)
        return t("jewelry.tags.picked", { tag: item.tag_id })
      }}
    />
  )
}
