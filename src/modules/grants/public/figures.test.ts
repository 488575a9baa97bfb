import { describe, expect, it } from 'vitest';
import {
  type ClockEvent,
  decisionClocks,
  decisionTimeFigures,
  percentile,
} from '#src/modules/grants/public/figures.ts';
import type { ApplicationStatus } from '#src/modules/grants/tables.ts';
import { DAY, HOUR } from '#src/platform/time.ts';

const START = Date.UTC(2026, 2, 1, 9, 0);

function events(applicationId: number, steps: Array<[ApplicationStatus, number]>): ClockEvent[] {
  return steps.map(([toStatus, days]) => ({ applicationId, toStatus, at: START + days * DAY }));
}

describe('percentiles', () => {
  it('takes the middle value as the median of an odd count', () => {
    expect(percentile([2, 3, 11], 50)).toBe(3);
  });

  it('averages the two middle values as the median of an even count', () => {
    expect(percentile([1, 4, 6, 30], 50)).toBe(5);
  });

  it('interpolates the 90th percentile between ranks, as PERCENTILE.INC does', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 90)).toBeCloseTo(9.1, 10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9], 90)).toBeCloseTo(8.2, 10);
  });

  it('gives the one value for every percentile of a single decision', () => {
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([7], 90)).toBe(7);
  });

  it('answers "none" rather than NaN when there is nothing to measure', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([], 90)).toBeNull();
  });
});

describe('the decision clock', () => {
  it('runs from the first submission to the decision', () => {
    const summary = decisionClocks(
      events(1, [
        ['submitted', 0],
        ['approved', 9],
      ]),
      START + 100 * DAY,
    );
    expect(summary.decided).toEqual([{ applicationId: 1, days: 9, daysWithApplicant: 0 }]);
  });

  it('keeps running while the application is back with the applicant, and notes that time', () => {
    const summary = decisionClocks(
      events(1, [
        ['submitted', 0],
        ['needs_info', 3],
        ['submitted', 8],
        ['rejected', 10],
      ]),
      START + 100 * DAY,
    );
    expect(summary.decided).toEqual([{ applicationId: 1, days: 10, daysWithApplicant: 5 }]);
  });

  it('counts time back with the applicant up to a decision taken without their answer', () => {
    const summary = decisionClocks(
      events(1, [
        ['submitted', 0],
        ['needs_info', 2],
        ['rejected', 20],
      ]),
      START + 100 * DAY,
    );
    expect(summary.decided[0]).toMatchObject({ days: 20, daysWithApplicant: 18 });
  });

  it('stops at the first decision even if the grant later moves on or is withdrawn', () => {
    const summary = decisionClocks(
      events(1, [
        ['submitted', 0],
        ['approved', 4],
        ['paid', 30],
        ['withdrawn', 40],
      ]),
      START + 100 * DAY,
    );
    expect(summary.decided).toEqual([{ applicationId: 1, days: 4, daysWithApplicant: 0 }]);
  });

  it('leaves out an application withdrawn before any decision', () => {
    const summary = decisionClocks(
      events(1, [
        ['submitted', 0],
        ['withdrawn', 5],
      ]),
      START + 100 * DAY,
    );
    expect(summary).toEqual({ decided: [], waiting: [] });
  });

  it('lists submitted applications without a decision as waiting, measured to now', () => {
    const summary = decisionClocks(
      [
        ...events(1, [['submitted', 0]]),
        ...events(2, [
          ['submitted', 1],
          ['needs_info', 2],
        ]),
      ],
      START + 10 * DAY + 12 * HOUR,
    );
    expect(summary.waiting).toEqual([
      { applicationId: 1, days: 10.5 },
      { applicationId: 2, days: 9.5 },
    ]);
  });
});

describe('decision-time figures', () => {
  it('summarises median, 90th percentile and the target share', () => {
    const log = [
      ...events(1, [
        ['submitted', 0],
        ['approved', 2],
      ]),
      ...events(2, [
        ['submitted', 0],
        ['approved', 10],
      ]),
      ...events(3, [
        ['submitted', 0],
        ['needs_info', 1],
        ['submitted', 6],
        ['rejected', 20],
      ]),
      ...events(4, [
        ['submitted', 0],
        ['approved', 14],
      ]),
      ...events(5, [['submitted', 50]]),
    ];
    const figures = decisionTimeFigures(decisionClocks(log, START + 60 * DAY), 14);
    expect(figures).toEqual({
      targetDays: 14,
      decisions: 4,
      medianDays: 12,
      p90Days: 18.2,
      withinTarget: 3,
      withInfoRequest: 1,
      excludingApplicantTime: { medianDays: 12, p90Days: 14.7 },
      awaitingDecision: 1,
      oldestWaitingDays: 10,
    });
  });

  it('says "no decisions yet" with nulls, never NaN, for an empty pool', () => {
    const figures = decisionTimeFigures(decisionClocks([], START), 14);
    expect(figures.medianDays).toBeNull();
    expect(figures.p90Days).toBeNull();
    expect(figures.oldestWaitingDays).toBeNull();
    expect(JSON.stringify(figures)).not.toContain('NaN');
  });
});
