import { z } from "@medusajs/framework/zod"
import { formatIssue } from "../validation"

const first = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body)
  if (r.success) throw new Error("expected a refusal")
  return formatIssue(r.error.issues[0])
}

describe("Validation messages read as sentences beside their field", () => {
  const shipment = z.object({
    carrier: z.string().min(1),
    pieces: z.number().int().min(1).max(500),
    kind: z.enum(["production", "repair"]),
    lines: z.array(z.string()).min(1),
    due: z.string().datetime().optional(),
    note: z.string().min(1, "a note needs words"),
  })
  const ok = { carrier: "UPS", pieces: 1, kind: "repair", lines: ["a"], note: "x" }

  it("a missing or empty text is required", () => {
    expect(first(shipment, {})).toBe("carrier: is required")
    expect(first(shipment, { ...ok, carrier: "" })).toBe("carrier: is required")
  })
  it("numbers name their bounds and kind", () => {
    expect(first(shipment, { ...ok, pieces: 0 })).toBe("pieces: must be at least 1")
    expect(first(shipment, { ...ok, pieces: 501 })).toBe("pieces: must be at most 500")
    expect(first(shipment, { ...ok, pieces: 1.5 })).toBe("pieces: must be a whole number")
    expect(first(shipment, { ...ok, pieces: "two" })).toBe("pieces: must be a number")
  })
  it("choices, lists and dates say what is accepted", () => {
    expect(first(shipment, { ...ok, kind: "x" })).toBe("kind: must be one of production, repair")
    expect(first(shipment, { ...ok, lines: [] })).toBe("lines: needs at least one entry")
    expect(first(shipment, { ...ok, due: "soon" })).toBe("due: must be a date and time such as 2026-12-01T09:00:00Z")
  })
  it("a schema's own words are kept", () => {
    expect(first(shipment, { ...ok, note: "" })).toBe("note: a note needs words")
  })
})
