import BigNumber from "bignumber.js"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { StockCount, StockDailyTotal, StockItem, StockMovement, StoneSetting, TagSequence } from "./models"
import { applyMovement, InsufficientStockError, ledgerGrams } from "../../lib/ledger"
import { formatDecimal, toDecimal, WeightUnit } from "../../lib/units"
import { convertWeightExactly, MAX_PIECES, MAX_WEIGHT_GRAMS_TEXT, WeightConversionError, withinWeightBound } from "../../lib/decimal-input"
import { formatTag } from "../../lib/tags"
import { fineWeight } from "../../lib/purity"
import { PAGE_KEY, stockListCountSql, stockListPageSql, type ListPage } from "./list-sql"
import type { PageEdge } from "../../lib/page-cursor"

/** A page of the stock list: its rows, and the first and last row's place in the list's order. */
export type StockRows = { rows: Record<string, any>[]; edges: { first: PageEdge | null; last: PageEdge | null } }

export type NewStockItem = {
  tag_id?: string | null
  tag_stem: string
  product_id: string | null
  variant_id?: string | null
  inventory_kind: string
  inventory_type_id: string
  shape?: string | null
  size?: string | null
  color?: string | null
  quality?: string | null
  /** Precious metal and fineness (parts per thousand); both or neither. */
  metal?: string | null
  fineness?: string | null
  weight: string
  weight_unit: WeightUnit
  pieces: number
  location_id: string
  rack?: string | null
  bin?: string | null
  image_url?: string | null
  status?: string
  cost_basis?: string | null
  currency_code?: string | null
  source_item_id?: string | null
  job_id?: string | null
  notes?: string | null
  metadata?: Record<string, unknown> | null
  ownership?: "shop" | "customer"
  customer_id?: string | null
}

export type MovementInput = {
  stock_item_id: string
  /** Signed: positive adds, negative deducts. In `weight_unit`, or the item's unit when omitted. */
  weight_delta: string
  weight_unit?: WeightUnit
  pieces_delta: number
  reason: string
  note?: string | null
  actor_id?: string | null
  reference_type?: string | null
  reference_id?: string | null
  /** Moves the item to another location in the same step. */
  to_location_id?: string | null
}

export type LedgerResult = {
  movements: { id: string; stock_item_id: string }[]
  items: { id: string; variant_id: string | null; location_id: string; previous_location_id: string }[]
}

type LockedItem = {
  id: string
  tag_id: string
  metal: string | null
  fineness: string | null
  weight: string
  weight_unit: WeightUnit
  pieces: number
  product_id: string
  variant_id: string | null
  inventory_kind: string
  location_id: string
  status: string
}

/** What one stock item may hold: the bounds every stored figure keeps exactly (src/lib/decimal-input.ts). */
function assertItemBounds(tag: string, grams: BigNumber, pieces: number) {
  if (!withinWeightBound(grams)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `weight: ${tag} would hold ${formatDecimal(grams)} g, more than ${MAX_WEIGHT_GRAMS_TEXT}, the most one stock item may hold`)
  }
  if (pieces > MAX_PIECES) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `pieces: ${tag} would hold ${pieces} pieces, more than ${MAX_PIECES.toLocaleString("en-US")}, the most one stock item may hold`)
  }
}

const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()))

