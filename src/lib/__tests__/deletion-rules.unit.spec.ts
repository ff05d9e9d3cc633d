import { deletionRefusal, LIVE_STOCK_STATUSES, UNFINISHED_JOB_STATUSES } from "../deletion-rules"
import { leavesNoAdmin } from "../roles"

describe("What Medusa may delete while the workshop depends on it", () => {
  it("nothing live: the deletion goes ahead", () => {
    expect(deletionRefusal("product", { stock_items: 0, jobs: 0 })).toBeNull()
    expect(deletionRefusal("customer", { stock_items: 0, jobs: 0, repairs: 0 })).toBeNull()
  })

  it("live stock or an unfinished job refuses it, counting each and naming a few", () => {
    const msg = deletionRefusal("variant", { stock_items: 2, jobs: 1, examples: ["R-0001", "R-0002", "JOB-7"] })!
    expect(msg).toContain("This variant cannot be deleted")
    expect(msg).toContain("2 stock items still held and 1 unfinished production job (R-0001, R-0002, JOB-7)")
    expect(deletionRefusal("stock_location", { stock_items: 1, jobs: 0 })).toContain("1 stock item still held")
    const many = deletionRefusal("product", { stock_items: 7, jobs: 0, examples: ["a", "b", "c", "d", "e", "f", "g"] })!
    expect(many).toContain("(a, b, c, d, e, …)")
  })

  it("a customer with pieces in custody or an open repair is kept", () => {
    const msg = deletionRefusal("customer", { stock_items: 1, jobs: 0, repairs: 1 })!
    expect(msg).toContain("1 piece in the shop's custody and 1 open repair")
    expect(msg).toContain("Hand the pieces back")
  })

  it("sold, scrapped and returned items and closed or cancelled jobs are history, not live", () => {
    expect(LIVE_STOCK_STATUSES).not.toContain("sold")
    expect(LIVE_STOCK_STATUSES).not.toContain("scrapped")
    expect(LIVE_STOCK_STATUSES).not.toContain("returned")
    expect(UNFINISHED_JOB_STATUSES).toContain("closing")
    expect(UNFINISHED_JOB_STATUSES).not.toContain("closed")
    expect(UNFINISHED_JOB_STATUSES).not.toContain("cancelled")
  })
})

describe("The workshop always keeps an admin", () => {
  it("profiles with no admin among them are refused; no profiles at all is a fresh start", () => {
    expect(leavesNoAdmin([{ role: "manager" }, { role: "member" }])).toBe(true)
    expect(leavesNoAdmin([{ role: "admin" }, { role: "member" }])).toBe(false)
    expect(leavesNoAdmin([])).toBe(false)
  })
})
