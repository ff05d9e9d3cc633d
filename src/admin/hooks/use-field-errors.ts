import { useState } from "react"
import type { ApiError } from "../lib/api"

/** Field errors from a failed request, keyed by the field the API named. */
export function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({})
  const take = (e: unknown, fallbackField = "_form") => {
    const err = e as ApiError
    setErrors({ [err?.field ?? fallbackField]: err?.message ?? String(e) })
  }
  return { errors, setErrors, take, clear: () => setErrors({}) }
}
