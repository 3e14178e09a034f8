import { describe, expect, it } from 'vitest';
import { supplementPauses } from './case-deadline.js';

const at = (iso: string) => new Date(iso);

describe('补正 pauses of the clock', () => {
  it('pauses from a request after acceptance until the supplement arrives', () => {
    const result = supplementPauses(
      [
        { type: 'submitted', fromStatus: null, createdAt: at('2026-11-02T01:00:00Z') },
        { type: 'accept', fromStatus: 'submitted', createdAt: at('2026-11-02T02:00:00Z') },
        { type: 'request_supplement', fromStatus: 'accepted', createdAt: at('2026-11-03T02:00:00Z') },
        { type: 'supplement', fromStatus: 'supplement_requested', createdAt: at('2026-11-06T02:00:00Z') },
      ],
      at('2026-11-10T00:00:00Z'),
    );
    expect(result).toEqual({
      pauses: [{ from: at('2026-11-03T02:00:00Z'), to: at('2026-11-06T02:00:00Z') }],
      paused: false,
    });
  });

  it('needs no pause for a request before acceptance, when the clock has not started', () => {
    const result = supplementPauses(
      [
        { type: 'request_supplement', fromStatus: 'submitted', createdAt: at('2026-11-03T02:00:00Z') },
        { type: 'supplement', fromStatus: 'supplement_requested', createdAt: at('2026-11-04T02:00:00Z') },
      ],
      at('2026-11-10T00:00:00Z'),
    );
    expect(result).toEqual({ pauses: [], paused: false });
  });

  it('keeps the clock stopped through today while the supplement is awaited', () => {
    const result = supplementPauses(
      [{ type: 'request_supplement', fromStatus: 'under_review', createdAt: at('2026-11-03T02:00:00Z') }],
      at('2026-11-10T00:00:00Z'),
    );
    expect(result.paused).toBe(true);
    expect(result.pauses).toEqual([{ from: at('2026-11-03T02:00:00Z'), to: at('2026-11-11T00:00:00Z') }]);
  });
});
