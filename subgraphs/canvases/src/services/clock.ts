/** Time source; tests pass a clock they can move (snapshot spacing, link expiry, trash retention). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
