import { DEMO_PLACE_SLUGS } from '#src/db/seed/demo-places.ts';
import { demoUsers } from '#src/db/seed/demo-users.ts';
import { placeFreeSlots } from '#src/modules/places/bookings/free-slots-service.ts';
import type { BookingRequest } from '#src/modules/places/bookings/input.ts';
import { checkBooking, recordDecidedBooking } from '#src/modules/places/bookings/service.ts';
import type { PlaceWithRules } from '#src/modules/places/rules.ts';
import { getPlaceRulesBySlug } from '#src/modules/places/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { addDays, localParts } from '#src/platform/local-time.ts';
import { HOUR, MINUTE } from '#src/platform/time.ts';

interface DemoPlan {
  slug: string;
  titles: string[];
  /** Demo people (by e-mail) who book here; each booking goes to the first one the rules allow. */
  bookers: string[];
  attendees: number;
  host: string;
}

const PLANS: DemoPlan[] = [
  {
    slug: DEMO_PLACE_SLUGS.gym,
    titles: [
      'Familiebadminton',
      'Fodbold for piger 10–12 år',
      'Seniorgymnastik',
      'Kajakklubbens vintertræning',
    ],
    bookers: ['ahmed@byliv.example', 'mette@byliv.example', 'line@byliv.example', 'jonas@byliv.example'],
    attendees: 24,
    host: 'Ahmed Yousef',
  },
  {
    slug: DEMO_PLACE_SLUGS.classroom1,
    titles: ['Lektiecafé', 'Dansk for tilflyttere', 'Bestyrelsesmøde'],
    bookers: ['mette@byliv.example', 'fatima@byliv.example', 'line@byliv.example'],
    attendees: 12,
    host: 'Mette Kjærgaard',
  },
  {
    slug: DEMO_PLACE_SLUGS.classroom2,
    titles: ['Syværksted', 'Skakklub for børn'],
    bookers: ['line@byliv.example', 'mette@byliv.example'],
    attendees: 10,
    host: 'Line Frederiksen',
  },
  {
    slug: DEMO_PLACE_SLUGS.libraryRoom,
    titles: ['Læseklub', 'Borgermøde om lokalplanen for Sydhavnen', 'Strikkecafé'],
    bookers: ['fatima@byliv.example', 'lars@byliv.example', 'jonas@byliv.example'],
    attendees: 18,
    host: 'Fatima Rahimi',
  },
  {
    slug: DEMO_PLACE_SLUGS.commonRoom,
    titles: ['Fællesspisning', 'Generalforsamling', 'Børnefødselsdag', 'Nabokaffe'],
    bookers: ['mette@byliv.example', 'ahmed@byliv.example'],
    attendees: 30,
    host: 'Mette Kjærgaard',
  },
  {
    slug: DEMO_PLACE_SLUGS.cafeBackRoom,
    titles: ['Brætspilsaften', 'Kajakklubbens planlægningsmøde'],
    bookers: ['ahmed@byliv.example', 'jonas@byliv.example', 'line@byliv.example'],
    attendees: 14,
    host: 'Ahmed Yousef',
  },
  // The courtyard on Enghave Brygge is closed to the public: it takes no bookings (and gets none).
  {
    slug: DEMO_PLACE_SLUGS.courtyard,
    titles: ['Gårdfest', 'Loppemarked', 'Fælles plantedag'],
    bookers: ['line@byliv.example', 'mette@byliv.example'],
    attendees: 40,
    host: 'Line Frederiksen',
  },
  {
    slug: DEMO_PLACE_SLUGS.container,
    titles: ['Cykelværksted', 'Repair café', 'Byttedag'],
    bookers: ['camilla@byliv.example', 'jonas@byliv.example', 'mette@byliv.example'],
    attendees: 15,
    host: 'Camilla Dahl',
  },
];

/** Days ahead on which each place gets a booking (shifted per place so the calendars differ). */
const DAY_OFFSETS = [3, 4, 6, 8, 10, 11, 13, 15, 17, 18, 20, 22, 24, 25, 27];

/** The first of the plan's people (from the index'th on) whose booking of `request` breaks no rule. */
async function firstAllowedBooker(
  ctx: AppContext,
  place: PlaceWithRules,
  bookers: readonly CurrentUser[],
  index: number,
  request: BookingRequest,
): Promise<CurrentUser | undefined> {
  for (let step = 0; step < bookers.length; step += 1) {
    const booker = bookers[(step + index) % bookers.length];
    if (booker !== undefined && (await checkBooking(ctx, booker, place, request)).length === 0) return booker;
  }
  return undefined;
}

async function seedPlaceBookings(
  ctx: AppContext,
  plan: DemoPlan,
  place: PlaceWithRules,
  shift: number,
): Promise<number> {
  const today = localParts(ctx.clock.now()).date;
  const bookers = await demoUsers(ctx, plan.bookers);
  let count = 0;
  for (const [index, offset] of DAY_OFFSETS.entries()) {
    const date = addDays(today, offset + (shift % 2));
    const [slot] = await placeFreeSlots(ctx, place, date, 1);
    if (slot === undefined) continue;
    const minutes = Math.min(Math.max(120, place.rules.minDurationMinutes), place.rules.maxDurationMinutes);
    const startsAt =
      slot.startsAt + (index % 2 === 0 && slot.endsAt - slot.startsAt >= (minutes + 60) * MINUTE ? HOUR : 0);
    const request: BookingRequest = {
      title: plan.titles[index % plan.titles.length] ?? 'Møde',
      startsAt,
      endsAt: Math.min(startsAt + minutes * MINUTE, slot.endsAt),
      attendees: place.capacity === null ? plan.attendees : Math.min(plan.attendees, place.capacity),
      responsibleHostName: plan.host,
      responsibleHostPhone: '',
      organisationId: null,
    };
    const booker = await firstAllowedBooker(ctx, place, bookers, index, request);
    if (booker === undefined) continue;
    const approved = !(place.rules.approvalRequired && index % 3 === 1);
    await recordDecidedBooking(ctx, place, { bookerId: booker.id, request, approved });
    count += 1;
  }
  return count;
}

/**
 * Demo bookings over the coming four weeks on the demo places (found by slug), within each
 * place's rules: some approved (with door codes where the place uses them), some waiting for the
 * managers. Does nothing when the demo gym already has bookings, or when a place is missing.
 */
export async function seedDemoBookings(ctx: AppContext): Promise<number> {
  const gym = await ctx.db.kysely
    .selectFrom('places')
    .select('id')
    .where('slug', '=', DEMO_PLACE_SLUGS.gym)
    .executeTakeFirst();
  if (gym === undefined) return 0;
  const existing = await ctx.db.kysely
    .selectFrom('bookings')
    .select('id')
    .where('place_id', '=', gym.id)
    .executeTakeFirst();
  if (existing !== undefined) return 0;
  let count = 0;
  for (const [shift, plan] of PLANS.entries()) {
    const place = await getPlaceRulesBySlug(ctx, plan.slug).catch(() => null);
    if (place === null) continue;
    count += await seedPlaceBookings(ctx, plan, place, shift);
  }
  return count;
}
