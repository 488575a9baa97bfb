import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import {
  ContactCreateJson,
  ContactJson,
  GiveBoardJson,
  GiveBoardQuery,
  GiveItemCreateJson,
  GiveItemJson,
  GiveItemPatchJson,
} from '#src/modules/giving/api-schemas.ts';
import {
  acceptContact,
  type ContactView,
  declineContact,
  requestContact,
  viewContact,
} from '#src/modules/giving/contact-service.ts';
import type { ItemInput } from '#src/modules/giving/input.ts';
import { authorName, type GiveItem, type ItemStatus, itemPath } from '#src/modules/giving/model.ts';
import {
  completeItem,
  createItem,
  editItem,
  inputOf,
  itemForEditing,
  listBoard,
  parseBoardFilter,
  viewItem,
} from '#src/modules/giving/service.ts';
import { BEARER_AUTH, IdParams, problem } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';

const tags = ['giving'];

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function named(ref: { slug: string; name: string } | null) {
  return ref === null ? null : { slug: ref.slug, name: ref.name };
}

/** The public shape of an offer or wish: names only, never an e-mail address. */
function itemJson(item: GiveItem, status: ItemStatus, baseUrl: string): GiveItemJson {
  return {
    id: item.id,
    direction: item.direction,
    kind: item.kind,
    sponsorshipKind: item.sponsorshipKind,
    title: item.title,
    description: item.description,
    status,
    author: authorName(item),
    organisation: named(item.organisation),
    neighbourhood: named(item.neighbourhood),
    place: named(item.place),
    expiresAt: iso(item.expiresAt),
    completedAt: item.completedAt === null ? null : iso(item.completedAt),
    createdAt: iso(item.createdAt),
    url: `${baseUrl}${itemPath(item.id)}`,
  };
}

function contactJson(contact: ContactView): Static<typeof ContactJson> {
  return {
    id: contact.id,
    itemId: contact.itemId,
    itemTitle: contact.itemTitle,
    status: contact.status,
    role: contact.role,
    message: contact.message,
    requesterName: contact.requesterName,
    posterName: contact.posterName,
    counterpartEmail: contact.counterpartEmail,
    createdAt: iso(contact.createdAt),
    decidedAt: contact.decidedAt === null ? null : iso(contact.decidedAt),
  };
}

/** JSON fields → the form's fields, so the API is checked by exactly the same rules as the forms. */
function jsonInput(body: Partial<GiveItemCreateJson>): ItemInput {
  const input: ItemInput = {};
  if (body.direction !== undefined) input.direction = body.direction;
  if (body.kind !== undefined) input.kind = body.kind;
  if (body.sponsorshipKind !== undefined) input.sponsorshipKind = body.sponsorshipKind ?? '';
  if (body.title !== undefined) input.title = body.title;
  if (body.description !== undefined) input.description = body.description;
  if (body.organisation !== undefined) input.organisation = body.organisation ?? '';
  if (body.neighbourhood !== undefined) input.neighbourhood = body.neighbourhood ?? '';
  if (body.place !== undefined) input.place = body.place ?? '';
  if (body.expiresInDays !== undefined) input.expiresInDays = body.expiresInDays;
  return input;
}

const itemResponses = {
  401: problem('No valid token.'),
  403: problem('You did not post this item and do not administer its organisation.'),
  404: problem('No visible item has this id.'),
};

