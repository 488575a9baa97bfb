import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  type FormValues,
  poolFormValues,
  poolInputFromForm,
  typedValues,
} from '#src/modules/grants/form-values.ts';
import { poolPhase } from '#src/modules/grants/model.ts';
import { assertPoolAdmin, canSeeReview, poolStanding } from '#src/modules/grants/policy.ts';
import {
  createPool,
  getPool,
  listPools,
  organisationBySlug,
  organisationsForNewPool,
  reviewerChoices,
  updatePool,
} from '#src/modules/grants/pools/service.ts';
import {
  ChooseOrganisationPage,
  type PoolFormModel,
  PoolFormPage,
} from '#src/modules/grants/pools/views/pool-form.tsx';
import { PoolListPage, PoolPage } from '#src/modules/grants/pools/views/pool-pages.tsx';
import { NewPoolQuery, PoolForm } from '#src/modules/grants/schemas.ts';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import { type FieldErrors, ForbiddenError } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';
import { localParts } from '#src/platform/local-time.ts';

async function formModel(
  request: FastifyRequest,
  organisation: { id: number; slug: string; name: string },
  target: { action: string; heading: string; submitLabel: string },
): Promise<PoolFormModel> {
  const members = await reviewerChoices(request.server.ctx, currentUser(request), organisation.slug);
  return {
    ...target,
    organisationId: organisation.id,
    organisationName: organisation.name,
    members: members.map((member) => ({ userId: member.userId, name: member.name })),
    today: localParts(request.server.ctx.clock.now()).date,
  };
}

/** Pools: the list, one pool's page, and creating and editing pools (organisation admins). */
export async function poolRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get('/puljer', { config: { access: 'public', publicCache: true } }, async (request, reply) => {
    const { t, user } = request;
    const [pools, administered] = await Promise.all([
      listPools(ctx),
      user === null ? Promise.resolve([]) : organisationsForNewPool(ctx, user),
    ]);
    const now = ctx.clock.now();
    return reply.page({
      title: t.t('grants.pools.title'),
      body: (
        <PoolListPage
          t={t}
          pools={pools.map((pool) => ({ pool, phase: poolPhase(pool, now) }))}
          canCreate={administered.length > 0}
        />
      ),
    });
  });

  function renderNew(
    request: FastifyRequest,
    model: PoolFormModel,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) {
    const { t } = request;
    return {
      title: model.heading,
      status,
      body: <PoolFormPage t={t} csrfToken={request.csrfToken} model={model} form={{ values, errors }} />,
    };
  }

  async function newTarget(request: FastifyRequest, organisationSlug: string) {
    const organisation = await organisationBySlug(ctx, organisationSlug);
    const { t } = request;
    return formModel(request, organisation, {
      action: '/puljer/ny',
      heading: t.t('grants.poolForm.newTitle'),
      submitLabel: t.t('grants.poolForm.create'),
    });
  }

  r.get(
    '/puljer/ny',
    { config: { access: 'user' }, schema: { querystring: NewPoolQuery } },
    async (request, reply) => {
      const user = currentUser(request);
      const administered = await organisationsForNewPool(ctx, user);
      const chosen = administered.find((organisation) => organisation.slug === request.query.organisation);
      const only = administered.length === 1 ? administered[0] : undefined;
      const organisation = chosen ?? only;
      const { t } = request;
      if (organisation === undefined) {
        return reply.page({
          title: t.t('grants.poolForm.newTitle'),
          status: administered.length === 0 ? 403 : 200,
          body: <ChooseOrganisationPage t={t} organisations={administered} />,
        });
      }
      const model = await newTarget(request, organisation.slug);
      const defaults: FormValues = { targetDays: '14', decisionRule: 'majority', categories: [] };
      return reply.page(renderNew(request, model, defaults, {}));
    },
  );

  r.post('/puljer/ny', { config: { access: 'user' }, schema: { body: PoolForm } }, async (request, reply) => {
    const user = currentUser(request);
    const organisationId = Number(request.body.organisationId ?? '');
    const administered = await organisationsForNewPool(ctx, user);
    const organisation = administered.find((candidate) => candidate.organisationId === organisationId);
    if (organisation === undefined) throw new ForbiddenError('grants.error.poolAdminsOnly');
    const created = await attempt(() =>
      createPool(
        ctx,
        user,
        organisation.organisationId,
        poolInputFromForm(request.body, localParts(ctx.clock.now()).date),
      ),
    );
    if (!created.ok) {
      const model = await newTarget(request, organisation.slug);
      return reply.page(renderNew(request, model, typedValues(request.body), created.errors, 422));
    }
    reply.flash('grants.flash.poolCreated');
    return reply.redirect(`/puljer/${encodeURIComponent(created.value.slug)}`);
  });

  r.get(
    '/puljer/:slug',
    { config: { access: 'public', publicCache: true }, schema: { params: SlugParams } },
    async (request, reply) => {
      const pool = await getPool(ctx, request.params.slug);
      const standing = await poolStanding(ctx, pool, request.user);
      const { t } = request;
      return reply.page({
        title: pool.title,
        body: (
          <PoolPage
            t={t}
            model={{
              pool,
              phase: poolPhase(pool, ctx.clock.now()),
              isAdmin: standing.isAdmin,
              canReview: canSeeReview(standing),
              loggedIn: request.user !== null,
            }}
          />
        ),
      });
    },
  );

  async function editModel(request: FastifyRequest, slug: string) {
    const pool = await getPool(ctx, slug);
    assertPoolAdmin(await poolStanding(ctx, pool, currentUser(request)));
    const { t } = request;
    const model = await formModel(
      request,
      { id: pool.organisationId, slug: pool.organisationSlug, name: pool.organisationName },
      {
        action: `/puljer/${encodeURIComponent(pool.slug)}/rediger`,
        heading: t.t('grants.poolForm.editTitle', { title: pool.title }),
        submitLabel: t.t('grants.poolForm.save'),
      },
    );
    return { pool, model };
  }

  r.get(
    '/puljer/:slug/rediger',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { pool, model } = await editModel(request, request.params.slug);
      return reply.page(renderNew(request, model, poolFormValues(pool), {}));
    },
  );

  r.post(
    '/puljer/:slug/rediger',
    { config: { access: 'user' }, schema: { params: SlugParams, body: PoolForm } },
    async (request, reply) => {
      const { model } = await editModel(request, request.params.slug);
      const updated = await attempt(() =>
        updatePool(
          ctx,
          currentUser(request),
          request.params.slug,
          poolInputFromForm(request.body, localParts(ctx.clock.now()).date),
        ),
      );
      if (!updated.ok)
        return reply.page(renderNew(request, model, typedValues(request.body), updated.errors, 422));
      reply.flash('grants.flash.poolSaved');
      return reply.redirect(`/puljer/${encodeURIComponent(updated.value.slug)}`);
    },
  );
}