class StockModuleService extends MedusaService({ StockItem, StockMovement, StockDailyTotal, StockCount, TagSequence, StoneSetting }) {
  /** Movements of the last `days` days per reason, for the written summary. */
  @InjectManager()
  async activityByReason(
    input: { product_id: string; inventory_kind: string; location_ids: string[] | null; days: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const scoped = input.location_ids !== null
    return (await this.em(sharedContext).execute(
      `SELECT reason, COUNT(*)::int AS movements,
              COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta > 0), 0)::text AS added_grams,
              COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0)::text AS deducted_grams,
              COUNT(DISTINCT location_id)::int AS locations, MAX(created_at) AS last_at
       FROM jewelry_stock_movement
       WHERE product_id = ? AND inventory_kind = ? AND created_at >= ? AND deleted_at IS NULL${scoped ? " AND location_id IN (?)" : ""}
       GROUP BY reason`,
      [
        input.product_id,
        input.inventory_kind,
        new Date(Date.now() - input.days * 86400000),
        ...(scoped ? [input.location_ids!.length ? input.location_ids : [""]] : []),
      ]
    )) as { reason: string; movements: number; added_grams: string; deducted_grams: string; locations: number; last_at: Date }[]
  }
  /**
   * One page of stock items in `order`, as the database holds them (no entities are built: a list
   * reads many rows), where it starts and ends (`edges`, for the next and previous page's cursors)
   * and the exact number of items matching `filters` (`countStockItems`).
   */
  @InjectManager()
  async listStockItemPage(
    filters: Record<string, unknown>,
    page: ListPage,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<StockRows & { count: number }> {
    const [read, count] = await Promise.all([this.listStockItemRows(filters, page, sharedContext), this.countStockItems(filters, sharedContext)])
    return { ...read, count }
  }

  /**
   * One page of stock items in `order` as plain rows, from an offset or from a cursor (`after` or
   * `before` a row: the next or previous page, read from that point of the list's index). Rows a
   * page skips are never fetched (list-sql.ts).
   */
  @InjectManager()
  async listStockItemRows(filters: Record<string, unknown>, page: ListPage, @MedusaContext() sharedContext: Context = {}): Promise<StockRows> {
    const list = stockListPageSql(filters, page)
    const read: Record<string, any>[] = await this.em(sharedContext).execute(list.sql, list.params)
    const edge = (row: Record<string, any> | undefined): PageEdge | null => (row ? { key: row[PAGE_KEY], id: row.id } : null)
    const edges = { first: edge(read[0]), last: edge(read[read.length - 1]) }
    const rows = read.map(({ [PAGE_KEY]: _key, ...row }) => row)
    return { rows, edges }
  }

  /**
   * The exact number of live items matching `filters`. A filter on ownership, location and status
   * only (the list's usual shapes, a member's locations included) is counted from
   * `jewelry_stock_count`, a few rows whatever the stock's size; any other filter over the items.
   */
  @InjectManager()
  async countStockItems(filters: Record<string, unknown>, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const counted = stockListCountSql(filters)
    const [total] = await this.em(sharedContext).execute(counted.sql, counted.params)
    return Number(total.n)
  }

  /** Folds the count's appended changes into one row per ownership, location and status (a scheduled job). */
  @InjectTransactionManager()
  async compactStockCounts(@MedusaContext() sharedContext: Context = {}): Promise<{ before: number; after: number }> {
    const [r] = await this.em(sharedContext).execute(
      `WITH gone AS (DELETE FROM jewelry_stock_count WHERE deleted_at IS NULL RETURNING ownership, location_id, status, items),
            kept AS (
              INSERT INTO jewelry_stock_count (id, ownership, location_id, status, items)
              SELECT 'jsc_' || replace(gen_random_uuid()::text, '-', ''), ownership, location_id, status, SUM(items)
              FROM gone GROUP BY ownership, location_id, status HAVING SUM(items) <> 0
              RETURNING 1)
       SELECT (SELECT COUNT(*) FROM gone)::int AS before, (SELECT COUNT(*) FROM kept)::int AS after`
    )
    return r
  }

  private em(sharedContext: Context): any {
    const em = (sharedContext.transactionManager ?? sharedContext.manager) as any
    if (!em) throw new Error("stock service: no entity manager in context")
    return em
  }

  /** Reserves `count` new tags for a stem atomically: concurrent callers never get the same number. */
  @InjectTransactionManager()
  async reserveTags(stem: string, count: number, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const em = this.em(sharedContext)
    const tags: string[] = []
    while (tags.length < count) {
      const need = count - tags.length
      const rows = await em.execute(
        `INSERT INTO jewelry_tag_sequence (id, stem, last_value) VALUES (?, ?, ?)
         ON CONFLICT (stem) WHERE deleted_at IS NULL
         DO UPDATE SET last_value = jewelry_tag_sequence.last_value + EXCLUDED.last_value, updated_at = now()
         RETURNING last_value`,
        [generateEntityId(undefined, "jts"), stem, need]
      )
      const last = Number(rows[0].last_value)
      const candidates = Array.from({ length: need }, (_, i) => formatTag(stem, last - need + 1 + i))
      // A tag imported by hand may already hold a number of the sequence: skip it.
      const taken = await em.execute(
        `SELECT tag_id FROM jewelry_stock_item WHERE tag_id IN (?) AND deleted_at IS NULL`,
        [candidates]
      )
      const takenSet = new Set(taken.map((r: any) => r.tag_id))
      tags.push(...candidates.filter((t) => !takenSet.has(t)))
    }
    return tags
  }

  /**
   * Creates stock items with their opening movement in one transaction.
   * Tags are generated from each item's stem unless given.
   */
  @InjectTransactionManager()
  async createItemsWithLedger(
    inputs: NewStockItem[],
    actor: { actor_id?: string | null; reason?: string; reference_type?: string | null; reference_id?: string | null } = {},
    @MedusaContext() sharedContext: Context = {}
  ) {
    const byStem = new Map<string, number>()
    for (const i of inputs) if (!i.tag_id) byStem.set(i.tag_stem, (byStem.get(i.tag_stem) ?? 0) + 1)
    const pools = new Map<string, string[]>()
    for (const [stem, n] of byStem) pools.set(stem, await this.reserveTags(stem, n, sharedContext))

    const explicit = inputs.filter((i) => i.tag_id).map((i) => i.tag_id!)
    if (new Set(explicit).size !== explicit.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "tag_id: the same tag is given twice")
    }
    if (explicit.length) {
      const clash = await this.listStockItems({ tag_id: explicit }, { select: ["tag_id"], take: explicit.length }, sharedContext)
      if (clash.length) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `tag_id: ${clash.map((c) => c.tag_id).join(", ")} already exists`)
      }
    }

