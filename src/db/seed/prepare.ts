import { seedDemoData } from '#src/db/seed/demo.ts';
import { seedDemoBookings } from '#src/db/seed/demo-bookings.ts';
import { seedDemoGiving } from '#src/db/seed/demo-giving.ts';
import { seedDemoGrants } from '#src/db/seed/demo-grants.ts';
import { seedDemoPlaces } from '#src/db/seed/demo-places.ts';
import { ensureAreas } from '#src/modules/areas/service.ts';
import type { AppContext } from '#src/platform/context.ts';

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
 * Loads reference data (districts and neighbourhoods) and, on an empty database with demo data
 * switched on, the demo people and organisations. Returns the demo logins to print.
 */
export async function prepareData(ctx: AppContext): Promise<DemoLogin[]> {
  await ensureAreas(ctx);
  if (!ctx.config.seedDemo || !(await isEmpty(ctx))) return [];
  const logins = await seedDemoData(ctx);
  await seedDemoPlaces(ctx);
  await seedDemoBookings(ctx);
  await seedDemoGiving(ctx);
  await seedDemoGrants(ctx);
  return logins;
}
