// Injected time source so deadline, expiry and lockout logic is testable without sleeping.
export type Clock = { now: () => Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to; for tests. */
export function fixedClock(start: Date): Clock & { advance: (ms: number) => void; set: (d: Date) => void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (d) => {
      current = d.getTime();
    },
  };
}
