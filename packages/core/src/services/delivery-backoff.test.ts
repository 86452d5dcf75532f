import { describe, expect, it } from 'vitest';
import { MAX_DELIVERY_ATTEMPTS, nextDeliveryAttempt } from './delivery-backoff';

describe('webhook retries', () => {
  const now = new Date('2021-07-05T02:00:00Z');
  it('backs off 1, 2, 4, 8, 16 minutes, then gives up', () => {
    const minutes = [1, 2, 3, 4, 5].map(
      (n) => (nextDeliveryAttempt(n, now)!.getTime() - now.getTime()) / 60_000,
    );
    expect(minutes).toEqual([1, 2, 4, 8, 16]);
    expect(nextDeliveryAttempt(MAX_DELIVERY_ATTEMPTS, now)).toBeNull();
  });
});
