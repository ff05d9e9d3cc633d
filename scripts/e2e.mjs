#!/usr/bin/env node
// `npm run test:e2e`: browser tests of the admin screens (e2e/**/*.e2e.ts) in Debian's chromium.
//
// Without DATABASE_URL it starts an embedded Postgres (.data/e2e-postgres, port PG_E2E_PORT
// or 54331) and drops and recreates the database medusa_e2e, so every run starts clean. Then it
// migrates, seeds the demo jeweler, starts `medusa develop` on :9000 (log in
// .e2e-artifacts/server.log), waits for /health and for /app to answer 200, runs the jest
// project "e2e", and stops the server and Postgres whatever happened. Extra arguments go
// to jest: `npm run test:e2e -- e2e/production-settings.e2e.ts`.
//
// `medusa develop` restarts on every file change in the repository; while someone edits files
// during a run, set E2E_NO_WATCH=1 to run `medusa start` instead: the same server and the same
// development build of the admin (NODE_ENV=development), without the file watcher.
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun, run, waitForHttp } from "./run.mjs"

const CHROMIUM = "/usr/bin/chromium"
if (!fs.existsSync(CHROMIUM)) {
  console.error(`[e2e] ${CHROMIUM} is missing. The browser tests drive Debian's chromium; install it with:`)
  console.error("[e2e]   apt-get install -y chromium")
  console.error("[e2e] (never `npx playwright install`: playwright-core uses the system browser)")
  process.exit(1)
}

// E2E_PORT and PG_E2E_PORT / PG_E2E_DIR let two runs share a machine.
const PORT = Number(process.env.E2E_PORT || 9000)
const SERVER = `http://localhost:${PORT}`
const artifacts = path.join(ROOT, process.env.E2E_ARTIFACTS || ".e2e-artifacts")
const serverLog = path.join(artifacts, "server.log")
fs.mkdirSync(path.join(artifacts, "screenshots"), { recursive: true })
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NODE_ENV: "development" }
const started = Date.now()
const seconds = () => Math.round((Date.now() - started) / 1000)
let pg = null
let server = null
let serverExit = null

async function stopAll() {
  if (server && server.exitCode === null && server.signalCode === null) {
    // `medusa develop` forks the real server: signal the whole process group.
    const kill = (signal) => {
      try {
        process.kill(-server.pid, signal)
      } catch {}
    }
    kill("SIGTERM")
    await new Promise((resolve) => {
      const t = setTimeout(() => {
        kill("SIGKILL")
        resolve()
      }, 10_000)
      server.once("exit", () => {
        clearTimeout(t)
        // Children may outlive the parent for a moment.
        kill("SIGKILL")
        resolve()
      })
    })
  }
  server = null
  if (pg) {
    await pg.stop().catch((e) => console.error(`[e2e] stopping Postgres: ${e.message}`))
    pg = null
  }
}

/** Resolves when `url` answers 200; rejects early if the server has died. */
async function waitFor200(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let last = "no answer"
  while (Date.now() < deadline) {
    if (serverExit) throw new Error(`the Medusa server exited (${serverExit}) before ${url} answered`)
    try {
      const res = await fetch(url, { redirect: "follow" })
      if (res.status === 200) return
      last = `HTTP ${res.status}`
    } catch (e) {
      last = e.message
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer 200 in ${timeoutMs / 1000}s (last: ${last})`)
}

async function main() {
  const portTaken = await fetch(`${SERVER}/health`).then(() => true, () => false)
  if (portTaken) throw new Error(`something already answers on ${SERVER}: stop it (npm run dev?) and run again`)

  if (!env.DATABASE_URL) {
    const port = Number(env.PG_E2E_PORT || 54331)
    console.log(`[e2e] embedded Postgres on localhost:${port}, fresh database medusa_e2e`)
    pg = await startEmbeddedPostgres({ dir: env.PG_E2E_DIR || ".data/e2e-postgres", port })
    await dropDatabase(pg.url("postgres"), "medusa_e2e")
    await ensureDatabase(pg.url("postgres"), "medusa_e2e")
    env.DATABASE_URL = pg.url("medusa_e2e")
  } else {
    console.log("[e2e] using DATABASE_URL as given (it is not emptied first)")
  }

  console.log("[e2e] migrating and seeding the demo jeweler")
  await mustRun(BIN("medusa"), ["db:migrate"], { env: { ...env, LOG_LEVEL: "error" } })
  await mustRun(BIN("medusa"), ["exec", "./scripts/seed-demo.ts"], { env: { ...env, LOG_LEVEL: "error" } })

  const command = /^(1|true|yes)$/i.test(env.E2E_NO_WATCH ?? "") ? "start" : "develop"
  console.log(`[e2e] starting medusa ${command} on :${PORT} (log: .e2e-artifacts/server.log)`)
  const log = fs.openSync(serverLog, "w")
  server = spawn(BIN("medusa"), [command], { env: { ...env, PORT: String(PORT) }, cwd: ROOT, stdio: ["ignore", log, log], detached: true })
  server.once("exit", (code, signal) => {
    serverExit = signal ?? `code ${code}`
  })
  await waitForHttp(`${SERVER}/health`, { timeoutMs: 300_000 })
  // The first request for the admin compiles the dashboard: allow several minutes.
  await waitFor200(`${SERVER}/app`, 600_000)
  console.log(`[e2e] server up after ${seconds()}s; running the browser tests`)
  return run(BIN("jest"), ["--selectProjects", "e2e", "--runInBand", ...process.argv.slice(2)], {
    env: { ...env, E2E_BASE_URL: SERVER },
  })
}

let code = 1
let stopping = false
const onSignal = (signal) => {
  if (stopping) return
  stopping = true
  console.error(`[e2e] ${signal}: stopping the server and Postgres`)
  stopAll().finally(() => process.exit(130))
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

try {
  code = await main()
} catch (e) {
  console.error(`[e2e] ${e.message}`)
  if (fs.existsSync(serverLog)) {
    console.error("[e2e] last lines of .e2e-artifacts/server.log:")
    console.error(fs.readFileSync(serverLog, "utf8").split("\n").slice(-40).join("\n"))
  }
} finally {
  if (!stopping) await stopAll()
}
console.log(`[e2e] finished in ${seconds()}s with exit code ${code}`)
process.exit(code)
