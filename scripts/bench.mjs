#!/usr/bin/env node
// `npm run bench [-- <items>] [--items N] [--movements N] [--products N] [--requests N] [--scale N] [--smoke] [--explain]`
//
// On a fresh database `medusa_bench` (embedded Postgres in .data/bench-postgres on PG_BENCH_PORT or
// 54333, or next to DATABASE_URL's database when it is set): migrate, create the catalog and three
// template orders through Medusa (scripts/bench-seed.ts), generate inside Postgres the stock items,
// the ledger and its roll-up (scripts/bench-sql.mjs), staff, styles, purchase orders and jobs
// (scripts/bench-workshop.mjs), start the server on BENCH_PORT or 9200, give the workshop templates
// their selections through the plugin and clone the templates in SQL to the issue's order history
// (issue 14: 200,000 items, 2,000,000 movements, 5,000 active jobs × 5 stages, 50,000 closed,
// 20,000 orders of which 2,000 are the workshop's, 500 styles, 2,000 POs, 200 staff, 5 locations).
// Then it measures p50/p95 of every plugin list and view, each interleaved with its Medusa peer in
// the same run, the stock CSV export (time, server memory), the CSV import (dry run and real),
// close-out of a 100-piece style-driven job and Select Inventory of 20 lines.
// --scale N multiplies the ledger and the closed jobs by N. --smoke seeds a tiny catalog and runs
// every request once (any non-2xx fails the run): the CI step. --explain (embedded Postgres) adds,
// per request, the database time by statement (pg_stat_statements) and the plans of one request's
// statements (auto_explain).
// The last line is machine-readable: monitor_ratio=… stock_list_ratio=… … closeout_100_ms=…
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { spawn } from "node:child_process"
import pg from "pg"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, waitForHttp } from "./run.mjs"
import { checkStock, seedStock } from "./bench-sql.mjs"
import { cloneOrders, seedWorkshop } from "./bench-workshop.mjs"

// ---- options ----
const argv = process.argv.slice(2)
const USAGE =
  "usage: npm run bench -- [<items>] [--items N] [--movements N] [--products N] [--requests N] [--scale N] [--smoke] [--explain]"
const opts = { explain: false, smoke: false }
const positional = []
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]
  const m = /^--([a-z]+)(?:=(.*))?$/.exec(a)
  if (m && (m[1] === "explain" || m[1] === "smoke")) opts[m[1]] = true
  else if (m && ["items", "movements", "products", "requests", "scale"].includes(m[1])) opts[m[1]] = m[2] ?? argv[++i]
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
const SMOKE = opts.smoke
const scale = int("scale", opts.scale ?? 1, 1)
const items = int("items", opts.items ?? positional[0] ?? (SMOKE ? 2000 : 200000), 1)
const movements = int("movements", opts.movements ?? items * 10 * scale, items)
const products = int("products", opts.products ?? (SMOKE ? 8 : 50), 1)
const requests = int("requests", opts.requests ?? (SMOKE ? 1 : 200), 1)
// The rest of the issue's size (issue 14); --smoke seeds a tiny catalog and runs every request once.
const size = SMOKE
  ? { staff: 12, styles: 10, purchaseOrders: 20, activeJobs: 60, closedJobs: 100 * scale, orders: 40, workshopOrders: 10, closeOutJobs: 1, importRows: 50, selectRuns: 1, heavyRuns: 1 }
  : { staff: 200, styles: 500, purchaseOrders: 2000, activeJobs: 5000, closedJobs: 50000 * scale, orders: 20000, workshopOrders: 2000, closeOutJobs: 5, importRows: 10000, selectRuns: 5, heavyRuns: 3 }
const WARMUP = SMOKE ? 0 : 20
const PORT = Number(process.env.BENCH_PORT || 9200)
const PG_PORT = Number(process.env.PG_BENCH_PORT || 54333)
const DB = "medusa_bench"
const ADMIN = { email: "bench@local.test", password: "bench-pass" }
const MEMBER = { email: "bench-member@local.test", password: "bench-pass" }

