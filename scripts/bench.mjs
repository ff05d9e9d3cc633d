#!/usr/bin/env node
// `npm run bench [-- <items>] [--items N] [--movements N] [--products N] [--requests N]`
// Seeds a catalog at scale on one database, then measures, in one run, the plugin's product
// analytics request and Medusa's own GET /admin/inventory-items?limit=20, and prints p50/p95.
// Last line: analytics_p95_ms=<n> medusa_list_p95_ms=<n> ratio=<n>
import fs from "node:fs"
import path from "node:path"
import os from "node:os"
import { spawn, execFileSync } from "node:child_process"
import { dropDatabase, ensureDatabase, ROOT, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun, waitForHttp } from "./run.mjs"

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? Number(args[i + 1]) : fallback
}
const positional = args.find((a, i) => /^\d+$/.test(a) && !(i > 0 && args[i - 1].startsWith("--")))
const items = opt("items", positional ? Number(positional) : 200000)
const movements = opt("movements", items * 10)
const products = opt("products", 50)
const requests = opt("requests", 200)
const PORT = Number(process.env.BENCH_PORT || 9200)
const env = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", LOG_LEVEL: "error", MEDUSA_ADMIN_DISABLE: "true", NODE_ENV: "development" }
let pg = null
let server = null

console.log(`[bench] items=${items} movements=${movements} products=${products} requests=${requests} (per endpoint)`)

async function main() {
  let adminUrl
  if (env.DATABASE_URL) {
    adminUrl = env.DATABASE_URL.replace(/\/[^/]*$/, "/postgres")
  } else {
    pg = await startEmbeddedPostgres({ dir: ".data/bench-postgres", port: Number(env.PG_BENCH_PORT || 54333) })
    adminUrl = pg.url("postgres")
  }
  await dropDatabase(adminUrl, "medusa_bench")
  await ensureDatabase(adminUrl, "medusa_bench")
  env.DATABASE_URL = adminUrl.replace(/\/postgres$/, "/medusa_bench")
  await mustRun(BIN("medusa"), ["db:migrate"], { env })

  const t = Date.now()
  const out = execFileSync(BIN("medusa"), ["exec", "./scripts/bench-seed.ts"], {
    cwd: ROOT,
    env: { ...env, BENCH_ITEMS: String(items), BENCH_MOVEMENTS: String(movements), BENCH_PRODUCTS: String(products) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  })
  process.stdout.write(out.split("\n").filter((l) => l.startsWith("[bench-seed]")).join("\n") + "\n")
  const productIds = /BENCH_PRODUCT_IDS=(\S+)/.exec(out)[1].split(",")
  const seedSeconds = ((Date.now() - t) / 1000).toFixed(0)
  console.log(`[bench] seeded in ${seedSeconds}s`)

  await mustRun(BIN("medusa"), ["user", "-e", "bench@local.test", "-p", "bench-pass"], { env })
  fs.mkdirSync(path.join(ROOT, ".tmp"), { recursive: true })
  const log = fs.openSync(path.join(ROOT, ".tmp", "bench-server.log"), "w")
  server = spawn(BIN("medusa"), ["develop"], { cwd: ROOT, env: { ...env, PORT: String(PORT) }, stdio: ["ignore", log, log], detached: true })
  await waitForHttp(`http://localhost:${PORT}/health`, { timeoutMs: 180_000 })
  const { token } = await (
    await fetch(`http://localhost:${PORT}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "bench@local.test", password: "bench-pass" }),
    })
  ).json()
  const headers = { authorization: `Bearer ${token}` }
  const kinds = ["rough", "in_process", "finished", "materials_supplies"]
  const analyticsUrl = (i) => `http://localhost:${PORT}/admin/products/${productIds[i % productIds.length]}/stock-analytics?inventory_kind=${kinds[i % kinds.length]}`
  const medusaUrl = `http://localhost:${PORT}/admin/inventory-items?limit=20`
  const time = async (url) => {
    const s = process.hrtime.bigint()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${url} answered ${res.status}`)
    return Number(process.hrtime.bigint() - s) / 1e6
  }
  for (let i = 0; i < 20; i++) {
    await time(analyticsUrl(i))
    await time(medusaUrl)
  }
  const a = []
  const m = []
  // Interleaved, so both see the same machine at the same moments.
  for (let i = 0; i < requests; i++) {
    a.push(await time(analyticsUrl(i)))
    m.push(await time(medusaUrl))
  }
  const pct = (xs, p) => {
    const s = [...xs].sort((x, y) => x - y)
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]
  }
  const mean = (xs) => xs.reduce((n, x) => n + x, 0) / xs.length
  const row = (name, xs) => `| ${name.padEnd(44)} | ${pct(xs, 50).toFixed(1).padStart(7)} | ${pct(xs, 95).toFixed(1).padStart(7)} | ${mean(xs).toFixed(1).padStart(7)} |`
  console.log("")
  console.log(`machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`)
  console.log(`data: ${items} items, ${movements} movements, ${products} products; seeded in ${seedSeconds}s`)
  console.log(`| ${"request".padEnd(44)} | p50 ms  | p95 ms  | mean ms |`)
  console.log(`| ${"-".repeat(44)} | ------- | ------- | ------- |`)
  console.log(row("GET /admin/products/:id/stock-analytics", a))
  console.log(row("GET /admin/inventory-items?limit=20 (Medusa)", m))
  console.log("")
  const ap95 = pct(a, 95)
  const mp95 = pct(m, 95)
  return `analytics_p95_ms=${ap95.toFixed(1)} medusa_list_p95_ms=${mp95.toFixed(1)} ratio=${(ap95 / mp95).toFixed(2)}`
}

let last = null
let code = 0
try {
  last = await main()
} catch (e) {
  console.error(`[bench] ${e.stack ?? e.message}`)
  code = 1
} finally {
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {}
    await new Promise((r) => setTimeout(r, 2000))
  }
  if (pg) await pg.stop().catch(() => {})
}
if (last) console.log(last)
process.exit(code)
