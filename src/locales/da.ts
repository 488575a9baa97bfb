import { accountsDa } from './accounts.ts';
import { areasDa } from './areas.ts';
import { commonDa } from './common.ts';
import { organisationsDa } from './organisations.ts';

/** The source catalogue: every key the interface uses. */
export const da = { ...commonDa, ...accountsDa, ...organisationsDa, ...areasDa };

export type MessageKey = keyof typeof da;
