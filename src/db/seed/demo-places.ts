import type { AppContext } from '#src/platform/context.ts';

/** Demo meeting places and their bookings over the coming weeks (after the demo organisations). */
export async function seedDemoPlaces(_ctx: AppContext): Promise<void> {}
