// Small process helpers shared by the dev, test and packaging scripts.
import { spawn } from "node:child_process"
import path from "node:path"
import { ROOT } from "./pg.mjs"

export const BIN = (name) => path.join(ROOT, "node_modules", ".bin", name)

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(cmd, args, { env = process.env, cwd = ROOT, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: quiet ? "ignore" : "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

export async function mustRun(cmd, args, opts) {
  const code = await run(cmd, args, opts)
  if (code !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code}`)
  }
}

/** Waits until `url` answers with a status below 500. */
export async function waitForHttp(url, { timeoutMs = 300_000, intervalMs = 1000 } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastError
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.status < 500) return
      lastError = new Error(`HTTP ${res.status}`)
    } catch (e) {
      lastError = e
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
  throw new Error(`${url} did not answer in ${timeoutMs / 1000}s: ${lastError?.message}`)
}
