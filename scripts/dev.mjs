#!/usr/bin/env node
// `npm run dev`: the demo jeweler in the Medusa admin.
// Without DATABASE_URL it runs an embedded Postgres (data in .data/postgres,
// port PG_PORT or 54329), creates the database, migrates, seeds the demo once
// and starts `medusa develop`. Ctrl-C stops both and keeps the data.
import { ensureDatabase, startEmbeddedPostgres } from "./pg.mjs"
import { BIN, mustRun } from "./run.mjs"
import { spawn } from "node:child_process"

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || "development" }
let server = null

async function main() {
  if (!env.DATABASE_URL) {
    const port = Number(env.PG_PORT || 54329)
    console.log(`[dev] starting embedded Postgres on localhost:${port} (data in .data/postgres)`)
    server = await startEmbeddedPostgres({ dir: ".data/postgres", port })
    const db = env.DEV_DATABASE || "medusa_jewelry"
    if (await ensureDatabase(server.url("postgres"), db)) console.log(`[dev] created database ${db}`)
    env.DATABASE_URL = server.url(db)
  } else {
    console.log("[dev] using DATABASE_URL")
  }

  console.log("[dev] running migrations")
  await mustRun(BIN("medusa"), ["db:migrate"], { env })
  console.log("[dev] seeding the demo jeweler (only the first time)")
  await mustRun(BIN("medusa"), ["exec", "./scripts/seed-demo.ts"], { env })

  console.log("[dev] starting Medusa: admin at http://localhost:9000/app")
  // Its own process group: `medusa develop` forks the real server, and a stop must reach both
  // (Ctrl-C in a terminal does; a SIGTERM from a process manager reaches only this script).
  const child = spawn(BIN("medusa"), ["develop"], { env, stdio: "inherit", detached: true })
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {}
  }
  let stopping = false
  const shutdown = (signal) => {
    if (stopping) return
    stopping = true
    console.log(`\n[dev] ${signal}: stopping Medusa${server ? " and Postgres" : ""}`)
    killGroup("SIGTERM")
    setTimeout(() => killGroup("SIGKILL"), 10_000).unref()
  }
  process.on("SIGINT", () => shutdown("SIGINT"))
  process.on("SIGTERM", () => shutdown("SIGTERM"))
  const code = await new Promise((resolve) => child.on("exit", (c) => resolve(c ?? 0)))
  killGroup("SIGKILL") // the forked server, if it outlived its parent
  if (server) await server.stop()
  process.exit(stopping ? 0 : code)
}

main().catch(async (e) => {
  console.error(`[dev] ${e.message}`)
  if (server) await server.stop().catch(() => {})
  process.exit(1)
})
