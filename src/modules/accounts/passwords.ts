import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with argon2id by default (19 MiB, 2 passes: the OWASP minimum).

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (no such account) it still does the
 * same work against a throw-away hash, so the answer's timing does not reveal whether an
 * account exists.
 */
export async function passwordMatches(storedHash: string | null | undefined, password: string) {
  if (storedHash === null || storedHash === undefined) {
    dummyHash ??= hash('byliv-no-such-account');
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
