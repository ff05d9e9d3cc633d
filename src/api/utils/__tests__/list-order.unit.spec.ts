import { listOrder } from "../validation"

describe("A list's order as the modules take it", () => {
  it("a leading '-' sorts descending, and the id breaks ties in the same direction", () => {
    expect(listOrder("-number", "name")).toEqual({ number: "DESC", id: "DESC" })
    expect(listOrder("name", "-number")).toEqual({ name: "ASC", id: "ASC" })
  })
  it("no order takes the list's own default", () => {
    expect(listOrder(undefined, "-created_at")).toEqual({ created_at: "DESC", id: "DESC" })
  })
  it("an API name reads the column it stands for", () => {
    expect(listOrder("-weight", "-created_at", { weight: "weight_grams" })).toEqual({ weight_grams: "DESC", id: "DESC" })
    expect(listOrder("pieces", "-created_at", { weight: "weight_grams" })).toEqual({ pieces: "ASC", id: "ASC" })
  })
})
