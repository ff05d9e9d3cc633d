import { parseNotes } from "../extraction"
import { findPriority, rowPriorities } from "../extraction/priority"

const rows = (notes: string) => parseNotes(notes, { catalog: [], kind: "sales", today: new Date("2026-11-30T12:00:00Z") }).rows

describe("The order wizard sets priority per row from the words near that row", () => {
  it("a rush beside one row makes that row Rush, not every row", () => {
    const r = rows("2 platinum wedding bands size 6.\n1 tennis bracelet 18K, rush please.\n3 pairs of 14K gold stud earrings.")
    expect(r).toHaveLength(3)
    expect(r.map((x) => x.priority)).toEqual([null, "rush", null])
  })

  it("a sentence that names no row speaks for the whole order; a row's own words win", () => {
    const r = rows("Whole order is urgent.\n2 platinum wedding bands size 6.\n1 tennis bracelet 18K, no rush on this one.")
    expect(r.map((x) => x.priority)).toEqual(["rush", "normal"])
  })

  it("no rush and not urgent read as normal", () => {
    expect(findPriority("no rush on this one")).toBe("normal")
    expect(findPriority("not urgent")).toBe("normal")
    expect(findPriority("ASAP")).toBe("rush")
    expect(findPriority("VIP client")).toBe("high")
    expect(findPriority("size 6")).toBeNull()
  })

  it("the rule works on spans of the notes: other rows' words in the same line do not count", () => {
    const text = "ring size 6 rush, pendant 14K"
    expect(rowPriorities(text, [{ start: 0, end: 11 }, { start: 18, end: 29 }])).toEqual(["rush", null])
  })
})
