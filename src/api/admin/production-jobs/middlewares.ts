import { validateBody, validateQuery } from "../../utils/validation"
import { listProductionJobsQueryConfig } from "./query-config"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AddJobStage,
  AllocateStones,
  CloseOut,
  CompleteJobStage,
  CreateJob,
  IssueStock,
  ListJobs,
  ReceiveOutput,
  RecordQa,
  UpdateJob,
  UpdateJobStage,
} from "./validators"
import { CreateStyle, UpdateStyle } from "../styles/validators"

export const jobMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/production-jobs", middlewares: [validateQuery(ListJobs, listProductionJobsQueryConfig)] },
  { method: ["POST"], matcher: "/admin/production-jobs", middlewares: [validateBody(CreateJob)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id", middlewares: [validateBody(UpdateJob)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages", middlewares: [validateBody(AddJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages/:stage_id", middlewares: [validateBody(UpdateJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages/:stage_id/complete", middlewares: [validateBody(CompleteJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/issues", middlewares: [validateBody(IssueStock)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stones", middlewares: [validateBody(AllocateStones)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/receipts", middlewares: [validateBody(ReceiveOutput)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/qa-checks", middlewares: [validateBody(RecordQa)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/close-out", middlewares: [validateBody(CloseOut)] },
  { method: ["POST"], matcher: "/admin/styles", middlewares: [validateBody(CreateStyle)] },
  { method: ["POST"], matcher: "/admin/styles/:id", middlewares: [validateBody(UpdateStyle)] },
]
