import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attempt, createStaffUser, StaffUser } from "../helpers/auth"
import { PRODUCTION_MODULE } from "../../src/modules/production"
import { industryCatalog } from "../../src/lib/industry-defaults"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: StaffUser
    const snapshot = async () => {
      const [settings, stages, departments, types] = await Promise.all([
        api.get("/admin/production/settings", admin.headers),
        api.get("/admin/production/stages", admin.headers),
        api.get("/admin/production/departments", admin.headers),
        api.get("/admin/production/inventory-types", admin.headers),
      ])
      return {
        settings: { ...settings.data.settings, updated_at: undefined },
        stages: stages.data.stages.map((s: any) => ({ ...s, updated_at: undefined })),
        departments: departments.data.departments.map((d: any) => ({ ...d, updated_at: undefined })),
        types: types.data.inventory_types.map((t: any) => ({ ...t, updated_at: undefined })),
      }
    }
    const reset = (industry = "jewelry") =>
      api.post("/admin/production/reset", { industry, confirm: true }, admin.headers)
    const stageNamed = async (name: string) =>
      (await api.get(`/admin/production/stages?q=${encodeURIComponent(name)}`, admin.headers)).data.stages.find(
        (s: any) => s.name === name
      )

    beforeEach(async () => {
      admin = await createStaffUser(getContainer(), api, `admin-${Date.now()}@workshop.test`)
      await reset()
    })

    describe("Production Defaults", () => {
      it("a fresh store reads its settings with defaults and the first jewelry stage as default start stage", async () => {
        const { data } = await api.get("/admin/production/settings", admin.headers)
        expect(data.settings).toMatchObject({
          due_date_offset_days: 7,
          industry: "jewelry",
          default_weight_unit: "g",
          weight_tolerance_percent: null,
          enforce_stage_inventory_mapping: false,
          enforce_stage_department_mapping: false,
          qa_checks_required: false,
          managers_all_locations: false,
        })
        const first = await stageNamed("Design Sign-off & BOM")
        expect(data.settings.default_start_stage_id).toBe(first.id)
      })

      it("the settings record a fresh install creates on first read carries every default", async () => {
        const service: any = getContainer().resolve(PRODUCTION_MODULE)
        const [current] = await service.listProductionSettings({})
        await service.deleteProductionSettings(current.id)
        const { data } = await api.get("/admin/production/settings", admin.headers)
        expect(data.settings).toMatchObject({
          due_date_offset_days: 7,
          industry: "jewelry",
          default_weight_unit: "g",
          tag_prefix: "JW",
          qa_checks_required: false,
          managers_all_locations: false,
        })
      })

      it("saves the due date offset, default start stage, policies and tolerance, and they apply at once", async () => {
        const casting = await stageNamed("Metal Casting")
        const { data } = await api.post(
          "/admin/production/settings",
          {
            due_date_offset_days: 14,
            default_start_stage_id: casting.id,
            enforce_stage_inventory_mapping: true,
            enforce_stage_department_mapping: true,
            qa_checks_required: true,
            weight_tolerance_percent: "2.5",
            default_weight_unit: "dwt",
            managers_all_locations: true,
          },
          admin.headers
        )
        expect(data.settings).toMatchObject({ due_date_offset_days: 14, default_start_stage_id: casting.id, weight_tolerance_percent: 2.5 })
        const again = await api.get("/admin/production/settings", admin.headers)
        expect(again.data.settings).toMatchObject({
          due_date_offset_days: 14,
          qa_checks_required: true,
          enforce_stage_inventory_mapping: true,
          enforce_stage_department_mapping: true,
          weight_tolerance_percent: 2.5,
          default_weight_unit: "dwt",
          managers_all_locations: true,
        })
        // Tolerance can be cleared: empty means no check.
        const cleared = await api.post("/admin/production/settings", { weight_tolerance_percent: null }, admin.headers)
        expect(cleared.data.settings.weight_tolerance_percent).toBeNull()
      })

      it.each([
        [{ weight_tolerance_percent: 100.5 }, "weight_tolerance_percent"],
        [{ weight_tolerance_percent: -1 }, "weight_tolerance_percent"],
        [{ weight_tolerance_percent: "lots" }, "weight_tolerance_percent"],
        [{ due_date_offset_days: -1 }, "due_date_offset_days"],
        [{ due_date_offset_days: 2.5 }, "due_date_offset_days"],
        [{ default_weight_unit: "pound" }, "default_weight_unit"],
        [{ industry: "watches" }, "industry"],
        [{ unknown_field: true }, "unknown_field"],
      ])("refuses %j with a 400 naming the field and changes nothing", async (body, field) => {
        const before = await snapshot()
        const res = await attempt(api.post("/admin/production/settings", body, admin.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
        expect(await snapshot()).toEqual(before)
      })

      it("accepts tolerance at the bounds 0 and 100", async () => {
        for (const v of [0, 100]) {
          const { data } = await api.post("/admin/production/settings", { weight_tolerance_percent: v }, admin.headers)
          expect(data.settings.weight_tolerance_percent).toBe(v)
        }
      })

      it("the default start stage must be an active stage", async () => {
        const created = await api.post("/admin/production/stages", { name: "Sleeping Stage", is_active: false }, admin.headers)
        const before = await snapshot()
        const inactive = await attempt(
          api.post("/admin/production/settings", { default_start_stage_id: created.data.stage.id }, admin.headers)
        )
        expect(inactive.status).toBe(400)
        expect(inactive.data.message).toMatch(/default_start_stage_id: .*not active/)
        const missing = await attempt(api.post("/admin/production/settings", { default_start_stage_id: "prstg_nope" }, admin.headers))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toContain("default_start_stage_id")
        expect(await snapshot()).toEqual(before)
      })

      it("the default start stage cannot be deactivated or removed from under the settings", async () => {
        const { data } = await api.get("/admin/production/settings", admin.headers)
        const id = data.settings.default_start_stage_id
        const before = await snapshot()
        const off = await attempt(api.post(`/admin/production/stages/${id}`, { is_active: false }, admin.headers))
        expect(off.status).toBe(409)
        expect(off.data.message).toContain("default start stage")
        const del = await attempt(api.delete(`/admin/production/stages/${id}`, admin.headers))
        expect(del.status).toBe(409)
        expect(await snapshot()).toEqual(before)
      })
    })

    describe("Production Stages", () => {
      it("adds a stage with code, description, inventory types and departments at the end of the flow", async () => {
        const depts = (await api.get("/admin/production/departments", admin.headers)).data.departments
        const types = (await api.get("/admin/production/inventory-types?kind=materials_supplies", admin.headers)).data.inventory_types
        expect(types.every((t: any) => t.kind === "materials_supplies")).toBe(true)
        const { status, data } = await api.post(
          "/admin/production/stages",
          {
            name: "Laser Engraving",
            code: "LSR",
            description: "Personalised engraving",
            department_ids: [depts[0].id],
            inventory_type_ids: [types[0].id],
          },
          admin.headers
        )
        expect(status).toBe(201)
        expect(data.stage).toMatchObject({ name: "Laser Engraving", code: "LSR", is_active: true, department_ids: [depts[0].id] })
        const list = (await api.get("/admin/production/stages", admin.headers)).data.stages
        expect(list[list.length - 1].name).toBe("Laser Engraving")
        expect(list.map((s: any) => s.rank)).toEqual([...list.map((s: any) => s.rank)].sort((a, b) => a - b))
      })

      it("lists stages in rank order, searches them and filters by active", async () => {
        const all = (await api.get("/admin/production/stages", admin.headers)).data
        expect(all.stages.map((s: any) => s.name)).toEqual(industryCatalog("jewelry").stages.map((s) => s.name))
        const found = (await api.get("/admin/production/stages?q=polish", admin.headers)).data.stages.map((s: any) => s.name)
        expect(found).toEqual(["Pre-Polish/Mass Finish", "Final Polish"])
        const byCode = (await api.get("/admin/production/stages?q=CST", admin.headers)).data.stages.map((s: any) => s.name)
        expect(byCode).toEqual(["Metal Casting"])
        const model = await stageNamed("Model")
        await api.post(`/admin/production/stages/${model.id}`, { is_active: false }, admin.headers)
        const inactive = (await api.get("/admin/production/stages?is_active=false", admin.headers)).data.stages
        expect(inactive.map((s: any) => s.name)).toEqual(["Model"])
        const active = (await api.get("/admin/production/stages?is_active=true", admin.headers)).data.stages
        expect(active).toHaveLength(all.stages.length - 1)
        const bad = await attempt(api.get("/admin/production/stages?is_active=maybe", admin.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("is_active")
      })

      it("stage names are unique ignoring case, and codes are unique", async () => {
        const before = await snapshot()
        const dupName = await attempt(api.post("/admin/production/stages", { name: "  metal CASTING " }, admin.headers))
        expect(dupName.status).toBe(409)
        expect(dupName.data.message).toMatch(/^name: /)
        const dupCode = await attempt(api.post("/admin/production/stages", { name: "Lost Wax", code: "CST" }, admin.headers))
        expect(dupCode.status).toBe(409)
        expect(dupCode.data.message).toMatch(/^code: /)
        const model = await stageNamed("Model")
        const rename = await attempt(api.post(`/admin/production/stages/${model.id}`, { name: "final polish" }, admin.headers))
        expect(rename.status).toBe(409)
        expect(await snapshot()).toEqual(before)
        // Renaming a stage to its own name in another case is fine.
        const ok = await api.post(`/admin/production/stages/${model.id}`, { name: "MODEL" }, admin.headers)
        expect(ok.data.stage.name).toBe("MODEL")
      })

      it("two concurrent adds of the same name create exactly one stage", async () => {
        const results = await Promise.all(
          [1, 2, 3].map(() => attempt(api.post("/admin/production/stages", { name: "Enamelling" }, admin.headers)))
        )
        expect(results.filter((r) => r.status === 201)).toHaveLength(1)
        results
          .filter((r) => r.status !== 201)
          .forEach((r) => {
            expect(r.status).toBe(409)
            expect(r.data.message).toMatch(/^name: /)
          })
        const list = (await api.get("/admin/production/stages?q=enamel", admin.headers)).data.stages
        expect(list).toHaveLength(1)
      })

      it("refuses unknown departments and inventory types with a 400 naming the field", async () => {
        const before = await snapshot()
        const dept = await attempt(api.post("/admin/production/stages", { name: "X1", department_ids: ["prdep_missing"] }, admin.headers))
        expect(dept.status).toBe(400)
        expect(dept.data.message).toContain("department_ids")
        const type = await attempt(
          api.post("/admin/production/stages", { name: "X2", inventory_type_ids: ["prinvt_missing"] }, admin.headers)
        )
        expect(type.status).toBe(400)
        expect(type.data.message).toContain("inventory_type_ids")
        const empty = await attempt(api.post("/admin/production/stages", { name: "   " }, admin.headers))
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("name")
        expect(await snapshot()).toEqual(before)
      })

      it("edits, deactivates, reactivates and removes a stage; a missing stage is a 404", async () => {
        const created = (await api.post("/admin/production/stages", { name: "Rhodium Dip" }, admin.headers)).data.stage
        const edited = await api.post(`/admin/production/stages/${created.id}`, { code: "RHD", description: "Flash" }, admin.headers)
        expect(edited.data.stage).toMatchObject({ code: "RHD", description: "Flash" })
        expect((await api.post(`/admin/production/stages/${created.id}`, { is_active: false }, admin.headers)).data.stage.is_active).toBe(false)
        expect((await api.post(`/admin/production/stages/${created.id}`, { is_active: true }, admin.headers)).data.stage.is_active).toBe(true)
        const del = await api.delete(`/admin/production/stages/${created.id}`, admin.headers)
        expect(del.data).toMatchObject({ id: created.id, deleted: true })
        expect(await stageNamed("Rhodium Dip")).toBeUndefined()
        expect((await attempt(api.get(`/admin/production/stages/${created.id}`, admin.headers))).status).toBe(404)
        expect((await attempt(api.post(`/admin/production/stages/prstg_missing`, { name: "Y" }, admin.headers))).status).toBe(404)
        expect((await attempt(api.delete(`/admin/production/stages/prstg_missing`, admin.headers))).status).toBe(404)
        // The name is free again once removed.
        expect((await api.post("/admin/production/stages", { name: "Rhodium Dip" }, admin.headers)).status).toBe(201)
      })

      it("reorders the flow", async () => {
        const list = (await api.get("/admin/production/stages", admin.headers)).data.stages
        const reversed = list.map((s: any) => s.id).reverse()
        await api.post("/admin/production/stage-order", { ids: reversed }, admin.headers)
        const after = (await api.get("/admin/production/stages", admin.headers)).data.stages
        expect(after.map((s: any) => s.id)).toEqual(reversed)
        const before = await snapshot()
        const bad = await attempt(api.post("/admin/production/stage-order", { ids: ["prstg_missing"] }, admin.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("ids")
        expect(await snapshot()).toEqual(before)
      })
    })

    describe("Departments", () => {
      it("adds, renames and removes departments; names are unique ignoring case", async () => {
        const { data } = await api.post("/admin/production/departments", { name: "Engraving", code: "ENG" }, admin.headers)
        expect(data.department).toMatchObject({ name: "Engraving", code: "ENG" })
        const dup = await attempt(api.post("/admin/production/departments", { name: "casting" }, admin.headers))
        expect(dup.status).toBe(409)
        expect(dup.data.message).toMatch(/^name: /)
        const renamed = await api.post(`/admin/production/departments/${data.department.id}`, { name: "Laser & Engraving" }, admin.headers)
        expect(renamed.data.department.name).toBe("Laser & Engraving")
        await api.delete(`/admin/production/departments/${data.department.id}`, admin.headers)
        const names = (await api.get("/admin/production/departments", admin.headers)).data.departments.map((d: any) => d.name)
        expect(names).not.toContain("Laser & Engraving")
      })

      it("a department mapped to a stage cannot be removed", async () => {
        const casting = (await api.get("/admin/production/departments", admin.headers)).data.departments.find((d: any) => d.name === "Casting")
        const res = await attempt(api.delete(`/admin/production/departments/${casting.id}`, admin.headers))
        expect(res.status).toBe(409)
        expect(res.data.message).toContain("Metal Casting")
      })
    })

    describe("Roles", () => {
      it("managers and members read settings but get 403 when they change them, and nothing changes", async () => {
        const container = getContainer()
        for (const role of ["manager", "member"]) {
          const user = await createStaffUser(container, api, `${role}-${Date.now()}@workshop.test`)
          await api.post("/admin/production/staff-profiles", { user_id: user.id, role }, admin.headers)
          const read = await api.get("/admin/production/settings", user.headers)
          expect(read.status).toBe(200)
          expect((await api.get("/admin/production/stages", user.headers)).status).toBe(200)
          const me = await api.get("/admin/production/me", user.headers)
          expect(me.data).toMatchObject({ staff: { role }, permissions: { change_settings: false } })
          const before = await snapshot()
          const stage = before.stages[3]
          const attempts = [
            () => api.post("/admin/production/settings", { qa_checks_required: true }, user.headers),
            () => api.post("/admin/production/stages", { name: "Sneaky" }, user.headers),
            () => api.post(`/admin/production/stages/${stage.id}`, { is_active: false }, user.headers),
            () => api.delete(`/admin/production/stages/${stage.id}`, user.headers),
            () => api.post("/admin/production/departments", { name: "Sneaky" }, user.headers),
            () => api.post("/admin/production/reset", { confirm: true }, user.headers),
            () => api.post("/admin/production/staff-profiles", { user_id: user.id, role: "admin" }, user.headers),
          ]
          for (const send of attempts) {
            const res = await attempt(send())
            expect(res.status).toBe(403)
            expect(res.data.message).toContain(role)
          }
          expect(await snapshot()).toEqual(before)
        }
      })

      it("a user without a staff profile counts as admin", async () => {
        const me = await api.get("/admin/production/me", admin.headers)
        expect(me.data).toMatchObject({ staff: { role: "admin", has_profile: false }, permissions: { change_settings: true } })
      })

      it("staff profiles need a real user, known departments and locations", async () => {
        const bad = await attempt(api.post("/admin/production/staff-profiles", { user_id: "user_missing", role: "member" }, admin.headers))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("user_id")
        const user = await createStaffUser(getContainer(), api, `member2-${Date.now()}@workshop.test`)
        const dept = await attempt(
          api.post("/admin/production/staff-profiles", { user_id: user.id, role: "member", department_ids: ["prdep_x"] }, admin.headers)
        )
        expect(dept.status).toBe(400)
        expect(dept.data.message).toContain("department_ids")
        const loc = await attempt(
          api.post("/admin/production/staff-profiles", { user_id: user.id, role: "member", location_ids: ["sloc_x"] }, admin.headers)
        )
        expect(loc.status).toBe(400)
        expect(loc.data.message).toContain("location_ids")
        const role = await attempt(api.post("/admin/production/staff-profiles", { user_id: user.id, role: "owner" }, admin.headers))
        expect(role.status).toBe(400)
        expect(role.data.message).toContain("role")
        const profiles = (await api.get("/admin/production/staff-profiles", admin.headers)).data.staff_profiles
        expect(profiles.find((p: any) => p.user_id === user.id)).toBeUndefined()
      })
    })

    describe("Reset to industry defaults", () => {
      it("needs an explicit confirmation and changes nothing without it", async () => {
        await api.post("/admin/production/stages", { name: "Custom Stage" }, admin.headers)
        const before = await snapshot()
        for (const body of [{}, { confirm: false }, { confirm: "yes" }, { industry: "jewelry" }]) {
          const res = await attempt(api.post("/admin/production/reset", body, admin.headers))
          expect(res.status).toBe(400)
          expect(res.data.message).toContain("confirm")
        }
        expect(await snapshot()).toEqual(before)
      })

      it("removes custom stages and loads the industry's stages, departments and inventory types in order", async () => {
        await api.post("/admin/production/stages", { name: "Custom Stage" }, admin.headers)
        const model = await stageNamed("Model")
        await api.post(`/admin/production/stages/${model.id}`, { is_active: false }, admin.headers)
        const { data } = await api.post("/admin/production/reset", { industry: "gemstones", confirm: true }, admin.headers)
        expect(data.reset).toMatchObject({ industry: "gemstones", stages_created: 11, stages_removed: 21, stages_archived: 0 })
        const after = await snapshot()
        const gems = industryCatalog("gemstones")
        expect(after.stages.map((s: any) => s.name)).toEqual(gems.stages.map((s) => s.name))
        expect(after.stages.every((s: any) => s.is_active)).toBe(true)
        expect(after.departments.map((d: any) => d.name)).toEqual(gems.departments.map((d) => d.name))
        expect(after.types.map((t: any) => t.name)).toEqual(gems.inventory_types.map((t) => t.name))
        expect(after.settings.industry).toBe("gemstones")
        expect(after.settings.default_start_stage_id).toBe(after.stages[0].id)
        // Stage mappings point at the new departments and types.
        const deptIds = new Set(after.departments.map((d: any) => d.id))
        after.stages.forEach((s: any) => s.department_ids.forEach((id: string) => expect(deptIds.has(id)).toBe(true)))

        await reset("jewelry")
        const back = await snapshot()
        expect(back.stages.map((s: any) => s.name)).toEqual(industryCatalog("jewelry").stages.map((s) => s.name))
        expect(back.types).toHaveLength(industryCatalog("jewelry").inventory_types.length)
      })

      it("a failed reset leaves the catalog as it was", async () => {
        await api.post("/admin/production/stages", { name: "Custom Stage" }, admin.headers)
        const before = await snapshot()
        const service: any = getContainer().resolve(PRODUCTION_MODULE)
        const original = service.updateProductionSettings.bind(service)
        // Fail the last write of the reset (the settings update).
        const spy = jest.spyOn(service, "updateProductionSettings").mockImplementationOnce(async () => {
          throw new Error("disk full")
        })
        const res = await attempt(api.post("/admin/production/reset", { confirm: true }, admin.headers))
        spy.mockRestore()
        service.updateProductionSettings = original
        expect(res.status).toBeGreaterThanOrEqual(400)
        const after = await snapshot()
        expect(after.stages.map((s: any) => [s.id, s.name, s.is_active])).toEqual(before.stages.map((s: any) => [s.id, s.name, s.is_active]))
        expect(after.departments.map((d: any) => d.id)).toEqual(before.departments.map((d: any) => d.id))
        expect(after.settings.default_start_stage_id).toBe(before.settings.default_start_stage_id)
      })
    })

    it("requests without a session are refused with 401", async () => {
      const res = await attempt(api.get("/admin/production/settings"))
      expect(res.status).toBe(401)
    })
  },
})
