export const STATUS_COLOR: Record<string, "green" | "orange" | "blue" | "grey" | "red" | "purple"> = {
  open: "grey",
  in_progress: "blue",
  completed: "purple",
  closing: "orange",
  closed: "green",
  cancelled: "red",
}
