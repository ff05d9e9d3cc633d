#!/usr/bin/env node
// `npm run test:package`: proves the plugin installs into another Medusa app by its package name.
// 1. medusa plugin:build; 2. npm pack; 3. a throwaway app in .tmp/package-test/app that depends on
// the tarball and lists the plugin under `plugins`; 4. its migrations; 5. it starts and answers an
// authenticated call to one of the plugin's admin routes.
// The app resolves Medusa itself from this repository's node_modules (Node's upward lookup), so
// only the plugin is installed into it.
import fs from "node:fs"
import path from "node:path"
import { spawn, execFileSync } from "node:child_process"
import pg from "pg"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun, waitForHttp } from "./run.mjs"

const WORK = path.join(ROOT, ".tmp", "package-test")
const APP = path.join(WORK, "app")
const PORT = Number(process.env.PACKAGE_TEST_PORT || 9100)
const DB = "medusa_package_test"
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error", NODE_ENV: "development" }
const t0 = Date.now()
const lap = (what) => console.log(`[package] ${what} (${Math.round((Date.now() - t0) / 1000)}s)`)
const check = (cond, what) => {
  if (!cond) throw new Error(what)
}
let server = null
let embedded = null

async function main() {
  lap("building with medusa plugin:build")
  await mustRun(BIN("medusa"), ["plugin:build"], { env })
  for (const f of [".medusa/server/src/modules/production/index.js", ".medusa/server/src/modules/stock/index.js", ".medusa/server/src/admin/index.mjs"]) {
    check(fs.existsSync(path.join(ROOT, f)), `build output ${f} is missing`)
  }

  fs.rmSync(WORK, { recursive: true, force: true })
  fs.mkdirSync(APP, { recursive: true })
  lap("packing")
  const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", WORK], { cwd: ROOT, env, encoding: "utf8" }))
  const files = packed[0].files.map((f) => f.path)
  check(files.some((f) => /^\.medusa\/server\/src\/modules\/production\/migrations\/Migration\d+\.js$/.test(f)), "the tarball has no migrations")
  check(!files.some((f) => /^src\//.test(f) || /integration-tests|\.data\/|e2e\//.test(f)), "the tarball ships sources or tests")
  const tarball = packed[0].filename
  lap(`packed ${tarball}: ${files.length} files, ${Math.round(packed[0].size / 1024)} kB`)

  fs.writeFileSync(
    path.join(APP, "package.json"),
    JSON.stringify({ name: "package-test-app", private: true, version: "0.0.0", dependencies: { "medusa-plugin-jewelry-production": `file:../${tarball}` } }, null, 2)
  )
  fs.writeFileSync(
    path.join(APP, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: { jwtSecret: "pkg-secret", cookieSecret: "pkg-secret", storeCors: "*", adminCors: "*", authCors: "*" },
  },
  admin: { disable: true },
  plugins: [{ resolve: "medusa-plugin-jewelry-production", options: {} }],
})
`
  )
  lap("installing the tarball into a fresh app")
  await mustRun("npm", ["install", "--legacy-peer-deps", "--no-audit", "--no-fund", "--no-package-lock"], { cwd: APP, env })
  // The app declares Medusa as any Medusa app does; those packages resolve from this repository's
  // node_modules, so the install above only had to bring the plugin.
  const appPkg = JSON.parse(fs.readFileSync(path.join(APP, "package.json"), "utf8"))
  const medusaVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/@medusajs/medusa/package.json"), "utf8")).version
  for (const dep of ["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli"]) appPkg.dependencies[dep] = medusaVersion
  fs.writeFileSync(path.join(APP, "package.json"), JSON.stringify(appPkg, null, 2))
  const installed = JSON.parse(fs.readFileSync(path.join(APP, "node_modules/medusa-plugin-jewelry-production/package.json"), "utf8"))
  check(installed.name === "medusa-plugin-jewelry-production", "the plugin is not installed by its name")
  check(fs.existsSync(path.join(APP, "node_modules/medusa-plugin-jewelry-production/.medusa/server/src/modules/production/index.js")), "the installed plugin has no build")

  let adminUrl
  if (env.DB_HOST) {
    const auth = `${encodeURIComponent(env.DB_USERNAME || "postgres")}:${encodeURIComponent(env.DB_PASSWORD || "")}`
    adminUrl = `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT || 5432}/postgres`
  } else {
    embedded = await startEmbeddedPostgres({ dir: ".data/package-postgres", port: Number(env.PG_PACKAGE_PORT || 54332) })
    adminUrl = embedded.url("postgres")
  }
  await dropDatabase(adminUrl, DB)
  await ensureDatabase(adminUrl, DB)
  env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${DB}`)

  lap("running the app's migrations")
  await mustRun(BIN("medusa"), ["db:migrate"], { cwd: APP, env })
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  const { rows } = await client.query(
    `SELECT table_name FROM information_schema.tables WHERE table_name IN ('production_settings','production_stage','production_job','jewelry_stock_item','jewelry_stock_movement','jewelry_style')`
  )
  await client.end()
  check(rows.length === 6, `the plugin's tables were not created (found ${rows.map((r) => r.table_name).join(", ")})`)

  await mustRun(BIN("medusa"), ["user", "-e", "pkg@test.local", "-p", "pkg-test-pass"], { cwd: APP, env })
  lap(`starting the app on :${PORT}`)
  const log = fs.openSync(path.join(WORK, "server.log"), "w")
  server = spawn(BIN("medusa"), ["develop"], { cwd: APP, env: { ...env, PORT: String(PORT) }, stdio: ["ignore", log, log], detached: true })
  await waitForHttp(`http://localhost:${PORT}/health`, { timeoutMs: 180_000 })

  const login = await fetch(`http://localhost:${PORT}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "pkg@test.local", password: "pkg-test-pass" }),
  })
  const { token } = await login.json()
  check(token, "could not sign in to the app")
  const anonymous = await fetch(`http://localhost:${PORT}/admin/production/settings`)
  check(anonymous.status === 401, `an anonymous call answered ${anonymous.status}, not 401`)
  const settings = await fetch(`http://localhost:${PORT}/admin/production/settings`, { headers: { authorization: `Bearer ${token}` } })
  const body = await settings.json()
  check(settings.status === 200 && body.settings?.industry === "jewelry", `GET /admin/production/settings answered ${settings.status}: ${JSON.stringify(body)}`)
  const reset = await fetch(`http://localhost:${PORT}/admin/production/reset`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ industry: "jewelry", confirm: true }),
  })
  check(reset.status === 200, `POST /admin/production/reset answered ${reset.status}`)
  const stages = await (await fetch(`http://localhost:${PORT}/admin/production/stages`, { headers: { authorization: `Bearer ${token}` } })).json()
  check(stages.count === 20, `expected the 20 jewelry stages, got ${stages.count}`)
  lap("the installed plugin answers its admin routes")
}

async function stop() {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {}
    await new Promise((r) => {
      const t = setTimeout(r, 10000)
      server.on("exit", () => {
        clearTimeout(t)
        r()
      })
    })
  }
  if (embedded) await embedded.stop().catch(() => {})
}

let ok = false
try {
  await main()
  ok = true
} catch (e) {
  console.error(`[package] ${e.message}`)
  const logFile = path.join(WORK, "server.log")
  if (fs.existsSync(logFile)) console.error(fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n"))
} finally {
  await stop()
}
console.log(`[package] ${ok ? "PASS" : "FAIL"} in ${Math.round((Date.now() - t0) / 1000)}s`)
process.exit(ok ? 0 : 1)
