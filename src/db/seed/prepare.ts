import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoActivities } from '#src/db/seed/demo-activities.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { seedDemoGiving } from '#src/db/seed/demo-giving.ts';
import { seedDemoGrants } from '#src/db/seed/demo-grants.ts';
import { seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { MAIL_JOB } from '#src/platform/mail.ts';

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
}

async function isEmpty(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.kysely
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

/**
 * The demo seeds go through the real services, which mail people about what happened (a booking
 * approved, a sign-up confirmed). Nobody should get mail for demo history: drop those messages and
 * keep the other jobs (expiries, reminders), which make the demo behave.
 */
async function discardDemoMail(ctx: AppContext): Promise<void> {
  await ctx.db.kysely
    .deleteFrom('jobs')
    .where('kind', '=', MAIL_JOB)
    .where('status', '=', 'queued')
    .execute();
}

/**
 * Loads reference data (districts and neighbourhoods) and, on an empty database with demo data
 * switched on, the demo people and organisations. Returns the demo logins to print.
 */
export async function prepareData(ctx: AppContext): Promise<DemoLogin[]> {
  await ensureAreas(ctx);
  if (!ctx.config.seedDemo || !(await isEmpty(ctx))) return [];
  const logins = await seedDemoData(ctx);
  await seedDemoPlaces(ctx);
  await seedDemoBookings(ctx);
  await seedDemoActivities(ctx);
  await seedDemoGiving(ctx);
  await seedDemoGrants(ctx);
  await discardDemoMail(ctx);
  return logins;
}
