import type { Translator } from '#src/platform/i18n.ts';

/** The name to show for an author: "slettet bruger" / "deleted user" once the account is gone. */
export function displayName(name: string | null, t: Translator): string {
  return name ?? t.t('accounts.deletedUser');
}
