import type { Config } from '#src/config.ts';
import type { Db } from '#src/db/database.ts';
import type { Locale } from '#src/platform/i18n.ts';
import type { Clock } from '#src/platform/time.ts';

/** What every service function gets first: the database, the configuration and the clock. */
export interface AppContext {
  readonly db: Db;
  readonly config: Config;
  readonly clock: Clock;
}

/** The person making a request, as the services see them. */
export interface CurrentUser {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  isAdmin: boolean;
  emailVerified: boolean;
}

/**
 * Who may call a route. `public`: anyone; `user`: any logged-in person; `admin`: administrators.
 * Rights on one object (this organisation) are checked again in the service.
 */
export type Access = 'public' | 'user' | 'admin';
