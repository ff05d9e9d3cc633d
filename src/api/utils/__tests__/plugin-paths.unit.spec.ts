import fs from "node:fs"
import path from "node:path"
import { PLUGIN_PATHS } from "../validation"

/** Every route file under src/api, as the URL path Medusa serves it at (":param" for "[param]"). */
function routePaths(dir: string, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === "__tests__" || e.name === "utils" ? [] : routePaths(path.join(dir, e.name), `${prefix}/${e.name.replace(/^\[(.+)\]$/, ":$1")}`)
    return e.name === "route.ts" ? [prefix.replace(/:(\w+)/g, "x_1")] : []
  })
}

describe("The NUL guard knows every one of the plugin's routes", () => {
  it("each route under src/api is matched by PLUGIN_PATHS, so a new route cannot slip past the guard", () => {
    const paths = routePaths(path.join(__dirname, "../.."))
    expect(paths.length).toBeGreaterThan(60)
    expect(paths.filter((p) => !PLUGIN_PATHS.some((re) => re.test(p)))).toEqual([])
  })

  it("Medusa's own routes stay Medusa's", () => {
    for (const p of ["/admin/products", "/admin/products/prod_1", "/admin/orders/order_1", "/store/carts", "/admin/stock-locations/sloc_1"]) {
      expect(PLUGIN_PATHS.some((re) => re.test(p))).toBe(false)
    }
  })
})
