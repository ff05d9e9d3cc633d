/**
 * Development and test harness: the repository root runs as a Medusa app
 * that loads the plugin from ./src. Apps that install the plugin list it
 * under `plugins` instead (see README).
 */
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:8000",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLE === "true",
  },
  modules: [
    { resolve: "./src/modules/production" },
    {
      resolve: "./src/modules/stock",
      // In an app that installs the plugin these are the plugin's options.
      options: { tracking_webhook_secret: process.env.JEWELRY_TRACKING_WEBHOOK_SECRET },
    },
    { resolve: "./src/modules/style" },
    { resolve: "./src/modules/order-ops" },
    { resolve: "./src/modules/purchasing" },
    { resolve: "./src/modules/metal" },
  ],
})
