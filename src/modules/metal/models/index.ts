export { MetalEntry } from "./metal-entry"
export { RefiningLot, RefiningSource } from "./refining-lot"
export { MeltLot, MeltInput } from "./melt-lot"
