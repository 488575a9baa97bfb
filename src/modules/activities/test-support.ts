import type { ActivityRawInput } from '#src/modules/activities/publishing/input.ts';
import { readActivityInput } from '#src/modules/activities/publishing/input.ts';
import { createActivity } from '#src/modules/activities/publishing/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import type { TestPerson } from '#src/testing/fixtures.ts';

/** Test-only helpers for activities. The test clock starts Monday 30 November 2026, 10:00 in Copenhagen. */

export function currentUser(person: TestPerson, name = 'Testperson'): CurrentUser {
  return { id: person.id, name, email: person.email, locale: 'da', isAdmin: false, emailVerified: true };
}

export const FORM_BASE = {
  kind: 'neighbour_coffee',
  title: 'Nabokaffe i gården',
  date: '2026-12-03',
  startTime: '16:00',
  endTime: '17:30',
  locationKind: 'point',
  address: 'Gården bag Sluseholmen 8',
};

/** Publishes an activity through the service, with the form's defaults unless overridden. */
export async function publish(
  ctx: AppContext,
  organiser: CurrentUser,
  overrides: Partial<ActivityRawInput> = {},
): Promise<number> {
  const draft = readActivityInput({ ...FORM_BASE, languages: ['da'], ...overrides }, ctx.clock.now(), {
    allowPast: false,
  });
  return createActivity(ctx, organiser, draft);
}

/** The path part of the first link in a mail that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const match = new RegExp(`https?://[^\\s]+(${prefix.replace(/[/.]/g, '\\$&')}[^\\s]*)`).exec(text);
  if (match?.[1] === undefined) throw new Error(`no link starting ${prefix} in:\n${text}`);
  return match[1];
}
