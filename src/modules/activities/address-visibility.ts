import type { Activity } from '#src/modules/activities/model.ts';
import { signUpsOfUser } from '#src/modules/activities/participation/queries.ts';
import { canManage } from '#src/modules/activities/policy.ts';
import type { Stop } from '#src/modules/activities/publishing/input.ts';
import { cohostedOf } from '#src/modules/activities/queries.ts';
import { membershipsOfUser } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

/** Who looks: a logged-in person (or the owner of a personal feed); null for anyone. */
export type Viewer = Pick<CurrentUser, 'id' | 'isAdmin'> | null;

/** Where an activity is, as far as one viewer may know it. */
export interface ActivityWhereabouts {
  address: string;
  point: { lat: number; lon: number } | null;
  stops: Stop[];
}

/**
 * The full whereabouts of activities whose address is for participants only, kept beside (not
 * in) the Activity: an Activity as loaded carries only the public form, so no list, feed or
 * export can show a flat's floor and door by forgetting a check. A copy (`{ ...activity }`)
 * loses the entry and so fails safe: it shows the public form.
 */
const withheld = new WeakMap<Activity, ActivityWhereabouts>();

/** Street name and number, then anything; the number may carry a letter ("12B", "12 B"). */
const STREET = /^\s*([^\d,]*[^\d\s,])\s+\d+\s*[A-Za-zÆØÅæøå]?\b/u;
/** A Danish postcode and town: "2450 København SV". */
const POSTCODE_TOWN = /^\d{4}\s+\S/u;

/**
 * An address without house number, floor or door: 'Sluseholmen 8, 3. tv.' → 'Sluseholmen',
 * 'Teglholmsgade 12, 2450 København SV' → 'Teglholmsgade, 2450 København SV'. When no street
 * with a number can be read (a name, a description), nothing in it is known to be safe, so the
 * neighbourhood's name stands in for it (or nothing at all).
 */
export function publicAddress(address: string, neighbourhoodName: string | null): string {
  const [first = '', ...rest] = address.split(',');
  const street = STREET.exec(first)?.[1]?.trim();
  if (street === undefined || street === '') return neighbourhoodName ?? '';
  const town = rest.map((part) => part.trim()).find((part) => POSTCODE_TOWN.test(part));
  return town === undefined ? street : `${street}, ${town}`;
}

/**
 * A point the public may see: rounded to 3 decimals, a cell of about 110 m north–south and 60 m
 * east–west here, so the map shows the block and not the doorway. Rounding (rather than the
 * neighbourhood's centre) keeps "near me" and the map useful and needs no area lookup.
 */
export function publicPoint(point: { lat: number; lon: number }): { lat: number; lon: number } {
  return { lat: Math.round(point.lat * 1000) / 1000, lon: Math.round(point.lon * 1000) / 1000 };
}

/**
 * Replaces a participants-only activity's whereabouts by their public form and keeps the full
 * ones aside for those who may see them. A registered place is public anyway, so its address
 * is never withheld. Called once, where an Activity is made from its row.
 */
export function withholdAddress(activity: Activity): Activity {
  if (activity.addressVisibility !== 'participants' || activity.locationKind === 'place') return activity;
  const neighbourhood = activity.neighbourhood?.name ?? null;
  withheld.set(activity, { address: activity.address, point: activity.point, stops: activity.stops });
  activity.address = publicAddress(activity.address, neighbourhood);
  activity.point = activity.point === null ? null : publicPoint(activity.point);
  activity.stops = activity.stops.map((stop) => ({
    ...stop,
    name: publicAddress(stop.name, neighbourhood),
    ...(stop.lat === null || stop.lon === null ? {} : publicPoint({ lat: stop.lat, lon: stop.lon })),
  }));
  activity.addressWithheld = true;
  return activity;
}

/** The full whereabouts, whoever asks: for the organiser's edit form and mails to those joined. */
export function fullWhereabouts(activity: Activity): ActivityWhereabouts {
  return (
    withheld.get(activity) ?? { address: activity.address, point: activity.point, stops: activity.stops }
  );
}

/** The activity with its full whereabouts (a copy), or itself when nothing is withheld. */
export function withFullAddress(activity: Activity): Activity {
  const full = withheld.get(activity);
  if (full === undefined) return activity;
  return { ...activity, ...full, addressWithheld: false };
}

/**
 * Who sees a participants-only address in full: the organiser, co-hosts and the organisation's
 * admins (canManage), administrators (they moderate), and people who joined any occurrence.
 * The waiting list does not: a host opens their home to the people they expect, and the one who
 * moves up gets the address in the mail saying so and on the page from then on.
 */
export async function seesFullAddress(ctx: AppContext, activity: Activity, viewer: Viewer): Promise<boolean> {
  if (!activity.addressWithheld) return true;
  if (viewer === null) return false;
  if (viewer.isAdmin || (await canManage(ctx, activity, viewer))) return true;
  const signUps = await signUpsOfUser(ctx.db.kysely, viewer.id, [activity.id]);
  return signUps.some((row) => row.status === 'joined');
}

/** The activity as this viewer may see it: the full address or its public form. */
export async function visibleAddress(ctx: AppContext, activity: Activity, viewer: Viewer): Promise<Activity> {
  if (!activity.addressWithheld || viewer === null) return activity;
  return (await seesFullAddress(ctx, activity, viewer)) ? withFullAddress(activity) : activity;
}

/**
 * Of these activities, those whose withheld address this viewer sees in full (see
 * seesFullAddress), found for all at once: at most three queries however many there are.
 */
async function seenInFull(
  ctx: AppContext,
  activities: readonly Activity[],
  viewer: Viewer,
): Promise<Set<number>> {
  const withheldOnes = activities.filter((activity) => activity.addressWithheld);
  if (viewer === null || withheldOnes.length === 0) return new Set();
  if (viewer.isAdmin) return new Set(withheldOnes.map((activity) => activity.id));
  const ids = withheldOnes.map((activity) => activity.id);
  const needsOrganisations = withheldOnes.some((activity) => activity.organisation !== null);
  const [cohosted, memberships, signUps] = await Promise.all([
    cohostedOf(ctx.db.kysely, viewer.id, ids),
    needsOrganisations ? membershipsOfUser(ctx, viewer.id) : Promise.resolve([]),
    signUpsOfUser(ctx.db.kysely, viewer.id, ids),
  ]);
  const administered = new Set(
    memberships.filter((membership) => membership.role === 'admin').map((m) => m.organisationId),
  );
  const joined = new Set(signUps.filter((row) => row.status === 'joined').map((row) => row.activity_id));
  const seen = withheldOnes.filter(
    (activity) =>
      activity.organiserId === viewer.id ||
      (activity.organisation !== null && administered.has(activity.organisation.id)) ||
      cohosted.has(activity.id) ||
      joined.has(activity.id),
  );
  return new Set(seen.map((activity) => activity.id));
}

/** Many activities as this viewer may see them (a feed, a list): the same as visibleAddress, batched. */
export async function visibleActivities(
  ctx: AppContext,
  activities: readonly Activity[],
  viewer: Viewer,
): Promise<Activity[]> {
  const full = await seenInFull(ctx, activities, viewer);
  return activities.map((activity) => (full.has(activity.id) ? withFullAddress(activity) : activity));
}
