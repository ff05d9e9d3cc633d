import { useCallback, useEffect, useRef, useState } from "react"
import { api, ApiError } from "../lib/api"

/** Loads `path` (re-loads when it or `deps` change); `reload()` refreshes after a change. */
export function useApi<T = any>(path: string | null, query?: Record<string, unknown>) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(!!path)
  const key = path ? `${path}?${JSON.stringify(query ?? {})}` : null
  const seq = useRef(0)
  const load = useCallback(async () => {
    if (!path) return
    const mine = ++seq.current
    setLoading(true)
    try {
      const result = await api<T>(path, { query })
      if (mine === seq.current) {
        setData(result)
        setError(null)
      }
    } catch (e: any) {
      if (mine === seq.current) setError(e)
    } finally {
      if (mine === seq.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  useEffect(() => {
    load()
  }, [load])
  return { data, error, loading, reload: load }
}

/** Kept here for screens not yet moved to react-query. */
export { useFieldErrors } from "./use-field-errors"
