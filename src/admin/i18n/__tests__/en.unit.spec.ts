import fs from "node:fs"
import path from "node:path"
import en from "../json/en.json"
import { REPAIR_STATUSES } from "../../../types/repairs"

/** Every file of the admin, as text. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === "__tests__" ? [] : sources(p)
    return /\.tsx?$/.test(e.name) ? [fs.readFileSync(p, "utf8")] : []
  })
}

const lookup = (key: string) => {
  let node: any = en
  const parts = key.split(".")
  for (const [i, part] of parts.entries()) {
    if (node && typeof node === "object" && part in node) node = node[part]
    else if (i === parts.length - 1 && node && typeof node === "object" && `${part}_other` in node) return node[`${part}_other`]
    else return undefined
  }
  return node
}

describe("The admin's English is complete", () => {
  const admin = path.resolve(__dirname, "..", "..")
  const text = sources(admin).join("\n")
  const keys = [...new Set([...text.matchAll(/\bt\("(jewelry\.[\w.]+)"/g), ...text.matchAll(/label: "(jewelry\.[\w.]+)"/g)].map((m) => m[1]))]

  it("finds the screens' keys", () => {
    expect(keys.length).toBeGreaterThan(100)
  })

  it("every key the screens use has an English string", () => {
    expect(keys.filter((k) => typeof lookup(k) !== "string")).toEqual([])
  })

  it("keys built at run time have their English too", () => {
    for (const k of ["issue", "return", "loss"]) expect(typeof lookup(`jewelry.entries.type.${k}`)).toBe("string")
    for (const k of ["output_weight", "loss_fine_weight"]) expect(typeof lookup(`jewelry.lots.by.${k}`)).toBe("string")
    for (const k of ["issued", "received", "rejected", "scrapped", "waste"]) expect(typeof lookup(`jewelry.job.${k}`)).toBe("string")
    for (const k of REPAIR_STATUSES) expect(typeof lookup(`jewelry.repairs.status.${k}`)).toBe("string")
    for (const k of ["added", "removed", "same"]) expect(typeof lookup(`jewelry.repairs.change.${k}`)).toBe("string")
    for (const k of ["available", "reserved", "sold", "scrapped"]) expect(typeof lookup(`jewelry.stock.statuses.${k}`)).toBe("string")
  })
})
