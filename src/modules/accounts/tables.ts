import type { Generated } from 'kysely';
import type { Locale } from '#src/platform/locale.ts';
import type { Flag } from '#src/platform/tables.ts';

export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; `null` once the account is deleted. */
  email: string | null;
  /** `null` once the account is deleted: what the person wrote stays, shown as "deleted user". */
  name: string | null;
  password_hash: string | null;
  email_verified_at: number | null;
  locale: Locale;
  is_admin: Generated<Flag>;
  created_at: number;
  deleted_at: number | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
}

export type UserTokenPurpose = 'verify_email' | 'reset_password';

/** Single-use links sent by e-mail (verification, password reset). */
export interface UserTokensTable {
  token_hash: string;
  user_id: number;
  purpose: UserTokenPurpose;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  /** The first characters of the token, shown so a person can tell tokens apart. */
  token_prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}
