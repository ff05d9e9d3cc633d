export * from "./metal-rate"
export * from "./price-rule"
export * from "./reprice-run"
