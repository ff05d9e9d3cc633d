import { canChangeSettings, canChooseProductImage, effectiveRole, hasRole, visibleLocationIds } from "../roles"

describe("Staff roles", () => {
  it("a user without a staff profile counts as admin only while no profile exists at all", () => {
    expect(effectiveRole(null)).toBe("admin")
    expect(effectiveRole(undefined, false)).toBe("admin")
    expect(effectiveRole(null, true)).toBe("member")
    expect(effectiveRole({ role: "member" })).toBe("member")
    expect(effectiveRole({ role: "manager" }, true)).toBe("manager")
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

describe("RBAC policies the plugin declares", () => {
  it("read, create, update and delete of each of its resources, with unique names", () => {
    const { jewelryPolicyDefinitions, JEWELRY_RESOURCES } = require("../policies")
    const defs = jewelryPolicyDefinitions()
    expect(defs).toHaveLength(Object.keys(JEWELRY_RESOURCES).length * 4)
    expect(new Set(defs.map((d: any) => d.name)).size).toBe(defs.length)
    expect(defs).toContainEqual(expect.objectContaining({ name: "ReadJewelryStock", resource: "jewelry_stock", operation: "read" }))
    expect(defs).toContainEqual(expect.objectContaining({ name: "DeleteJewelryMetal", resource: "jewelry_metal", operation: "delete" }))
  })
})
