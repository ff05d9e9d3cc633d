#!/usr/bin/env node
// `npm run bench [-- <items>] [--items N] [--movements N] [--products N] [--requests N] [--explain]`
//
// On a fresh database `medusa_bench` (embedded Postgres in .data/bench-postgres on PG_BENCH_PORT or
// 54333, or next to DATABASE_URL's database when it is set): migrate, create the catalog through
// Medusa (scripts/bench-seed.ts), generate the stock items, the ledger and its daily roll-up inside
// Postgres (scripts/bench-sql.mjs), start the server on BENCH_PORT or 9200, and measure, in one run,
// GET /admin/products/:id/stock-analytics (as an admin, and as a member limited to one location)
// against Medusa's own GET /admin/inventory-items?limit=20.
// --explain (embedded Postgres) adds, per request, the database time by statement
// (pg_stat_statements) and the plans of one request's statements (auto_explain), so the figures
// describe whatever the service's SQL is at the time.
// The last line is: analytics_p95_ms=<n> medusa_list_p95_ms=<n> ratio=<n>
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import pg from "pg"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, waitForHttp } from "./run.mjs"
import { checkStock, seedStock } from "./bench-sql.mjs"

// ---- options ----
const argv = process.argv.slice(2)
const USAGE = "usage: npm run bench -- [<items>] [--items N] [--movements N] [--products N] [--requests N] [--explain]"
const opts = { explain: false }
const positional = []
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]
  const m = /^--([a-z]+)(?:=(.*))?$/.exec(a)
  if (m && m[1] === "explain") opts.explain = true
  else if (m && ["items", "movements", "products", "requests"].includes(m[1])) opts[m[1]] = m[2] ?? argv[++i]
  else if (/^\d+$/.test(a)) positional.push(a)
  else {
    console.error(`[bench] unknown argument ${a}\n${USAGE}`)
    process.exit(2)
  }
}
const int = (name, v, min) => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < min) {
    console.error(`[bench] --${name} must be a whole number ≥ ${min}, got ${v}\n${USAGE}`)
    process.exit(2)
  }
  return n
}
const items = int("items", opts.items ?? positional[0] ?? 200000, 1)
const movements = int("movements", opts.movements ?? items * 10, items)
const products = int("products", opts.products ?? 50, 1)
const requests = int("requests", opts.requests ?? 200, 1)
const WARMUP = 20
const PORT = Number(process.env.BENCH_PORT || 9200)
const PG_PORT = Number(process.env.PG_BENCH_PORT || 54333)
const DB = "medusa_bench"
const ADMIN = { email: "bench@local.test", password: "bench-pass" }
const MEMBER = { email: "bench-member@local.test", password: "bench-pass" }

console.log(
  `[bench] options: items=${items} movements=${movements} products=${products} requests=${requests} per endpoint (after ${WARMUP} warm-up each)` +
    `${opts.explain ? " explain" : ""}; server port ${PORT}; database ${process.env.DATABASE_URL ? "next to DATABASE_URL" : `embedded Postgres on ${PG_PORT}`}`
)

// ---- processes ----
const env = {
  ...process.env,
  NODE_ENV: "development",
  MEDUSA_DISABLE_TELEMETRY: "true",
  LOG_LEVEL: "error",
  MEDUSA_ADMIN_DISABLE: "true",
}
let pgServer = null
let server = null
let stopping = null
const t0 = Date.now()
const secs = (since) => ((Date.now() - since) / 1000).toFixed(1)
const log = (m) => console.log(`[bench] ${m} (${secs(t0)}s)`)

