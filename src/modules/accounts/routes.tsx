import type { FastifyInstance } from 'fastify';
import { emailLinkRoutes } from '#src/modules/accounts/email-link-routes.tsx';
import { profileRoutes } from '#src/modules/accounts/profile-routes.tsx';
import { sessionRoutes } from '#src/modules/accounts/session-routes.tsx';
import { tokenRoutes } from '#src/modules/accounts/token-routes.tsx';
import type { PersonalDataSection } from '#src/platform/personal-data.ts';

export interface AccountsRoutesOptions {
  /** Each module's section of the data download, composed at the app's level. */
  personalData: readonly PersonalDataSection[];
}

/** HTML pages and form posts of the accounts module. */
export async function accountsRoutes(app: FastifyInstance, options: AccountsRoutesOptions): Promise<void> {
  await sessionRoutes(app);
  await emailLinkRoutes(app);
  await profileRoutes(app, options.personalData);
  await tokenRoutes(app);
}
