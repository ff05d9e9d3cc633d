export const PO_STATUS: Record<string, [string, "grey" | "blue" | "orange" | "green" | "red"]> = {
  draft: ["Draft", "grey"],
  submitted: ["Submitted", "blue"],
  partially_received: ["Partially Received", "orange"],
  received: ["Received", "green"],
  cancelled: ["Cancelled", "red"],
}
