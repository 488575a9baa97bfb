import { expect } from 'vitest';
import { createUser, type NewUser } from '#src/modules/accounts/service.ts';
import type { MailMessage } from '#src/platform/mail.ts';
import { TestAgent } from '#src/testing/agent.ts';
import type { TestApp } from '#src/testing/test-app.ts';

export const PASSWORD = 'en lang og god adgangskode';

let counter = 0;

/** A fresh, unique e-mail address for one test. */
export function uniqueEmail(name = 'person'): string {
  counter += 1;
  return `${name}.${counter}.${Date.now()}@example.dk`;
}

/** Creates a verified account directly (as demo data would) and returns its id and e-mail. */
export async function givenUser(t: TestApp, overrides: Partial<NewUser> = {}) {
  const email = overrides.email ?? uniqueEmail();
  const id = await createUser(t.ctx, {
    name: 'Ane Andersen',
    password: PASSWORD,
    verified: true,
    ...overrides,
    email,
  });
  return { id, email };
}

/** A browser that has logged in through the form. */
export async function loggedInAgent(t: TestApp, email: string, password = PASSWORD): Promise<TestAgent> {
  const agent = new TestAgent(t.app);
  await agent.get('/log-ind');
  const response = await agent.post('/log-ind', { email, password });
  expect(response.statusCode).toBe(302);
  return agent;
}

/** The token of the link to `path` in a mail, e.g. `/bekraeft-email`. */
export function tokenFromMail(mail: MailMessage | undefined, path: string): string {
  const escaped = path.replace(/[/-]/g, (c) => `\\${c}`);
  const match = new RegExp(`https?://[^\\s]+${escaped}\\?token=([A-Za-z0-9_%-]+)`).exec(mail?.text ?? '');
  if (match?.[1] === undefined) throw new Error(`no ${path} link in mail: ${mail?.text}`);
  return decodeURIComponent(match[1]);
}
