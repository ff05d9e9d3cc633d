import { canMoveRepair, closeOutKind, customerPieceUse, makesNewItems, weightChange } from "../job-kinds"

describe("What each kind of job ends in (seed 003)", () => {
  it("production makes new stock; a repair gives the same piece back; a custom job serves its order line", () => {
    expect(closeOutKind({ kind: "production" })).toBe("production")
    expect(closeOutKind({ kind: "repair", repair_item_id: "jsi_1" }, { ownership: "shop" })).toBe("stock_repair")
    expect(closeOutKind({ kind: "repair", repair_item_id: "jsi_1" }, { ownership: "customer" })).toBe("customer_repair")
    expect(closeOutKind({ kind: "custom", order_line_item_id: "ordli_1" })).toBe("custom_for_line")
    expect(closeOutKind({ kind: "custom" })).toBe("custom")
    // A repair job that names no piece makes its output like production.
    expect(closeOutKind({ kind: "repair" })).toBe("production")
    expect(["production", "custom", "custom_for_line"].every((k) => makesNewItems(k as any))).toBe(true)
    expect(makesNewItems("stock_repair") || makesNewItems("customer_repair")).toBe(false)
  })

  it("a customer's piece goes only into its own repair job", () => {
    const piece = { id: "jsi_p", ownership: "customer", job_id: null }
    expect(customerPieceUse(piece, { id: "job_1", repair_item_id: "jsi_p" })).toBe("ok")
    expect(customerPieceUse(piece, { id: "job_2", repair_item_id: null })).toBe("not_this_job")
    expect(customerPieceUse(piece, null)).toBe("not_this_job")
    // Output made from it in its job may go on into that job.
    expect(customerPieceUse({ id: "jsi_rcv", ownership: "customer", job_id: "job_1" }, { id: "job_1" })).toBe("ok")
    expect(customerPieceUse({ id: "jsi_s", ownership: "shop" }, null)).toBe("ok")
  })

  it("the weight at pickup beside take-in says whether metal was added or removed", () => {
    expect(weightChange("5.2", "5.35")).toEqual({ change: "0.15", direction: "added" })
    expect(weightChange("5.2", "4.9")).toEqual({ change: "-0.3", direction: "removed" })
    expect(weightChange("5.2", "5.2")).toEqual({ change: "0", direction: "same" })
  })

  it("a repair is estimated, approved, made ready and picked up once; it can be cancelled before pickup", () => {
    expect(canMoveRepair("intake", "estimated")).toBe(true)
    expect(canMoveRepair("estimated", "estimated")).toBe(true)
    expect(canMoveRepair("estimated", "approved")).toBe(true)
    expect(canMoveRepair("intake", "approved")).toBe(false)
    expect(canMoveRepair("intake", "ready")).toBe(false)
    expect(canMoveRepair("approved", "ready")).toBe(true)
    expect(canMoveRepair("ready", "picked_up")).toBe(true)
    expect(canMoveRepair("picked_up", "picked_up")).toBe(false)
    expect(canMoveRepair("picked_up", "cancelled")).toBe(false)
    expect(canMoveRepair("approved", "cancelled")).toBe(true)
  })
})
