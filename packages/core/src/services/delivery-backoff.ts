/** Webhook attempts before a delivery is given up as failed. */
export const MAX_DELIVERY_ATTEMPTS = 6;

/**
 * When to try again after `attempts` failed tries: 1, 2, 4, 8, 16 minutes later;
 * null once the attempts are used up.
 */
export function nextDeliveryAttempt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return null;
  return new Date(now.getTime() + 2 ** (attempts - 1) * 60_000);
}
