import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { JewelryPluginOptions, normalizePluginOptions } from "../lib/plugin-options"

/** The package name an app lists under `plugins` in its medusa-config.ts. */
export const PLUGIN_NAME = "medusa-plugin-jewelry-production"

const cache = new WeakMap<object, JewelryPluginOptions>()

type Entry = string | { resolve?: string; options?: Record<string, unknown> } | false | undefined

const entries = (list: unknown): Entry[] => (Array.isArray(list) ? list : list && typeof list === "object" ? Object.values(list) : [])

/**
 * The plugin's options in a running store, from Medusa's config: the entry
 * naming the plugin under `plugins` in an app that installs it, or, in this
 * repository's harness (which loads the plugin from ./src), the options the
 * harness hands the plugin's own modules, as Medusa does for an installed
 * plugin. Read once per config.
 */
export function pluginOptions(container: { resolve: (key: string) => any }): JewelryPluginOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) ?? {}
  const hit = cache.get(config)
  if (hit) return hit
  const named = (e: Entry) => (typeof e === "object" && e ? e.resolve : typeof e === "string" ? e : undefined)
  const plugin = entries(config.plugins).find((e) => named(e) === PLUGIN_NAME || named(e)?.endsWith(`/${PLUGIN_NAME}`))
  const harness = entries(config.modules).find((e) => typeof e === "object" && e && named(e)?.startsWith("./src/modules/") && e.options)
  const raw = (typeof plugin === "object" && plugin ? plugin.options : undefined) ?? (typeof harness === "object" && harness ? harness.options : undefined)
  const options = normalizePluginOptions(raw as Record<string, unknown> | undefined)
  cache.set(config, options)
  return options
}
