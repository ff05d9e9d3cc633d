import { z } from "@medusajs/framework/zod"
import { JOB_KINDS } from "../../../modules/production/models/job"
import { oneOf, paging } from "../../utils/schemas"

/** A page of the queue: `limit` (1 to 200, default 50), `offset`, and optionally one kind. */
export const ListWorkshopQueue = z.object({
  kind: oneOf(JOB_KINDS).optional(),
  ...paging(200),
})
export type ListWorkshopQueueType = z.infer<typeof ListWorkshopQueue>
