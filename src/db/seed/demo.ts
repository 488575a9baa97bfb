import type { DemoLogin } from '#src/db/seed/prepare.ts';
import type { AppContext } from '#src/platform/context.ts';

/** Demo people and organisations of Vesterbro and Sydhavn, seeded into an empty database. */
export async function seedDemoData(_ctx: AppContext): Promise<DemoLogin[]> {
  return [];
}
