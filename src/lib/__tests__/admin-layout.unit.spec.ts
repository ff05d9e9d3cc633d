import { ORDER_WORKSHOP_WIDGET, workshopFirst } from "../admin-layout"

describe("The Workshop is visible without scrolling on Medusa's order page", () => {
  it("a fresh store's default layout puts the Workshop first in the main column", () => {
    expect(workshopFirst(null)).toEqual({ widgets: { [ORDER_WORKSHOP_WIDGET]: { section: "main", order: -1 } } })
  })

  it("ahead of whatever the store already ordered, keeping its other choices", () => {
    const existing = { widgets: { "core:OrderSummarySection": { order: -3 }, "widget:other": { hidden: true } } }
    expect(workshopFirst(existing)).toEqual({
      widgets: { "core:OrderSummarySection": { order: -3 }, "widget:other": { hidden: true }, [ORDER_WORKSHOP_WIDGET]: { section: "main", order: -4 } },
    })
  })

  it("a store that placed or hid the Workshop itself keeps its choice", () => {
    expect(workshopFirst({ widgets: { [ORDER_WORKSHOP_WIDGET]: { order: 5 } } })).toBeNull()
    expect(workshopFirst({ widgets: { [ORDER_WORKSHOP_WIDGET]: { hidden: true } } })).toBeNull()
  })
})
