import { validateAndTransformBody } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AddJobStage,
  AllocateStones,
  CloseOut,
  CompleteJobStage,
  CreateJob,
  IssueStock,
  ReceiveOutput,
  RecordQa,
  UpdateJob,
  UpdateJobStage,
} from "./validators"
import { CreateStyle, UpdateStyle } from "../styles/validators"

export const jobMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/production-jobs", middlewares: [validateAndTransformBody(CreateJob)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id", middlewares: [validateAndTransformBody(UpdateJob)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages", middlewares: [validateAndTransformBody(AddJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages/:stage_id", middlewares: [validateAndTransformBody(UpdateJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stages/:stage_id/complete", middlewares: [validateAndTransformBody(CompleteJobStage)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/issues", middlewares: [validateAndTransformBody(IssueStock)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/stones", middlewares: [validateAndTransformBody(AllocateStones)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/receipts", middlewares: [validateAndTransformBody(ReceiveOutput)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/qa-checks", middlewares: [validateAndTransformBody(RecordQa)] },
  { method: ["POST"], matcher: "/admin/production-jobs/:id/close-out", middlewares: [validateAndTransformBody(CloseOut)] },
  { method: ["POST"], matcher: "/admin/styles", middlewares: [validateAndTransformBody(CreateStyle)] },
  { method: ["POST"], matcher: "/admin/styles/:id", middlewares: [validateAndTransformBody(UpdateStyle)] },
]
