import type { AppContext } from '#src/platform/context.ts';

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
}

/**
 * Loads reference data (districts and neighbourhoods) and, on an empty database with demo data
 * switched on, the demo people and organisations. Returns the demo logins to print.
 */
export async function prepareData(_ctx: AppContext): Promise<DemoLogin[]> {
  return [];
}
