import fs from "node:fs"
import path from "node:path"

// Medusa loads an installed plugin's modules by listing .medusa/server/src/modules and resolving
// each entry as a module folder through the package's exports: a loose file there stops
// `medusa db:migrate` and `medusa start` in every app that installs the plugin.
describe("src/modules holds modules only", () => {
  const dir = path.join(__dirname, "..", "..", "modules")
  it.each(fs.readdirSync(dir))("%s is a module folder with an index.ts", (entry) => {
    const full = path.join(dir, entry)
    expect(fs.statSync(full).isDirectory()).toBe(true)
    expect(fs.existsSync(path.join(full, "index.ts"))).toBe(true)
  })
})
