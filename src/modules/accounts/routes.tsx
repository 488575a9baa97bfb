import type { FastifyInstance } from 'fastify';
import { emailLinkRoutes } from '#src/modules/accounts/email-link-routes.tsx';
import { profileRoutes } from '#src/modules/accounts/profile-routes.tsx';
import { sessionRoutes } from '#src/modules/accounts/session-routes.tsx';
import { tokenRoutes } from '#src/modules/accounts/token-routes.tsx';

/** HTML pages and form posts of the accounts module. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  await sessionRoutes(app);
  await emailLinkRoutes(app);
  await profileRoutes(app);
  await tokenRoutes(app);
}
