import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { neighbourhoodChoices } from '#src/modules/giving/choices.ts';
import {
  acceptContact,
  declineContact,
  ownRequestFor,
  requestContact,
  requestsForItem,
  requestsSentBy,
  viewContact,
} from '#src/modules/giving/contact-service.ts';
import { givingEditRoutes } from '#src/modules/giving/edit-routes.tsx';
import { contactPath, itemPath } from '#src/modules/giving/model.ts';
import { directionOfParam } from '#src/modules/giving/route-helpers.ts';
import { BoardQuery, ContactForm, CsrfForm } from '#src/modules/giving/schemas.ts';
import { listBoard, parseBoardFilter, postsOf, viewItem } from '#src/modules/giving/service.ts';
import { BoardPage } from '#src/modules/giving/views/board.tsx';
import { ContactPage } from '#src/modules/giving/views/contact-page.tsx';
import { ItemPage } from '#src/modules/giving/views/item-page.tsx';
import { MinePage } from '#src/modules/giving/views/mine.tsx';
import { IdParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { emptyForm, type FormState } from '#src/platform/views/forms.tsx';

function typedQuery(query: BoardQuery): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

function apiHref(query: BoardQuery): string {
  const params = new URLSearchParams();
  const direction = directionOfParam(query.retning);
  if (direction !== undefined) params.set('direction', direction);
  if (query.type !== undefined && query.type !== '') params.set('kind', query.type);
  if (query.kvarter !== undefined && query.kvarter !== '') params.set('neighbourhood', query.kvarter);
  const text = params.toString();
  return text === '' ? '/api/v1/give-board' : `/api/v1/give-board?${text}`;
}

async function renderItem(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
  contactForm?: FormState,
) {
  const { ctx } = app;
  const { t, user } = request;
  const view = await viewItem(ctx, id, user);
  const isPoster = user !== null && user.id === view.item.posterId;
  const [ownRequest, requests] = await Promise.all([
    user === null || isPoster ? Promise.resolve(null) : ownRequestFor(ctx, user, id),
    isPoster && user !== null ? requestsForItem(ctx, user, id) : Promise.resolve([]),
  ]);
  return reply.page({
    title: view.item.title,
    status: contactForm === undefined ? undefined : 422,
    body: (
      <ItemPage
        t={t}
        csrfToken={request.csrfToken}
        model={{
          ...view,
          viewerId: user?.id ?? null,
          ownRequest,
          requests,
          contactForm: contactForm ?? emptyForm,
        }}
      />
    ),
  });
}

/** Giv-tavlen's pages: the board, one item, the contact requests and a person's own posts. */
export async function givingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get(
    '/giv',
    { config: { access: 'public', publicCache: true }, schema: { querystring: BoardQuery } },
    async (request, reply) => {
      const { t, query } = request;
      const filter = await parseBoardFilter(ctx, {
        direction: directionOfParam(query.retning),
        kind: query.type,
        neighbourhood: query.kvarter,
      });
      const page = /^\d{1,6}$/.test(query.side ?? '') ? Number(query.side) : 1;
      const [board, neighbourhoods] = await Promise.all([
        listBoard(ctx, filter, page),
        neighbourhoodChoices(ctx),
      ]);
      return reply.page({
        title: t.t('giving.title'),
        body: (
          <BoardPage
            t={t}
            model={{
              ...board,
              query: typedQuery(query),
              neighbourhoods,
              loggedIn: request.user !== null,
              jsonHref: apiHref(query),
            }}
          />
        ),
      });
    },
  );

  r.get('/giv/mine', { config: { access: 'user' } }, async (request, reply) => {
    const user = currentUser(request);
    const [items, requests] = await Promise.all([postsOf(ctx, user), requestsSentBy(ctx, user)]);
    return reply.page({
      title: request.t.t('giving.mine.title'),
      body: <MinePage t={request.t} model={{ items, requests }} />,
    });
  });

  r.get(
    '/giv/:id',
    { config: { access: 'public', publicCache: true }, schema: { params: IdParams } },
    async (request, reply) => renderItem(app, request, reply, request.params.id),
  );

  r.post(
    '/giv/:id/kontakt',
    { config: { access: 'user' }, schema: { params: IdParams, body: ContactForm } },
    async (request, reply) => {
      const { id } = request.params;
      const requested = await attempt(() =>
        requestContact(ctx, currentUser(request), id, request.body.message),
      );
      if (!requested.ok) {
        const form = { values: { message: request.body.message ?? '' }, errors: requested.errors };
        return renderItem(app, request, reply, id, form);
      }
      reply.flash('giving.contact.sent');
      return reply.redirect(contactPath(requested.value));
    },
  );

  r.get(
    '/giv/henvendelser/:id',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => {
      const contact = await viewContact(ctx, currentUser(request), request.params.id);
      return reply.page({
        title: request.t.t('giving.contact.title', { title: contact.itemTitle }),
        body: <ContactPage t={request.t} csrfToken={request.csrfToken} contact={contact} />,
      });
    },
  );

  r.post(
    '/giv/henvendelser/:id/accepter',
    { config: { access: 'user' }, schema: { params: IdParams, body: CsrfForm } },
    async (request, reply) => {
      await acceptContact(ctx, currentUser(request), request.params.id);
      reply.flash('giving.contact.accepted');
      return reply.redirect(contactPath(request.params.id));
    },
  );

  r.post(
    '/giv/henvendelser/:id/afvis',
    { config: { access: 'user' }, schema: { params: IdParams, body: CsrfForm } },
    async (request, reply) => {
      const user = currentUser(request);
      const contact = await viewContact(ctx, user, request.params.id);
      await declineContact(ctx, user, request.params.id);
      reply.flash('giving.contact.declined');
      return reply.redirect(itemPath(contact.itemId));
    },
  );

  await givingEditRoutes(app);
}
