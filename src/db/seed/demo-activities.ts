import { DEMO_PLACE_SLUGS } from '#src/db/seed/demo-places.ts';
import { demoUser } from '#src/db/seed/demo-users.ts';
import { joinActivity } from '#src/modules/activities/participation/service.ts';
import { type ActivityRawInput, readActivityInput } from '#src/modules/activities/publishing/input.ts';
import { createActivity } from '#src/modules/activities/publishing/service.ts';
import { getOrganisationByName } from '#src/modules/organisations/service.ts';
import type { AppContext } from '#src/platform/context.ts';
import { AppError } from '#src/platform/errors.ts';
import { addDays, localParts, startOfWeek } from '#src/platform/local-time.ts';

interface DemoActivity {
  organiser: string;
  /** The organisation's name, when organised on its behalf. */
  organisation?: string;
  /** Days from the Monday of this week (moved on while in the past or not bookable). */
  day: number;
  input: Omit<ActivityRawInput, 'date' | 'organisationId'>;
  /** Demo people (by e-mail) who join the first occurrence. */
  joiners?: string[];
}

const SWAP_SHELF = 'byttehylden-paa-teglholmen';

const ACTIVITIES: DemoActivity[] = [
  {
    organiser: 'mette@byliv.example',
    organisation: 'Boligforeningen Sluseholmen',
    day: 3,
    input: {
      kind: 'communal_dining',
      title: 'Fællesspisning i fælleshuset',
      description:
        'Vi laver mad sammen fra kl. 17 og spiser kl. 18. Aftenens menu: grønsagslasagne og salat. 40 kr. for voksne, børn spiser gratis.',
      startTime: '17:00',
      endTime: '20:30',
      locationKind: 'place',
      placeSlug: DEMO_PLACE_SLUGS.commonRoom,
      capacity: '40',
      childFriendly: true,
      stepFree: true,
      languages: ['da', 'en'],
    },
    joiners: ['jonas@byliv.example', 'ahmed@byliv.example', 'line@byliv.example'],
  },
  {
    organiser: 'mette@byliv.example',
    organisation: 'Beboerforeningen Teglholmen',
    day: 5,
    input: {
      kind: 'swap_corner',
      title: 'Byttehjørne ved byttehylden',
      description:
        'Tag tøj, bøger, legetøj og planter med – og tag noget andet med hjem. Det, der bliver tilbage, giver vi til genbrug.',
      startTime: '11:00',
      endTime: '13:00',
      locationKind: 'place',
      placeSlug: SWAP_SHELF,
      childFriendly: true,
      freeOfCharge: true,
      stepFree: true,
    },
  },
  {
    organiser: 'ahmed@byliv.example',
    organisation: 'Café Slusen',
    day: 8,
    input: {
      kind: 'neighbour_coffee',
      title: 'Nabokaffe i Café Slusens baglokale',
      description:
        'Kaffe og kage på husets regning. Kom og mød dine naboer – især hvis du lige er flyttet til Sydhavnen.',
      startTime: '19:00',
      endTime: '20:30',
      locationKind: 'place',
      placeSlug: DEMO_PLACE_SLUGS.cafeBackRoom,
      capacity: '20',
      freeOfCharge: true,
      languages: ['da', 'en', 'ar'],
    },
    joiners: ['jonas@byliv.example'],
  },
  {
    organiser: 'mette@byliv.example',
    organisation: 'Beboerforeningen Teglholmen',
    day: 12,
    input: {
      kind: 'tour_de_lejlighed',
      title: 'Tour de lejlighed på Teglholmen',
      description:
        'Forret, hovedret og dessert hos tre forskellige værter. Tilmeld dig, så vi kan fordele jer ved bordene.',
      startTime: '17:30',
      endTime: '22:00',
      locationKind: 'route',
      stops: [
        { name: 'Forret: Teglholmens Østkaj 12, 3. th.', time: '17:30', lat: '55.6507', lon: '12.5489' },
        { name: 'Hovedret: Teglholm Tværvej 5, 1. tv.', time: '19:00', lat: '55.6519', lon: '12.5447' },
        { name: 'Dessert: Sydhavnsgade 20, st.', time: '20:45', lat: '55.6532', lon: '12.5412' },
      ],
      // The hosts' flats: the street for everyone, the number, floor and door for those who joined.
      addressVisibility: 'participants',
      capacity: '18',
      freeOfCharge: true,
    },
    joiners: ['fatima@byliv.example', 'line@byliv.example'],
  },
  {
    organiser: 'ahmed@byliv.example',
    organisation: 'Kajakklubben Sluseholmen',
    day: 13,
    input: {
      kind: 'outdoor',
      title: 'Kajak pop-up ved Sluseholmen',
      description:
        'Prøv en kajak i kanalerne med en instruktør. Vi låner kajakker, veste og våddragter ud. Du skal kunne svømme 200 m.',
      startTime: '10:00',
      endTime: '13:00',
      locationKind: 'point',
      address: 'Bådebroen ved Sluseholmen 1',
      lat: '55.6459',
      lon: '12.5497',
      capacity: '12',
      freeOfCharge: true,
      languages: ['da', 'en'],
    },
    joiners: ['jonas@byliv.example', 'mette@byliv.example'],
  },
  {
    organiser: 'mette@byliv.example',
    organisation: 'Beboerforeningen Teglholmen',
    day: 5,
    input: {
      kind: 'neighbour_coffee',
      title: 'Lørdagskaffe på kajen',
      description: 'Hver lørdag formiddag sætter vi kaffe og boller frem på kajen. Bare kom forbi.',
      startTime: '10:00',
      endTime: '11:30',
      locationKind: 'point',
      address: 'Teglholmens Østkaj ved trappen',
      lat: '55.6509',
      lon: '12.5485',
      repeat: 'weekly',
      freeOfCharge: true,
      childFriendly: true,
    },
    joiners: ['line@byliv.example'],
  },
  {
    organiser: 'birgitte@byliv.example',
    organisation: 'Skolen i Sydhavnen',
    day: 9,
    input: {
      kind: 'workshop',
      title: 'Byg et insekthotel – workshop for familier',
      description:
        'Vi bygger insekthoteller af træ, bambus og kogler til altaner og gårde. Alt materiale er med.',
      startTime: '16:30',
      endTime: '18:30',
      locationKind: 'place',
      placeSlug: DEMO_PLACE_SLUGS.classroom1,
      capacity: '15',
      childFriendly: true,
      freeOfCharge: true,
      stepFree: true,
    },
    joiners: ['line@byliv.example'],
  },
];

