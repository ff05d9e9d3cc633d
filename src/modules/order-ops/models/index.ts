export * from "./order-ops"
