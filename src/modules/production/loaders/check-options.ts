import type { LoaderOptions } from "@medusajs/framework/types"
import { normalizePluginOptions } from "../../../lib/plugin-options"

/**
 * Medusa hands the plugin's options to each of its modules; the production
 * module checks them when the store starts, so a mistyped option in
 * medusa-config.ts stops the start with its name instead of surfacing on
 * the first webhook or storefront request.
 */
export default async function checkPluginOptions({ options }: LoaderOptions<Record<string, unknown>>) {
  normalizePluginOptions(options)
}
