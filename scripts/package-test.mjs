#!/usr/bin/env node
// `npm run test:package`: proves the plugin installs into another Medusa app by its package name.
//
//  1. build   `medusa plugin:build`; the module, its migrations and the admin bundle are in .medusa/server
//  2. pack    `npm pack`; the tarball holds the build and its migrations, and no sources, tests or data
//  3. install a throwaway app in .tmp/package-test/app depends on the tarball and lists the plugin
//             under `plugins`; the installed copy is byte for byte the packed one
//  4. migrate `medusa db:migrate` in a fresh database creates every table of the plugin's migrations
//  5. serve   the app starts on :9100, an admin signs in and the plugin's admin routes answer
//
// Only the plugin (and its own runtime dependencies) is installed into the app. Medusa itself resolves
// from this repository's node_modules by Node's upward lookup, because the app lives under the repo:
// one copy of @medusajs/framework, as in a real app, and no 700-package install, so the test is quick.
//
// Environment: DB_HOST (+ DB_PORT, DB_USERNAME, DB_PASSWORD) to use a Postgres server; otherwise an
// embedded one in .data/package-postgres on PG_PACKAGE_PORT (54332). PACKAGE_TEST_PORT (9100) for the
// app; PACKAGE_TEST_SERVE=develop to serve with `medusa develop` instead of `medusa start`.
import fs from "node:fs"
import net from "node:net"
import path from "node:path"
import crypto from "node:crypto"
import { createRequire } from "node:module"
import { spawn, execFileSync } from "node:child_process"
import pg from "pg"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun, waitForHttp } from "./run.mjs"

const PLUGIN = "medusa-plugin-jewelry-production"
const WORK = path.join(ROOT, ".tmp", "package-test")
const APP = path.join(WORK, "app")
const LOG = path.join(WORK, "server.log")
const PORT = Number(process.env.PACKAGE_TEST_PORT || 9100)
const PG_PORT = Number(process.env.PG_PACKAGE_PORT || 54332)
const SERVE = process.env.PACKAGE_TEST_SERVE === "develop" ? "develop" : "start"
const DB = "medusa_package_test"
const BASE = `http://localhost:${PORT}`
const ADMIN = { email: "pkg@test.local", password: "pkg-test-pass" }
// The tables the brief names; every table the packaged migrations create is checked as well.
const REQUIRED_TABLES = [
  "production_settings",
  "production_stage",
  "production_department",
  "production_inventory_type",
  "production_staff_profile",
]

