import { dash, moneyIn } from "../format"

describe("money with its currency", () => {
  it("groups the amount with two decimals and names the currency in capitals", () => {
    expect(moneyIn("1045", "usd")).toBe("1,045.00 USD")
    expect(moneyIn("0.1", "EUR")).toBe("0.10 EUR")
  })

  it("without a currency reads the amount alone, and no amount reads as a dash", () => {
    expect(moneyIn("2100", null)).toBe("2,100.00")
    expect(moneyIn(null, "usd")).toBe(dash)
    expect(moneyIn("", "usd")).toBe(dash)
  })
})
