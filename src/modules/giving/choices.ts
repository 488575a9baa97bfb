import { getHomeDistrict, listNeighbourhoods } from '#src/modules/areas/service.ts';
import type { Choice } from '#src/modules/giving/views/item-form.tsx';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import { allPlaces, parsePlaceFilter } from '#src/modules/places/listing-service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

/** The home district's neighbourhoods (kvarterer), for filters and forms. */
export async function neighbourhoodChoices(ctx: AppContext): Promise<Choice[]> {
  const home = await getHomeDistrict(ctx);
  if (home === null) return [];
  return (await listNeighbourhoods(ctx, home.id)).map((area) => ({ slug: area.slug, name: area.name }));
}

export interface FormChoices {
  organisations: Choice[];
  neighbourhoods: Choice[];
  places: Array<Choice & { organisationName: string }>;
}

/** What the item form offers this person: their organisations, the neighbourhoods, and those organisations' places. */
export async function formChoices(ctx: AppContext, user: CurrentUser): Promise<FormChoices> {
  const [memberships, neighbourhoods] = await Promise.all([
    membershipsOfUser(ctx, user.id),
    neighbourhoodChoices(ctx),
  ]);
  const ownIds = new Set(memberships.map((membership) => membership.organisationId));
  const places =
    ownIds.size === 0
      ? []
      : (await allPlaces(ctx, await parsePlaceFilter(ctx, {})))
          .filter((place) => ownIds.has(place.organisationId))
          .map((place) => ({ slug: place.slug, name: place.name, organisationName: place.organisationName }));
  return {
    organisations: memberships.map((membership) => ({ slug: membership.slug, name: membership.name })),
    neighbourhoods,
    places,
  };
}