console.log(
  `[bench] options: items=${items} movements=${movements} products=${products} scale=${scale}${SMOKE ? " smoke" : ""} requests=${requests} per endpoint (after ${WARMUP} warm-up each)` +
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

/** Resident memory (kB) of the server: every process in its process group (the CLI and the server it forks). */
function serverRssKb() {
  if (!server?.pid) return 0
  let kb = 0
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const pgid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2])
      if (pgid !== server.pid) continue
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))
      if (m) kb += Number(m[1])
    } catch {}
  }
  return kb
}

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

    // 2. Schema, users, the Medusa catalog and the template orders.
    let t = Date.now()
    await capture(BIN("medusa"), ["db:migrate"])
    log(`migrated in ${secs(t)}s`)
    t = Date.now()
    const out = await capture(BIN("medusa"), ["exec", "./scripts/bench-seed.ts"], {
      BENCH_PRODUCTS: String(products),
      BENCH_MEMBER_EMAIL: MEMBER.email,
      BENCH_ADMIN_EMAIL: ADMIN.email,
      BENCH_USERS: [ADMIN, MEMBER].map((u) => `${u.email}:${u.password}`).join(","),
    })
    const line = out.split("\n").find((l) => l.startsWith("BENCH_SEED_JSON="))
    if (!line) throw new Error(`bench-seed printed no BENCH_SEED_JSON line:\n${out.slice(-4000)}`)
    const seed = JSON.parse(line.slice("BENCH_SEED_JSON=".length))
    const medusaSeconds = secs(t)
    log(`Medusa catalog: ${seed.productIds.length} products, ${seed.inventoryItems} inventory items, ${seed.locationIds.length} locations, 3 template orders in ${medusaSeconds}s`)

    // 3. Stock, ledger, jobs, styles, purchase orders and staff in SQL.
    t = Date.now()
    await seedStock(db, { items, movements, productIds: seed.productIds, locationIds: seed.locationIds, typeIdByKind: seed.typeIdByKind, log })
    const stockSeconds = secs(t)
    const checked = await checkStock(db)
    const { rows: [seeded] } = await db.query(`SELECT (SELECT COUNT(*) FROM jewelry_stock_item)::int AS items, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS movements`)
    if (seeded.items !== items || seeded.movements !== movements) throw new Error(`expected ${items} items and ${movements} movements, seeded ${seeded.items} and ${seeded.movements}`)
    t = Date.now()
    const { rows: variantRows } = await db.query(
      `SELECT DISTINCT ON (product_id) product_id, id FROM product_variant WHERE product_id = ANY($1) AND deleted_at IS NULL ORDER BY product_id, id`,
      [seed.productIds]
    )
    await seedWorkshop(db, {
      ...size,
      closeOutQuantity: 100,
      productIds: seed.productIds,
      variantIdByProduct: Object.fromEntries(variantRows.map((r) => [r.product_id, r.id])),
      locationIds: seed.locationIds,
      log,
    })
    const workshopSeconds = secs(t)
    log(`workshop seeded in ${workshopSeconds}s`)

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
    const call = async (method, url, headers, body) => {
      const res = await fetch(url.startsWith("http") ? url : `${base}${url}`, {
        method,
        headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
      const text = await res.text()
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 500)}`)
      return text
    }
    const get = async (url, headers = adminHeaders) => JSON.parse(await call("GET", url, headers))
    const post = async (url, body, headers = adminHeaders) => JSON.parse(await call("POST", url, headers, body))
    /** One timed request: its milliseconds; any non-2xx fails the run. */
    const time = async (method, url, headers = adminHeaders, body) => {
      const s = process.hrtime.bigint()
      await call(method, url, headers, body)
      return Number(process.hrtime.bigint() - s) / 1e6
    }

    // 5. The orders: the workshop templates get their lines' selections and a shipment through the
    //    plugin, then every template is cloned in SQL to the issue's order history.
    t = Date.now()
    // Select Inventory offers only stock that fits the line (src/lib/line-fit.ts): each line takes a
    // piece its candidates list offers, as the admin's drawer does, never one taken twice.
    const picked = new Set()
    const pickFor = async (orderId, lineId) => {
      const offered = async () => (await get(`/admin/jewelry-orders/${orderId}/lines/${lineId}/candidates?limit=50`)).candidates.filter((c) => !picked.has(c.id))
      let candidates = await offered()
      if (!candidates.length) {
        // The bench's items name their product only. Seeding (in SQL, like the rest): one available
        // piece of the line's product, at a location where Medusa stocks the line's variant, becomes
        // a piece of that variant, so it fits the line as a real piece of it does.
        const { rows } = await db.query(
          `SELECT si.id, li.variant_id FROM jewelry_stock_item si
             JOIN order_line_item li ON li.product_id = si.product_id JOIN order_item oi ON oi.item_id = li.id
             JOIN product_variant_inventory_item pvi ON pvi.variant_id = li.variant_id AND pvi.deleted_at IS NULL
             JOIN inventory_level il ON il.inventory_item_id = pvi.inventory_item_id AND il.location_id = si.location_id AND il.deleted_at IS NULL
            WHERE oi.item_id = $1 AND si.status = 'available' AND si.pieces = 1 AND si.variant_id IS NULL AND si.deleted_at IS NULL
              AND si.customer_id IS NULL AND si.tag_id NOT LIKE '%-REJ%' AND si.tag_id NOT LIKE '%-SCRAP%' AND NOT (si.id = ANY($2))
            ORDER BY si.id DESC LIMIT 1`,
          [lineId, [...picked]]
        )
        if (rows[0]) {
          await db.query(`UPDATE jewelry_stock_item SET variant_id = $2 WHERE id = $1`, [rows[0].id, rows[0].variant_id])
          // Medusa counts one more piece of the variant there, as the plugin's sync would.
          await db.query(
            `UPDATE inventory_level il SET stocked_quantity = il.stocked_quantity + 1, raw_stocked_quantity = jsonb_build_object('value', (il.stocked_quantity + 1)::text, 'precision', 20)
               FROM product_variant_inventory_item pvi, jewelry_stock_item si
              WHERE si.id = $1 AND pvi.variant_id = si.variant_id AND pvi.deleted_at IS NULL AND il.inventory_item_id = pvi.inventory_item_id AND il.location_id = si.location_id AND il.deleted_at IS NULL`,
            [rows[0].id]
          )
        }
        candidates = await offered()
      }
      const hit = candidates.find((c) => c.pieces === 1) ?? candidates[0]
      if (!hit) throw new Error(`Select Inventory offers no piece for order line ${lineId}`)
      picked.add(hit.id)
      return hit.id
    }
    const selectionBody = async (orderId, lineIds) => {
      const lines = []
      for (const l of lineIds) lines.push({ line_item_id: l, items: [{ stock_item_id: await pickFor(orderId, l), pieces: 1 }] })
      return { lines }
    }
    for (const tpl of [seed.orders.big, seed.orders.workshop]) {
      const lines = tpl === seed.orders.big ? tpl.lines.slice(0, 10) : tpl.lines.slice(0, 2)
      await post(`/admin/jewelry-orders/${tpl.id}/selections`, await selectionBody(tpl.id, lines))
      await db.query(
        `INSERT INTO jewelry_shipment (id, order_id, carrier, tracking_number, status, fulfillment_ids, items)
         VALUES ($1, $2, 'DHL', $3, 'in_transit', '[]', '[]')`,
        [`jship_bench_${tpl.id}`, tpl.id, `BENCH-${tpl.id}`]
      )
    }
    const wsClones = await cloneOrders(db, seed.orders.workshop.id, size.workshopOrders - 2, "w", log)
    const plainClones = await cloneOrders(db, seed.orders.plain.id, size.orders - size.workshopOrders - 1, "p", log)
    // Orders to run Select Inventory on: copies of the 50-line order, 20 lines each.
    await cloneOrders(db, seed.orders.big.id, size.selectRuns, "s", log)
    const { rows: selectOrders } = await db.query(`SELECT id FROM "order" WHERE id LIKE $1 ORDER BY id`, [`${seed.orders.big.id}_s%`])
    for (const tb of ["order", "order_item", "order_line_item", "order_summary", "jewelry_order_state", "jewelry_order_line", "jewelry_inventory_selection", "jewelry_shipment"]) {
      await db.query(`ANALYZE "${tb}"`).catch(() => {})
    }
    const { rows: [oc] } = await db.query(
      `SELECT (SELECT COUNT(*) FROM "order")::int AS orders, (SELECT COUNT(*) FROM jewelry_order_state)::int AS workshop,
              (SELECT COUNT(*) FROM jewelry_inventory_selection)::int AS selections, (SELECT COUNT(*) FROM jewelry_shipment)::int AS shipments,
              (SELECT fulfillment_status FROM jewelry_order_state WHERE order_id = $1) AS status`,
      [seed.orders.workshop.id]
    )
    log(`orders: ${oc.orders} Medusa orders, ${oc.workshop} with workshop lines, ${oc.selections} selections, ${oc.shipments} shipments in ${secs(t)}s (${wsClones.tables}; ${plainClones.tables})`)

    const { rows: [counts] } = await db.query(`SELECT
      (SELECT COUNT(*) FROM jewelry_stock_item)::int AS items, (SELECT COUNT(*) FROM jewelry_stock_movement)::int AS movements,
      (SELECT COUNT(*) FROM jewelry_stock_daily_total)::int AS days,
      (SELECT COUNT(*) FROM production_job WHERE status IN ('open', 'in_progress', 'completed'))::int AS active_jobs,
      (SELECT COUNT(*) FROM production_job WHERE status = 'closed')::int AS closed_jobs,
      (SELECT COUNT(*) FROM production_job_stage)::int AS stages,
      pg_size_pretty(pg_total_relation_size('jewelry_stock_movement')) AS ledger_size, pg_size_pretty(pg_database_size(current_database())) AS db_size`)
    log(
      `data: ${counts.items} items, ${counts.movements} movements, ${counts.days} daily totals, ${counts.active_jobs} active and ${counts.closed_jobs} closed jobs, ` +
        `${counts.stages} job stages; ledger ${counts.ledger_size}, database ${counts.db_size}; ${checked} sampled items match their ledger`
    )

    // 6. The requests, each beside its Medusa peer.
    const kinds = ["rough", "in_process", "finished", "materials_supplies"]
    const P = seed.productIds.length
    const analyticsUrl = (i) => `/admin/products/${seed.productIds[i % P]}/stock-analytics?inventory_kind=${kinds[Math.floor(i / P) % 4]}`
    const stockQuery = `location_id=${seed.locationIds[0]}&status=available&order=-weight&limit=20`
    const { count: stockCount } = await get(`/admin/stock-items?${stockQuery}&offset=0`)
    // Page 500's offset, or the last page's on a smaller catalog (--smoke).
    const page500 = Math.max(0, Math.min(499, Math.floor((stockCount - 1) / 20))) * 20
    // The admin reaches page 500 with Next from page 499: from the `cursors.after` that page gave.
    const page499 = await get(`/admin/stock-items?${stockQuery}&offset=${Math.max(0, page500 - 20)}`)
    const afterPage499 = page500 > 0 ? `&after=${page499.cursors.after}` : ""
    const byCursor = await get(`/admin/stock-items?${stockQuery}&offset=${page500}${afterPage499}`)
    const byOffset = await get(`/admin/stock-items?${stockQuery}&offset=${page500}`)
    if (JSON.stringify(byCursor.stock_items.map((i) => i.id)) !== JSON.stringify(byOffset.stock_items.map((i) => i.id))) {
      throw new Error(`page ${page500 / 20 + 1} by cursor is not the page by offset`)
    }
    const monitor = await get(`/admin/workshop-monitor?limit=20`)
    if (monitor.count !== counts.active_jobs || monitor.queue.length !== 20) {
      throw new Error(`the monitor answered count ${monitor.count} with ${monitor.queue.length} rows; the database holds ${counts.active_jobs} active jobs`)
    }
    const wsStatus = oc.status
    const jewelryOrders = await get(`/admin/jewelry-orders?fulfillment_status=${wsStatus}&limit=20`)
    if (jewelryOrders.count < size.workshopOrders - 1) throw new Error(`jewelry orders "${wsStatus}": count ${jewelryOrders.count}, expected ${size.workshopOrders}`)
    const probe = await get(analyticsUrl(0))
    const { rows: [expected] } = await db.query(
      `SELECT COUNT(*)::int AS n FROM jewelry_stock_item WHERE product_id = $1 AND inventory_kind = $2 AND status NOT IN ('sold', 'scrapped')`,
      [seed.productIds[0], kinds[0]]
    )
    if (probe.analytics.item_count !== expected.n || probe.analytics.scope !== "all_locations") {
      throw new Error(`analytics answer does not match the data: ${JSON.stringify(probe.analytics).slice(0, 300)} (expected ${expected.n} items)`)
    }
    if ((await get(analyticsUrl(0), memberHeaders)).analytics.scope !== "own_locations") throw new Error(`member analytics is not location-scoped`)
    const bigJob = await get(`/admin/production-jobs/prjob_bench_big`)
    if (bigJob.stages.length !== 10 || bigJob.materials.length !== 100) throw new Error(`the big job shows ${bigJob.stages.length} stages and ${bigJob.materials.length} materials`)
    const bigOrder = seed.orders.big.id

    const pairs = [
      ["GET /admin/workshop-monitor?limit=20 (first page and counts)", () => time("GET", `/admin/workshop-monitor?limit=20`), "GET /admin/orders?limit=20 (Medusa)", () => time("GET", `/admin/orders?limit=20`), "monitor_ratio"],
      ["GET /admin/stock-items, 2 filters + sort, page 1", () => time("GET", `/admin/stock-items?${stockQuery}&offset=0`), "GET /admin/inventory-items?limit=20 (Medusa)", () => time("GET", `/admin/inventory-items?limit=20`), "stock_list_ratio"],
      [`GET /admin/stock-items, 2 filters + sort, page ${page500 / 20 + 1} (Next from page ${page500 / 20}, as the admin pages)`, () => time("GET", `/admin/stock-items?${stockQuery}&offset=${page500}${afterPage499}`), "GET /admin/inventory-items?limit=20 (Medusa)", () => time("GET", `/admin/inventory-items?limit=20`), "stock_list_p500_ratio"],
      [`GET /admin/stock-items, 2 filters + sort, page ${page500 / 20 + 1} (by offset, as an API client jumps)`, () => time("GET", `/admin/stock-items?${stockQuery}&offset=${page500}`), "GET /admin/inventory-items?limit=20 (Medusa)", () => time("GET", `/admin/inventory-items?limit=20`), "stock_list_p500_offset_ratio"],
      [`GET /admin/jewelry-orders?fulfillment_status=${wsStatus}`, () => time("GET", `/admin/jewelry-orders?fulfillment_status=${wsStatus}&limit=20`), "GET /admin/orders?limit=20 (Medusa)", () => time("GET", `/admin/orders?limit=20`), "orders_ratio"],
      ["GET /admin/jewelry-orders/:id (50 lines)", () => time("GET", `/admin/jewelry-orders/${bigOrder}`), "GET /admin/orders/:id (Medusa, same order)", () => time("GET", `/admin/orders/${bigOrder}`), "order_view_ratio"],
      ["GET /admin/production-jobs/:id (10 stages, 100 materials)", () => time("GET", `/admin/production-jobs/prjob_bench_big`), "GET /admin/products/:id (Medusa)", () => time("GET", `/admin/products/${seed.productIds[0]}`), "job_view_ratio"],
      ["GET /admin/products/:id/stock-analytics (admin)", (i) => time("GET", analyticsUrl(i)), "GET /admin/inventory-items?limit=20 (Medusa)", () => time("GET", `/admin/inventory-items?limit=20`), "analytics_ratio"],
      ["GET /admin/products/:id/stock-analytics (member, 1 location)", (i) => time("GET", analyticsUrl(i), memberHeaders), "GET /admin/inventory-items?limit=20 (Medusa)", () => time("GET", `/admin/inventory-items?limit=20`), "member_analytics_ratio"],
    ]
    const loadBefore = os.loadavg().map((x) => x.toFixed(1)).join(" ")
    const results = []
    t = Date.now()
    for (const [name, run, peerName, peer, key] of pairs) {
      for (let i = 0; i < WARMUP; i++) {
        await run(i)
        await peer(i)
      }
      const a = []
      const m = []
      // Interleaved, one at a time, so both see the same machine at the same moments.
      for (let i = 0; i < requests; i++) {
        a.push(await run(i))
        m.push(await peer(i))
      }
      results.push({ name, xs: a, peerName, peer: m, key })
    }
    log(`measured ${pairs.length * 2 * requests} list and view requests in ${secs(t)}s`)
    t = Date.now()

    // Export: time and the server's peak memory over the export of every item of one kind.
    const exportQuery = `inventory_kind=finished`
    const { count: exportRows } = await get(`/admin/stock-items?${exportQuery}&limit=1`)
    const exportTimes = []
    let rssBase = 0
    let rssPeak = 0
    for (let i = 0; i < size.heavyRuns; i++) {
      rssBase = Math.max(rssBase, serverRssKb())
      let peak = 0
      const sampler = setInterval(() => (peak = Math.max(peak, serverRssKb())), 25)
      const s = process.hrtime.bigint()
      const res = await fetch(`${base}/admin/stock-items/export?${exportQuery}`, { headers: adminHeaders })
      if (!res.ok) throw new Error(`export: ${res.status}`)
      let lines = 0
      for await (const chunk of res.body) for (const b of chunk) if (b === 10) lines++
      exportTimes.push(Number(process.hrtime.bigint() - s) / 1e6)
      clearInterval(sampler)
      rssPeak = Math.max(rssPeak, peak)
      if (lines !== exportRows + 1) throw new Error(`export wrote ${lines - 1} rows; the list counts ${exportRows}`)
    }

    // Import: the same rows a jeweler's spreadsheet holds, by name, dry run then real.
    const { rows: [imp] } = await db.query(
      `SELECT (SELECT handle FROM product WHERE id = $1) AS handle, (SELECT name FROM production_inventory_type WHERE kind = 'materials_supplies' AND deleted_at IS NULL ORDER BY rank LIMIT 1) AS type,
              (SELECT name FROM stock_location WHERE id = $2) AS location`,
      [seed.productIds[0], seed.locationIds[0]]
    )
    const csvOf = (run) =>
      ["product_handle,inventory_type,shape,size,weight,weight_unit,pieces,location,rack,notes"]
        .concat(Array.from({ length: size.importRows }, (_, i) => `${imp.handle},${imp.type},Round,${1 + (i % 9)}mm,${(1 + (i % 500) / 100).toFixed(2)},g,1,${imp.location},R${1 + (i % 20)},bench import ${run}-${i}`))
        .join("\n")
    const importDry = []
    const importReal = []
    for (let i = 0; i < size.heavyRuns; i++) {
      importDry.push(await time("POST", `/admin/stock-items/import`, adminHeaders, { csv: csvOf(i), dry_run: true }))
      importReal.push(await time("POST", `/admin/stock-items/import`, adminHeaders, { csv: csvOf(i) }))
    }

    // Close-out of a 100-piece style-driven job, and Select Inventory of 20 lines.
    const closeOut = []
    for (let i = 1; i <= size.closeOutJobs; i++) {
      closeOut.push(await time("POST", `/admin/production-jobs/prjob_bench_close${i}/close-out`, adminHeaders, { location_id: seed.locationIds[0] }))
    }
    const { rows: selectLines } = await db.query(
      `SELECT oi.order_id, array_agg(oi.item_id ORDER BY oi.item_id) AS lines FROM order_item oi WHERE oi.order_id = ANY($1) AND oi.deleted_at IS NULL GROUP BY oi.order_id`,
      [selectOrders.map((o) => o.id)]
    )
    const selects = []
    for (const o of selectLines) {
      // Lines the template had no selection on.
      const { rows: taken } = await db.query(`SELECT line_item_id FROM jewelry_inventory_selection WHERE order_id = $1`, [o.order_id])
      const free = o.lines.filter((l) => !taken.some((x) => x.line_item_id === l)).slice(0, 20)
      const body = await selectionBody(o.order_id, free)
      selects.push(await time("POST", `/admin/jewelry-orders/${o.order_id}/selections`, adminHeaders, body))
    }
    log(`measured the export, import, close-out and Select Inventory in ${secs(t)}s`)

    if (opts.explain) {
      const pair = (key) => pairs.find((p) => p[4] === key)
      await explain(db, [
        ["workshop monitor", () => pair("monitor_ratio")[1](0)],
        ["stock list page 500 (Next from page 499)", () => pair("stock_list_p500_ratio")[1](0)],
        ["stock list page 500 (by offset)", () => pair("stock_list_p500_offset_ratio")[1](0)],
        ["jewelry orders list", () => pair("orders_ratio")[1](0)],
        ["order view", () => pair("order_view_ratio")[1](0)],
        ["job view", () => pair("job_view_ratio")[1](0)],
        ["admin analytics", (i) => pair("analytics_ratio")[1](i)],
        ["member analytics", (i) => pair("member_analytics_ratio")[1](i)],
        ["Medusa order list", () => pair("monitor_ratio")[3](0)],
      ])
    }

    const cpu = os.cpus()
    const rows = []
    for (const r of results) rows.push([r.name, r.xs], [`  peer: ${r.peerName}`, r.peer])
    rows.push(
      [`GET /admin/stock-items/export (${exportRows} rows)`, exportTimes],
      [`POST /admin/stock-items/import, ${size.importRows} rows, dry run`, importDry],
      [`POST /admin/stock-items/import, ${size.importRows} rows`, importReal],
      ["POST /admin/production-jobs/:id/close-out (100-piece style job)", closeOut],
      ["POST /admin/jewelry-orders/:id/selections (20 lines)", selects]
    )
    const w = Math.max(...rows.map((r) => r[0].length))
    const table = [
      `| ${"request".padEnd(w)} | p50 ms | p95 ms | mean ms | max ms |  n  |`,
      `| ${"-".repeat(w)} | -----: | -----: | ------: | -----: | --: |`,
      ...rows.map(
        ([name, xs]) =>
          `| ${name.padEnd(w)} | ${f1(percentile(xs, 50)).padStart(6)} | ${f1(percentile(xs, 95)).padStart(6)} | ${f1(mean(xs)).padStart(7)} | ${f1(Math.max(...xs)).padStart(6)} | ${String(xs.length).padStart(3)} |`
      ),
    ]
    console.log("")
    console.log(`machine: ${cpu[0]?.model?.trim()} × ${cpu.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; PostgreSQL ${server_version}; ${new Date().toISOString()}`)
    console.log(
      `data: ${items} items, ${movements} movements (${counts.ledger_size} ledger, database ${counts.db_size}), ${counts.days} daily totals, ${P} products, ${seed.inventoryItems} Medusa inventory items; ` +
        `${counts.active_jobs} active jobs and ${counts.closed_jobs} closed (${counts.stages} stages), ${oc.orders} Medusa orders (${oc.workshop} with workshop lines, ${oc.selections} selections, ${oc.shipments} shipments), ` +
        `${size.styles} styles, ${size.purchaseOrders} purchase orders, ${size.staff} staff over ${seed.locationIds.length} locations; scale ${scale}; ` +
        `seeded in ${stockSeconds}s (stock SQL) + ${workshopSeconds}s (workshop SQL) + ${medusaSeconds}s (Medusa catalog)`
    )
    console.log(
      `${requests} sequential requests each after ${WARMUP} warm-up, each plugin request interleaved with its Medusa peer; ` +
        `load average ${loadBefore} before, ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} after; ` +
        `server memory ${(rssBase / 1024).toFixed(0)} MiB before the export, peak ${(rssPeak / 1024).toFixed(0)} MiB during it`
    )
    console.log(table.join("\n"))
    console.log("")
    const ratios = results.map((r) => `${r.key}=${(percentile(r.xs, 95) / percentile(r.peer, 95)).toFixed(2)}`)
    const exportSeconds = percentile(exportTimes, 50) / 1000
    return [
      ...ratios,
      `export_rows_per_s=${Math.round(exportRows / exportSeconds)}`,
      `export_peak_rss_mib=${(rssPeak / 1024).toFixed(0)}`,
      `import_dry_rows_per_s=${Math.round(size.importRows / (percentile(importDry, 50) / 1000))}`,
      `import_rows_per_s=${Math.round(size.importRows / (percentile(importReal, 50) / 1000))}`,
      `closeout_100_ms=${f1(percentile(closeOut, 50))}`,
      `select_20_ms=${f1(percentile(selects, 50))}`,
    ].join(" ")
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
