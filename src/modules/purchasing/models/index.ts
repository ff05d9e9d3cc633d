export * from "./purchasing"
