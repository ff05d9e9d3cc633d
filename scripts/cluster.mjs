#!/usr/bin/env node
// `npm run test:cluster`: the store run as Medusa runs in production, two servers and a worker on
// Redis, and the plugin's promises checked in SQL after bursts split across them.
//
//  setup   Redis database CLUSTER_REDIS_DB (7) of REDIS_URL (redis://localhost:6379) is emptied
//          (FLUSHDB; database 0 is refused). Postgres: the server of DB_HOST (+ DB_PORT, DB_USERNAME,
//          DB_PASSWORD) or of DATABASE_URL when given, else an embedded one in .data/cluster-postgres
//          on PG_CLUSTER_PORT (54333); the database medusa_cluster on it is dropped and created,
//          migrated and seeded with the demo jeweler (scripts/seed-demo.ts).
//  boot    `medusa start` three times with REDIS_URL set, so medusa-config.ts loads Medusa's Redis
//          event bus, workflow engine, locking and caching: servers on :9201 and :9202
//          (MEDUSA_WORKER_MODE=server, admin disabled) and a worker on :9203 (MEDUSA_WORKER_MODE=worker,
//          which answers /health only). Logs in .e2e-artifacts/cluster/*.log.
//  a       bursts split across both servers: 50 concurrent ±1-piece/weight adjustments of one item; rounds
//          of 10 concurrent ±1-piece adjustments of 10 items of one variant; concurrent deductions past
//          what two items hold (some must fail, none may go below 0);
//          then every item's weight and pieces equal the sum of its movements, and Medusa's stocked
//          quantity of every variant at every location equals the available pieces of the items
//          linked to it there (plus pieces selected for lines of that variant: the sync step's rule).
//  b       three production jobs, each closed out from both servers at once: one 200 and one 409 per
//          job, one finished item per job, Medusa's stock raised once.
//  c       a burst of storefront checkouts of the made-to-order bracelet, each step of a checkout on
//          alternating servers; the worker is killed (SIGKILL) mid-burst and started again; then
//          every order line has exactly one production job (none missing, none doubled).
//
// It prints a report and exits 1 if any check failed. Every process it started (in its own
// process group) and the embedded Postgres are stopped on success, failure and Ctrl-C.
//
// Environment: REDIS_URL, CLUSTER_REDIS_DB, DATABASE_URL or DB_HOST…, PG_CLUSTER_PORT,
// CLUSTER_PORTS ("9201,9202,9203"), CLUSTER_ROUNDS (40 rounds over 10 items), CLUSTER_ORDERS (24).
// The database is left as the run leaves it, for a look afterwards (embedded: psql on localhost:54333
// while nothing else runs it; start it with `node -e` of scripts/pg.mjs, or rerun).
import fs from "node:fs"
import path from "node:path"
import { spawn } from "node:child_process"
import pg from "pg"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun } from "./run.mjs"

const t0 = Date.now()
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`
const log = (msg) => console.log(`[cluster ${secs(Date.now() - t0).padStart(6)}] ${msg}`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

const ART = path.join(ROOT, ".e2e-artifacts", "cluster")
const [P1, P2, PW] = (process.env.CLUSTER_PORTS || "9201,9202,9203").split(",").map(Number)
const PG_PORT = Number(process.env.PG_CLUSTER_PORT || 54333)
const DB = process.env.CLUSTER_DATABASE || "medusa_cluster"
const ORDERS = Number(process.env.CLUSTER_ORDERS || 24)
const ROUNDS = Number(process.env.CLUSTER_ROUNDS || 40)
const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL || "admin@jeweler.test", password: process.env.DEMO_ADMIN_PASSWORD || "jeweler-demo" }

// ---------------------------------------------------------------------------------------------
// Redis: one dedicated database, emptied first so nothing from an earlier run leaks in.
function clusterRedisUrl() {
  const url = new URL(process.env.REDIS_URL || "redis://localhost:6379")
  const db = Number(process.env.CLUSTER_REDIS_DB ?? 7)
  if (!Number.isInteger(db) || db < 1) {
    throw new Error(`CLUSTER_REDIS_DB=${process.env.CLUSTER_REDIS_DB}: use a database of its own (1 or more); database 0 is never flushed`)
  }
  url.pathname = `/${db}`
  return url.toString()
}

async function redisClient(url) {
  const mod = await import("ioredis")
  const Redis = mod.default?.default ?? mod.default ?? mod.Redis
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000, retryStrategy: () => null })
  client.on("error", () => {})
  try {
    await client.connect()
  } catch (e) {
    client.disconnect()
    throw new Error(`Redis at ${url.replace(/\/\/[^@]*@/, "//")} is not reachable (${e.message}); start it or set REDIS_URL`)
  }
  return client
}

async function flushRedis(url) {
  const client = await redisClient(url)
  try {
    await client.flushdb()
  } finally {
    client.disconnect()
  }
}

/**
 * Medusa's event queue, read through BullMQ as Medusa's Redis event bus names it (queue "events-queue",
 * prefix "RedisEventBusService"): how many events wait, run or failed.
 */
async function openEventQueue(url) {
  const { Queue } = await import("bullmq")
  const connection = await redisClient(url)
  const queue = new Queue("events-queue", { prefix: "RedisEventBusService", connection })
  return {
    async counts() {
      const c = await queue.getJobCounts("waiting", "active", "delayed", "prioritized", "paused", "waiting-children", "failed")
      return { pending: c.waiting + c.active + c.delayed + c.prioritized + c.paused + c["waiting-children"], failed: c.failed, ...c }
    },
    async close() {
      await queue.close().catch(() => {})
      connection.disconnect()
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Processes: each Medusa instance in its own process group, so a stop reaches everything it forked.
const instances = new Map()
let embedded = null
let sql = null // the checks' own connection to the store's database

function startInstance(name, mode, port, env) {
  const logFile = path.join(ART, `${name}.log`)
  fs.appendFileSync(logFile, `\n===== ${new Date().toISOString()} medusa start (${mode}) on :${port}\n`)
  const fd = fs.openSync(logFile, "a")
  const child = spawn(BIN("medusa"), ["start"], {
    env: { ...env, PORT: String(port), MEDUSA_WORKER_MODE: mode },
    cwd: ROOT,
    stdio: ["ignore", fd, fd],
    detached: true,
  })
  fs.closeSync(fd)
  const inst = { name, mode, port, child, exit: null, logFile, base: `http://localhost:${port}` }
  child.once("exit", (code, signal) => {
    inst.exit = signal ?? `code ${code}`
  })
  instances.set(name, inst)
  return inst
}

