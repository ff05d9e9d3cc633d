import fs from "node:fs"
import path from "node:path"
import { Browser, chromium, Page } from "playwright-core"

export const BASE = process.env.E2E_BASE_URL ?? "http://localhost:9000"
export const ADMIN = { email: process.env.DEMO_ADMIN_EMAIL ?? "admin@jeweler.test", password: process.env.DEMO_ADMIN_PASSWORD ?? "jeweler-demo" }
const SHOTS = path.resolve(__dirname, "..", ".e2e-artifacts", "screenshots")

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  })
}

/** Signs in to the Medusa admin as the seeded admin and waits for the dashboard. */
export async function login(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${BASE}/app/login`)
  await page.locator('input[name="email"]').fill(ADMIN.email)
  await page.locator('input[name="password"]').fill(ADMIN.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes("/login"), { timeout: 60_000 })
  return page
}

export async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
}

/** The admin API with the page's session cookie, for setting up and checking state. */
export async function adminApi(page: Page, pathName: string, body?: unknown) {
  return page.evaluate(
    async ({ url, body }) => {
      const res = await fetch(url, {
        method: body === undefined ? "GET" : "POST",
        credentials: "include",
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: res.status, body: await res.json().catch(() => null) }
    },
    { url: `${BASE}${pathName}`, body }
  )
}

/** Picks an option of a Medusa UI (Radix) select. */
export async function choose(page: Page, triggerSelector: string, optionText: string) {
  await page.locator(triggerSelector).click()
  await page.getByRole("option", { name: optionText, exact: true }).click()
}
