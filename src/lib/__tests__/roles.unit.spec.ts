import { canChangeSettings, canChooseProductImage, effectiveRole, hasRole, visibleLocationIds } from "../roles"

describe("Staff roles", () => {
  it("a user without a staff profile counts as admin", () => {
    expect(effectiveRole(null)).toBe("admin")
    expect(effectiveRole(undefined)).toBe("admin")
    expect(effectiveRole({ role: "member" })).toBe("member")
  })

  it("only admins change settings; managers and admins choose product images", () => {
    expect(canChangeSettings("admin")).toBe(true)
    expect(canChangeSettings("manager")).toBe(false)
    expect(canChangeSettings("member")).toBe(false)
    expect(canChooseProductImage("manager")).toBe(true)
    expect(canChooseProductImage("member")).toBe(false)
    expect(hasRole("manager", "member")).toBe(true)
    expect(hasRole("member", "manager")).toBe(false)
  })

  it("members see their own locations, managers too unless allowed all, admins everything", () => {
    expect(visibleLocationIds({ role: "member", location_ids: ["sloc_1"] }, true)).toEqual(["sloc_1"])
    expect(visibleLocationIds({ role: "manager", location_ids: ["sloc_1"] }, false)).toEqual(["sloc_1"])
    expect(visibleLocationIds({ role: "manager", location_ids: ["sloc_1"] }, true)).toBeNull()
    expect(visibleLocationIds({ role: "admin", location_ids: [] }, false)).toBeNull()
  })
})
