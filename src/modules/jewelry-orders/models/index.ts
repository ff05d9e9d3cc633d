export * from "./jewelry-orders"