function signalGroup(inst, signal) {
  try {
    process.kill(-inst.child.pid, signal)
  } catch {}
}

async function stopInstance(inst, { graceMs = 10_000 } = {}) {
  if (inst.exit === null) {
    signalGroup(inst, "SIGTERM")
    const deadline = Date.now() + graceMs
    while (inst.exit === null && Date.now() < deadline) await sleep(100)
  }
  // Whatever is left in the group (the instance itself after the grace period, or anything it forked).
  signalGroup(inst, "SIGKILL")
}

async function stopAll() {
  await Promise.all([...instances.values()].map((i) => stopInstance(i)))
  instances.clear()
  if (sql) {
    const client = sql
    sql = null
    await client.end().catch(() => {})
  }
  if (embedded) {
    const pgServer = embedded
    embedded = null
    await pgServer.stop().catch((e) => console.error(`[cluster] stopping Postgres: ${e.message}`))
  }
}

async function waitHealthy(inst, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (inst.exit !== null) throw new Error(`${inst.name} exited (${inst.exit}) before /health answered; see ${path.relative(ROOT, inst.logFile)}`)
    try {
      const res = await fetch(`${inst.base}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.status === 200) return
    } catch {}
    await sleep(500)
  }
  throw new Error(`${inst.name} did not answer ${inst.base}/health in ${timeoutMs / 1000}s; see ${path.relative(ROOT, inst.logFile)}`)
}

/** What each Redis module logs once it is connected (Medusa 2.21.2). */
const REDIS_MODULES = {
  "event bus": /Connection to Redis in module 'event-bus-redis' established/,
  "workflow engine": /Connection to Redis in module 'workflow-engine-redis' established/,
  locking: /Connection to Redis in "locking-redis" provider established/,
  caching: /Redis cache connection established/,
}
const plainLog = (inst) => fs.readFileSync(inst.logFile, "utf8").replace(/\x1b\[[0-9;]*m/g, "")

// ---------------------------------------------------------------------------------------------
// HTTP and SQL helpers.
async function http(base, method, urlPath, { body, token, pk, timeoutMs = 90_000 } = {}) {
  const headers = { "content-type": "application/json" }
  if (token) headers.authorization = `Bearer ${token}`
  if (pk) headers["x-publishable-api-key"] = pk
  const res = await fetch(base + urlPath, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  })
  const text = await res.text()
  let data = text
  try {
    data = JSON.parse(text)
  } catch {}
  return { status: res.status, data }
}

async function must(base, method, urlPath, opts) {
  const r = await http(base, method, urlPath, opts)
  if (r.status >= 300) {
    throw new Error(`${method} ${urlPath} on ${base} answered ${r.status}: ${JSON.stringify(r.data).slice(0, 400)}`)
  }
  return r.data
}

const q = async (text, params = []) => (await sql.query(text, params)).rows

// ---------------------------------------------------------------------------------------------
// Checks and report.
const checks = []
const phases = []
const notes = []
function check(section, name, ok, detail = "") {
  checks.push({ section, name, ok: !!ok, detail })
  log(`${ok ? "ok  " : "FAIL"} ${section} ${name}${detail ? `: ${detail}` : ""}`)
  return !!ok
}
async function phase(name, fn) {
  log(`── ${name}`)
  const start = Date.now()
  try {
    return await fn()
  } finally {
    phases.push([name, Date.now() - start])
  }
}
/** Runs a scenario; an unexpected error fails it without stopping the scenarios after it. */
async function scenario(section, name, fn) {
  try {
    await phase(`${section} ${name}`, fn)
  } catch (e) {
    check(section, "ran to the end", false, e.message)
  }
}
const tally = (statuses) =>
  Object.entries(statuses.reduce((m, s) => ((m[s] = (m[s] ?? 0) + 1), m), {}))
    .sort()
    .map(([s, n]) => `${n}×${s}`)
    .join(" ")

// ---------------------------------------------------------------------------------------------
// The plugin's promises, read straight from the database.

/** Items whose weight, grams or pieces differ from the sum of their movements, or are negative. */
async function ledgerBreaks() {
  return q(`
    SELECT i.tag_id, i.weight::text AS weight, i.weight_grams::text AS grams, i.pieces,
           COALESCE(SUM(CASE WHEN m.direction = 'deducted' THEN -m.weight ELSE m.weight END), 0)::text AS ledger_weight,
           COALESCE(SUM(m.grams_delta), 0)::text AS ledger_grams,
           COALESCE(SUM(m.pieces_delta), 0)::int AS ledger_pieces
    FROM jewelry_stock_item i
    LEFT JOIN jewelry_stock_movement m ON m.stock_item_id = i.id AND m.deleted_at IS NULL
    WHERE i.deleted_at IS NULL
    GROUP BY i.id
    HAVING i.weight <> COALESCE(SUM(CASE WHEN m.direction = 'deducted' THEN -m.weight ELSE m.weight END), 0)
        OR i.weight_grams <> COALESCE(SUM(m.grams_delta), 0)
        OR i.pieces <> COALESCE(SUM(m.pieces_delta), 0)
        OR i.weight < 0 OR i.weight_grams < 0 OR i.pieces < 0
    ORDER BY i.tag_id`)
}

/**
 * Medusa's stocked quantity against the rule of src/workflows/stock/steps/sync-medusa-inventory.ts,
 * for every variant with managed inventory and a location where the bench has items of it:
 * available pieces of the linked items + pieces selected (not shipped) for lines of that variant.
 */
async function stockSync() {
  return q(`
    WITH pairs AS (
      SELECT DISTINCT variant_id, location_id FROM jewelry_stock_item WHERE variant_id IS NOT NULL
    ), bench AS (
      SELECT p.variant_id, p.location_id,
        (SELECT COALESCE(SUM(s.pieces), 0) FROM jewelry_stock_item s
          WHERE s.variant_id = p.variant_id AND s.location_id = p.location_id AND s.status = 'available' AND s.deleted_at IS NULL)
        + (SELECT COALESCE(SUM(sel.pieces), 0) FROM jewelry_inventory_selection sel
          WHERE sel.item_variant_id = p.variant_id AND sel.line_variant_id = p.variant_id AND sel.location_id = p.location_id
            AND sel.status = 'selected' AND sel.deleted_at IS NULL) AS expected
      FROM pairs p
    )
    SELECT v.sku, b.variant_id, b.location_id, b.expected::int AS expected, il.stocked_quantity::numeric AS actual
    FROM bench b
    JOIN product_variant v ON v.id = b.variant_id AND v.deleted_at IS NULL AND v.manage_inventory
    JOIN LATERAL (
      SELECT inventory_item_id FROM product_variant_inventory_item l
      WHERE l.variant_id = v.id AND l.deleted_at IS NULL ORDER BY l.created_at LIMIT 1
    ) link ON true
    LEFT JOIN inventory_level il ON il.inventory_item_id = link.inventory_item_id AND il.location_id = b.location_id AND il.deleted_at IS NULL
    ORDER BY v.sku`)
}

function checkLedger(section, label) {
  return ledgerBreaks().then((rows) =>
    check(
      section,
      `${label}: every item's weight and pieces equal the sum of its movements, none negative`,
      rows.length === 0,
      rows.slice(0, 5).map((r) => `${r.tag_id} ${r.weight}/${r.pieces}pc vs ledger ${r.ledger_weight}/${r.ledger_pieces}pc (grams ${r.grams} vs ${r.ledger_grams})`).join("; ")
    )
  )
}