    const records = inputs.map((i) => {
      const { tag_stem, ...rest } = i
      const weight = toDecimal(i.weight)
      if (weight.isNegative()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "weight: must be 0 or more")
      if (!Number.isInteger(i.pieces) || i.pieces < 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "pieces: must be a whole number, 0 or more")
      if (!i.metal !== !i.fineness) throw new MedusaError(MedusaError.Types.INVALID_DATA, "purity: give the metal and its fineness together")
      const grams = ledgerGrams(weight, i.weight_unit)
      assertItemBounds(i.tag_id ?? "the new item", grams, i.pieces)
      return {
        ...rest,
        metal: i.metal ?? null,
        fineness: i.fineness ?? null,
        tag_id: i.tag_id ?? pools.get(tag_stem)!.shift()!,
        weight: formatDecimal(weight),
        weight_grams: grams.toFixed(),
        fine_grams: fineWeight(grams, i.fineness).toFixed(),
        status: (i.status ?? "available") as any,
      }
    })
    const items = (await this.createStockItems(records as any, sharedContext)) as unknown as any[]
    const now = new Date()
    await this.createStockMovements(
      items.map((item: any, idx: number) => ({
        stock_item_id: item.id,
        direction: "added" as const,
        reason: (actor.reason ?? "initial") as any,
        weight: records[idx].weight,
        weight_unit: item.weight_unit,
        grams_delta: records[idx].weight_grams,
        metal: records[idx].metal,
        fineness: records[idx].fineness,
        fine_grams_delta: records[idx].fine_grams,
        pieces_delta: records[idx].pieces,
        balance_weight: records[idx].weight,
        balance_pieces: records[idx].pieces,
        product_id: item.product_id,
        inventory_kind: item.inventory_kind,
        location_id: item.location_id,
        actor_id: actor.actor_id ?? null,
        reference_type: actor.reference_type ?? null,
        reference_id: actor.reference_id ?? null,
      })) as any,
      sharedContext
    )
    await this.addToDailyTotals(
      items.map((item: any, idx: number) => ({
        product_id: item.product_id,
        inventory_kind: item.inventory_kind,
        location_id: item.location_id,
        grams: new BigNumber(records[idx].weight_grams),
      })),
      now,
      sharedContext
    )
    return items
  }

  /**
   * Appends movements and updates the items' balances in one transaction.
   * Items are locked (in id order, so concurrent callers never deadlock)
   * before their balance is read: 50 concurrent deductions queue up, and the
   * one that would go below zero is refused with the balance untouched.
   */
  @InjectTransactionManager()
  async recordMovements(moves: MovementInput[], @MedusaContext() sharedContext: Context = {}): Promise<LedgerResult> {
    if (!moves.length) return { movements: [], items: [] }
    const em = this.em(sharedContext)
    const ids = [...new Set(moves.map((m) => m.stock_item_id))].sort()
    const locked: LockedItem[] = await em.execute(
      `SELECT id, tag_id, metal, fineness::text AS fineness, weight::text AS weight, weight_unit, pieces, product_id, variant_id, inventory_kind, location_id, status
       FROM jewelry_stock_item WHERE id IN (?) AND deleted_at IS NULL ORDER BY id FOR UPDATE`,
      [ids]
    )
    const byId = new Map(locked.map((i) => [i.id, { ...i, previous_location_id: i.location_id }]))
    const missing = ids.filter((id) => !byId.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `stock_item_id: stock item ${missing.join(", ")} was not found`)
    }

    const now = new Date()
    const movementRows: any[] = []
    const daily: { product_id: string; inventory_kind: string; location_id: string; grams: BigNumber }[] = []
    for (const m of moves) {
      const item = byId.get(m.stock_item_id)!
      const unit = item.weight_unit
      let delta: BigNumber
      try {
        // Never rounded into the item's unit: the movement records exactly what the item gains or loses.
        delta = m.weight_unit && m.weight_unit !== unit ? convertWeightExactly(toDecimal(m.weight_delta), m.weight_unit, unit) : toDecimal(m.weight_delta)
      } catch (e) {
        if (e instanceof WeightConversionError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `weight: ${item.tag_id} is kept in ${unit}: ${e.message}`)
        throw e
      }
      let next
      try {
        next = applyMovement({ weight: new BigNumber(item.weight), pieces: item.pieces }, { weight: delta, pieces: m.pieces_delta })
      } catch (e) {
        if (e instanceof InsufficientStockError) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `${e.field}: ${item.tag_id} has ${e.field === "weight" ? `${formatDecimal(e.available)} ${unit}` : `${e.available} pieces`}, cannot deduct ${e.field === "weight" ? `${formatDecimal(e.requested)} ${unit}` : `${e.requested} pieces`}`
          )
        }
        throw e
      }
      const before = ledgerGrams(item.weight, unit)
      const after = ledgerGrams(next.weight, unit)
      assertItemBounds(item.tag_id, after, next.pieces)
      const gramsDelta = after.minus(before)
      const from = item.location_id
      if (m.to_location_id) item.location_id = m.to_location_id
      movementRows.push({
        stock_item_id: item.id,
        // The direction follows the weight; a pieces-only change follows the pieces.
        direction: delta.isNegative()
          ? "deducted"
          : delta.isPositive()
            ? "added"
            : m.pieces_delta < 0
              ? "deducted"
              : m.pieces_delta > 0
                ? "added"
                : "none",
        reason: m.reason,
        weight: formatDecimal(delta.abs()),
        weight_unit: unit,
        grams_delta: gramsDelta.toFixed(),
        metal: item.metal,
        fineness: item.fineness,
        fine_grams_delta: fineWeight(gramsDelta, item.fineness).toFixed(),
        pieces_delta: m.pieces_delta,
        balance_weight: formatDecimal(next.weight),
        balance_pieces: next.pieces,
        product_id: item.product_id,
        inventory_kind: item.inventory_kind,
        location_id: item.location_id,
        from_location_id: m.to_location_id && m.to_location_id !== from ? from : null,
        note: m.note ?? null,
        actor_id: m.actor_id ?? null,
        reference_type: m.reference_type ?? null,
        reference_id: m.reference_id ?? null,
      })
      daily.push({ product_id: item.product_id, inventory_kind: item.inventory_kind, location_id: item.location_id, grams: gramsDelta })
      item.weight = formatDecimal(next.weight)
      item.pieces = next.pieces
    }

    await this.updateStockItems(
      [...byId.values()].map((i) => ({
        id: i.id,
        weight: i.weight,
        weight_grams: ledgerGrams(i.weight, i.weight_unit).toFixed(),
        fine_grams: fineWeight(ledgerGrams(i.weight, i.weight_unit), i.fineness).toFixed(),
        pieces: i.pieces,
        location_id: i.location_id,
      })) as any,
      sharedContext
    )
    const created = (await this.createStockMovements(movementRows, sharedContext)) as unknown as any[]
    await this.addToDailyTotals(daily, now, sharedContext)
    return {
      movements: created.map((m: any) => ({ id: m.id, stock_item_id: m.stock_item_id })),
      items: [...byId.values()].map((i) => ({
        id: i.id,
        variant_id: i.variant_id,
        location_id: i.location_id,
        previous_location_id: i.previous_location_id,
      })),
    }
  }

  private async addToDailyTotals(
    rows: { product_id: string; inventory_kind: string; location_id: string; grams: BigNumber }[],
    at: Date,
    sharedContext: Context
  ) {
    const em = this.em(sharedContext)
    const merged = new Map<string, { key: string; product_id: string; inventory_kind: string; location_id: string; added: BigNumber; deducted: BigNumber; n: number }>()
    for (const r of rows) {
      const key = `${r.product_id}|${r.inventory_kind}|${r.location_id}`
      const cur = merged.get(key) ?? { key, product_id: r.product_id, inventory_kind: r.inventory_kind, location_id: r.location_id, added: new BigNumber(0), deducted: new BigNumber(0), n: 0 }
      if (r.grams.isNegative()) cur.deducted = cur.deducted.plus(r.grams.abs())
      else cur.added = cur.added.plus(r.grams)
      cur.n += 1
      merged.set(key, cur)
    }
    const day = dayOf(at)
    // A customer's piece has no product and is no part of the shop's analytics.
    for (const key of [...merged.keys()]) if (!merged.get(key)!.product_id) merged.delete(key)
    // Sorted so concurrent transactions take the roll-up rows' locks in one order.
    for (const r of [...merged.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      await em.execute(
        `INSERT INTO jewelry_stock_daily_total
           (id, product_id, inventory_kind, location_id, day, added_grams, deducted_grams, movements, raw_added_grams, raw_deducted_grams)
         VALUES (?, ?, ?, ?, ?, ?::numeric, ?::numeric, ?,
           jsonb_build_object('value', ?::text, 'precision', 20), jsonb_build_object('value', ?::text, 'precision', 20))
         ON CONFLICT (product_id, inventory_kind, day, location_id) WHERE deleted_at IS NULL DO UPDATE SET
           added_grams = jewelry_stock_daily_total.added_grams + EXCLUDED.added_grams,
           deducted_grams = jewelry_stock_daily_total.deducted_grams + EXCLUDED.deducted_grams,
           raw_added_grams = jsonb_build_object('value', (jewelry_stock_daily_total.added_grams + EXCLUDED.added_grams)::text, 'precision', 20),
           raw_deducted_grams = jsonb_build_object('value', (jewelry_stock_daily_total.deducted_grams + EXCLUDED.deducted_grams)::text, 'precision', 20),
           movements = jewelry_stock_daily_total.movements + EXCLUDED.movements,
           updated_at = now()`,
        [
          generateEntityId(undefined, "jsd"),
          r.product_id,
          r.inventory_kind,
          r.location_id,
          day,
          r.added.toFixed(),
          r.deducted.toFixed(),
          r.n,
          r.added.toFixed(),
          r.deducted.toFixed(),
        ]
      )
    }
  }

  /**
   * Workflow compensation: takes back movements this workflow appended,
   * by applying their inverse to the items (other movements made since stay
   * intact) and erasing them, and removes items the workflow created.
   */
  @InjectTransactionManager()
  async undoLedger(
    undo: { movement_ids?: string[]; created_item_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = this.em(sharedContext)
    await em.execute(`SET LOCAL jewelry.ledger_undo = 'on'`)
    const created = undo.created_item_ids ?? []
    const openings: any[] = created.length
      ? await em.execute(`SELECT id FROM jewelry_stock_movement WHERE stock_item_id IN (?)`, [created])
      : []
    const movementIds = [...new Set([...(undo.movement_ids ?? []), ...openings.map((r) => r.id)])]
    if (movementIds.length) {
      const moves: any[] = await em.execute(
        `SELECT id, stock_item_id, grams_delta::text AS grams_delta, fine_grams_delta::text AS fine_grams_delta, pieces_delta, weight::text AS weight, direction,
                location_id, from_location_id, product_id, inventory_kind, created_at
         FROM jewelry_stock_movement WHERE id IN (?) ORDER BY created_at DESC, id DESC`,
        [movementIds]
      )
      const itemIds = [...new Set(moves.map((m) => m.stock_item_id))].sort()
      if (itemIds.length) {
        await em.execute(`SELECT id FROM jewelry_stock_item WHERE id IN (?) ORDER BY id FOR UPDATE`, [itemIds])
      }
      for (const m of moves) {
        const sign = m.direction === "deducted" ? 1 : -1
        await em.execute(
          // The raw (exact) columns change in the same statement: the database keeps each numeric column equal to its raw value.
          `UPDATE jewelry_stock_item SET
             weight = weight + (?::numeric), weight_grams = weight_grams - (?::numeric), fine_grams = fine_grams - (?::numeric), pieces = pieces - ?,
             raw_weight = jsonb_build_object('value', (weight + (?::numeric))::text, 'precision', 20),
             raw_weight_grams = jsonb_build_object('value', (weight_grams - (?::numeric))::text, 'precision', 20),
             raw_fine_grams = jsonb_build_object('value', (fine_grams - (?::numeric))::text, 'precision', 20),
             location_id = COALESCE(?, location_id), updated_at = now()
           WHERE id = ?`,
          [
            new BigNumber(m.weight).times(sign).toFixed(),
            m.grams_delta,
            m.fine_grams_delta ?? "0",
            m.pieces_delta,
            new BigNumber(m.weight).times(sign).toFixed(),
            m.grams_delta,
            m.fine_grams_delta ?? "0",
            m.from_location_id,
            m.stock_item_id,
          ]
        )
        const grams = new BigNumber(m.grams_delta)
        await em.execute(
          `UPDATE jewelry_stock_daily_total SET
             added_grams = added_grams - ?::numeric, deducted_grams = deducted_grams - ?::numeric, movements = movements - 1,
             raw_added_grams = jsonb_build_object('value', (added_grams - ?::numeric)::text, 'precision', 20),
             raw_deducted_grams = jsonb_build_object('value', (deducted_grams - ?::numeric)::text, 'precision', 20)
           WHERE product_id = ? AND inventory_kind = ? AND location_id = ? AND day = date_trunc('day', ?::timestamptz AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
             AND deleted_at IS NULL`,
          [
            grams.isNegative() ? "0" : grams.toFixed(),
            grams.isNegative() ? grams.abs().toFixed() : "0",
            grams.isNegative() ? "0" : grams.toFixed(),
            grams.isNegative() ? grams.abs().toFixed() : "0",
            m.product_id,
            m.inventory_kind,
            m.location_id,
            m.created_at,
          ]
        )
      }
      await em.execute(
        `UPDATE jewelry_stock_item SET raw_weight = jsonb_build_object('value', weight::text, 'precision', 20),
           raw_weight_grams = jsonb_build_object('value', weight_grams::text, 'precision', 20),
           raw_fine_grams = jsonb_build_object('value', fine_grams::text, 'precision', 20)
         WHERE id IN (?)`,
        [itemIds.length ? itemIds : [""]]
      )
      await em.execute(`DELETE FROM jewelry_stock_movement WHERE id IN (?)`, [movementIds])
    }
    if (created.length) {
      await em.execute(`DELETE FROM jewelry_stock_item WHERE id IN (?)`, [created])
    }
  }

  /**
   * A product's stock figures for one inventory kind, all computed by the
   * database. Totals come from the items (on hand: not sold or scrapped);
   * the trend and the 30-day change come from the daily roll-up per
   * location (for staff limited to some locations, theirs only): no request
   * reads the ledger, so the time stays flat as it grows.
   */
  @InjectManager()
  async productAnalytics(
    input: { product_id: string; inventory_kind: string; location_ids: string[] | null; days: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const em = this.em(sharedContext)
    const scoped = input.location_ids !== null
    const locFilter = scoped ? ` AND location_id IN (?)` : ""
    const locParams = scoped ? [input.location_ids!.length ? input.location_ids : [""]] : []
    // One window covers both the chart and the 30-day change.
    const windowDays = Math.max(input.days, 31)
    const since = dayOf(new Date(Date.now() - (windowDays - 1) * 86400000))
    const key = (d: Date) => d.toISOString().slice(0, 10)
    const chartFrom = key(dayOf(new Date(Date.now() - (input.days - 1) * 86400000)))
    const changeFrom = key(dayOf(new Date(Date.now() - 30 * 86400000)))
    const [byKind, days] = await Promise.all([
      em.execute(
        `SELECT inventory_kind, metal, COUNT(*)::int AS item_count, COALESCE(SUM(weight_grams), 0)::text AS total_grams,
                COALESCE(SUM(fine_grams), 0)::text AS fine_grams, COALESCE(SUM(pieces), 0)::int AS pieces
         FROM jewelry_stock_item
         WHERE product_id = ? AND status NOT IN ('sold', 'scrapped', 'returned') AND ownership = 'shop' AND deleted_at IS NULL${locFilter}
         GROUP BY inventory_kind, metal`,
        [input.product_id, ...locParams]
      ) as Promise<any[]>,
      // The daily roll-up per location: a day's locations summed (only the caller's when scoped).
      em.execute(
        `SELECT to_char(day AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, SUM(added_grams)::text AS added_grams, SUM(deducted_grams)::text AS deducted_grams
         FROM jewelry_stock_daily_total
         WHERE product_id = ? AND inventory_kind = ? AND day >= ?${locFilter} AND deleted_at IS NULL
         GROUP BY day ORDER BY day`,
        [input.product_id, input.inventory_kind, since, ...locParams]
      ) as Promise<{ day: string; added_grams: string; deducted_grams: string }[]>,
    ])
    // One row per kind and metal: totals add up over metals, fine metal is kept per metal (never summed across metals).
    const ofKind = byKind.filter((k) => k.inventory_kind === input.inventory_kind)
    const totals = {
      item_count: ofKind.reduce((n, k) => n + Number(k.item_count), 0),
      total_grams: ofKind.reduce((n, k) => n.plus(k.total_grams), new BigNumber(0)).toFixed(),
      pieces: ofKind.reduce((n, k) => n + Number(k.pieces), 0),
    }
    const fine = ofKind.filter((k) => k.metal).map((k) => ({ metal: k.metal as string, fine_grams: k.fine_grams as string, gross_grams: k.total_grams as string }))
    const counts = new Map<string, number>()
    for (const k of byKind) counts.set(k.inventory_kind, (counts.get(k.inventory_kind) ?? 0) + Number(k.item_count))
    const kinds = [...counts.entries()].map(([inventory_kind, item_count]) => ({ inventory_kind, item_count }))
    const series = days.filter((r) => r.day >= chartFrom)
    const change = {
      change_grams: days
        .filter((r) => r.day >= changeFrom)
        .reduce((n, r) => n.plus(r.added_grams).minus(r.deducted_grams), new BigNumber(0))
        .toFixed(),
    }
    return {
      item_count: Number(totals.item_count),
      pieces: Number(totals.pieces),
      total_grams: totals.total_grams as string,
      fine,
      change_30d_grams: change.change_grams as string,
      series: series.map((r) => ({ day: r.day, added_grams: r.added_grams, deducted_grams: r.deducted_grams })),
      kinds,
    }
  }

  /** Raw SQL on the module's connection, inside the caller's transaction when there is one. */
  @InjectManager()
  async query<T = any>(sql: string, params: unknown[] = [], @MedusaContext() sharedContext: Context = {}): Promise<T[]> {
    return await this.em(sharedContext).execute(sql, params)
  }
}

export default StockModuleService
