// One SQLite database per data size: the demo seed once (through the built CLI, as production
// seeds), copied, then each copy filled with the size's bench data in a transaction per table group.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '#src/config.ts';
import { openDatabase } from '#src/db/database.ts';
import { localParts } from '#src/platform/local-time.ts';
import { type ActivityFixtures, activityScenarios, seedActivities } from './activities.ts';
import { type BookingFixtures, bookingScenarios, seedBookings } from './bookings.ts';
import { demoFixtures, publicScenarios, type Scenario } from './scenarios.ts';
import { BUILT_SERVER, bylivEnv } from './server.ts';
import type { DataSize } from './sizes.ts';

/** A seeded database for one size, ready for a server. */
export interface SeededSize {
  size: DataSize;
  dataDir: string;
  seedSeconds: number;
  scenarios: Scenario[];
  bookings: BookingFixtures;
  activities: ActivityFixtures;
}

/** Runs `byliv seed` with the demo data into `dataDir`. */
export function seedDemo(dataDir: string): void {
  const seeded = spawnSync(process.execPath, [BUILT_SERVER, 'seed'], {
    env: bylivEnv(dataDir, 0),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (seeded.status !== 0) throw new Error('seeding the demo data failed');
}

/** Copies the demo database into `dataDir` and adds the size's places, bookings and activities. */
export async function seedSize(demoDir: string, dataDir: string, size: DataSize): Promise<SeededSize> {
  cpSync(demoDir, dataDir, { recursive: true });
  const db = openDatabase(loadConfig(bylivEnv(dataDir, 0)).database);
  try {
    const started = performance.now();
    const now = Date.now();
    const today = localParts(now).date;
    const bookings = await seedBookings(db, size, today, now);
    const activities = await seedActivities(db, size, today, now);
    const seedSeconds = (performance.now() - started) / 1000;
    const scenarios = [
      ...publicScenarios(await demoFixtures(db)),
      ...bookingScenarios(bookings),
      ...activityScenarios(activities),
    ];
    return { size, dataDir, seedSeconds, scenarios, bookings, activities };
  } finally {
    await db.close();
  }
}

export function sizeDir(root: string, size: DataSize): string {
  return join(root, `size-${size.label.replace('×', 'x')}`);
}
