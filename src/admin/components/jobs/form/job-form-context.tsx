import { Input } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { JOB_KINDS, JOB_MODES } from "../../../../types/production-jobs"
import { useStyles } from "../../../hooks/api/styles"
import { useStages } from "../../../hooks/api/production-settings"
import { Field } from "../../field"
import { OptionSelect } from "../../option-select"
import { RepairItemField } from "../repair-item-field"
import { choiceOf, textOf, type FormPart, type SourceLines } from "./job-form-state"
import { ProductPick } from "./product-pick"
import { SourceStockLines } from "./source-stock-lines"

/** The job form's first step: what kind of job, which design or piece, the start stage, the product made and the stock it starts from. */
export function JobFormContext(props: FormPart & { lines: SourceLines; setLines: (l: SourceLines) => void }) {
  const { t } = useTranslation()
  const { f, patch, errors, lines, setLines } = props
  const stages = useStages({ is_active: true }).data?.stages ?? []
  const styles = useStyles({ source: "own" }).data?.styles ?? []
  const style = f.mode === "style"
  return (
    <>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("jewelry.job.form.kind")} htmlFor="job-kind" error={errors.kind}>
          <OptionSelect {...choiceOf(props, "kind", "job-kind")} options={JOB_KINDS.map((k) => [k, t(`jewelry.job.form.kinds.${k}`)])} placeholder={t("jewelry.job.form.kind")} />
        </Field>
        <Field label={t("jewelry.job.form.mode")} htmlFor="job-mode" error={errors.mode}>
          <OptionSelect {...choiceOf(props, "mode", "job-mode")} options={JOB_MODES.map((m) => [m, t(`jewelry.job.form.modes.${m}`)])} placeholder={t("jewelry.job.form.mode")} />
        </Field>
      </div>
      {f.kind === "repair" && <RepairItemField value={f.repair_item_id ?? ""} onChange={(v) => patch({ repair_item_id: v })} error={errors.repair_item_id} />}
      {style && (
        <div className="grid grid-cols-[1fr_120px] gap-3">
          <Field label={t("jewelry.job.form.style")} htmlFor="job-style" error={errors.style_id}>
            <OptionSelect {...choiceOf(props, "style_id", "job-style")} options={styles.map((s) => [s.id, `${s.code} · ${s.name}`])} placeholder={t("jewelry.job.form.chooseStyle")} />
          </Field>
          <Field label={t("jewelry.job.form.quantity")} htmlFor="job-quantity" error={errors.quantity}><Input type="number" min={1} {...textOf(props, "quantity", "job-quantity")} /></Field>
        </div>
      )}
      <Field label={style ? t("jewelry.job.form.titleOptional") : t("jewelry.job.form.title")} htmlFor="job-title" error={errors.title}>
        <Input placeholder={t("jewelry.job.form.titlePlaceholder")} {...textOf(props, "title", "job-title")} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("jewelry.job.form.startStage")} htmlFor="job-start-stage" error={errors.start_stage_id}>
          <OptionSelect {...choiceOf(props, "start_stage_id", "job-start-stage")} options={stages.map((s) => [s.id, s.name])} placeholder={t("jewelry.job.form.defaultStage")} />
        </Field>
        <Field label={t("jewelry.job.form.order")} htmlFor="job-order" error={errors.order_id}><Input placeholder="order_…" {...textOf(props, "order_id", "job-order")} /></Field>
      </div>
      <ProductPick id="job-product" label={t("jewelry.job.form.product")} placeholder={t("jewelry.job.form.productPlaceholder")} error={errors.product_id} value={f.product} onChange={(p) => patch({ product: p, variant_id: "" })} />
      {f.product?.variants.length ? (
        <Field label={t("jewelry.job.form.variant")} htmlFor="job-variant" error={errors.variant_id}>
          <OptionSelect {...choiceOf(props, "variant_id", "job-variant")} options={f.product.variants.map((v) => [v.id, v.title])} placeholder={t("jewelry.job.form.variant")} emptyLabel={t("jewelry.job.form.none")} />
        </Field>
      ) : null}
      <ProductPick
        id="job-source"
        label={t("jewelry.job.form.source")}
        hint={t("jewelry.job.form.sourceHint")}
        placeholder={t("jewelry.job.form.anyProduct")}
        error={errors.source_product_ids}
        value={f.source}
        onChange={(p) => {
          patch({ source: p })
          setLines({})
        }}
      />
      {f.source && <SourceStockLines productId={f.source.id} lines={lines} setLines={setLines} errors={errors} />}
    </>
  )
}
