import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { createPlace, updatePlaceFacts, updatePlaceRules } from '#src/modules/places/edit-service.ts';
import { type FactsInput, factsInputOf } from '#src/modules/places/facts.ts';
import { administeredOrganisations, placeForEditing } from '#src/modules/places/listing-service.ts';
import { type RulesInput, rulesInputOf } from '#src/modules/places/rules-input.ts';
import { FactsForm, RulesForm } from '#src/modules/places/schemas.ts';
import { FactsForm as FactsFormView } from '#src/modules/places/views/facts-form.tsx';
import type { PlaceFormState } from '#src/modules/places/views/form-parts.tsx';
import { RulesForm as RulesFormView } from '#src/modules/places/views/rules-form.tsx';
import { SlugParams } from '#src/platform/api-schemas.ts';
import { currentUser } from '#src/platform/current-user.ts';
import type { FieldErrors } from '#src/platform/errors.ts';
import { attempt } from '#src/platform/form-flow.ts';

const ACCESSIBILITY = ['stepFree', 'accessibleToilet', 'hearingLoop'] as const;

/** The form's accessibility checkboxes are one group; the service reads three flags. */
function factsFromForm(body: FactsForm): FactsInput & { organisation?: string } {
  const accessibility = body.accessibility ?? [];
  return {
    ...body,
    stepFree: accessibility.includes('stepFree'),
    accessibleToilet: accessibility.includes('accessibleToilet'),
    hearingLoop: accessibility.includes('hearingLoop'),
  };
}

function factsState(values: Record<string, unknown>, errors: FieldErrors = {}): PlaceFormState {
  const state: PlaceFormState = { values: {}, errors };
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') state.values[name] = value;
    else if (Array.isArray(value))
      state.values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  const flags = ACCESSIBILITY.filter((flag) => values[flag] === 'on' || values[flag] === true);
  if (flags.length > 0) state.values.accessibility = flags;
  return state;
}

/** Creating a place (step 1) and editing its facts and rules (steps 1 and 2). */
export async function placeEditRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { ctx } = app;

  r.get('/steder/ny', { config: { access: 'user' } }, async (request, reply) => {
    const { t, csrfToken } = request;
    const organisations = await administeredOrganisations(ctx, currentUser(request));
    const form = factsState({ accessMode: 'bookable', organisation: organisations[0]?.slug ?? '' });
    return reply.page({
      title: t.t('places.create.title'),
      body:
        organisations.length === 0 ? (
          <>
            <h1>{t.t('places.create.title')}</h1>
            <p>{t.t('places.create.noOrganisation')}</p>
          </>
        ) : (
          <FactsFormView t={t} csrfToken={csrfToken} form={form} organisations={organisations} place={null} />
        ),
    });
  });

  r.post(
    '/steder/ny',
    { config: { access: 'user' }, schema: { body: FactsForm } },
    async (request, reply) => {
      const { t, body } = request;
      const user = currentUser(request);
      const input = factsFromForm(body);
      const created = await attempt(() => createPlace(ctx, user, input));
      if (!created.ok) {
        const organisations = await administeredOrganisations(ctx, user);
        return reply.page({
          title: t.t('places.create.title'),
          status: 422,
          body: (
            <FactsFormView
              t={t}
              csrfToken={request.csrfToken}
              form={factsState(input, created.errors)}
              organisations={organisations}
              place={null}
            />
          ),
        });
      }
      reply.flash('places.create.done');
      return reply.redirect(`/steder/${encodeURIComponent(created.value)}/rediger/regler`);
    },
  );

  r.get(
    '/steder/:slug/rediger',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { t, csrfToken } = request;
      const place = await placeForEditing(ctx, currentUser(request), request.params.slug);
      return reply.page({
        title: t.t('places.edit.title', { name: place.name }),
        body: (
          <FactsFormView
            t={t}
            csrfToken={csrfToken}
            form={factsState(factsInputOf(place))}
            organisations={null}
            place={place}
          />
        ),
      });
    },
  );

  r.post(
    '/steder/:slug/rediger',
    { config: { access: 'user' }, schema: { params: SlugParams, body: FactsForm } },
    async (request, reply) => {
      const { t, body, params } = request;
      const user = currentUser(request);
      const place = await placeForEditing(ctx, user, params.slug);
      const input = factsFromForm(body);
      const updated = await attempt(() => updatePlaceFacts(ctx, user, params.slug, input));
      if (!updated.ok) {
        return reply.page({
          title: t.t('places.edit.title', { name: place.name }),
          status: 422,
          body: (
            <FactsFormView
              t={t}
              csrfToken={request.csrfToken}
              form={factsState(input, updated.errors)}
              organisations={null}
              place={place}
            />
          ),
        });
      }
      reply.flash('places.edit.saved');
      return reply.redirect(`/steder/${encodeURIComponent(params.slug)}`);
    },
  );

  r.get(
    '/steder/:slug/rediger/regler',
    { config: { access: 'user' }, schema: { params: SlugParams } },
    async (request, reply) => {
      const { t, csrfToken } = request;
      const place = await placeForEditing(ctx, currentUser(request), request.params.slug);
      return reply.page({
        title: t.t('places.edit.title', { name: place.name }),
        body: (
          <RulesFormView
            t={t}
            csrfToken={csrfToken}
            form={factsState(rulesInputOf(place.rules))}
            place={place}
          />
        ),
      });
    },
  );

  r.post(
    '/steder/:slug/rediger/regler',
    { config: { access: 'user' }, schema: { params: SlugParams, body: RulesForm } },
    async (request, reply) => {
      const { t, body, params } = request;
      const user = currentUser(request);
      const place = await placeForEditing(ctx, user, params.slug);
      const input: RulesInput = body;
      const updated = await attempt(() => updatePlaceRules(ctx, user, params.slug, input));
      if (!updated.ok) {
        return reply.page({
          title: t.t('places.edit.title', { name: place.name }),
          status: 422,
          body: (
            <RulesFormView
              t={t}
              csrfToken={request.csrfToken}
              form={factsState(body, updated.errors)}
              place={place}
            />
          ),
        });
      }
      reply.flash('places.edit.saved');
      return reply.redirect(`/steder/${encodeURIComponent(params.slug)}`);
    },
  );
}
