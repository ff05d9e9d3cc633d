export * from "./production-settings/workflows"
export * from "./stock/workflows"
