#!/usr/bin/env node
// Runs a command with a Postgres for Medusa's integration test runner.
// With DB_HOST set, that server is used as it is. Otherwise an embedded
// Postgres is started in .data/test-postgres on PG_TEST_PORT (54330) and
// stopped afterwards (PG_TEST_DIR names another folder, for a second run beside it).
import { startEmbeddedPostgres } from "./pg.mjs"
import { run } from "./run.mjs"

const [cmd, ...args] = process.argv.slice(2)
if (!cmd) {
  console.error("usage: with-db.mjs <command> [args...]")
  process.exit(2)
}

let server = null
const env = { LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true", ...process.env }
if (!env.DB_HOST) {
  const port = Number(env.PG_TEST_PORT || 54330)
  server = await startEmbeddedPostgres({ dir: env.PG_TEST_DIR || ".data/test-postgres", port })
  Object.assign(env, { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: "postgres", DB_PASSWORD: "postgres" })
  console.log(`[with-db] embedded Postgres on localhost:${port}`)
} else {
  console.log(`[with-db] using Postgres at ${env.DB_HOST}:${env.DB_PORT || 5432}`)
}

const stop = async () => {
  if (server) await server.stop().catch(() => {})
}
process.on("SIGINT", () => {})
process.on("SIGTERM", () => {})
let code = 1
try {
  code = await run(cmd, args, { env })
} finally {
  await stop()
}
process.exit(code)
