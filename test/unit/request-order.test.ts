import { describe, expect, it } from 'vitest';
import { requestOrder } from '../../src/ui/worker-api';

describe('requestOrder: replies that arrive out of order', () => {
  it('counts a reply unless a newer request has counted already', () => {
    const next = requestOrder();
    const first = next();
    const second = next();
    const third = next();
    // The second request's reply comes first, then the first's (older: dropped), then the third's.
    expect(second.counts()).toBe(true);
    expect(first.counts()).toBe(false);
    expect(third.counts()).toBe(true);
    expect(second.counts()).toBe(false);
  });

  it('lets an older reply count while no newer one has (the status shown meanwhile)', () => {
    const next = requestOrder();
    const first = next();
    next();
    expect(first.counts()).toBe(true);
  });

  it('says whether a request is still the newest sent', () => {
    const next = requestOrder();
    const first = next();
    expect(first.isNewest()).toBe(true);
    const second = next();
    expect(first.isNewest()).toBe(false);
    expect(second.isNewest()).toBe(true);
    // Counting a reply does not make an older request the newest.
    expect(first.counts()).toBe(true);
    expect(first.isNewest()).toBe(false);
  });
});
