import { LlmExtractionProvider } from "./llm"
import { notesTooLong } from "./limits"
import { OfflineExtractionProvider, parseNotes } from "./offline"
import type { ExtractionContext, ExtractionProvider, ExtractionResult } from "./types"

export * from "./types"
export { LlmExtractionProvider } from "./llm"
export { OfflineExtractionProvider, parseNotes, splitItems, findDate, findPriority, unitOf, MATCH_THRESHOLD } from "./offline"
export { findDateByRegex } from "./dates"
export { matchFeatures, featuresOf } from "./match"
export { NOTES_MAX_LENGTH, notesTooLong } from "./limits"

export type ExtractionOptions = { provider?: "offline" | "llm"; base_url?: string; api_key?: string; model?: string; timeout_ms?: number }

/** The provider the plugin options ask for: the LLM endpoint when fully configured, else the offline parser. */
export function extractionProviderFromOptions(options?: { extraction?: ExtractionOptions }): ExtractionProvider {
  const e = options?.extraction
  if (e?.provider === "llm" && e.base_url && e.model) {
    return new LlmExtractionProvider({ base_url: e.base_url, api_key: e.api_key, model: e.model, timeout_ms: e.timeout_ms })
  }
  return new OfflineExtractionProvider()
}

/**
 * Extraction never blocks an order: whatever the provider does, this returns
 * rows (possibly none) and warnings, never an error. Notes over
 * NOTES_MAX_LENGTH are refused before any provider sees them.
 */
export async function extractOrderNotes(notes: string, ctx: ExtractionContext, provider: ExtractionProvider = new OfflineExtractionProvider()): Promise<ExtractionResult> {
  const tooLong = notesTooLong(notes)
  if (tooLong) return { rows: [], warnings: [tooLong], provider: "none" }
  try {
    return await provider.extract(notes, ctx)
  } catch (e: any) {
    try {
      const offline = parseNotes(notes, ctx)
      return { ...offline, warnings: [`extraction failed (${e?.message ?? e}); these rows come from the offline parser`, ...offline.warnings] }
    } catch (inner: any) {
      return { rows: [], warnings: [`extraction failed (${inner?.message ?? inner}); add the rows by hand`], provider: "none" }
    }
  }
}
