import { parseCsv, parseCsvRecords, toCsv } from "../csv"

describe("CSV", () => {
  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n"multi\nline",2\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["multi\nline", "2"],
    ])
  })

  it("keys records by lower-cased header and ignores blank lines", () => {
    const { records } = parseCsvRecords("Tag_ID,Weight\nGEM1, 1.5 \n\n")
    expect(records).toEqual([{ tag_id: "GEM1", weight: "1.5" }])
  })

  it("refuses a CSV that ends inside quotes", () => {
    expect(() => parseCsv('a,"b')).toThrow(/quoted/)
  })

  it("writes what it reads, and defuses spreadsheet formulas", () => {
    const text = toCsv(["tag", "note"], [["A1", 'x,"y"'], ["A2", "=SUM(A1)"], ["A3", "-1.5"]])
    expect(parseCsv(text)).toEqual([["tag", "note"], ["A1", 'x,"y"'], ["A2", "'=SUM(A1)"], ["A3", "-1.5"]])
  })
})
