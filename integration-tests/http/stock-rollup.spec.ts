import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"
import { STOCK_MODULE } from "../../src/modules/stock"

jest.setTimeout(240_000)

/**
 * The product analytics' daily roll-up per location is kept in the same
 * transaction as each movement, so it always equals the ledger's sums: after
 * many writes at the same moment, moves between locations and refused
 * deductions. A member limited to one location reads the roll-up, not the
 * ledger, and gets exactly that location's ledger figures.
 *
 * The stock list's count per ownership, location and status is kept by the
 * database (triggers appending each statement's change): it equals the items
 * after concurrent creates, moves, status changes and a write that fails
 * half-way, before and after the rows are folded together.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: StaffUser
    let w: Awaited<ReturnType<typeof createWorkshop>>

    beforeEach(async () => {
      admin = await createStaffUser(getContainer(), api, `admin-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      w = await createWorkshop(getContainer())
    })

    /** Rows where the roll-up and the ledger grouped the same way disagree (none expected). */
    const disagreements = async () =>
      (
        await dbConnection.raw(`
          WITH ledger AS (
            SELECT product_id, inventory_kind, location_id, date_trunc('day', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS day,
                   COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta >= 0), 0) AS added,
                   COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0) AS deducted, COUNT(*)::int AS n
            FROM jewelry_stock_movement WHERE deleted_at IS NULL AND product_id IS NOT NULL GROUP BY 1, 2, 3, 4),
          rollup AS (
            SELECT product_id, inventory_kind, location_id, day, added_grams AS added, deducted_grams AS deducted, movements AS n
            FROM jewelry_stock_daily_total WHERE deleted_at IS NULL AND (movements <> 0 OR added_grams <> 0 OR deducted_grams <> 0))
          SELECT l.*, r.added AS r_added, r.deducted AS r_deducted, r.n AS r_n, r.location_id AS r_location
          FROM ledger l FULL OUTER JOIN rollup r USING (product_id, inventory_kind, location_id, day)
          WHERE l.added IS DISTINCT FROM r.added OR l.deducted IS DISTINCT FROM r.deducted OR l.n IS DISTINCT FROM r.n`)
      ).rows

    /** Keys where the stock count and the items disagree (none expected). */
    const countDisagreements = async () =>
      (
        await dbConnection.raw(`
          WITH items AS (SELECT ownership, location_id, status, COUNT(*)::int AS n FROM jewelry_stock_item WHERE deleted_at IS NULL GROUP BY 1, 2, 3),
               counted AS (SELECT ownership, location_id, status, SUM(items)::int AS n FROM jewelry_stock_count WHERE deleted_at IS NULL GROUP BY 1, 2, 3 HAVING SUM(items) <> 0)
          SELECT i.*, c.n AS counted FROM items i FULL OUTER JOIN counted c USING (ownership, location_id, status) WHERE i.n IS DISTINCT FROM c.n`)
      ).rows

    it("the stock list's count equals the items after concurrent creates, moves, status changes and a write failing half-way, before and after compaction", async () => {
      const [type] = (await dbConnection.raw(`SELECT id FROM production_inventory_type WHERE name = 'Gemstones' AND deleted_at IS NULL LIMIT 1`)).rows
      const body = (location_id: string, n: number) => ({ product_id: w.diamond.id, inventory_type_id: type.id, shape: "Round", weight: `1.${n}`, weight_unit: "ct", pieces: 1, location_id })
      const created = await Promise.all(
        Array.from({ length: 8 }, (_, n) => api.post("/admin/stock-items", { items: [body(n % 2 ? w.main.id : w.vault.id, n), body(w.main.id, n + 10)] }, admin.headers))
      )
      const items = created.flatMap((r) => r.data.stock_items)
      expect(items).toHaveLength(16)
      // The items' movements fail to write once: the item written in the same transaction is gone, and so is its count.
      const stock: any = getContainer().resolve(STOCK_MODULE)
      const spy = jest.spyOn(stock, "createStockMovements").mockRejectedValueOnce(new Error("disk full"))
      expect((await attempt(api.post("/admin/stock-items", body(w.vault.id, 99), admin.headers))).status).toBe(500)
      spy.mockRestore()
      const statuses = ["reserved", "sold", "scrapped", "available"]
      const writes = items.map((item: any, n: number) =>
        n % 3 === 0
          ? attempt(api.post(`/admin/stock-items/${item.id}/move`, { location_id: item.location_id === w.main.id ? w.vault.id : w.main.id }, admin.headers))
          : n % 3 === 1
            ? attempt(api.post(`/admin/stock-items/${item.id}/status`, { status: statuses[n % 4] }, admin.headers))
            : attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: "-5.00", note: "refused" }, admin.headers))
      )
      const results = await Promise.all(writes)
      expect(results.filter((r) => r.status >= 500)).toEqual([])
      expect(results.some((r) => r.status === 400)).toBe(true)
      expect(await countDisagreements()).toEqual([])

      const listCount = async (query: string, headers = admin.headers) => (await api.get(`/admin/stock-items?${query}&limit=1`, headers)).data.count
      const sqlCount = async (where: string, params: unknown[]) =>
        (await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM jewelry_stock_item WHERE deleted_at IS NULL AND ownership = 'shop' ${where}`, params)).rows[0].n
      const expected = {
        all: await sqlCount("", []),
        mainAvailable: await sqlCount("AND location_id = ? AND status = 'available'", [w.main.id]),
        vaultReserved: await sqlCount("AND location_id = ? AND status = 'reserved'", [w.vault.id]),
        round: await sqlCount("AND shape = 'Round'", []),
      }
      expect(expected.mainAvailable).toBeGreaterThan(0)
      const listed = async () => ({
        all: await listCount(""),
        mainAvailable: await listCount(`location_id=${w.main.id}&status=available`),
        vaultReserved: await listCount(`location_id=${w.vault.id}&status=reserved`),
        round: await listCount("shape=Round"),
      })
      expect(await listed()).toEqual(expected)

      // Folded into one row per key: the same counts.
      const before = (await dbConnection.raw(`SELECT COUNT(*)::int AS n FROM jewelry_stock_count`)).rows[0].n
      const folded = await stock.compactStockCounts()
      const keys = (await dbConnection.raw(`SELECT COUNT(DISTINCT (ownership, location_id, status))::int AS n FROM jewelry_stock_item WHERE deleted_at IS NULL`)).rows[0].n
      expect(folded).toEqual({ before, after: keys })
      expect(await countDisagreements()).toEqual([])
      expect(await listed()).toEqual(expected)

      // A member sees the count of their location only.
      const member = await createStaffUser(getContainer(), api, `cnt-${Date.now()}@workshop.test`)
      await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] }, admin.headers)
      expect(await listCount("", member.headers)).toBe(await sqlCount("AND location_id = ?", [w.main.id]))
      expect(await listCount(`location_id=${w.vault.id}`, member.headers)).toBe(0)
    })

    it("the daily roll-up per location equals the ledger's sums after 60 concurrent writes, moves and refusals, and a member reads exactly their location's figures", async () => {
      const [type] = (await dbConnection.raw(`SELECT id FROM production_inventory_type WHERE name = 'Gemstones' AND deleted_at IS NULL LIMIT 1`)).rows
      const create = async (location_id: string, weight: string) =>
        (
          await api.post(
            "/admin/stock-items",
            { product_id: w.diamond.id, inventory_type_id: type.id, shape: "Round", weight, weight_unit: "ct", pieces: 1, location_id },
            admin.headers
          )
        ).data.stock_item
      const items = [
        await create(w.main.id, "2.00"),
        await create(w.main.id, "1.50"),
        await create(w.vault.id, "3.25"),
        await create(w.vault.id, "0.75"),
      ]
      // 60 writes at once: additions, deductions (some refused for going below zero), and moves.
      const writes = Array.from({ length: 60 }, (_, n) => {
        const item = items[n % items.length]
        if (n % 10 === 9) return attempt(api.post(`/admin/stock-items/${item.id}/move`, { location_id: n % 20 === 9 ? w.vault.id : w.main.id }, admin.headers))
        const delta = n % 3 === 0 ? `-0.${String(10 + n).padStart(2, "0")}` : n % 7 === 0 ? "-5.00" : `0.0${1 + (n % 9)}`
        return attempt(api.post(`/admin/stock-items/${item.id}/adjustments`, { weight_delta: delta, note: `write ${n}` }, admin.headers))
      })
      const results = await Promise.all(writes)
      expect(results.filter((r) => r.status >= 500)).toEqual([])
      expect(results.some((r) => r.status === 400)).toBe(true) // the -5.00 ct deductions are refused, nothing written
      expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(40)

      expect(await disagreements()).toEqual([])

      // The member at the main workshop: the chart and the 30-day change equal that location's ledger.
      const member = await createStaffUser(getContainer(), api, `mem-${Date.now()}@workshop.test`)
      await api.post("/admin/production/staff-profiles", { user_id: member.id, role: "member", location_ids: [w.main.id] }, admin.headers)
      const { rows: [mainLedger] } = await dbConnection.raw(
        `SELECT COALESCE(SUM(grams_delta) FILTER (WHERE grams_delta > 0), 0)::numeric AS added, COALESCE(-SUM(grams_delta) FILTER (WHERE grams_delta < 0), 0)::numeric AS deducted
         FROM jewelry_stock_movement WHERE product_id = ? AND location_id = ?`,
        [w.diamond.id, w.main.id]
      )
      const { rows: [allLedger] } = await dbConnection.raw(
        `SELECT COALESCE(SUM(grams_delta), 0)::numeric AS change FROM jewelry_stock_movement WHERE product_id = ?`,
        [w.diamond.id]
      )
      const mine = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=${items[0].inventory_kind}`, member.headers)).data.analytics
      const everyone = (await api.get(`/admin/products/${w.diamond.id}/stock-analytics?inventory_kind=${items[0].inventory_kind}`, admin.headers)).data.analytics
      const sum = (xs: any[], k: string) => xs.reduce((n, d) => n + Number(d[k]), 0)
      expect(mine.scope).toBe("own_locations")
      expect(sum(mine.series, "added").toFixed(4)).toBe(Number(mainLedger.added).toFixed(4))
      expect(sum(mine.series, "deducted").toFixed(4)).toBe(Number(mainLedger.deducted).toFixed(4))
      expect(Number(mine.change_30d).toFixed(4)).toBe((Number(mainLedger.added) - Number(mainLedger.deducted)).toFixed(4))
      expect(Number(everyone.change_30d).toFixed(4)).toBe(Number(allLedger.change).toFixed(4))
      // Two locations hold movements, so the member's figures are a true part of the whole.
      expect(Number(mine.change_30d)).not.toBe(Number(everyone.change_30d))
    })
  },
})
