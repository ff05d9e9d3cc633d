#!/usr/bin/env node
// `npm run test:e2e`: browser tests of the admin screens against the running harness.
// Starts an embedded Postgres (unless DATABASE_URL is set), a fresh database, the demo
// seed and `medusa develop` on port 9000, runs the e2e jest project, then stops it all.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun, run, waitForHttp } from "./run.mjs"

if (!fs.existsSync("/usr/bin/chromium")) {
  console.error("[e2e] /usr/bin/chromium is missing: install Debian's chromium (apt-get install -y chromium)")
  process.exit(1)
}

const artifacts = path.join(ROOT, ".e2e-artifacts")
fs.mkdirSync(path.join(artifacts, "screenshots"), { recursive: true })
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "development" }
let pg = null
let server = null
const started = Date.now()

async function stopAll() {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {}
    await new Promise((r) => {
      const t = setTimeout(() => {
        try {
          process.kill(-server.pid, "SIGKILL")
        } catch {}
        r()
      }, 10000)
      server.on("exit", () => {
        clearTimeout(t)
        r()
      })
    })
  }
  if (pg) await pg.stop().catch(() => {})
}

async function main() {
  if (!env.DATABASE_URL) {
    pg = await startEmbeddedPostgres({ dir: ".data/e2e-postgres", port: Number(env.PG_E2E_PORT || 54331) })
    await dropDatabase(pg.url("postgres"), "medusa_e2e")
    await ensureDatabase(pg.url("postgres"), "medusa_e2e")
    env.DATABASE_URL = pg.url("medusa_e2e")
  }
  console.log("[e2e] migrating and seeding the demo jeweler")
  await mustRun(BIN("medusa"), ["db:migrate"], { env: { ...env, LOG_LEVEL: "error" } })
  await mustRun(BIN("medusa"), ["exec", "./scripts/seed-demo.ts"], { env: { ...env, LOG_LEVEL: "error" } })

  console.log("[e2e] starting Medusa on :9000 (log: .e2e-artifacts/server.log)")
  const log = fs.openSync(path.join(artifacts, "server.log"), "w")
  server = spawn(BIN("medusa"), ["develop"], { env, cwd: ROOT, stdio: ["ignore", log, log], detached: true })
  await waitForHttp("http://localhost:9000/health", { timeoutMs: 240_000 })
  await waitForHttp("http://localhost:9000/app", { timeoutMs: 240_000 })
  console.log(`[e2e] server up after ${Math.round((Date.now() - started) / 1000)}s; running the browser tests`)
  const code = await run(BIN("jest"), ["--selectProjects", "e2e", "--runInBand", ...process.argv.slice(2)], { env: { ...env, E2E_BASE_URL: "http://localhost:9000" } })
  return code
}

let code = 1
try {
  code = await main()
} catch (e) {
  console.error(`[e2e] ${e.message}`)
  const logFile = path.join(artifacts, "server.log")
  if (fs.existsSync(logFile)) console.error(fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n"))
} finally {
  await stopAll()
}
console.log(`[e2e] finished in ${Math.round((Date.now() - started) / 1000)}s with exit code ${code}`)
process.exit(code)
