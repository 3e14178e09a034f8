import type { Pause } from '../calendar/index.js';
import type { CaseStatusName } from '../../../contracts/cases.contract.js';
import { isClockRunning } from './case-lifecycle.js';

interface EventLike {
  type: string;
  fromStatus: string | null;
  createdAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * The 补正 pauses of the clock: from each supplement request made after acceptance until the
 * applicant supplied (or withdrew). A request still open pauses the clock through today.
 * Requests before acceptance need no pause: the clock has not started.
 */
export function supplementPauses(events: EventLike[], now: Date): { pauses: Pause[]; paused: boolean } {
  const pauses: Pause[] = [];
  let paused = false;
  events.forEach((event, index) => {
    if (event.type !== 'request_supplement') return;
    // Only a request made while the clock ran stops it; before acceptance it has not started.
    if (!event.fromStatus || !isClockRunning(event.fromStatus as CaseStatusName)) return;
    const end = events.slice(index + 1).find((e) => e.type === 'supplement' || e.type === 'withdraw');
    if (!end) paused = true;
    pauses.push({ from: event.createdAt, to: end ? end.createdAt : new Date(now.getTime() + DAY_MS) });
  });
  return { pauses, paused };
}
