import {
  insertApiToken,
  listApiTokensOfUser,
  revokeApiToken as revokeApiTokenRow,
} from '#src/modules/accounts/queries.ts';
import { TOKEN_NAME_MAX_LENGTH } from '#src/modules/accounts/validation.ts';
import type { AppContext } from '#src/platform/context.ts';
import { type FieldErrors, NotFoundError, throwIfInvalid } from '#src/platform/errors.ts';
import { readText } from '#src/platform/form-input.ts';
import { hashToken, newToken } from '#src/platform/tokens.ts';

/** Personal API tokens look like `byliv_<43 URL-safe characters>`, so they are easy to spot in a leak. */
export const API_TOKEN_PREFIX = 'byliv_';
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

/** One token as its owner sees it: never the token or its hash. */
export interface ApiTokenSummary {
  id: number;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface CreatedApiToken {
  summary: ApiTokenSummary;
  /** The token itself, shown once and never stored. */
  token: string;
}

export async function listApiTokens(ctx: AppContext, userId: number): Promise<ApiTokenSummary[]> {
  const rows = await listApiTokensOfUser(ctx.db.kysely, userId);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  }));
}

export async function createApiToken(
  ctx: AppContext,
  userId: number,
  input: { name?: string },
): Promise<CreatedApiToken> {
  const errors: FieldErrors = {};
  const name = readText(errors, 'name', input.name, {
    max: TOKEN_NAME_MAX_LENGTH,
    required: 'accounts.tokens.nameRequired',
  });
  throwIfInvalid(errors);
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  const prefix = token.slice(0, SHOWN_PREFIX_LENGTH);
  const now = ctx.clock.now();
  const id = await insertApiToken(ctx.db.kysely, {
    userId,
    name,
    tokenHash: hashToken(token),
    prefix,
    createdAt: now,
  });
  return { token, summary: { id, name, prefix, createdAt: now, lastUsedAt: null, revokedAt: null } };
}

/** Revokes one of the person's own tokens; anyone else's (or none) is "not found". */
export async function revokeApiToken(ctx: AppContext, userId: number, tokenId: number): Promise<void> {
  const revoked = await revokeApiTokenRow(ctx.db.kysely, userId, tokenId, ctx.clock.now());
  if (!revoked) throw new NotFoundError();
}
