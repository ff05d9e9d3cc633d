import { useMutation } from "@tanstack/react-query"
import type { ApiError } from "../../lib/api"
import { sdkFetch } from "../../lib/sdk"
import type { ExtractionResult } from "../../../lib/extraction/types"

/** Reads an order's notes into requested products matched to the catalog (the wizard's review table). Writes nothing. */
export const useExtractOrderNotes = () =>
  useMutation<ExtractionResult, ApiError, { notes: string; kind: "purchase" | "sales" }>({
    mutationFn: (body) => sdkFetch("/admin/order-notes/extract", { method: "POST", body }),
  })
