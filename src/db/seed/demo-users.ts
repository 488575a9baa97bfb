import type { AppContext, CurrentUser } from '#src/platform/context.ts';

/**
 * The demo people with these e-mail addresses, as the services see a logged-in person, in the
 * order asked; an address with no (or a deleted) account is left out.
 */
export async function demoUsers(ctx: AppContext, emails: readonly string[]): Promise<CurrentUser[]> {
  if (emails.length === 0) return [];
  const rows = await ctx.db.kysely
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale', 'is_admin'])
    .where('email', 'in', emails)
    .execute();
  return emails.flatMap((email) => {
    const row = rows.find((candidate) => candidate.email === email);
    if (row === undefined || row.name === null || row.email === null) return [];
    return [
      {
        id: row.id,
        name: row.name,
        email: row.email,
        locale: row.locale,
        isAdmin: row.is_admin === 1,
        emailVerified: true,
      },
    ];
  });
}

/** The demo person with this e-mail address, or null when there is none. */
export async function demoUser(ctx: AppContext, email: string): Promise<CurrentUser | null> {
  const [user] = await demoUsers(ctx, [email]);
  return user ?? null;
}
