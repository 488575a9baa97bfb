import type { FastifyInstance } from 'fastify';
import type { ItemInput } from '#src/modules/giving/input.ts';
import { createItem } from '#src/modules/giving/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { TestAgent } from '#src/testing/agent.ts';
import { createPerson, type TestPerson } from '#src/testing/fixtures.ts';

export interface GivingPerson extends TestPerson {
  name: string;
  user: CurrentUser;
  agent: TestAgent;
}

/** A logged-in person with a browser (agent) and the CurrentUser the services take. */
export async function givingPerson(
  app: FastifyInstance,
  ctx: AppContext,
  name: string,
  options: { isAdmin?: boolean } = {},
): Promise<GivingPerson> {
  const person = await createPerson(ctx, { name, isAdmin: options.isAdmin });
  const agent = new TestAgent(app);
  agent.setCookie('byliv_session', person.sessionToken);
  await agent.get('/');
  return {
    ...person,
    name,
    agent,
    user: {
      id: person.id,
      name,
      email: person.email,
      locale: 'da',
      isAdmin: options.isAdmin === true,
      emailVerified: true,
    },
  };
}

/** A valid offer, posted through the service. */
export function postOffer(ctx: AppContext, user: CurrentUser, overrides: ItemInput = {}): Promise<number> {
  return createItem(ctx, user, {
    direction: 'offer',
    kind: 'time',
    title: 'Hjælp til at lappe cykler',
    description: 'Jeg har værktøj og tid lørdag formiddag.',
    ...overrides,
  });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
