import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formChoices } from '#src/modules/giving/choices.ts';
import type { ItemInput } from '#src/modules/giving/input.ts';
import { DEFAULT_EXPIRY_DAYS, itemPath } from '#src/modules/giving/model.ts';
import { directionOfParam } from '#src/modules/giving/route-helpers.ts';
import { CsrfForm, ItemForm, NewItemQuery } from '#src/modules/giving/schemas.ts';
import { completeItem, createItem, editItem, inputOf, itemForEditing } from '#src/modules/giving/service.ts';
import { CompleteItemConfirm } from '#src/modules/giving/views/complete-confirm.tsx';
import { type ItemFormModel, ItemFormPage, itemFormTitle } from '#src/modules/giving/views/item-form.tsx';
import { IdParams } from '#src/platform/api-schemas.ts';
import { isConfirmed } from '#src/platform/confirm.ts';
import { currentUser } from '#src/platform/current-user.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { ConflictError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import type { FormState } from '#src/platform/views/forms.tsx';

function formState(input: ItemInput, errors: FieldErrors = {}): FormState {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (typeof value === 'string' || typeof value === 'number') values[name] = String(value);
  }
  return { values, errors };
}

function inputFromForm(body: ItemForm): ItemInput {
  const { _csrf: _token, ...input } = body;
  return input;
}

/** Posting, editing and marking given (or fulfilled). */
export async function givingEditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  async function formModel(
    user: ReturnType<typeof currentUser>,
    form: FormState,
    editingId: number | null,
  ): Promise<ItemFormModel> {
    return { ...(await formChoices(ctx, user)), form, editingId, userName: user.name };
  }

  r.get(
    '/giv/nyt',
    { config: { access: 'user' }, schema: { querystring: NewItemQuery } },
    async (request, reply) => {
      const { t } = request;
      const direction = directionOfParam(request.query.retning) ?? 'offer';
      const form = formState({ direction, expiresInDays: String(DEFAULT_EXPIRY_DAYS) });
      const model = await formModel(currentUser(request), form, null);
      return reply.page({
        title: itemFormTitle(t, model),
        body: <ItemFormPage t={t} csrfToken={request.csrfToken} model={model} />,
      });
    },
  );

  r.post('/giv/nyt', { config: { access: 'user' }, schema: { body: ItemForm } }, async (request, reply) => {
    const { t } = request;
    const user = currentUser(request);
    const input = inputFromForm(request.body);
    const created = await attempt(() => createItem(ctx, user, input));
    if (!created.ok) {
      const model = await formModel(user, formState(input, created.errors), null);
      return reply.page({
        title: itemFormTitle(t, model),
        status: 422,
        body: <ItemFormPage t={t} csrfToken={request.csrfToken} model={model} />,
      });
    }
    reply.flash('giving.form.created');
    return reply.redirect(itemPath(created.value));
  });

  r.get(
    '/giv/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => {
      const { t } = request;
      const user = currentUser(request);
      const item = await itemForEditing(ctx, user, request.params.id);
      const model = await formModel(user, formState(inputOf(item, ctx.clock.now())), item.id);
      return reply.page({
        title: itemFormTitle(t, model),
        body: <ItemFormPage t={t} csrfToken={request.csrfToken} model={model} />,
      });
    },
  );

  r.post(
    '/giv/:id/rediger',
    { config: { access: 'user' }, schema: { params: IdParams, body: ItemForm } },
    async (request, reply) => {
      const { t } = request;
      const user = currentUser(request);
      const { id } = request.params;
      const input = inputFromForm(request.body);
      const edited = await attempt(() => editItem(ctx, user, id, input));
      if (!edited.ok) {
        const model = await formModel(user, formState(input, edited.errors), id);
        return reply.page({
          title: itemFormTitle(t, model),
          status: 422,
          body: <ItemFormPage t={t} csrfToken={request.csrfToken} model={model} />,
        });
      }
      reply.flash('giving.form.saved');
      return reply.redirect(itemPath(id));
    },
  );

  // Closing a post cannot be undone: a GET or a plain post shows the confirmation page.
  async function confirmComplete(request: FastifyRequest, reply: FastifyReply, id: number) {
    const item = await itemForEditing(ctx, currentUser(request), id);
    if (item.completedAt !== null)
      throw new ConflictError('already_completed', 'giving.error.alreadyCompleted');
    return reply.page({
      title: item.title,
      body: <CompleteItemConfirm t={request.t} csrfToken={request.csrfToken} item={item} />,
    });
  }

  r.get(
    '/giv/:id/givet',
    { config: { access: 'user' }, schema: { params: IdParams } },
    async (request, reply) => confirmComplete(request, reply, request.params.id),
  );

  r.post(
    '/giv/:id/givet',
    { config: { access: 'user' }, schema: { params: IdParams, body: CsrfForm } },
    async (request, reply) => {
      if (!isConfirmed(request.body)) return confirmComplete(request, reply, request.params.id);
      const item = await completeItem(ctx, currentUser(request), request.params.id);
      reply.flash(item.direction === 'offer' ? 'giving.item.markedGiven' : 'giving.item.markedFulfilled');
      return reply.redirect(itemPath(item.id));
    },
  );
}
