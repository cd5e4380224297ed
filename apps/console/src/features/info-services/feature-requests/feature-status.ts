import type { FeatureRequestStatus } from '@desk/schema';

/** SVC-5 statuses in their working order: REGISTERED → UNDER_REVIEW → PLANNED → RELEASED, or DECLINED. */
export const FEATURE_STATUSES: readonly FeatureRequestStatus[] = ['REGISTERED', 'UNDER_REVIEW', 'PLANNED', 'RELEASED', 'DECLINED'];

/** Finished requests: nothing more will happen to them. */
export function isClosedStatus(status: FeatureRequestStatus): boolean {
  return status === 'RELEASED' || status === 'DECLINED';
}

/** The next step staff usually take, offered first in the status form. */
export function nextStatus(status: FeatureRequestStatus): FeatureRequestStatus | null {
  switch (status) {
    case 'REGISTERED':
      return 'UNDER_REVIEW';
    case 'UNDER_REVIEW':
      return 'PLANNED';
    case 'PLANNED':
      return 'RELEASED';
    default:
      return null;
  }
}