async function checkStockSync(section, label) {
  const rows = await stockSync()
  const off = rows.filter((r) => r.actual === null || Number(r.actual) !== Number(r.expected))
  check(
    section,
    `${label}: Medusa's stocked quantity of each variant/location equals the bench's available pieces (${rows.length} pairs)`,
    rows.length > 0 && off.length === 0,
    off.map((r) => `${r.sku}: expected ${r.expected}, Medusa has ${r.actual ?? "no level"}`).join("; ")
  )
  return rows
}

// ---------------------------------------------------------------------------------------------
async function main() {
  fs.rmSync(ART, { recursive: true, force: true })
  fs.mkdirSync(ART, { recursive: true })
  for (const port of [P1, P2, PW]) {
    const taken = await fetch(`http://localhost:${port}/health`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false)
    if (taken) throw new Error(`something already answers on :${port}; stop it or set CLUSTER_PORTS`)
  }

  const redisUrl = clusterRedisUrl()
  const env = {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: "development",
    REDIS_URL: redisUrl,
    MEDUSA_ADMIN_DISABLE: "true",
  }

  await phase("setup: Redis and Postgres, migrate, seed", async () => {
    await flushRedis(redisUrl)
    log(`Redis ${redisUrl} flushed`)
    let adminUrl
    if (process.env.DB_HOST) {
      const u = new URL("postgres://localhost")
      u.hostname = process.env.DB_HOST
      u.port = process.env.DB_PORT || "5432"
      u.username = process.env.DB_USERNAME || "postgres"
      u.password = process.env.DB_PASSWORD || ""
      u.pathname = "/postgres"
      adminUrl = u.toString()
    } else if (process.env.DATABASE_URL) {
      const u = new URL(process.env.DATABASE_URL)
      u.pathname = "/postgres"
      adminUrl = u.toString()
    } else {
      embedded = await startEmbeddedPostgres({ dir: process.env.PG_CLUSTER_DIR || ".data/cluster-postgres", port: PG_PORT })
      adminUrl = embedded.url("postgres")
    }
    await dropDatabase(adminUrl, DB)
    await ensureDatabase(adminUrl, DB)
    const dbUrl = new URL(adminUrl)
    dbUrl.pathname = `/${DB}`
    env.DATABASE_URL = dbUrl.toString()
    log(`Postgres ${dbUrl.host}, fresh database ${DB}`)
    // Migrations and the seed run as a server instance: the events they emit wait in Redis for the worker.
    const quiet = { ...env, LOG_LEVEL: "error", MEDUSA_WORKER_MODE: "server" }
    await mustRun(BIN("medusa"), ["db:migrate"], { env: quiet })
    await mustRun(BIN("medusa"), ["exec", "./scripts/seed-demo.ts"], { env: quiet })
    sql = new pg.Client({ connectionString: env.DATABASE_URL })
    sql.on("error", (e) => log(`database connection: ${e.message}`))
    await sql.connect()
  })

  const [s1, s2] = await phase("boot: two servers and a worker", async () => {
    const started = [startInstance("server-1", "server", P1, env), startInstance("server-2", "server", P2, env), startInstance("worker", "worker", PW, env)]
    await Promise.all(started.map((i) => waitHealthy(i)))
    return started
  })
  const S = [s1.base, s2.base]
  const pick = (i) => S[i % 2]

  const { token } = await must(s1.base, "POST", "/auth/user/emailpass", { body: ADMIN })
  const admin = { token }
  // The servers share the session secret and Redis: a token from one is good on the other.
  check("setup", "a token from server 1 is accepted by server 2", (await http(s2.base, "GET", "/admin/production/settings", admin)).status === 200)
  // The topology is what it claims: every instance on Medusa's Redis modules, the worker serving no API.
  for (const inst of instances.values()) {
    const text = plainLog(inst)
    const missing = Object.entries(REDIS_MODULES).filter(([, re]) => !re.test(text)).map(([name]) => name)
    check("setup", `${inst.name} (${inst.mode}) runs on Redis: ${Object.keys(REDIS_MODULES).join(", ")}`, missing.length === 0, missing.length ? `no sign of ${missing.join(", ")} in ${path.relative(ROOT, inst.logFile)}` : "")
  }
  const onWorker = await http(instances.get("worker").base, "GET", "/admin/production/settings", admin)
  check("setup", "the worker serves no API routes", onWorker.status === 404, `GET /admin/production/settings → ${onWorker.status}`)

  const [location] = await q(`SELECT id FROM stock_location WHERE name = 'Main Workshop' AND deleted_at IS NULL`)
  const variants = Object.fromEntries(
    (await q(`SELECT sku, id, product_id FROM product_variant WHERE sku IN ('RM-SOL-14W-6', 'RM-SOL-14W-7', 'BR-TEN-18W-7') AND deleted_at IS NULL`)).map((v) => [v.sku, v])
  )
  const [grain] = await q(`SELECT id FROM product WHERE handle = 'casting-grain-14ky' AND deleted_at IS NULL`)
  const types = Object.fromEntries((await must(s1.base, "GET", "/admin/production/inventory-types", admin)).inventory_types.map((t) => [t.name, t.id]))
  const newItem = async (base, body) =>
    (await must(base, "POST", "/admin/stock-items", { ...admin, body: { location_id: location.id, cost_basis: "100", currency_code: "usd", ...body } })).stock_item
  const mountBody = (sku, pieces, weight) => ({
    location_id: location.id,
    cost_basis: "100",
    currency_code: "usd",
    product_id: variants[sku].product_id,
    variant_id: variants[sku].id,
    inventory_type_id: types["Rings"],
    shape: "Solitaire",
    quality: "14K",
    weight,
    weight_unit: "g",
    pieces,
  })
  const ring = async (sku, pieces, weight) => (await must(S[0], "POST", "/admin/stock-items", { ...admin, body: mountBody(sku, pieces, weight) })).stock_item
  const rings = async (sku, n, pieces, weight) =>
    (await must(S[1], "POST", "/admin/stock-items", { ...admin, body: { items: Array.from({ length: n }, () => mountBody(sku, pieces, weight)) } })).stock_items
  const grainItem = (weight) => newItem(S[1], { product_id: grain.id, inventory_type_id: types["Precious Metals"], quality: "14K", weight, weight_unit: "g", pieces: 1 })
  const itemRow = async (id) => (await q(`SELECT tag_id, weight::text AS weight, pieces, status FROM jewelry_stock_item WHERE id = $1`, [id]))[0]

  await scenario("setup", "the seeded store, before any burst", async () => {
    await checkLedger("setup", "after the seed")
    await checkStockSync("setup", "after the seed")
  })

  // ---- a: bursts split across both servers ----
  await scenario("a", "bursts of stock changes split across both servers", async () => {
    // One ring mount adjusted 50 times at once, two up (+1 piece, +0.125 g) and two down (−1 piece, −0.1 g)
    // by turns, never below zero in any order; the two servers take every other request. The item's row
    // lock serialises them: it must end exactly at the sum of the 50.
    const mount = await ring("RM-SOL-14W-7", 30, "80")
    const up = { pieces_delta: 1, weight_delta: "0.125" }
    const down = { pieces_delta: -1, weight_delta: "-0.1" }
    const burst = Array.from({ length: 50 }, (_, i) => (Math.floor(i / 2) % 2 === 0 ? up : down))
    const wantPieces = 30 + burst.reduce((n, b) => n + b.pieces_delta, 0)
    const wantMg = 80_000 + burst.reduce((n, b) => n + Math.round(Number(b.weight_delta) * 1000), 0) // exact, in milligrams
    let started = Date.now()
    const results = await Promise.all(
      burst.map((b, i) => http(pick(i), "POST", `/admin/stock-items/${mount.id}/adjustments`, { ...admin, body: { ...b, note: `cluster burst ${i}` } }))
    )
    notes.push(`a: 50 adjustments of one item in ${secs(Date.now() - started)}`)
    log(notes.at(-1))
    check("a", "50 concurrent ±1-piece adjustments of one item over two servers all succeed", results.every((r) => r.status === 200), tally(results.map((r) => r.status)))
    const after = await itemRow(mount.id)
    const [{ exact }] = await q(`SELECT weight = $2::numeric AS exact FROM jewelry_stock_item WHERE id = $1`, [mount.id, (wantMg / 1000).toFixed(3)])
    check("a", `${after.tag_id} ends at ${wantPieces} pieces and ${(wantMg / 1000).toFixed(3)} g`, after.pieces === wantPieces && exact, `${after.pieces} pieces, ${after.weight} g`)

    // Medusa's count of a variant is the sum over all its items, so it races when different items of
    // the variant change at once (they share no row lock). Rounds of 10 adjustments at once, one on each
    // of 10 more ring mounts of the same variant, all up (+1 piece) or all down (−1 piece) by turns, so a
    // stale count written last always shows. After each round Medusa's stocked quantity of the variant
    // must equal the bench's available pieces. (Measured on 2 cores while the write is unserialised:
    // short rounds of 10 show a stale write most often per second of test, one round in 7 to 15, so
    // 40 rounds catch it in nearly every run.)
    const many = await rings("RM-SOL-14W-7", 10, 5, "15")
    const statuses = []
    const drift = []
    started = Date.now()
    for (let round = 1; round <= ROUNDS; round++) {
      const move = round % 2 === 1 ? up : down
      const res = await Promise.all(
        many.map((item, i) => http(pick(i + round), "POST", `/admin/stock-items/${item.id}/adjustments`, { ...admin, body: { ...move, note: `cluster round ${round}.${i}` } }))
      )
      statuses.push(...res.map((r) => r.status))
      const pair = (await stockSync()).find((r) => r.variant_id === variants["RM-SOL-14W-7"].id && r.location_id === location.id)
      if (!pair || Number(pair.actual) !== pair.expected) drift.push(`round ${round}: bench ${pair?.expected}, Medusa ${pair?.actual ?? "no level"}`)
    }
    notes.push(`a: ${ROUNDS} rounds of 10 adjustments over 10 items in ${secs(Date.now() - started)}; Medusa's count of RM-SOL-14W-7 off after ${drift.length} of them`)
    log(notes.at(-1))
    check("a", `${ROUNDS} rounds of 10 concurrent adjustments of 10 items of one variant all succeed`, statuses.every((s) => s === 200), tally(statuses))
    check("a", `after each round Medusa's stocked quantity of RM-SOL-14W-7 equals the bench's available pieces`, drift.length === 0, drift.join("; "))

    // Deductions past what there is: 12 × one piece of a 5-piece item (ring mount 6, linked to its variant),
    // 30 × 0.4 g of a 10 g jar of grain; exactly 5 and 25 may succeed.
    const five = await ring("RM-SOL-14W-6", 5, "2.5")
    const jar = await grainItem("10")
    const [pieceRes, gramRes] = await Promise.all([
      Promise.all(Array.from({ length: 12 }, (_, i) => http(pick(i), "POST", `/admin/stock-items/${five.id}/adjustments`, { ...admin, body: { pieces_delta: -1, weight_delta: "-0.5", note: `sold ${i}` } }))),
      Promise.all(Array.from({ length: 30 }, (_, i) => http(pick(i + 1), "POST", `/admin/stock-items/${jar.id}/adjustments`, { ...admin, body: { weight_delta: "-0.4", note: `casting ${i}` } }))),
    ])
    const refusedCleanly = (rs) => rs.filter((r) => r.status !== 200).every((r) => r.status === 400 && /^(pieces|weight): /.test(r.data?.message ?? ""))
    check("a", "12 concurrent 1-piece deductions of a 5-piece item: exactly 5 succeed, 7 are refused with a 400", pieceRes.filter((r) => r.status === 200).length === 5 && refusedCleanly(pieceRes), tally(pieceRes.map((r) => r.status)))
    check("a", "30 concurrent 0.4 g deductions of a 10 g jar: exactly 25 succeed, 5 are refused with a 400", gramRes.filter((r) => r.status === 200).length === 25 && refusedCleanly(gramRes), tally(gramRes.map((r) => r.status)))
    const [fiveAfter, jarAfter] = [await itemRow(five.id), await itemRow(jar.id)]
    check("a", `${fiveAfter.tag_id} and ${jarAfter.tag_id} end at exactly zero`, fiveAfter.pieces === 0 && Number(fiveAfter.weight) === 0 && Number(jarAfter.weight) === 0, `${fiveAfter.pieces} pieces/${fiveAfter.weight} g; ${jarAfter.weight} g`)

    await checkLedger("a", "after the bursts")
    await checkStockSync("a", "after the bursts")
  })

  // ---- b: the same close-out from both servers at once ----
  await scenario("b", "each job closed out from both servers at once", async () => {
    const jobs = []
    for (let k = 0; k < 3; k++) {
      const jar = await grainItem("10")
      const opened = await must(S[k % 2], "POST", "/admin/production-jobs", {
        ...admin,
        body: { kind: "production", mode: "simple", title: `Cluster solitaire ${k + 1}`, product_id: variants["RM-SOL-14W-7"].product_id, variant_id: variants["RM-SOL-14W-7"].id, issue_lines: [{ stock_item_id: jar.id, full: true }] },
      })
      await must(S[(k + 1) % 2], "POST", `/admin/production-jobs/${opened.job.id}/receipts`, { ...admin, body: { job_stage_id: opened.stages[0].id, received_pieces: 1, received_weight: "10" } })
      jobs.push(opened.job)
    }
    const variantId = variants["RM-SOL-14W-7"].id
    const available = async () =>
      Number((await q(`SELECT COALESCE(SUM(pieces), 0) AS n FROM jewelry_stock_item WHERE variant_id = $1 AND location_id = $2 AND status = 'available' AND deleted_at IS NULL`, [variantId, location.id]))[0].n)
    const medusa = async () =>
      (await stockSync()).find((r) => r.variant_id === variantId && r.location_id === location.id)?.actual
    const [benchBefore, medusaBefore] = [await available(), await medusa()]
    const results = await Promise.all(jobs.flatMap((job) => S.map((base) => http(base, "POST", `/admin/production-jobs/${job.id}/close-out`, { ...admin, body: { location_id: location.id } }))))
    for (const [k, job] of jobs.entries()) {
      const pair = results.slice(2 * k, 2 * k + 2).map((r) => r.status)
      check("b", `${job.display_number ?? job.id}: exactly one of the two close-outs is a 200, the other a 409`, [...pair].sort().join() === "200,409", pair.join(" and "))
    }
    // Close-out books two movements per job: the received output deducted, the finished item added.
    const made = await q(
      `SELECT j.id, j.status,
              (SELECT COUNT(*) FROM jewelry_stock_item s WHERE s.job_id = j.id AND s.inventory_kind = 'finished' AND s.deleted_at IS NULL)::int AS finished,
              (SELECT COUNT(*) FROM jewelry_stock_movement m WHERE m.reference_id = j.id AND m.reason = 'close_out' AND m.direction = 'deducted')::int AS consumed,
              (SELECT COUNT(*) FROM jewelry_stock_movement m WHERE m.reference_id = j.id AND m.reason = 'close_out' AND m.direction = 'added')::int AS created
       FROM production_job j WHERE j.id = ANY($1)`,
      [jobs.map((j) => j.id)]
    )
    check(
      "b",
      "each job is closed with one finished item, its output consumed once",
      made.length === 3 && made.every((m) => m.status === "closed" && m.finished === 1 && m.consumed === 1 && m.created === 1),
      made.map((m) => `${m.status}, ${m.finished} item(s), ${m.consumed} deducted and ${m.created} added by close-out`).join("; ")
    )
    const [benchAfter, medusaAfter] = [await available(), await medusa()]
    check("b", "the bench's available pieces of the ring rose by exactly 3", benchAfter - benchBefore === 3, `${benchBefore} → ${benchAfter}`)
    check("b", "Medusa's stocked quantity of the ring follows: raised once per job", Number(medusaAfter) === benchAfter, `Medusa ${medusaBefore} → ${medusaAfter}, bench ${benchBefore} → ${benchAfter}`)
    await checkLedger("b", "after the close-outs")
  })

  // ---- c: made-to-order checkouts, the worker killed mid-burst ----
  await scenario("c", "made-to-order checkouts, the worker killed mid-burst", async () => {
    const [{ token: pk }] = await q(`SELECT token FROM api_key WHERE type = 'publishable' AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at LIMIT 1`)
    const [region] = await q(`SELECT id FROM region WHERE name = 'United States' AND deleted_at IS NULL`)
    const bracelet = variants["BR-TEN-18W-7"]
    const address = { first_name: "Mei", last_name: "Chen", address_1: "350 5th Ave", city: "New York", country_code: "us", postal_code: "10118" }
    const orderIds = []
    let placed = 0
    const checkout = async (i) => {
      // Each step on the other server than the one before: a cart is the store's, not an instance's.
      const at = (step) => S[(i + step) % 2]
      const store = { pk }
      const quantity = i % 3 === 0 ? 2 : 1
      const { cart } = await must(at(0), "POST", "/store/carts", { ...store, body: { region_id: region.id, email: `buyer${i}@example.com`, items: [{ variant_id: bracelet.id, quantity }] } })
      await must(at(1), "POST", `/store/carts/${cart.id}`, { ...store, body: { shipping_address: address, billing_address: address } })
      const { shipping_options } = await must(at(0), "GET", `/store/shipping-options?cart_id=${cart.id}`, store)
      await must(at(1), "POST", `/store/carts/${cart.id}/shipping-methods`, { ...store, body: { option_id: shipping_options[0].id } })
      const { payment_collection } = await must(at(0), "POST", "/store/payment-collections", { ...store, body: { cart_id: cart.id } })
      await must(at(1), "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { ...store, body: { provider_id: "pp_system_default" } })
      const done = await must(at(0), "POST", `/store/carts/${cart.id}/complete`, store)
      if (done.type !== "order") throw new Error(`checkout ${i} did not complete: ${JSON.stringify(done).slice(0, 300)}`)
      orderIds.push(done.order.id)
      placed += 1
    }
    const jobsOpened = async () =>
      orderIds.length ? Number((await q(`SELECT COUNT(*) AS n FROM production_job WHERE order_id = ANY($1) AND deleted_at IS NULL`, [orderIds]))[0].n) : 0

    // Four checkouts at a time; when a third of the orders are placed and the worker is opening their
    // jobs, it is killed with SIGKILL (no shutdown) and started again while the orders keep coming.
    const worker = instances.get("worker")
    let killedAt = null
    let burstDone = false
    const killer = (async () => {
      const killAfter = Math.ceil(ORDERS / 3)
      const deadline = Date.now() + 180_000
      while (Date.now() < deadline && !burstDone) {
        if (placed >= killAfter && ((await jobsOpened()) > 0 || placed >= Math.ceil(ORDERS / 2))) break
        await sleep(50)
      }
      killedAt = { placed, jobs: await jobsOpened() }
      signalGroup(worker, "SIGKILL")
      while (worker.exit === null) await sleep(50)
      log(`worker killed (SIGKILL) with ${killedAt.placed}/${ORDERS} orders placed and ${killedAt.jobs} of their jobs opened; starting it again`)
      const again = startInstance("worker", "worker", PW, env)
      const restarting = Date.now()
      await waitHealthy(again)
      notes.push(`worker: up again ${secs(Date.now() - restarting)} after the kill`)
    log(notes.at(-1))
    })()
    const started = Date.now()
    const failures = []
    let next = 0
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < ORDERS) {
          const i = next++
          await checkout(i).catch((e) => failures.push(e.message))
        }
      })
    )
    burstDone = true
    notes.push(`c: ${placed} checkouts in ${secs(Date.now() - started)}${failures.length ? `, ${failures.length} failed` : ""}`)
    log(notes.at(-1))
    check("c", `${ORDERS} storefront checkouts over two servers all place an order`, placed === ORDERS && failures.length === 0, failures.slice(0, 3).join("; "))
    await killer
    check("c", "the worker was killed while the burst was still coming in", killedAt && killedAt.placed < ORDERS, killedAt ? `${killedAt.placed}/${ORDERS} placed, ${killedAt.jobs} jobs opened at the kill` : "never killed")

    // The lines of the orders, from Medusa's tables; then wait (with a deadline) for the worker to catch up.
    const lines = await q(
      `SELECT li.id, oi.order_id, oi.quantity::int AS quantity FROM order_item oi JOIN order_line_item li ON li.id = oi.item_id
       WHERE oi.order_id = ANY($1) AND li.variant_id = $2 AND oi.deleted_at IS NULL AND li.deleted_at IS NULL`,
      [orderIds, bracelet.id]
    )
    check("c", "every order has its bracelet line", lines.length === orderIds.length, `${lines.length} lines for ${orderIds.length} orders`)
    const perLine = async () =>
      q(
        `SELECT li.id AS line_id, li.quantity, COUNT(j.id)::int AS jobs,
                COALESCE(array_agg(j.status) FILTER (WHERE j.id IS NOT NULL), '{}') AS statuses,
                bool_and(j.kind = 'custom' AND j.mode = 'style' AND j.quantity = li.quantity AND j.order_id = li.order_id) AS as_ordered,
                bool_and((SELECT COUNT(*) FROM production_job_stage s WHERE s.job_id = j.id AND s.deleted_at IS NULL) >= 1) AS staged
         FROM unnest($1::text[], $2::text[], $3::int[]) AS li(id, order_id, quantity)
         LEFT JOIN production_job j ON j.order_line_item_id = li.id AND j.deleted_at IS NULL
         GROUP BY li.id, li.quantity`,
        [lines.map((l) => l.id), lines.map((l) => l.order_id), lines.map((l) => l.quantity)]
      )
    // The worker has caught up when every line has its job and Medusa's event queue is empty: a delivery
    // the kill cut short stays "active" until its lock expires (30 s) and the worker's stalled-job check
    // (every 30 s) puts it back, so late duplicates would come from it.
    const queue = await openEventQueue(redisUrl)
    const waitStart = Date.now()
    let rows = await perLine()
    let events = await queue.counts()
    try {
      while ((rows.some((r) => r.jobs === 0) || events.pending > 0) && Date.now() - waitStart < 180_000) {
        await sleep(1000)
        ;[rows, events] = [await perLine(), await queue.counts()]
      }
      await sleep(1000)
      ;[rows, events] = [await perLine(), await queue.counts()]
    } finally {
      await queue.close()
    }
    notes.push(`worker: caught up ${secs(Date.now() - waitStart)} after the last checkout and its restart`)
    log(notes.at(-1))
    check("c", "Medusa's event queue drained, no event failed", events.pending === 0 && events.failed === 0, `waiting ${events.waiting}, active ${events.active}, delayed ${events.delayed}, prioritized ${events.prioritized}, failed ${events.failed}`)
    const missing = rows.filter((r) => r.jobs === 0)
    const doubled = rows.filter((r) => r.jobs > 1)
    check("c", "no order line is without its job", missing.length === 0, `${missing.length} of ${rows.length} lines have none`)
    check("c", "no order line has two jobs", doubled.length === 0, doubled.map((r) => `${r.line_id}: ${r.jobs} (${r.statuses})`).join("; "))
    check("c", "each job is the line's: custom, style-driven, its quantity, with its start stage", rows.every((r) => r.jobs === 0 || (r.as_ordered && r.staged)), rows.filter((r) => r.jobs && !(r.as_ordered && r.staged)).map((r) => r.line_id).join(", "))
    // How often the worker took up an order.placed (a delivery the kill cut short comes again); the
    // servers take up none: in server mode Medusa's Redis event bus only queues events.
    const deliveries = (plainLog(instances.get("worker")).match(/Processing order\.placed/g) ?? []).length
    const onServers = [s1, s2].map((i) => (plainLog(i).match(/Processing [\w.]+/g) ?? []).length)
    check("c", "only the worker handles events, never a server", deliveries >= orderIds.length && onServers.every((n) => n === 0), `worker ${deliveries} order.placed, servers ${onServers.join(" and ")} events`)
    notes.push(`worker: order.placed handled ${deliveries} times for ${orderIds.length} orders; killed with ${killedAt?.placed} placed and ${killedAt?.jobs} of their jobs open`)
    log(notes.at(-1))
    const [{ n: total }] = await q(`SELECT COUNT(*)::int AS n FROM production_job WHERE order_id = ANY($1) AND deleted_at IS NULL`, [orderIds])
    check("c", `exactly ${lines.length} jobs for the ${orderIds.length} orders`, total === lines.length, `${total} jobs`)
  })
}

