export * from "./stock-item"
