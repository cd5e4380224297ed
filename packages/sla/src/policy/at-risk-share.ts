/** SLA-7: the share of response time after which an unanswered ticket is AT_RISK. */
export interface SlaPolicyOptions {
  atRiskShare?: number;
}

export const DEFAULT_AT_RISK_SHARE = 0.75;

/** Applies the SLA-7 default and rejects shares that would make AT_RISK meaningless (0 or >= 1). */
export function resolveAtRiskShare(options: SlaPolicyOptions = {}): number {
  const share = options.atRiskShare ?? DEFAULT_AT_RISK_SHARE;
  if (typeof share !== 'number' || !(share > 0 && share < 1)) {
    throw new RangeError(`atRiskShare must be strictly between 0 and 1, got ${String(share)}`);
  }
  return share;
}
