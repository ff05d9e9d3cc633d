import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"

export type StaffUser = { id: string; email: string; headers: { headers: Record<string, string> } }

/** Registers a Medusa admin user with email/password and signs in through the API. */
export async function createStaffUser(container: MedusaContainer, api: any, email: string, password = "secret-pass-123"): Promise<StaffUser> {
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } } as any)
  if (error || !authIdentity) throw new Error(String(error))
  const { result: user } = await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email } },
  })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { id: user.id, email, headers: { headers: { authorization: `Bearer ${data.token}` } } }
}

/** Axios rejects non-2xx; tests want to look at the status and body. */
export async function attempt<T = any>(p: Promise<T>): Promise<{ status: number; data: any }> {
  try {
    const res: any = await p
    return { status: res.status, data: res.data }
  } catch (e: any) {
    if (!e.response) throw e
    return { status: e.response.status, data: e.response.data }
  }
}
