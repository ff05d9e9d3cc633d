import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { Style, StyleBomLine, StyleLaborLine } from "./models/style"

export type StyleLines = { bom_lines?: Record<string, any>[]; labor_lines?: Record<string, any>[] }

/** A line as it was, ready to be written again (no ids, raw columns or timestamps). */
function asInput(l: any) {
  const { id: _i, style: _s, style_id: _sid, created_at: _c, updated_at: _u, deleted_at: _d, raw_weight: _rw, raw_unit_cost: _ru, raw_cost: _rc, ...rest } = l
  return {
    ...rest,
    weight: l.weight === null || l.weight === undefined ? null : String(l.weight),
    unit_cost: l.unit_cost === undefined ? undefined : String(l.unit_cost),
    cost: l.cost === undefined ? undefined : String(l.cost),
  }
}

class StyleModuleService extends MedusaService({ Style, StyleBomLine, StyleLaborLine }) {
  /** A style with its bill of materials and labour, in one transaction: all of it or none. */
  @InjectTransactionManager()
  async createStyleWithLines(fields: Record<string, any>, lines: StyleLines, @MedusaContext() sharedContext: Context = {}) {
    const style: any = await this.createStyles(fields as any, sharedContext)
    await this.writeLines(style.id, lines, sharedContext)
    return style
  }

  /**
   * Changes a style's fields and replaces the lines given, in one
   * transaction. Returns the style as it was, for a workflow to put back.
   */
  @InjectTransactionManager()
  async updateStyleWithLines(id: string, fields: Record<string, any>, lines: StyleLines, @MedusaContext() sharedContext: Context = {}) {
    const [current]: any[] = await this.listStyles({ id }, { relations: ["bom_lines", "labor_lines"], take: 1 }, sharedContext)
    const previous = {
      fields: Object.fromEntries(Object.keys(fields).map((k) => [k, current[k]])),
      lines: {
        bom_lines: lines.bom_lines ? current.bom_lines.map(asInput) : undefined,
        labor_lines: lines.labor_lines ? current.labor_lines.map(asInput) : undefined,
      } as StyleLines,
    }
    if (Object.keys(fields).length) await this.updateStyles({ id, ...fields } as any, sharedContext)
    if (lines.bom_lines) await this.deleteStyleBomLines(current.bom_lines.map((l: any) => l.id), sharedContext)
    if (lines.labor_lines) await this.deleteStyleLaborLines(current.labor_lines.map((l: any) => l.id), sharedContext)
    await this.writeLines(id, lines, sharedContext)
    return previous
  }

  private async writeLines(styleId: string, lines: StyleLines, sharedContext: Context) {
    if (lines.bom_lines?.length) {
      await this.createStyleBomLines(lines.bom_lines.map((l, rank) => ({ ...l, rank, style_id: styleId })) as any, sharedContext)
    }
    if (lines.labor_lines?.length) {
      await this.createStyleLaborLines(lines.labor_lines.map((l, rank) => ({ ...l, rank, style_id: styleId })) as any, sharedContext)
    }
  }
}

export default StyleModuleService
