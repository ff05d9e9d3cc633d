import { definePolicies } from "@medusajs/framework/utils"
import { jewelryPolicyDefinitions } from "../lib/policies"

/**
 * The plugin's policies for Medusa's RBAC (feature flag `rbac`): read,
 * create, update and delete of each of its resources, so Medusa's roles can
 * grant them. Without the flag, the plugin's own staff roles apply (SPEC 7).
 */
export const jewelryPolicies = definePolicies(jewelryPolicyDefinitions())
