export * from "./production-settings/workflows"
export * from "./stock/workflows"
export * from "./jobs/workflows"
export * from "./styles"
