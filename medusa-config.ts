/**
 * Development and test harness: the repository root runs as a Medusa app
 * that loads the plugin from ./src. Apps that install the plugin list it
 * under `plugins` instead (see README).
 *
 * Without REDIS_URL everything is in memory, for `npm run dev` and the tests.
 * With REDIS_URL the store runs as Medusa runs in production, on several
 * instances: Redis event bus, workflow engine, locking and caching, and
 * MEDUSA_WORKER_MODE telling each instance whether it serves HTTP
 * (`server`), handles events and scheduled work (`worker`) or both
 * (`shared`, the default). `npm run test:cluster` runs it that way.
 */
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

const WORKER_MODES = ["shared", "worker", "server"] as const
type WorkerMode = (typeof WORKER_MODES)[number]
const workerModeEnv = process.env.MEDUSA_WORKER_MODE
if (workerModeEnv && !WORKER_MODES.includes(workerModeEnv as WorkerMode)) {
  // Medusa would ignore an unknown value and run as neither server nor worker.
  throw new Error(`MEDUSA_WORKER_MODE: "${workerModeEnv}" is not one of ${WORKER_MODES.join(", ")}`)
}
const workerMode = (workerModeEnv || "shared") as WorkerMode

/** Medusa's Redis modules: what lets two servers and a worker share one store. */
const redisModules = (url: string) => [
  // Events go through a BullMQ queue; only worker (and shared) instances run its subscribers.
  { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: url } },
  // Workflow executions, retries and async steps are shared through Redis.
  { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl: url } } },
  // Medusa's locks (cart completion, inventory reservations, …) hold across instances.
  {
    resolve: "@medusajs/medusa/locking",
    options: {
      providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl: url } }],
    },
  },
  // Medusa's caching module (behind the `caching` feature flag), invalidated for every instance at once.
  {
    resolve: "@medusajs/medusa/caching",
    options: {
      providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl: url } }],
    },
  },
]

/**
 * The plugin's options. An app that installs the plugin gives these under
 * `plugins: [{ resolve: "medusa-plugin-jewelry-production", options }]` and
 * Medusa hands them to each of the plugin's modules; the harness does the
 * same by hand (the plugin reads them through src/modules/plugin-options).
 */
const tagPrinter = process.env.JEWELRY_TAG_PRINTER // "host:port" of a ZPL printer on the network
const pluginOptions = {
  tracking_webhook_secret: process.env.JEWELRY_TRACKING_WEBHOOK_SECRET,
  tag_printer: tagPrinter ? { host: tagPrinter.replace(/:\d+$/, ""), port: Number(/:(\d+)$/.exec(tagPrinter)?.[1] ?? 9100), timeout_ms: 3000 } : undefined,
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    workerMode,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  // A worker serves no HTTP routes, so it has no admin to serve either.
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true" || workerMode === "worker",
  },
  featureFlags: redisUrl ? { caching: true } : {},
  modules: [
    ...["production", "stock", "style", "jewelry-orders", "purchasing", "metal", "metal-prices"].map((name) => ({
      resolve: `./src/modules/${name}`,
      options: pluginOptions,
    })),
    ...(redisUrl ? redisModules(redisUrl) : []),
  ],
})