/** Runs a command to completion; resolves with its stdout (stderr passes through). */
function capture(cmd, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ["ignore", "pipe", "inherit"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.on("error", reject)
    child.on("exit", (code, signal) =>
      code === 0 ? resolve(out) : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code ?? signal}\n${out.slice(-4000)}`))
    )
  })
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.once("listening", () => srv.close(() => resolve(true)))
    srv.listen(port)
  })
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return
  const exited = new Promise((r) => server.once("exit", r))
  try {
    process.kill(-server.pid, "SIGTERM") // its own process group: the CLI and the server it forks
  } catch {}
  const timer = setTimeout(() => {
    try {
      process.kill(-server.pid, "SIGKILL")
    } catch {}
  }, 10_000)
  await exited
  clearTimeout(timer)
}

async function cleanup() {
  await stopServer()
  if (pgServer) await pgServer.stop().catch((e) => console.error(`[bench] stopping Postgres: ${e.message}`))
}

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    if (stopping) return
    console.error(`[bench] ${sig}: stopping the server and Postgres`)
    stopping = cleanup()
    await stopping
    process.exit(130)
  })
}

// ---- Postgres: the embedded server, with the diagnostics libraries when --explain asks ----
const pgLog = { capture: false, lines: [] }
const onPgLog = (m) => {
  if (pgLog.capture) pgLog.lines.push(String(m))
}
async function startPostgres() {
  const start = () => startEmbeddedPostgres({ dir: ".data/bench-postgres", port: PG_PORT, log: onPgLog })
  let srv = await start()
  const want = opts.explain ? "pg_stat_statements,auto_explain" : ""
  const c = new pg.Client({ connectionString: srv.url("postgres") })
  await c.connect()
  const { rows: [{ shared_preload_libraries: have }] } = await c.query(`SHOW shared_preload_libraries`)
  if (have.replace(/[\s"]/g, "") !== want) {
    await c.query(want ? `ALTER SYSTEM SET shared_preload_libraries = ${want.split(",").map((l) => `'${l}'`).join(", ")}` : `ALTER SYSTEM RESET shared_preload_libraries`)
    await c.end()
    await srv.stop()
    srv = await start()
  } else await c.end()
  return srv
}

// ---- statistics ----
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
const f1 = (x) => x.toFixed(1)

async function main() {
  // 1. A fresh database.
  let adminUrl
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL)
    u.pathname = "/postgres"
    adminUrl = u.toString()
  } else {
    pgServer = await startPostgres()
    adminUrl = pgServer.url("postgres")
  }
  if (!(await portFree(PORT))) throw new Error(`port ${PORT} is taken (another server?): set BENCH_PORT to a free port`)
  await dropDatabase(adminUrl, DB)
  await ensureDatabase(adminUrl, DB)
  const dbUrl = new URL(adminUrl)
  dbUrl.pathname = `/${DB}`
  env.DATABASE_URL = dbUrl.toString()
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  try {
    if (pgServer) {
      // Bench-only cluster: room for the bulk load's WAL between checkpoints.
      await db.query(`ALTER SYSTEM SET max_wal_size = '8GB'`)
      await db.query(`SELECT pg_reload_conf()`)
    }
    const { rows: [{ server_version }] } = await db.query(`SHOW server_version`)

    // 2. Schema, users, the Medusa catalog.
    let t = Date.now()
    await capture(BIN("medusa"), ["db:migrate"])
    log(`migrated in ${secs(t)}s`)
    for (const u of [ADMIN, MEMBER]) await capture(BIN("medusa"), ["user", "-e", u.email, "-p", u.password])
    t = Date.now()
    const out = await capture(BIN("medusa"), ["exec", "./scripts/bench-seed.ts"], { BENCH_PRODUCTS: String(products), BENCH_MEMBER_EMAIL: MEMBER.email })
    const line = out.split("\n").find((l) => l.startsWith("BENCH_SEED_JSON="))
    if (!line) throw new Error(`bench-seed printed no BENCH_SEED_JSON line:\n${out.slice(-4000)}`)
    const seed = JSON.parse(line.slice("BENCH_SEED_JSON=".length))
    const medusaSeconds = secs(t)
    log(`Medusa catalog: ${seed.productIds.length} products, ${seed.inventoryItems} inventory items, ${seed.locationIds.length} locations in ${medusaSeconds}s`)

    // 3. Stock and ledger in SQL.
    t = Date.now()
    await seedStock(db, { items, movements, productIds: seed.productIds, locationIds: seed.locationIds, typeIdByKind: seed.typeIdByKind, log })
    const stockSeconds = secs(t)
    const checked = await checkStock(db)
    const { rows: [counts] } = await db.query(`SELECT
      (SELECT COUNT(*) FROM jewelry_stock_item)::int AS items, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS movements,
      (SELECT COUNT(*) FROM jewelry_stock_daily_total)::int AS days,
      pg_size_pretty(pg_total_relation_size('jewelry_stock_movement')) AS ledger_size, pg_size_pretty(pg_database_size(current_database())) AS db_size`)
    log(
      `stock seeded in ${stockSeconds}s: ${counts.items} items, ${counts.movements} movements, ${counts.days} daily totals; ` +
        `ledger ${counts.ledger_size}, database ${counts.db_size}; ${checked} sampled items match their ledger`
    )
    if (counts.items !== items || counts.movements !== movements) throw new Error(`expected ${items} items and ${movements} movements`)

    // 4. The server.
    t = Date.now()
    fs.mkdirSync(path.join(ROOT, ".tmp"), { recursive: true })
    const logFile = path.join(ROOT, ".tmp", "bench-server.log")
    const logFd = fs.openSync(logFile, "w")
    // `medusa start` on the sources is what `medusa develop` forks, without its file watcher
    // (others editing the repo would restart the server in the middle of the measurement).
    server = spawn(BIN("medusa"), ["start"], { cwd: ROOT, env: { ...env, PORT: String(PORT) }, stdio: ["ignore", logFd, logFd], detached: true })
    const died = new Promise((_, reject) => server.once("exit", (code) => reject(new Error(`the server exited with ${code}; see ${logFile}`))))
    died.catch(() => {}) // the race below reports it; later exits are ours
    await Promise.race([waitForHttp(`http://localhost:${PORT}/health`, { timeoutMs: 240_000 }), died])
    log(`server up on ${PORT} in ${secs(t)}s`)
    const base = `http://localhost:${PORT}`
    const login = async (u) => {
      const res = await fetch(`${base}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(u) })
      const body = await res.json()
      if (!res.ok || !body.token) throw new Error(`login ${u.email}: ${res.status} ${JSON.stringify(body)}`)
      return { authorization: `Bearer ${body.token}` }
    }
    const adminHeaders = await login(ADMIN)
    const memberHeaders = await login(MEMBER)

    const kinds = ["rough", "in_process", "finished", "materials_supplies"]
    const P = seed.productIds.length
    // Every product × kind pair in turn.
    const analyticsUrl = (i) => `${base}/admin/products/${seed.productIds[i % P]}/stock-analytics?inventory_kind=${kinds[Math.floor(i / P) % 4]}`
    const listUrl = `${base}/admin/inventory-items?limit=20`
    const get = async (url, headers) => {
      const res = await fetch(url, { headers })
      const body = await res.json()
      if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`)
      return body
    }
    const time = async (url, headers) => {
      const s = process.hrtime.bigint()
      const res = await fetch(url, { headers })
      await res.arrayBuffer()
      const ms = Number(process.hrtime.bigint() - s) / 1e6
      if (!res.ok) throw new Error(`GET ${url}: ${res.status}`)
      return ms
    }

    // The answers are the data's: the admin's figures against SQL, the list's count.
    const probe = await get(analyticsUrl(0), adminHeaders)
    const { rows: [expected] } = await db.query(
      `SELECT COUNT(*)::int AS n FROM jewelry_stock_item WHERE product_id = $1 AND inventory_kind = $2 AND status NOT IN ('sold', 'scrapped')`,
      [seed.productIds[0], kinds[0]]
    )
    if (probe.analytics.item_count !== expected.n || !probe.analytics.series.length || probe.analytics.scope !== "all_locations") {
      throw new Error(`analytics answer does not match the data: ${JSON.stringify(probe.analytics).slice(0, 500)} (expected ${expected.n} items)`)
    }
    const memberProbe = await get(analyticsUrl(0), memberHeaders)
    if (memberProbe.analytics.scope !== "own_locations") throw new Error(`member analytics is not location-scoped: ${memberProbe.analytics.scope}`)
    const list = await get(listUrl, adminHeaders)
    if (list.count !== seed.inventoryItems || list.inventory_items.length !== 20) {
      throw new Error(`inventory list answered count ${list.count}, ${list.inventory_items.length} rows; expected ${seed.inventoryItems}, 20`)
    }

    // 5. Measure: warm-up, then the analytics request and Medusa's list interleaved, one at a time,
    // so both see the same machine at the same moments; then the member's analytics on their own.
    const loadBefore = os.loadavg().map((x) => x.toFixed(1)).join(" ")
    for (let i = 0; i < WARMUP; i++) {
      await time(analyticsUrl(i), adminHeaders)
      await time(listUrl, adminHeaders)
    }
    const a = []
    const m = []
    t = Date.now()
    for (let i = 0; i < requests; i++) {
      a.push(await time(analyticsUrl(i), adminHeaders))
      m.push(await time(listUrl, adminHeaders))
    }
    for (let i = 0; i < WARMUP; i++) await time(analyticsUrl(i), memberHeaders)
    const s = []
    for (let i = 0; i < requests; i++) s.push(await time(analyticsUrl(i), memberHeaders))
    log(`measured ${3 * requests} requests in ${secs(t)}s`)

    if (opts.explain) {
      await explain(db, [
        ["admin analytics", (i) => time(analyticsUrl(i), adminHeaders)],
        ["Medusa inventory list", () => time(listUrl, adminHeaders)],
        ["member analytics", (i) => time(analyticsUrl(i), memberHeaders)],
      ])
    }

    const cpu = os.cpus()
    const rows = [
      ["GET /admin/products/:id/stock-analytics (admin)", a],
      ["GET /admin/inventory-items?limit=20 (Medusa)", m],
      ["GET /admin/products/:id/stock-analytics (member, 1 location)", s],
    ]
    const w = Math.max(...rows.map((r) => r[0].length))
    const table = [
      `| ${"request".padEnd(w)} | p50 ms | p95 ms | mean ms | max ms |`,
      `| ${"-".repeat(w)} | -----: | -----: | ------: | -----: |`,
      ...rows.map(
        ([name, xs]) =>
          `| ${name.padEnd(w)} | ${f1(percentile(xs, 50)).padStart(6)} | ${f1(percentile(xs, 95)).padStart(6)} | ${f1(mean(xs)).padStart(7)} | ${f1(Math.max(...xs)).padStart(6)} |`
      ),
    ]
    console.log("")
    console.log(`machine: ${cpu[0]?.model?.trim()} × ${cpu.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; PostgreSQL ${server_version}`)
    console.log(
      `data: ${items} items, ${movements} movements (${counts.ledger_size} ledger), ${counts.days} daily totals, ${P} products, ${seed.inventoryItems} Medusa inventory items; ` +
        `seeded in ${stockSeconds}s (stock SQL) + ${medusaSeconds}s (Medusa catalog)`
    )
    console.log(
      `${requests} sequential requests each after ${WARMUP} warm-up; admin analytics and Medusa's list interleaved, then the member's analytics; ` +
        `load average ${loadBefore} before, ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} after`
    )
    console.log(table.join("\n"))
    console.log("")
    const ap95 = percentile(a, 95)
    const mp95 = percentile(m, 95)
    return `analytics_p95_ms=${f1(ap95)} medusa_list_p95_ms=${f1(mp95)} ratio=${(ap95 / mp95).toFixed(2)}`
  } finally {
    await db.end().catch(() => {})
  }
}

