import crypto from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { createShop, placeCartOrder, Shop } from "../helpers/shop"

const SECRET = "carrier-shared-secret"
process.env.JEWELRY_TRACKING_WEBHOOK_SECRET = SECRET

jest.setTimeout(240_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: StaffUser
    let shop: Shop

    const view = async (orderId: string) => (await api.get(`/admin/jewelry-orders/${orderId}`, admin.headers)).data
    const stocked = async () => {
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.ringInventoryId, location_id: shop.location.id })
      return Number(level?.stocked_quantity ?? 0)
    }
    const reservations = async (lineId: string) =>
      (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineId })).reduce((n: number, r: any) => n + Number(r.quantity), 0)
    const item = async (id: string) => (await api.get(`/admin/stock-items/${id}`, admin.headers)).data.stock_item
    const medusaOrder = async (id: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["id", "items.id", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity", "fulfillments.id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.labels.tracking_number"], filters: { id } })
      return data[0] as any
    }
    const recordRings = async (count: number) => {
      const { data } = await api.post(
        "/admin/stock-items",
        {
          items: Array.from({ length: count }, () => ({
            product_id: shop.ring.id,
            variant_id: shop.ringVariant.id,
            inventory_type_id: finishedType,
            weight: "4.2",
            weight_unit: "g",
            pieces: 1,
            location_id: shop.location.id,
          })),
        },
        admin.headers
      )
      return data.stock_items as any[]
    }
    const sign = (body: string, secret = SECRET, t = Math.floor(Date.now() / 1000)) => `t=${t},sha256=${crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`
    const webhook = (payload: object, signature?: string) => {
      const body = JSON.stringify(payload)
      return attempt(api.post("/hooks/jewelry-tracking", body, { headers: { "content-type": "application/json", "x-jewelry-signature": signature ?? sign(body) } }))
    }
    let finishedType: string

    beforeEach(async () => {
      const container = getContainer()
      admin = await createStaffUser(container, api, `admin-${Date.now()}@workshop.test`)
      await api.post("/admin/production/reset", { industry: "jewelry", confirm: true }, admin.headers)
      const { data: types } = await api.get("/admin/production/inventory-types", admin.headers)
      finishedType = types.inventory_types.find((t: any) => t.kind === "finished").id
      shop = await createShop(container)
    })

    describe("a storefront customer's order placed from a cart", () => {
      it("select inventory, ship in two parcels with tracking, and follow the carrier to Completed", async () => {
        const [ringA, ringB] = await recordRings(2)
        expect(await stocked()).toBe(2)
        const order = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 2 }])
        const line = order.items[0]
        expect(await reservations(line.id)).toBe(2)

        let v = await view(order.id)
        expect(v.order.fulfillment_status).toBe("not_started")
        expect(v.order.payment_status).toBe("authorized")
        expect(v.chips).toEqual([{ status: "not_started", label: "Not Started", count: 1 }])
        expect(v.lines[0]).toMatchObject({ quantity: 2, fulfilled_quantity: 0, shipped_quantity: 0, status: "not_started", shipment_status: null })

        // Select Inventory: ring A in full, and mark the line Ready.
        const { data: selected } = await api.post(
          `/admin/jewelry-orders/${order.id}/selections`,
          { lines: [{ line_item_id: line.id, items: [{ stock_item_id: ringA.id, full: true }], mark_ready: true }] },
          admin.headers
        )
        expect(selected.lines[0].status).toBe("ready")
        expect(selected.order.fulfillment_status).toBe("ready_to_ship")
        expect(selected.selections).toHaveLength(1)
        expect(selected.selections[0]).toMatchObject({ tag_id: ringA.tag_id, pieces: 1, weight: "4.2", status: "selected" })
        const a = await item(ringA.id)
        expect(a).toMatchObject({ pieces: 0, status: "reserved" })
        expect(Number(a.weight)).toBe(0)
        // The cart already reserved both rings: Medusa's stock is not taken twice.
        expect(await stocked()).toBe(2)
        expect(await reservations(line.id)).toBe(2)

        // A line cannot ship more than it ordered: refused, nothing changes.
        const tooMany = await attempt(
          api.post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "FedEx", tracking_number: "FX1", lines: [{ line_item_id: line.id, quantity: 3 }] }, admin.headers)
        )
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toMatch(/^lines\[0\]\.quantity: cannot ship 3 .* 2 ordered, 0 already shipped/)
        expect((await medusaOrder(order.id)).fulfillments).toHaveLength(0)
        expect((await view(order.id)).shipments).toHaveLength(0)

        // First parcel: the selected ring.
        const { data: first } = await api
          .post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "FedEx", tracking_number: "FX100", lines: [{ line_item_id: line.id, quantity: 1 }] }, admin.headers)
          .catch((e: any) => {
            throw new Error(JSON.stringify(e.response?.data))
          })
        expect(first.shipment).toMatchObject({ carrier: "FedEx", tracking_number: "FX100", status: "pending" })
        expect(first.lines[0]).toMatchObject({ fulfilled_quantity: 1, shipped_quantity: 1, status: "partially_shipped", shipment_status: "pending" })
        expect(first.order.fulfillment_status).toBe("partially_shipped")
        let mo = await medusaOrder(order.id)
        expect(mo.fulfillments).toHaveLength(1)
        expect(mo.fulfillments[0].shipped_at).toBeTruthy()
        expect(mo.fulfillments[0].labels[0].tracking_number).toBe("FX100")
        expect((await item(ringA.id)).status).toBe("sold")
        expect(await stocked()).toBe(1)

        // Second parcel: ring B picked while shipping.
        const { data: second } = await api.post(
          `/admin/jewelry-orders/${order.id}/shipments`,
          { carrier: "FedEx", tracking_number: "FX200", lines: [{ line_item_id: line.id, quantity: 1, items: [{ stock_item_id: ringB.id, full: true }] }] },
          admin.headers
        )
        expect(second.lines[0]).toMatchObject({ fulfilled_quantity: 2, shipped_quantity: 2, status: "shipped" })
        expect(second.order.fulfillment_status).toBe("shipped")
        expect((await item(ringB.id)).status).toBe("sold")
        expect(await stocked()).toBe(0)
        expect(await reservations(line.id)).toBe(0)
        const again = await attempt(
          api.post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "FedEx", tracking_number: "FX300", lines: [{ line_item_id: line.id, quantity: 1 }] }, admin.headers)
        )
        expect(again.status).toBe(400)

        // Tracking: the admin says in transit; a forged webhook is refused; the carrier's signed Delivered lands.
        const [p1, p2] = second.shipments
        const { data: moved } = await api.post(`/admin/jewelry-orders/${order.id}/shipments/${p1.id}/tracking`, { status: "in_transit" }, admin.headers)
        expect(moved.shipments[0].status).toBe("in_transit")
        const forged = await webhook({ tracking_number: "FX100", status: "delivered" }, sign(JSON.stringify({ tracking_number: "FX100", status: "delivered" }), "wrong-secret"))
        expect(forged.status).toBe(401)
        const unsigned = await attempt(api.post("/hooks/jewelry-tracking", { tracking_number: "FX100", status: "delivered" }))
        expect(unsigned.status).toBe(401)
        v = await view(order.id)
        expect(v.shipments[0].status).toBe("in_transit")
        expect(v.shipments[0].events.map((e: any) => e.status)).toEqual(["pending", "in_transit"])

        // A validly signed body replayed past the tolerance window is refused; so is the old format without a timestamp.
        const stale = JSON.stringify({ tracking_number: "FX100", status: "exception" })
        const replay = await webhook({ tracking_number: "FX100", status: "exception" }, sign(stale, SECRET, Math.floor(Date.now() / 1000) - 3600))
        expect(replay.status).toBe(401)
        expect(replay.data.message).toMatch(/^x-jewelry-signature: .*tolerance/)
        const oldFormat = await webhook({ tracking_number: "FX100", status: "exception" }, `sha256=${crypto.createHmac("sha256", SECRET).update(stale).digest("hex")}`)
        expect(oldFormat.status).toBe(401)
        // Out for delivery, then an older In transit arrives (a retry): the shipment never moves back.
        const now = Date.now()
        expect((await webhook({ tracking_number: "FX100", status: "out_for_delivery", occurred_at: new Date(now).toISOString() })).data.changed).toBe(true)
        const older = await webhook({ tracking_number: "FX100", status: "in_transit", occurred_at: new Date(now - 3600_000).toISOString() })
        expect(older.data).toMatchObject({ changed: false, stale: true, status: "out_for_delivery" })
        expect((await view(order.id)).shipments[0].status).toBe("out_for_delivery")

        expect((await webhook({ tracking_number: "FX100", status: "delivered" })).status).toBe(200)
        expect((await view(order.id)).order.fulfillment_status).toBe("shipped") // the second parcel is still on its way
        const last = await webhook({ tracking_number: "FX200", status: "delivered", note: "Signed by M. Chen" })
        expect(last.status).toBe(200)
        expect(last.data).toMatchObject({ status: "delivered", changed: true, order_fulfillment_status: "completed" })
        // The carrier retries: nothing changes.
        expect((await webhook({ tracking_number: "FX200", status: "delivered" })).data.changed).toBe(false)
        v = await view(order.id)
        expect(v.order.fulfillment_status).toBe("completed")
        expect(v.shipments.map((s: any) => s.status)).toEqual(["delivered", "delivered"])
        mo = await medusaOrder(order.id)
        expect(mo.fulfillments.every((f: any) => f.delivered_at)).toBe(true)
        expect(p2.tracking_number).toBe("FX200")
      })

      it("recomputes when Medusa's own admin fulfills, ships and delivers the order", async () => {
        const order = await placeCartOrder(api, shop, [{ variant_id: shop.chainVariant.id, quantity: 1 }])
        const line = order.items[0]
        const statusOf = async () => {
          const { data } = await api.get(`/admin/jewelry-orders?limit=200`, admin.headers)
          return data.orders.find((o: any) => o.order_id === order.id)?.fulfillment_status
        }
        const eventually = async (want: string) => {
          const end = Date.now() + 15000
          let got = await statusOf()
          while (got !== want && Date.now() < end) {
            await new Promise((r) => setTimeout(r, 200))
            got = await statusOf()
          }
          return got
        }
        expect(await eventually("not_started")).toBe("not_started")
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: line.id, quantity: 1 }], location_id: shop.location.id }, admin.headers)
        const fulfillmentId = (await medusaOrder(order.id)).fulfillments[0].id
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { items: [{ id: line.id, quantity: 1 }] }, admin.headers)
        expect(await eventually("shipped")).toBe("shipped")
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin.headers)
        expect(await eventually("completed")).toBe("completed")
      })

      it("a return received in Medusa's admin makes the line Partially Returned, then Returned", async () => {
        const order = await placeCartOrder(api, shop, [{ variant_id: shop.chainVariant.id, quantity: 2 }])
        const line = order.items[0]
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: line.id, quantity: 2 }], location_id: shop.location.id }, admin.headers)
        const fulfillmentId = (await medusaOrder(order.id)).fulfillments[0].id
        await api.post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { items: [{ id: line.id, quantity: 2 }] }, admin.headers)
        const returnOne = async () => {
          const fail = (step: string) => (e: any) => {
            throw new Error(`${step}: ${JSON.stringify(e.response?.data)}`)
          }
          const { data: r } = await api.post("/admin/returns", { order_id: order.id, location_id: shop.location.id }, admin.headers).catch(fail("return"))
          const id = r.return.id
          await api.post(`/admin/returns/${id}/request-items`, { items: [{ id: line.id, quantity: 1 }] }, admin.headers).catch(fail("request-items"))
          await api.post(`/admin/returns/${id}/request`, {}, admin.headers).catch(fail("request"))
          await api.post(`/admin/returns/${id}/receive`, {}, admin.headers).catch(fail("receive"))
          await api.post(`/admin/returns/${id}/receive-items`, { items: [{ id: line.id, quantity: 1 }] }, admin.headers).catch(fail("receive-items"))
          await api.post(`/admin/returns/${id}/receive/confirm`, {}, admin.headers).catch(fail("confirm"))
        }
        // The stored status, which only the subscriber on Medusa's order.return_received moves (reading the order page would recompute it).
        const stored = async (want: string) => {
          const end = Date.now() + 15000
          const get = async () => (await api.get("/admin/jewelry-orders?limit=200", admin.headers)).data.orders.find((o: any) => o.order_id === order.id)?.fulfillment_status
          let got = await get()
          while (got !== want && Date.now() < end) {
            await new Promise((r) => setTimeout(r, 200))
            got = await get()
          }
          return got
        }
        const lineStatus = async (want: string) => {
          expect(await stored(want === "returned" ? "all_returned" : "partially_returned")).toBe(want === "returned" ? "all_returned" : "partially_returned")
          return view(order.id)
        }
        await returnOne()
        let v = await lineStatus("partially_returned")
        expect(v.lines[0]).toMatchObject({ status: "partially_returned", returned_quantity: 1 })
        expect(v.order.fulfillment_status).toBe("partially_returned")
        await returnOne()
        v = await lineStatus("returned")
        expect(v.lines[0].status).toBe("returned")
        expect(v.order.fulfillment_status).toBe("all_returned")
      })

      it("stock selected for one line cannot be selected again, also when two orders ask at once", async () => {
        // Two ring orders (the stock must fit the line); two rings in stock so both carts check out.
        const [ring] = await recordRings(2)
        const one = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 1 }], "one@example.com")
        const two = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 1 }], "two@example.com")
        const pick = (o: any) =>
          attempt(api.post(`/admin/jewelry-orders/${o.id}/selections`, { lines: [{ line_item_id: o.items[0].id, items: [{ stock_item_id: ring.id, pieces: 1 }] }] }, admin.headers))
        const results = await Promise.all([pick(one), pick(two)])
        // The loser is refused whichever check catches it (the live selection or the ledger's empty balance): 409 either way.
        expect(results.filter((r) => r.status === 200)).toHaveLength(1)
        const lost = results.find((r) => r.status !== 200)!
        expect(lost.status).toBe(409)
        expect(lost.data.message).toMatch(ring.tag_id)
        const after = await item(ring.id)
        expect(after.pieces).toBe(0)
        expect(Number(after.weight)).toBe(0)
        const { data: history } = await api.get(`/admin/stock-items/${ring.id}`, admin.headers)
        expect(history.movements.filter((m: any) => m.reason === "sale")).toHaveLength(1)
        // And again later, on the same order: refused, naming the item.
        const loser = results[0].status !== 200 ? one : two
        const winner = loser === one ? two : one
        const retry = await pick(winner)
        expect(retry.status).toBe(409)
        expect(retry.data.message).toMatch(new RegExp(`^lines\\[0\\]\\.items\\[0\\]\\.stock_item_id: ${ring.tag_id} is already selected`))
      })
    })

    describe("an order created in the admin", () => {
      const adminOrder = async () => {
        await recordRings(1) // Medusa's draft order checks the ring is in stock.
        const { data: draft } = await api.post(
          "/admin/draft-orders",
          {
            email: "walk-in@example.com",
            region_id: shop.region.id,
            sales_channel_id: shop.channel.id,
            items: [
              { variant_id: shop.ringVariant.id, quantity: 1 },
              { variant_id: shop.chainVariant.id, quantity: 1 },
            ],
            shipping_address: { first_name: "Ana", last_name: "Ruiz", address_1: "2 Canal St", city: "New York", country_code: "us", postal_code: "10013" },
          },
          admin.headers
        ).catch((e: any) => {
          throw new Error(`draft order: ${JSON.stringify(e.response?.data)}`)
        })
        const { data } = await api.post(`/admin/draft-orders/${draft.draft_order.id}/convert-to-order`, {}, admin.headers)
        return data.order
      }

      it("hold stops shipping, release lets it go; Select Inventory reserves in Medusa when the order has no reservation", async () => {
        const [ring] = await recordRings(1)
        // An order made by code (the sales-order wizard, an import) through Medusa's createOrderWorkflow holds no reservation.
        const { result: order } = await createOrderWorkflow(getContainer()).run({
          input: {
            region_id: shop.region.id,
            sales_channel_id: shop.channel.id,
            email: "walk-in@example.com",
            currency_code: "usd",
            items: [
              { variant_id: shop.ringVariant.id, quantity: 1, title: "Solitaire Ring 14K", unit_price: 1200 } as any,
              { variant_id: shop.chainVariant.id, quantity: 1, title: "Rope Chain 925", unit_price: 90 } as any,
            ],
          },
        })
        const ringLine = order.items!.find((i: any) => i.variant_id === shop.ringVariant.id)!
        const chainLine = order.items!.find((i: any) => i.variant_id === shop.chainVariant.id)!
        expect(await reservations(ringLine.id)).toBe(0)

        const noReason = await attempt(api.post(`/admin/jewelry-orders/${order.id}/hold`, {}, admin.headers))
        expect(noReason.status).toBe(400)
        const { data: held } = await api.post(`/admin/jewelry-orders/${order.id}/hold`, { reason: "Customer changing the engraving" }, admin.headers)
        expect(held.order).toMatchObject({ on_hold: true, fulfillment_status: "on_hold", hold_reason: "Customer changing the engraving" })
        const blocked = await attempt(
          api.post(
            `/admin/jewelry-orders/${order.id}/shipments`,
            { carrier: "UPS", tracking_number: "1Z1", shipping_option_id: shop.option.id, lines: [{ line_item_id: chainLine.id, quantity: 1 }] },
            admin.headers
          )
        )
        expect(blocked.status).toBe(400)
        expect(blocked.data.message).toMatch(/on hold/)
        expect((await medusaOrder(order.id)).fulfillments ?? []).toHaveLength(0)
        const { data: released } = await api.post(`/admin/jewelry-orders/${order.id}/release`, {}, admin.headers)
        expect(released.order.on_hold).toBe(false)
        expect(released.order.fulfillment_status).toBe("not_started")

        await api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: ringLine.id, items: [{ stock_item_id: ring.id, full: true }], mark_ready: true }] }, admin.headers)
        expect(await reservations(ringLine.id)).toBe(1)
        expect(await stocked()).toBe(1)

        // No shipping method on an admin order: the shipment names the option to use.
        const noOption = await attempt(
          api.post(`/admin/jewelry-orders/${order.id}/shipments`, { carrier: "UPS", tracking_number: "1Z2", lines: [{ line_item_id: ringLine.id, quantity: 1 }] }, admin.headers)
        )
        expect(noOption.status).toBe(400)
        expect(noOption.data.message).toMatch(/^shipping_option_id: /)
        const { data: shipped } = await api.post(
          `/admin/jewelry-orders/${order.id}/shipments`,
          { carrier: "UPS", tracking_number: "1Z3", shipping_option_id: shop.option.id, lines: [{ line_item_id: ringLine.id, quantity: 1 }] },
          admin.headers
        )
        expect(shipped.lines.find((l: any) => l.id === ringLine.id).status).toBe("shipped")
        expect(shipped.order.fulfillment_status).toBe("partially_shipped")
        expect(await stocked()).toBe(0)
      })

      it("cancel selected lines after confirming: stock goes back, Medusa lets the reservation go, the order follows", async () => {
        const order = await adminOrder()
        const ring = (await api.get(`/admin/stock-items?variant_id=${shop.ringVariant.id}`, admin.headers)).data.stock_items[0]
        const ringLine = order.items.find((i: any) => i.variant_id === shop.ringVariant.id)
        const chainLine = order.items.find((i: any) => i.variant_id === shop.chainVariant.id)
        await api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: ringLine.id, items: [{ stock_item_id: ring.id, full: true }] }] }, admin.headers)
        expect((await item(ring.id)).pieces).toBe(0)

        const unconfirmed = await attempt(api.post(`/admin/jewelry-orders/${order.id}/cancel-lines`, { line_item_ids: [ringLine.id] }, admin.headers))
        expect(unconfirmed.status).toBe(400)
        expect(unconfirmed.data.message).toMatch(/confirm/)
        expect((await item(ring.id)).pieces).toBe(0)

        const { data } = await api.post(`/admin/jewelry-orders/${order.id}/cancel-lines`, { line_item_ids: [ringLine.id], reason: "Customer chose another ring", confirm: true }, admin.headers)
        expect(data.lines.find((l: any) => l.id === ringLine.id)).toMatchObject({ status: "cancelled", cancel_reason: "Customer chose another ring" })
        expect(data.selections[0].status).toBe("released")
        const back = await item(ring.id)
        expect(back).toMatchObject({ pieces: 1, status: "available" })
        expect(Number(back.weight)).toBe(4.2)
        expect(await reservations(ringLine.id)).toBe(0)
        expect(await stocked()).toBe(1)
        expect(data.chips).toEqual(
          expect.arrayContaining([
            { status: "not_started", label: "Not Started", count: 1 },
            { status: "cancelled", label: "Cancelled", count: 1 },
          ])
        )
        expect(data.order.fulfillment_status).toBe("not_started")

        const twice = await attempt(api.post(`/admin/jewelry-orders/${order.id}/cancel-lines`, { line_item_ids: [ringLine.id], confirm: true }, admin.headers))
        expect(twice.status).toBe(400)
        const select = await attempt(
          api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: ringLine.id, items: [{ stock_item_id: ring.id, full: true }] }] }, admin.headers)
        )
        expect(select.status).toBe(400)
        const { data: all } = await api.post(`/admin/jewelry-orders/${order.id}/cancel-lines`, { line_item_ids: [chainLine.id], confirm: true }, admin.headers)
        expect(all.order.fulfillment_status).toBe("cancelled")
      })

      it("a production job on a line moves the line to In Progress and the order to In Production", async () => {
        const order = await adminOrder()
        const chainLine = order.items.find((i: any) => i.variant_id === shop.chainVariant.id)
        const { data: job } = await api.post(
          "/admin/production-jobs",
          {
            kind: "production",
            mode: "simple",
            title: "Rope chain for walk-in",
            quantity: 1,
            target_date: new Date(Date.now() + 7 * 86400000).toISOString(),
            order_id: order.id,
            order_line_item_id: chainLine.id,
            product_id: shop.chain.id,
            variant_id: shop.chainVariant.id,
          },
          admin.headers
        ).catch((e: any) => {
          throw new Error(JSON.stringify(e.response?.data))
        })
        expect(job).toBeTruthy()
        const end = Date.now() + 15000
        let v = await view(order.id)
        while (v.order.fulfillment_status !== "in_production" && Date.now() < end) {
          await new Promise((r) => setTimeout(r, 200))
          v = await view(order.id)
        }
        expect(v.order.fulfillment_status).toBe("in_production")
        const line = v.lines.find((l: any) => l.id === chainLine.id)
        expect(line.status).toBe("in_progress")
        expect(line.production).toMatchObject({ percent_done: 0 })
        expect(v.jobs).toHaveLength(1)
        expect(v.metrics).toMatchObject({ unit: expect.any(String), jobs: 1 })
        // The view derives the status; the job's event stores it (a GET does not).
        const ops: any = getContainer().resolve("jewelryOrders")
        const stored = async () => ((await ops.listOrderLines({ line_item_id: chainLine.id }, { take: 1 })) as any[])[0]?.status
        while ((await stored()) !== "in_progress" && Date.now() < end) await new Promise((r) => setTimeout(r, 200))
        expect(await stored()).toBe("in_progress")
      })

      it("Select Inventory offers only stock that fits the line; a scanned tag that does not fit says why, and the selection refuses it", async () => {
        const [ringA, ringB] = await recordRings(2)
        const { data: chainData } = await api.post(
          "/admin/stock-items",
          { items: [{ product_id: shop.chain.id, variant_id: shop.chainVariant.id, inventory_type_id: finishedType, weight: "12", weight_unit: "g", pieces: 1, location_id: shop.location.id }] },
          admin.headers
        )
        const chain = chainData.stock_items[0]
        const order = await placeCartOrder(api, shop, [{ variant_id: shop.ringVariant.id, quantity: 1 }])
        const line = order.items[0]
        const url = `/admin/jewelry-orders/${order.id}/lines/${line.id}/candidates`
        const { data: page } = await api.get(`${url}?limit=1`, admin.headers)
        expect(page.count).toBe(2)
        expect(page.candidates).toHaveLength(1)
        expect(page.candidates[0]).toMatchObject({ tag_id: [ringA.tag_id, ringB.tag_id].sort()[0], match: "variant", pieces: 1 })
        const { data: all } = await api.get(url, admin.headers)
        expect(all.candidates.map((c: any) => c.tag_id)).not.toContain(chain.tag_id)

        const { data: scanned } = await api.get(`${url}?code=${ringA.tag_id.toLowerCase()}`, admin.headers)
        expect(scanned).toMatchObject({ count: 1, rejected: null, candidates: [{ id: ringA.id }] })
        const { data: wrong } = await api.get(`${url}?code=${chain.tag_id}`, admin.headers)
        expect(wrong).toMatchObject({ count: 0, candidates: [], rejected: { reason: "other_product", message: `${chain.tag_id} is not the line's product` } })
        const { data: unknown } = await api.get(`${url}?code=NOPE0001`, admin.headers)
        expect(unknown.rejected.reason).toBe("not_found")

        const refused = await attempt(
          api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: line.id, items: [{ stock_item_id: chain.id, full: true }] }] }, admin.headers)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(`lines[0].items[0].stock_item_id: ${chain.tag_id} is not the line's product`)
        expect((await item(chain.id)).pieces).toBe(1)

        await api.post(`/admin/jewelry-orders/${order.id}/selections`, { lines: [{ line_item_id: line.id, items: [{ stock_item_id: ringA.id, full: true }] }] }, admin.headers)
        const { data: after } = await api.get(url, admin.headers)
        expect(after.candidates.map((c: any) => c.id)).toEqual([ringB.id])
        const { data: used } = await api.get(`${url}?code=${ringA.tag_id}`, admin.headers)
        expect(used.rejected.reason).toBe("not_available")
      })

      it("a GET never writes: the order view and the orders list leave the stored statuses as they were", async () => {
        const order = await adminOrder()
        const ops: any = getContainer().resolve("jewelryOrders")
        const rows = async () => {
          const [lines, states] = await Promise.all([
            ops.listOrderLines({ order_id: order.id }, { take: null, order: { line_item_id: "ASC" } }),
            ops.listOrderStates({ order_id: order.id }, { take: null }),
          ])
          return JSON.parse(JSON.stringify({ lines, states }))
        }
        // A stored status the facts no longer support: only a workflow or an event may correct it.
        const ringLine = order.items.find((i: any) => i.variant_id === shop.ringVariant.id)
        // A workflow stores the rows (hold, then release), then the stored status is set aside from the facts.
        await api.post(`/admin/jewelry-orders/${order.id}/hold`, { reason: "customer called" }, admin.headers)
        await api.post(`/admin/jewelry-orders/${order.id}/release`, {}, admin.headers)
        const [row]: any[] = await ops.listOrderLines({ line_item_id: ringLine.id }, { take: 1 })
        await ops.updateOrderLines({ id: row.id, status: "backordered" })
        const before = await rows()
        const v = await view(order.id)
        expect(v.lines.find((l: any) => l.id === ringLine.id).status).toBe("not_started")
        await view(order.id)
        await api.get("/admin/jewelry-orders?limit=5", admin.headers)
        expect(await rows()).toEqual(before)
        expect(before.lines.find((l: any) => l.line_item_id === ringLine.id).status).toBe("backordered")
      })

      it("bad input is a 4xx naming the field, and nothing changes", async () => {
        const order = await adminOrder()
        const ringLine = order.items.find((i: any) => i.variant_id === shop.ringVariant.id)
        const cases: [string, any, number, RegExp][] = [
          ["selections", { lines: [] }, 400, /lines/],
          ["selections", { lines: [{ line_item_id: "nope", items: [] }] }, 400, /^lines\[0\]\.line_item_id: /],
          ["selections", { lines: [{ line_item_id: ringLine.id, items: [{ stock_item_id: "jsi_missing", full: true }] }] }, 400, /stock_item_id: stock item "jsi_missing" does not exist/],
          ["shipments", { carrier: "", tracking_number: "X", lines: [{ line_item_id: ringLine.id, quantity: 1 }] }, 400, /carrier/],
          ["shipments", { carrier: "UPS", tracking_number: "X", lines: [{ line_item_id: ringLine.id, quantity: 0 }] }, 400, /quantity/],
          ["lines/" + ringLine.id, { manual: "cancelled" }, 400, /manual/],
        ]
        for (const [path, body, status, message] of cases) {
          const r = await attempt(api.post(`/admin/jewelry-orders/${order.id}/${path}`, body, admin.headers))
          expect({ path, status: r.status }).toEqual({ path, status })
          expect(r.data.message).toMatch(message)
        }
        expect((await attempt(api.get(`/admin/jewelry-orders/order_missing`, admin.headers))).status).toBe(404)
        expect((await attempt(api.get(`/admin/jewelry-orders/${order.id}`))).status).toBe(401)
        const v = await view(order.id)
        expect(v.selections).toHaveLength(0)
        expect(v.shipments).toHaveLength(0)
      })
    })
  },
})
