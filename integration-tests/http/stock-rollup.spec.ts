import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createWorkshop } from "../helpers/fixtures"

jest.setTimeout(240_000)

/**
 * The product analytics' daily roll-up per location is kept in the same
 * transaction as each movement, so it always equals the ledger's sums: after
 * many writes at the same moment, moves between locations and refused
 * deductions. A member limited to one location reads the roll-up, not the
 * ledger, and gets exactly that location's ledger figures.
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
