export interface PolicySelector {
  readonly requestTypeId: string;
  readonly priority: string;
  readonly departmentId: string;
}

/** What matching reads of a policy (`SlaPolicy` or any stored shape with these fields). */
export interface PolicyMatchFields {
  readonly requestTypeId: string;
  readonly priority: string;
  readonly departmentId: string;
}

/**
 * The most specific policy covering the request, or `undefined` when none does (the caller
 * decides whether that is a validation error; a tenant normally keeps a '*'/'*'/'*' fallback).
 *
 * Specificity is lexicographic: an exact department beats any combination of type and priority,
 * then an exact type beats an exact priority — weights 4/2/1 encode exactly that. Equal
 * specificity can only mean duplicate selectors (which `slaPolicyListSchema` rejects); the
 * earlier policy in the list wins then.
 */
export function resolvePolicy<P extends PolicyMatchFields>(
  policies: readonly P[],
  selector: PolicySelector,
): P | undefined {
  let best: P | undefined;
  let bestScore = -1;
  for (const policy of policies) {
    const score = specificity(policy, selector);
    if (score > bestScore) {
      best = policy;
      bestScore = score;
    }
  }
  return best;
}

/** -1 when the policy does not cover the selector. */
function specificity(policy: PolicyMatchFields, selector: PolicySelector): number {
  let score = 0;
  for (const [value, wanted, weight] of [
    [policy.departmentId, selector.departmentId, 4],
    [policy.requestTypeId, selector.requestTypeId, 2],
    [policy.priority, selector.priority, 1],
  ] as const) {
    if (value === wanted) score += weight;
    else if (value !== '*') return -1;
  }
  return score;
}