async function organisationId(ctx: AppContext, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  return String((await getOrganisationByName(ctx, name)).id);
}

/**
 * Publishes one demo activity through the same service as the form. A day the place cannot be
 * booked (taken by a demo booking, closed) or already past moves it a day later; after two weeks
 * it is left out. A series moves a whole week, so it keeps the weekday its text names (a
 * Saturday coffee seeded on a Sunday would otherwise repeat every Sunday).
 */
async function publishDemo(ctx: AppContext, demo: DemoActivity, monday: string): Promise<number | null> {
  const organiser = await demoUser(ctx, demo.organiser);
  if (organiser === null) return null;
  const organisation = await organisationId(ctx, demo.organisation);
  const step = demo.input.repeat === undefined ? 1 : 7;
  for (let shift = 0; shift < 14; shift += step) {
    try {
      const draft = readActivityInput(
        { ...demo.input, date: addDays(monday, demo.day + shift), organisationId: organisation },
        ctx.clock.now(),
        { allowPast: false },
      );
      const id = await createActivity(ctx, organiser, draft);
      const key = draft.startsAt;
      for (const email of demo.joiners ?? []) {
        const joiner = await demoUser(ctx, email);
        if (joiner !== null) await joinActivity(ctx, joiner, id, key);
      }
      return id;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  return null;
}

/**
 * Demo activities over the coming weeks (after the demo people, organisations and places):
 * communal dining, a swap corner, neighbour coffee, tour de lejlighed, a kayak pop-up, a weekly
 * coffee and a workshop at the school. Returns the ids created; nothing when they exist.
 */
export async function seedDemoActivities(ctx: AppContext): Promise<number[]> {
  const existing = await ctx.db.kysely.selectFrom('activities').select('id').limit(1).executeTakeFirst();
  if (existing !== undefined) return [];
  const monday = startOfWeek(localParts(ctx.clock.now()).date);
  const ids: number[] = [];
  for (const demo of ACTIVITIES) {
    const id = await publishDemo(ctx, demo, monday);
    if (id !== null) ids.push(id);
  }
  return ids;
}