const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "development" }
const quietEnv = { ...env, LOG_LEVEL: "error" }
const t0 = Date.now()
const timings = []
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`
const log = (msg) => console.log(`[package] ${msg}`)

class Failure extends Error {}
function check(cond, what) {
  if (!cond) throw new Failure(what)
}

/** Runs one named phase and records how long it took. */
async function phase(name, fn) {
  log(`${name}…`)
  const start = Date.now()
  try {
    return await fn()
  } finally {
    timings.push(`${name} ${secs(Date.now() - start)}`)
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.once("listening", () => srv.close(() => resolve(true)))
    srv.listen(port)
  })
}

const sha256 = (file) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")
const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"))

/** Source migrations per module, e.g. { production: ["Migration2026…", …] }. */
function sourceMigrations() {
  const out = {}
  const modules = path.join(ROOT, "src", "modules")
  for (const mod of fs.readdirSync(modules)) {
    const dir = path.join(modules, mod, "migrations")
    if (!fs.existsSync(dir)) continue
    out[mod] = fs
      .readdirSync(dir)
      .filter((f) => /^Migration\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ""))
  }
  return out
}

// ---------------------------------------------------------------------------------------------
let server = null
let serverExit = null
let embedded = null

async function build() {
  await mustRun(BIN("medusa"), ["plugin:build"], { env })
  const out = path.join(ROOT, ".medusa", "server", "src")
  const migrations = sourceMigrations()
  check(migrations.production?.length, "src/modules/production has no migrations")
  for (const [mod, names] of Object.entries(migrations)) {
    check(fs.existsSync(path.join(out, "modules", mod, "index.js")), `build output .medusa/server/src/modules/${mod}/index.js is missing`)
    for (const name of names) {
      check(
        fs.existsSync(path.join(out, "modules", mod, "migrations", `${name}.js`)),
        `build output .medusa/server/src/modules/${mod}/migrations/${name}.js is missing`
      )
    }
  }
  check(fs.existsSync(path.join(out, "admin", "index.mjs")), "build output .medusa/server/src/admin/index.mjs (the admin bundle) is missing")
}

async function pack() {
  fs.rmSync(WORK, { recursive: true, force: true })
  fs.mkdirSync(WORK, { recursive: true })
  const stdout = execFileSync("npm", ["pack", "--json", "--pack-destination", WORK], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  })
  const [info] = JSON.parse(stdout.slice(stdout.indexOf("[")))
  const tarball = path.join(WORK, info.filename)
  check(fs.existsSync(tarball), `npm pack did not write ${tarball}`)

  // What is really in the file, not what npm says it put there.
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ""))
  const has = (f) => files.includes(f)
  check(has("package.json"), "the tarball has no package.json")
  check(has(".medusa/server/src/modules/production/index.js"), "the tarball has no built production module")
  for (const [mod, names] of Object.entries(sourceMigrations())) {
    for (const name of names) {
      check(has(`.medusa/server/src/modules/${mod}/migrations/${name}.js`), `the tarball lacks the ${mod} migration ${name}.js`)
    }
  }
  check(has(".medusa/server/src/admin/index.mjs"), "the tarball has no admin bundle")
  const forbidden = files.filter(
    (f) =>
      (/\.(ts|tsx|mts|cts)$/.test(f) && !/\.d\.(ts|mts|cts)$/.test(f)) ||
      /^(src|integration-tests|e2e|scripts|\.data|\.tmp|\.e2e-artifacts|node_modules|coverage)\//.test(f) ||
      /(^|\/)(__tests__|__fixtures__)\//.test(f) ||
      /\.(spec|test)\.[cm]?[jt]sx?$/.test(f) ||
      /(^|\/)\.env(\.|$)/.test(f) ||
      /\.tgz$/.test(f) ||
      /(^|\/)medusa-config\.[jt]s$/.test(f)
  )
  check(!forbidden.length, `the tarball ships files it should not:\n  ${forbidden.slice(0, 20).join("\n  ")}`)
  log(`packed ${info.filename}: ${files.length} files, ${Math.round(info.size / 1024)} kB`)
  return { tarball, info, files }
}

async function install({ tarball, info, files }) {
  fs.rmSync(APP, { recursive: true, force: true })
  fs.mkdirSync(APP, { recursive: true })
  const rel = `file:../${path.basename(tarball)}`
  fs.writeFileSync(
    path.join(APP, "package.json"),
    JSON.stringify({ name: "package-test-app", private: true, version: "0.0.0", dependencies: { [PLUGIN]: rel } }, null, 2) + "\n"
  )
  fs.writeFileSync(
    path.join(APP, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      jwtSecret: "package-test-secret",
      cookieSecret: "package-test-secret",
      storeCors: "http://localhost:8000",
      adminCors: "http://localhost:9000",
      authCors: "http://localhost:9000",
    },
  },
  admin: { disable: true },
  plugins: [{ resolve: "${PLUGIN}", options: {} }],
})
`
  )
  // --legacy-peer-deps: the plugin's @medusajs/* peers are not installed here; they resolve upward.
  await mustRun("npm", ["install", "--legacy-peer-deps", "--no-audit", "--no-fund"], { cwd: APP, env })

  // Only the plugin and its own dependencies landed in the app.
  const installedDir = path.join(APP, "node_modules", PLUGIN)
  const pkg = readJson(path.join(installedDir, "package.json"))
  // The plugin's dependency closure: its dependencies, theirs, and so on, as npm hoisted them.
  const allowed = new Set([PLUGIN, ".package-lock.json", ".bin"])
  const queue = Object.keys(pkg.dependencies || {})
  while (queue.length) {
    const name = queue.shift()
    if (allowed.has(name)) continue
    allowed.add(name)
    const depPkg = path.join(APP, "node_modules", name, "package.json")
    if (!fs.existsSync(depPkg)) continue // an optional dependency npm skipped on this platform
    const dep = readJson(depPkg)
    queue.push(...Object.keys({ ...(dep.dependencies || {}), ...(dep.optionalDependencies || {}) }))
  }
  const landed = fs
    .readdirSync(path.join(APP, "node_modules"))
    .flatMap((n) => (n.startsWith("@") ? fs.readdirSync(path.join(APP, "node_modules", n)).map((s) => `${n}/${s}`) : [n]))
  const extra = landed.filter((n) => !allowed.has(n))
  check(!extra.length, `npm installed more than the plugin into the app: ${extra.join(", ")}`)

  // The installed copy is the packed one: same name and version, npm recorded the tarball and its
  // integrity, and every file of the tarball is there with the bytes of the build it was packed from.
  const rootPkg = readJson(path.join(ROOT, "package.json"))
  check(pkg.name === PLUGIN && pkg.version === rootPkg.version, `installed ${pkg.name}@${pkg.version}, packed ${PLUGIN}@${rootPkg.version}`)
  const lock = readJson(path.join(APP, "node_modules", ".package-lock.json")).packages[`node_modules/${PLUGIN}`]
  check(lock?.resolved === rel, `npm resolved the plugin from ${lock?.resolved}, not ${rel}`)
  check(lock.integrity === info.integrity, `installed integrity ${lock.integrity} is not the tarball's ${info.integrity}`)
  for (const f of files) {
    const installed = path.join(installedDir, f)
    check(fs.existsSync(installed), `the installed plugin lacks ${f}`)
    if (f.startsWith(".medusa/server/")) {
      check(sha256(installed) === sha256(path.join(ROOT, f)), `the installed ${f} differs from the build`)
    }
  }

  // Node's lookup from the app: the plugin from the app, Medusa from the repository.
  const req = createRequire(path.join(APP, "package.json"))
  const resolvedPlugin = req.resolve(`${PLUGIN}/package.json`)
  check(resolvedPlugin === path.join(installedDir, "package.json"), `the app resolves the plugin to ${resolvedPlugin}`)
  // (@medusajs/framework exports no ./package.json, so a public entry point of each is resolved.)
  const medusaFrom = (r, spec) => r.resolve(spec).startsWith(path.join(ROOT, "node_modules", spec.split("/").slice(0, 2).join("/")) + path.sep)
  for (const spec of ["@medusajs/medusa", "@medusajs/framework/utils"]) {
    check(medusaFrom(req, spec), `the app resolves ${spec} to ${req.resolve(spec)}, not the repository's`)
  }
  check(
    medusaFrom(createRequire(path.join(installedDir, "package.json")), "@medusajs/framework/utils"),
    "the installed plugin does not resolve the repository's @medusajs/framework"
  )

  // The medusa CLI only runs its commands in a directory whose package.json lists @medusajs/medusa or
  // @medusajs/cli, as every Medusa app's does. They are added after the install so npm does not fetch
  // Medusa's tree again; what runs is the repository's copy resolved above, of the same version.
  const medusaVersion = readJson(path.join(ROOT, "node_modules", "@medusajs", "medusa", "package.json")).version
  const appPkg = readJson(path.join(APP, "package.json"))
  for (const dep of ["@medusajs/medusa", "@medusajs/framework", "@medusajs/cli"]) appPkg.dependencies[dep] = medusaVersion
  fs.writeFileSync(path.join(APP, "package.json"), JSON.stringify(appPkg, null, 2) + "\n")
  return { installedDir }
}