/** The give-board as JSON under /api/v1 (tag `giving`). */
export async function givingApi(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/give-board',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary:
          'Open offers and wishes (not hidden, given, fulfilled or expired), newest first, 20 per page',
        querystring: GiveBoardQuery,
        response: { 200: GiveBoardJson, 400: problem('A filter value is not allowed.') },
      },
    },
    async (request) => {
      const { query } = request;
      const filter = await parseBoardFilter(ctx, query);
      const board = await listBoard(ctx, filter, query.page ?? 1);
      return { ...board, items: board.items.map((item) => itemJson(item, 'open', ctx.config.baseUrl)) };
    },
  );

  r.get(
    '/give-board/:id',
    {
      config: { access: 'public', publicCache: true },
      schema: {
        tags,
        summary:
          'One offer or wish; expired and hidden ones only for their poster (with a token) and administrators',
        params: IdParams,
        response: { 200: GiveItemJson, 404: itemResponses[404] },
      },
    },
    async (request) => {
      const view = await viewItem(ctx, request.params.id, request.user);
      return itemJson(view.item, view.status, ctx.config.baseUrl);
    },
  );

  r.post(
    '/give-board',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Post an offer or wish, for yourself or one of your organisations',
        security: BEARER_AUTH,
        body: GiveItemCreateJson,
        response: {
          201: GiveItemJson,
          400: problem('The body is not valid JSON or has the wrong shape.'),
          401: itemResponses[401],
          422: problem('A field breaks a rule; `errors` names each field.'),
          429: problem('Too many posts today.'),
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const id = await createItem(ctx, user, jsonInput(request.body));
      const view = await viewItem(ctx, id, user);
      reply.header('location', `/api/v1/give-board/${id}`);
      return reply.status(201).send(itemJson(view.item, view.status, ctx.config.baseUrl));
    },
  );

  r.patch(
    '/give-board/:id',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Change an offer or wish; a given expiresInDays counts from now',
        security: BEARER_AUTH,
        params: IdParams,
        body: GiveItemPatchJson,
        response: {
          200: GiveItemJson,
          400: problem('The body is not valid JSON or has the wrong shape.'),
          ...itemResponses,
          422: problem('A field breaks a rule; `errors` names each field.'),
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { id } = request.params;
      const current = await itemForEditing(ctx, user, id);
      await editItem(ctx, user, id, { ...inputOf(current, ctx.clock.now()), ...jsonInput(request.body) });
      const view = await viewItem(ctx, id, user);
      return itemJson(view.item, view.status, ctx.config.baseUrl);
    },
  );

  r.post(
    '/give-board/:id/complete',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary: 'Mark an offer given or a wish fulfilled; it leaves the list',
        security: BEARER_AUTH,
        params: IdParams,
        response: { 200: GiveItemJson, ...itemResponses, 409: problem('Already given or fulfilled.') },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await completeItem(ctx, user, request.params.id);
      const view = await viewItem(ctx, request.params.id, user);
      return itemJson(view.item, view.status, ctx.config.baseUrl);
    },
  );

  r.post(
    '/give-board/:id/contact-requests',
    {
      config: { access: 'user' },
      schema: {
        tags,
        summary:
          '"I\'d like this" / "I can help": asks to be put in touch. The poster is e-mailed through Byliv; no address is shared until they accept.',
        security: BEARER_AUTH,
        params: IdParams,
        body: ContactCreateJson,
        response: {
          201: ContactJson,
          401: itemResponses[401],
          404: itemResponses[404],
          409: problem('Your own item, not open any more, or you already asked.'),
          422: problem('The message is empty or too long.'),
          429: problem('Too many contact requests; each one sends mail.'),
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const contactId = await requestContact(ctx, user, request.params.id, request.body.message);
      reply.header('location', `/api/v1/give-board/contact-requests/${contactId}`);
      return reply.status(201).send(contactJson(await viewContact(ctx, user, contactId)));
    },
  );

  const contactSchema = (summary: string) => ({
    tags,
    summary,
    security: BEARER_AUTH,
    params: IdParams,
    response: {
      200: ContactJson,
      401: itemResponses[401],
      403: problem('Only its two people see a contact request; only the poster answers it.'),
      404: problem('No contact request has this id.'),
      409: problem('Already answered.'),
    },
  });

  r.get(
    '/give-board/contact-requests/:id',
    { config: { access: 'user' }, schema: contactSchema('A contact request you sent or received') },
    async (request) => contactJson(await viewContact(ctx, currentUser(request), request.params.id)),
  );

  r.post(
    '/give-board/contact-requests/:id/accept',
    {
      config: { access: 'user' },
      schema: contactSchema('The poster accepts: both e-mail addresses are shared (and mailed to both)'),
    },
    async (request) => {
      const user = currentUser(request);
      await acceptContact(ctx, user, request.params.id);
      return contactJson(await viewContact(ctx, user, request.params.id));
    },
  );

  r.post(
    '/give-board/contact-requests/:id/decline',
    {
      config: { access: 'user' },
      schema: contactSchema('The poster declines: the requester is told, no address is shared'),
    },
    async (request) => {
      const user = currentUser(request);
      await declineContact(ctx, user, request.params.id);
      return contactJson(await viewContact(ctx, user, request.params.id));
    },
  );
}
