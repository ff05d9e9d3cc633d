/** The longest order notes read, in characters (the route answers 413 above it; the parser refuses too). */
export const NOTES_MAX_LENGTH = 20_000

/** The refusal for notes over the limit, or null when they fit. */
export function notesTooLong(notes: string): string | null {
  const n = String(notes ?? "").length
  return n > NOTES_MAX_LENGTH ? `notes: at most ${NOTES_MAX_LENGTH.toLocaleString("en-US")} characters (these have ${n.toLocaleString("en-US")}); shorten them or split the order` : null
}
