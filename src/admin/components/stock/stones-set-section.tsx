import { Badge, Button, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { StoneSetting } from "../../../types/repairs"
import { unsetStoneRequest, useStockItemAction, type StockItemView } from "../../hooks/api/stock-items"
import { dash, dateOnly, money } from "../../lib/format"
import { SetStonesDrawer } from "./set-stones-drawer"

/** The piece's as-built record of stones (SetStones): each stone set, still in or taken out; set more, or take one out. */
export function StonesSetSection({ view }: { view: StockItemView }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const item = view.stock_item
  const action = useStockItemAction(item.id)
  const [open, setOpen] = useState(false)
  const onHand = item.ownership !== "customer" && (item.status === "available" || item.status === "reserved")
  const takeOut = async (s: StoneSetting) => {
    const ok = await prompt({
      title: t("jewelry.stones.takeOutTitle", { tag: s.stone_tag_id }),
      description: t("jewelry.stones.takeOutHint", { tag: s.stone_tag_id, piece: item.tag_id }),
      confirmText: t("jewelry.stones.takeOut"),
      cancelText: t("jewelry.stones.keep"),
    })
    if (!ok) return
    action.mutate(unsetStoneRequest(s.id), {
      onSuccess: () => toast.success(t("jewelry.stones.takenOut", { tag: s.stone_tag_id })),
      onError: (e) => toast.error(e.message),
    })
  }
  return (
    <>
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("jewelry.stones.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("jewelry.stones.hint")}</Text>
        </div>
        {onHand && <Button size="small" variant="secondary" onClick={() => setOpen(true)} data-testid="open-set-stones">{t("jewelry.stones.setAction")}</Button>}
      </div>
      <div className="px-6 py-4" data-testid="stones-set">
        {view.stones_set.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("jewelry.stones.tag")}</Table.HeaderCell>
                <Table.HeaderCell>{t("jewelry.stones.shapeSize")}</Table.HeaderCell>
                <Table.HeaderCell>{t("jewelry.stones.colorQuality")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("jewelry.stones.weight")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("jewelry.pieces")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("jewelry.stones.cost")}</Table.HeaderCell>
                <Table.HeaderCell>{t("jewelry.stones.state")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {view.stones_set.map((s) => (
                <Table.Row key={s.id} data-testid="stone-set-row" data-tag={s.stone_tag_id} data-state={s.unset_at ? "out" : "set"} className={s.unset_at ? "text-ui-fg-muted" : ""}>
                  <Table.Cell><Link to={`/stock/${s.stone_item_id}`} className="text-ui-fg-interactive font-mono hover:underline">{s.stone_tag_id}</Link></Table.Cell>
                  <Table.Cell>{[s.shape, s.size].filter(Boolean).join(" · ") || dash}</Table.Cell>
                  <Table.Cell>{[s.color, s.quality].filter(Boolean).join(" · ") || dash}</Table.Cell>
                  <Table.Cell className="text-right" data-testid="stone-weight">{s.weight} {s.weight_unit}</Table.Cell>
                  <Table.Cell className="text-right">{s.pieces}</Table.Cell>
                  <Table.Cell className="text-right">{money(s.cost)}</Table.Cell>
                  <Table.Cell>
                    {s.unset_at ? <Badge size="2xsmall" color="grey">{t("jewelry.stones.takenOutOn", { date: dateOnly(s.unset_at) })}</Badge> : <Badge size="2xsmall" color="green">{t("jewelry.stones.setOn", { date: dateOnly(s.created_at) })}</Badge>}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {!s.unset_at && onHand && <Button size="small" variant="transparent" onClick={() => takeOut(s)} data-testid="take-out-stone">{t("jewelry.stones.takeOut")}</Button>}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-subtle" data-testid="no-stones-set">{t("jewelry.stones.none")}</Text>
        )}
      </div>
      <SetStonesDrawer item={item} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
