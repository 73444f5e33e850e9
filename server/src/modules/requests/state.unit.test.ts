// What each step does to a request (state.advance) and which steps may be filed when (state.stepRefusal): the same
// pure functions on both nodes. The clock stops for a clarification and does not run (nor is overdue) until it is
// restarted; an answer, a refusal or a closure ends any stop; a partial answer waits for the clarification asked.
import { describe, expect, it } from 'vitest';
import type { FiledStep } from './schemas.js';
import { advance, clockRuns, isOverdue, restartedDue, stepRefusal, type RequestState, type StepFacts } from './state.js';

const T0 = new Date('2026-03-02T09:00:00Z');
const at = (h: number) => new Date(T0.getTime() + h * 3_600_000);
const fresh: RequestState = { status: 'sent', receivedAt: null, dueAt: null, pausedAt: null, remainingMs: null, remainingDays: null, expectedAt: null, delayCount: 0, firstAnswerAt: null, answeredAt: null, closedAt: null };
const facts = (kind: StepFacts['kind'], h: number, over: Partial<StepFacts> = {}): StepFacts => ({ kind, at: at(h), dueAt: null, expectedAt: null, ...over });
const run = (...steps: StepFacts[]) => steps.reduce(advance, fresh);

const received = run(facts('acknowledged', 0, { dueAt: at(72) }));
const paused = advance(received, facts('clarification-requested', 24));

describe('advance', () => {
  it('acknowledges once: received, with the deadline counted', () => {
    expect(received).toMatchObject({ status: 'received', receivedAt: T0, dueAt: at(72) });
    expect(clockRuns(received)).toBe(true);
  });

  it('stops the clock for a clarification with what is left, and restarts it from then', () => {
    expect(paused).toMatchObject({ status: 'clarification', pausedAt: at(24), remainingMs: 48 * 3_600_000 });
    expect(clockRuns(paused)).toBe(false);
    expect(isOverdue(paused, at(100))).toBe(false);
    const clarified = advance(paused, facts('clarification', 30));
    expect(clarified).toMatchObject({ status: 'received', pausedAt: at(24) });
    // Given but not yet restarted (the requester's copy between the two steps): still not running.
    expect(clockRuns(clarified)).toBe(false);
    expect(isOverdue(clarified, at(100))).toBe(false);
    const restarted = advance(clarified, facts('clock-restarted', 31, { dueAt: restartedDue(clarified, at(31)) }));
    expect(restarted).toMatchObject({ status: 'received', pausedAt: null, remainingMs: null, dueAt: at(79) });
    expect(isOverdue(restarted, at(79))).toBe(true);
    expect(isOverdue(restarted, at(78))).toBe(false);
  });

  it('keeps the whole days left that the receiver counted for a period of days, until the clock runs again', () => {
    const stopped = advance(received, facts('clarification-requested', 24, { daysLeft: 2 }));
    expect(stopped).toMatchObject({ remainingMs: 48 * 3_600_000, remainingDays: 2 });
    expect(paused.remainingDays).toBeNull(); // none counted (hours, or the requester's copy)
    const clarified = advance(stopped, facts('clarification', 30));
    expect(clarified.remainingDays).toBe(2);
    expect(advance(clarified, facts('clock-restarted', 31, { dueAt: at(100) }))).toMatchObject({ remainingMs: null, remainingDays: null, dueAt: at(100) });
  });

  it('ends a stop of the clock with an answer, a refusal or a closure', () => {
    for (const kind of ['answer', 'refusal', 'closure'] as const) {
      const after = advance(advance(received, facts('clarification-requested', 24, { daysLeft: 2 })), facts(kind, 30));
      expect(after).toMatchObject({ pausedAt: null, remainingMs: null, remainingDays: null });
      expect(after.status).toBe(kind === 'answer' ? 'answered' : kind === 'refusal' ? 'refused' : 'closed');
    }
  });

  it('counts delays, keeps the first answer time, and leaves a finished request finished', () => {
    const delayed = advance(advance(received, facts('delay', 1, { expectedAt: at(200) })), facts('delay', 2, { expectedAt: at(300) }));
    expect(delayed).toMatchObject({ delayCount: 2, expectedAt: at(300) });
    const partly = advance(delayed, facts('partial-answer', 5));
    expect(partly).toMatchObject({ status: 'partially-answered', firstAnswerAt: at(5) });
    const answered = advance(partly, facts('answer', 6));
    expect(answered).toMatchObject({ status: 'answered', firstAnswerAt: at(5), answeredAt: at(6) });
    expect(clockRuns(answered)).toBe(false);
    expect(advance(answered, facts('clarification-requested', 7))).toEqual(answered);
    expect(advance(answered, facts('closure', 8))).toMatchObject({ status: 'closed', closedAt: at(8), answeredAt: at(6) });
  });
});

describe('stepRefusal', () => {
  const refuse = (s: RequestState, kind: FiledStep, side: 'requester' | 'receiver', expectedAt: Date | null = null, type = 'information') => stepRefusal(s, kind, side, type, at(1), expectedAt)?.code ?? null;

  it('lets the requester close an answered or refused request, and nothing else after it', () => {
    expect(refuse(advance(received, facts('answer', 1)), 'closure', 'requester')).toBeNull();
    expect(refuse(advance(received, facts('refusal', 1)), 'closure', 'requester')).toBeNull();
    expect(refuse(advance(received, facts('answer', 1)), 'clarification', 'requester')).toBe('request-finished');
  });

  it('takes each step from its own side only', () => {
    expect(refuse(received, 'answer', 'requester')).toBe('wrong-party');
    expect(refuse(received, 'closure', 'receiver')).toBe('wrong-party');
    expect(refuse(received, 'answer', 'receiver')).toBeNull();
    expect(refuse(received, 'closure', 'requester')).toBeNull();
  });

  it('refuses a partial answer while a clarification is awaited, but takes a full answer or a refusal', () => {
    expect(refuse(paused, 'partial-answer', 'receiver')).toBe('clarification-pending');
    expect(refuse(paused, 'clarification-requested', 'receiver')).toBe('clarification-pending');
    expect(refuse(paused, 'answer', 'receiver')).toBeNull();
    expect(refuse(paused, 'refusal', 'receiver')).toBeNull();
    expect(refuse(paused, 'clarification', 'requester')).toBeNull();
    expect(refuse(received, 'clarification', 'requester')).toBe('no-clarification-asked');
  });

  it('refuses anything on a finished or unsent request, a delay to a past date, and answers to spontaneous information', () => {
    expect(refuse(advance(received, facts('answer', 1)), 'partial-answer', 'receiver')).toBe('request-finished');
    expect(refuse(advance(received, facts('closure', 1)), 'closure', 'requester')).toBe('request-finished');
    expect(refuse({ ...fresh, status: 'draft' }, 'closure', 'requester')).toBe('request-not-sent');
    expect(refuse(received, 'delay', 'receiver', at(0))).toBe('expected-in-past');
    expect(refuse(received, 'delay', 'receiver', at(2))).toBeNull();
    expect(refuse(received, 'answer', 'receiver', null, 'spontaneous')).toBe('no-answer-expected');
  });
});
