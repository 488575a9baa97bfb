/**
 * The "are you sure?" step before an action that tells other people or cannot be undone.
 * A form post acts only when it carries `bekraeft=ja`, which only the confirmation page sends;
 * a plain post (an old form, a crafted link) shows the confirmation page instead.
 */
export const CONFIRM_FIELD = 'bekraeft';
export const CONFIRM_VALUE = 'ja';

/** True when the posted form came from the confirmation page. */
export function isConfirmed(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !(CONFIRM_FIELD in body)) return false;
  const value: unknown = (body as Record<string, unknown>)[CONFIRM_FIELD];
  return value === CONFIRM_VALUE || (Array.isArray(value) && value.includes(CONFIRM_VALUE));
}
