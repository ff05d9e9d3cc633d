/**
 * Browser helpers for the admin e2e suites: Debian's chromium driven by
 * playwright-core (no downloaded browsers), the seeded admin's login, and
 * screenshots under .e2e-artifacts/screenshots/.
 */
import fs from "node:fs"
import path from "node:path"
import { Browser, chromium, Locator, Page } from "playwright-core"

export const BASE = process.env.E2E_BASE_URL ?? "http://localhost:9000"
export const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@jeweler.test", password: process.env.DEMO_ADMIN_PASSWORD ?? "jeweler-demo" }
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const SHOTS = path.resolve(__dirname, "..", ".e2e-artifacts", "screenshots")

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  })
}

/**
 * Signs in to the Medusa admin as the seeded admin and waits for the
 * dashboard (its sidebar). The page's console errors and failed requests go
 * to the test output, which is where a broken screen first shows.
 */
export async function login(browser: Browser, credentials = ADMIN): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  // E2E_CPU_THROTTLE=4 runs the page's scripts four times slower: how a slow CI machine shows a race.
  const throttle = Number(process.env.E2E_CPU_THROTTLE || 0)
  if (throttle > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: throttle })
  page.on("pageerror", (e) => console.warn(`[browser] page error: ${e.message}`))
  // `medusa develop` serves the admin through Vite: a lost server connection or a re-optimised
  // dependency reloads the page, and a screen's state that is not in its URL is gone. Say so.
  page.on("console", (m) => {
    const text = m.text()
    if (text.startsWith("[vite]") && !/^\[vite\] connect(ing|ed)/.test(text)) console.warn(`[browser] ${text} (${page.url()})`)
  })
  page.on("response", (r) => {
    if (r.status() >= 500) console.warn(`[browser] ${r.request().method()} ${r.url()} → ${r.status()}`)
  })
  // The first visit compiles the dashboard in `medusa develop`: allow it time.
  await page.goto(`${BASE}/app/login`, { timeout: 180_000 })
  await page.locator('input[name="email"]').fill(credentials.email)
  await page.locator('input[name="password"]').fill(credentials.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname.startsWith("/app") && !url.pathname.includes("/login"), { timeout: 60_000 })
  await page.locator("aside nav").first().waitFor({ timeout: 60_000 })
  return page
}

/**
 * Saves a PNG as .e2e-artifacts/screenshots/<name>.png, with animations
 * finished. The dashboard scrolls inside its own container, so a plain
 * full-page capture shows only the top: pass `focus` to scroll an element
 * into view first, or `full` to capture the whole length of the page.
 */
export async function shot(page: Page, name: string, opts: { focus?: Locator; full?: boolean } = {}) {
  fs.mkdirSync(SHOTS, { recursive: true })
  const file = path.join(SHOTS, `${name}.png`)
  if (opts.focus) await opts.focus.scrollIntoViewIfNeeded()
  if (!opts.full) {
    await page.screenshot({ path: file, animations: "disabled" })
    return
  }
  const viewport = page.viewportSize() ?? { width: 1440, height: 1000 }
  // The tallest scrolling area decides how tall the page would be if it did not scroll.
  const overflow = await page.evaluate(() =>
    Math.max(0, ...Array.from(document.querySelectorAll<HTMLElement>("*")).map((e) => e.scrollHeight - e.clientHeight))
  )
  await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 8000) })
  try {
    await page.screenshot({ path: file, animations: "disabled" })
  } finally {
    await page.setViewportSize(viewport)
  }
}

/** The admin API with the page's session cookie, for setting up and checking state. */
export async function adminApi(page: Page, pathName: string, body?: unknown, method?: "GET" | "POST" | "DELETE") {
  return page.evaluate(
    async ({ url, body, method }) => {
      const res = await fetch(url, {
        method: method ?? (body === undefined ? "GET" : "POST"),
        credentials: "include",
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: await res.json().catch(() => null) }
    },
    { url: `${BASE}${pathName}`, body, method }
  )
}

/** Picks an option of a Medusa UI (Radix) select. */
export async function choose(page: Page, triggerSelector: string, optionText: string) {
  await page.locator(triggerSelector).click()
  await page.getByRole("option", { name: optionText, exact: true }).click()
}

/** Calls the admin API from the test process with a bearer token of the seeded admin (no browser needed). */
export async function adminRequest(pathName: string, init: { method?: "GET" | "POST" | "DELETE"; body?: unknown } = {}) {
  const login = await postJson("/auth/user/emailpass", ADMIN)
  return requestJson(pathName, { ...init, token: login.token })
}

async function requestJson(pathName: string, init: { method?: string; body?: unknown; token?: string } = {}) {
  const res = await fetch(`${BASE}${pathName}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body: any = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${pathName} → ${res.status}: ${body?.message ?? ""}`)
  return body
}
const postJson = (pathName: string, body: unknown, token?: string) => requestJson(pathName, { method: "POST", body, token })

/**
 * A real second staff member: invited by the seeded admin, registered with a
 * password, accepted, then given a production role. Returns their login.
 */
export async function createStaffUser(role: "admin" | "manager" | "member", email: string, password = "bench-demo-1") {
  const call = (pathName: string, init: { body?: unknown; token?: string }) => postJson(pathName, init.body ?? {}, init.token)
  const { token: adminToken } = await call("/auth/user/emailpass", { body: ADMIN })
  const { invite } = await call("/admin/invites", { body: { email }, token: adminToken })
  const { token: registration } = await call("/auth/user/emailpass/register", { body: { email, password } })
  const { user } = await call(`/admin/invites/accept?token=${encodeURIComponent(invite.token)}`, {
    body: { email, first_name: "Bench", last_name: role },
    token: registration,
  })
  await call("/admin/production/staff-profiles", { body: { user_id: user.id, role }, token: adminToken })
  return { email, password, user_id: user.id as string }
}