async function database() {
  let adminUrl
  if (env.DB_HOST) {
    // Medusa turns SSL on for any database URL without "localhost" in it; a loopback address is localhost.
    const host = ["127.0.0.1", "::1", "[::1]"].includes(env.DB_HOST) ? "localhost" : env.DB_HOST
    const user = encodeURIComponent(env.DB_USERNAME || "postgres")
    const password = env.DB_PASSWORD ? `:${encodeURIComponent(env.DB_PASSWORD)}` : ""
    adminUrl = `postgres://${user}${password}@${host}:${env.DB_PORT || 5432}/postgres`
    log(`using Postgres at ${host}:${env.DB_PORT || 5432}`)
  } else {
    if (!(await portFree(PG_PORT))) {
      throw new Failure(`port ${PG_PORT} for the embedded Postgres is taken; set PG_PACKAGE_PORT to a free port or DB_HOST to a server`)
    }
    embedded = await startEmbeddedPostgres({ dir: ".data/package-postgres", port: PG_PORT })
    adminUrl = embedded.url("postgres")
    log(`embedded Postgres on localhost:${PG_PORT}`)
  }
  await dropDatabase(adminUrl, DB)
  await ensureDatabase(adminUrl, DB)
  const u = new URL(adminUrl)
  u.pathname = `/${DB}`
  env.DATABASE_URL = quietEnv.DATABASE_URL = u.toString()
}

async function migrate({ installedDir }) {
  await mustRun(BIN("medusa"), ["db:migrate"], { cwd: APP, env: quietEnv })
  // Every table the packaged migrations create, and the ones the brief names.
  const expected = new Set(REQUIRED_TABLES)
  const modules = path.join(installedDir, ".medusa", "server", "src", "modules")
  for (const mod of fs.readdirSync(modules)) {
    const dir = path.join(modules, mod, "migrations")
    if (!fs.existsSync(dir)) continue
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".js"))) {
      for (const m of fs.readFileSync(path.join(dir, f), "utf8").matchAll(/create table if not exists \\?"([a-z0-9_]+)\\?"/gi)) {
        expected.add(m[1])
      }
    }
  }
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY($1)",
      [[...expected]]
    )
    const found = new Set(rows.map((r) => r.table_name))
    const missing = [...expected].filter((t) => !found.has(t))
    check(!missing.length, `db:migrate did not create the plugin's tables: ${missing.join(", ")}`)
    log(`the plugin's ${expected.size} tables exist`)
  } finally {
    await client.end()
  }
}

