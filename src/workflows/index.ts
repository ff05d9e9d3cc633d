export * from "./production-settings/workflows"
