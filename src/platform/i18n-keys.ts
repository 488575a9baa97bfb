import { da, type MessageKey } from '#src/locales/da.ts';

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(da, value);
}
