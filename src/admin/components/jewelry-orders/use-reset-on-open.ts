import { useState } from "react"

/** Runs `reset` while rendering the moment a drawer opens, so it never shows the last visit's form. */
export function useResetOnOpen(open: boolean, reset: () => void) {
  const [wasOpen, setWasOpen] = useState(open)
  if (open !== wasOpen) {
    setWasOpen(open)
    if (open) reset()
  }
}
