import { useEffect, useState } from 'react';
import type { Api } from '../api/api-client.js';

/** A moment the workspace's rules will send this customer (birthday, anniversary, follow-up…). */
export interface UpcomingMoment {
  key: string;
  type: string;
  customerId: string;
  scheduledFor: string;
  reason: string;
  needsReview: boolean;
}

/** How far ahead the profile looks for moments. */
export const MOMENT_HORIZON_DAYS = 90;

/**
 * The customer's moments due in the next 90 days, from the moments dry run. Null while loading or
 * when the server has no moments feature (the profile then leaves the section out).
 */
export function useUpcomingMoments(api: Api, customerId: string | null): UpcomingMoment[] | null {
  const [moments, setMoments] = useState<UpcomingMoment[] | null>(null);
  useEffect(() => {
    if (!customerId) return;
    let live = true;
    api.get<{ due: UpcomingMoment[] }>(`api/moments/preview?days=${MOMENT_HORIZON_DAYS}`).then(
      ({ due }) => live && setMoments(due.filter((m) => m.customerId === customerId)),
      () => live && setMoments(null),
    );
    return () => {
      live = false;
    };
  }, [api, customerId]);
  return moments;
}