/**
 * For each request: the database time per request by statement over 50 requests
 * (pg_stat_statements), then the plan of each statement of one request (auto_explain, ANALYZE).
 */
async function explain(db, requests) {
  if (!pgServer) {
    console.log("\n[bench] --explain needs the embedded Postgres (it loads pg_stat_statements and auto_explain); skipped")
    return
  }
  await db.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`)
  const N = 50
  for (const [name, run] of requests) {
    await db.query(`SELECT pg_stat_statements_reset()`)
    for (let i = 0; i < N; i++) await run(i)
    const { rows } = await db.query(
      `SELECT calls, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') AS query FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query !~* '(pg_stat_statements|ALTER SYSTEM|pg_reload_conf)' ORDER BY total_exec_time DESC`
    )
    const total = rows.reduce((n, r) => n + r.total_exec_time, 0) / N
    const calls = rows.reduce((n, r) => n + Number(r.calls), 0) / N
    console.log(`\n--- ${name}: ${calls.toFixed(1)} statements, ${total.toFixed(2)} ms database time per request (${N} requests)`)
    for (const r of rows.slice(0, 6)) {
      console.log(`${(r.total_exec_time / N).toFixed(2).padStart(8)} ms  ×${(Number(r.calls) / N).toFixed(1)}  ${r.query.slice(0, 160)}`)
    }
  }
  const setAutoExplain = async (on) => {
    for (const [k, v] of [["log_min_duration", "0"], ["log_analyze", "on"], ["log_buffers", "on"], ["log_nested_statements", "off"]]) {
      await db.query(on ? `ALTER SYSTEM SET auto_explain.${k} = '${v}'` : `ALTER SYSTEM RESET auto_explain.${k}`)
    }
    await db.query(`SELECT pg_reload_conf()`)
    await new Promise((r) => setTimeout(r, 500))
  }
  await setAutoExplain(true)
  try {
    for (const [name, run] of requests) {
      pgLog.lines = []
      pgLog.capture = true
      await run(7)
      await new Promise((r) => setTimeout(r, 300))
      pgLog.capture = false
      const plans = pgLog.lines.join("").replace(/^.*?LOG: {2}duration: /gm, "\n[duration] ").trim()
      console.log(`\n--- plans of one ${name} request\n${plans}`)
    }
  } finally {
    pgLog.capture = false
    await setAutoExplain(false)
  }
}

let last = null
let code = 0
try {
  last = await main()
} catch (e) {
  console.error(`[bench] failed: ${e?.stack ?? e?.message ?? e}`)
  code = 1
}
if (stopping) await stopping
else await cleanup()
if (last) console.log(last)
process.exit(code)