async function serve() {
  if (!(await portFree(PORT))) throw new Failure(`port ${PORT} is taken; stop what listens there or set PACKAGE_TEST_PORT`)
  const fd = fs.openSync(LOG, "w")
  // Its own process group, so that stopping it stops everything it forked.
  server = spawn(BIN("medusa"), [SERVE], {
    cwd: APP,
    env: { ...env, PORT: String(PORT) },
    stdio: ["ignore", fd, fd],
    detached: true,
  })
  fs.closeSync(fd)
  serverExit = new Promise((resolve) => server.on("exit", (code, signal) => resolve({ code, signal })))
  const died = serverExit.then(({ code, signal }) => {
    throw new Failure(`medusa ${SERVE} exited (${signal || `code ${code}`}) before answering /health`)
  })
  died.catch(() => {}) // observed by the race below; later exits (our own stop) are expected
  await Promise.race([waitForHttp(`${BASE}/health`, { timeoutMs: 180_000, intervalMs: 500 }), died])
}

async function callApi() {
  const login = await fetch(`${BASE}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(ADMIN),
  })
  const { token } = await login.json().catch(() => ({}))
  check(login.status === 200 && typeof token === "string", `POST /auth/user/emailpass answered ${login.status} without a token`)
  const auth = { authorization: `Bearer ${token}` }

  const anonymous = await fetch(`${BASE}/admin/production/settings`)
  check(anonymous.status === 401, `GET /admin/production/settings without a token answered ${anonymous.status}, not 401`)

  const settings = await fetch(`${BASE}/admin/production/settings`, { headers: auth })
  const settingsBody = await settings.json().catch(() => null)
  check(
    settings.status === 200 && settingsBody?.settings && typeof settingsBody.settings === "object" && !Array.isArray(settingsBody.settings),
    `GET /admin/production/settings answered ${settings.status}: ${JSON.stringify(settingsBody)?.slice(0, 300)}`
  )

  const stages = await fetch(`${BASE}/admin/production/stages`, { headers: auth })
  const stagesBody = await stages.json().catch(() => null)
  check(
    stages.status === 200 && Array.isArray(stagesBody?.stages),
    `GET /admin/production/stages answered ${stages.status}: ${JSON.stringify(stagesBody)?.slice(0, 300)}`
  )
  log(`signed in; settings ${settings.status}, stages ${stages.status} (${stagesBody.stages.length}), anonymous ${anonymous.status}`)
}

async function main() {
  // Fail before the minute of building and migrating if the app could not listen anyway.
  if (!(await portFree(PORT))) throw new Failure(`port ${PORT} is taken; stop what listens there or set PACKAGE_TEST_PORT`)
  await phase("build (medusa plugin:build)", build)
  const packed = await phase("pack (npm pack)", pack)
  const installed = await phase("install into .tmp/package-test/app", () => install(packed))
  await phase("database", database)
  await phase("migrate (medusa db:migrate)", () => migrate(installed))
  await phase("admin user (medusa user)", () =>
    mustRun(BIN("medusa"), ["user", "-e", ADMIN.email, "-p", ADMIN.password], { cwd: APP, env: quietEnv })
  )
  await phase(`serve (medusa ${SERVE} on :${PORT}, log .tmp/package-test/server.log)`, serve)
  await phase("admin API", callApi)
}

// ---------------------------------------------------------------------------------------------
let stopping = null
function stopAll() {
  stopping ??= (async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const kill = (sig) => {
        try {
          process.kill(-server.pid, sig)
        } catch {}
      }
      kill("SIGTERM")
      const exited = await Promise.race([serverExit.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))])
      if (!exited) {
        kill("SIGKILL")
        await serverExit
      }
    }
    if (server) {
      // Children that outlived the group leader (a forked `medusa start`) get the same treatment.
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
    }
    if (embedded) await embedded.stop().catch((e) => console.error(`[package] stopping Postgres: ${e.message}`))
  })()
  return stopping
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    console.error(`[package] ${sig}: stopping`)
    await stopAll()
    process.exit(1)
  })
}

let ok = false
try {
  await main()
  ok = true
} catch (e) {
  console.error(`[package] ${e instanceof Failure ? e.message : e.stack || e.message}`)
  if (server && fs.existsSync(LOG)) {
    console.error(`[package] last lines of ${path.relative(ROOT, LOG)}:`)
    console.error(fs.readFileSync(LOG, "utf8").split("\n").slice(-60).join("\n"))
  }
} finally {
  await stopAll()
}
console.log(`[package] ${ok ? "PASS" : "FAIL"} in ${secs(Date.now() - t0)} (${timings.join(", ")})`)
process.exit(ok ? 0 : 1)