// ---------------------------------------------------------------------------------------------
let stopping = false
const onSignal = (signal) => {
  if (stopping) return
  stopping = true
  console.error(`\n[cluster] ${signal}: stopping the servers, the worker and Postgres`)
  stopAll().finally(() => process.exit(130))
}
process.on("SIGINT", onSignal)
process.on("SIGTERM", onSignal)

let fatal = null
try {
  await main()
} catch (e) {
  fatal = e
  console.error(`[cluster] ${e.message}`)
  for (const inst of instances.values()) {
    if (inst.exit !== null && fs.existsSync(inst.logFile)) {
      console.error(`[cluster] last lines of ${path.relative(ROOT, inst.logFile)}:`)
      console.error(fs.readFileSync(inst.logFile, "utf8").split("\n").slice(-30).join("\n"))
    }
  }
} finally {
  if (!stopping) await stopAll()
}
if (stopping) await new Promise(() => {})

const failed = checks.filter((c) => !c.ok)
console.log("\n[cluster] ── report")
for (const c of checks) console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.section}  ${c.name}${!c.ok && c.detail ? `\n         ${c.detail}` : ""}`)
for (const n of notes) console.log(`  note ${n}`)
for (const [name, ms] of phases) console.log(`  ${secs(ms).padStart(6)}  ${name}`)
const code = fatal || failed.length || !checks.length ? 1 : 0
console.log(`[cluster] ${checks.length - failed.length}/${checks.length} checks passed${fatal ? ", stopped early" : ""}; ${secs(Date.now() - t0)}; exit ${code}`)
process.exit(code)
