import { Type } from 'typebox';

const Instant = Type.String({ format: 'date-time', description: 'ISO 8601, UTC.' });
const Path = Type.String({ description: 'A page on this site, e.g. `/mine-bookinger`.' });

/** The JSON form of "Mit overblik": what waits for the token holder, and what they have going on. */
export const OverviewJson = Type.Object(
  {
    waiting: Type.Object({
      bookingRequests: Type.Integer({ description: 'Booking requests at places you manage.' }),
      bookingRequestsPath: Path,
      reviews: Type.Array(
        Type.Object({ pool: Type.String(), poolSlug: Type.String(), count: Type.Integer(), path: Path }),
        { description: 'Per pool: open applications you have not voted on.' },
      ),
      contactRequests: Type.Integer({ description: 'Give-board contact requests waiting for your answer.' }),
    }),
    bookings: Type.Object({
      coming: Type.Integer(),
      next: Type.Array(
        Type.Object({
          id: Type.Integer(),
          title: Type.String(),
          place: Type.String(),
          startsAt: Instant,
          status: Type.String(),
          path: Path,
        }),
      ),
    }),
    activities: Type.Object({
      next: Type.Array(
        Type.Object({
          id: Type.Integer(),
          title: Type.String(),
          startsAt: Instant,
          role: Type.Union([Type.Literal('organiser'), Type.Literal('joined'), Type.Literal('waiting')]),
          path: Path,
        }),
      ),
    }),
    givePosts: Type.Object({
      open: Type.Integer(),
      latest: Type.Array(
        Type.Object({
          id: Type.Integer(),
          title: Type.String(),
          direction: Type.Union([Type.Literal('offer'), Type.Literal('wish')]),
          expiresAt: Instant,
          path: Path,
        }),
      ),
    }),
    applications: Type.Object({
      total: Type.Integer(),
      latest: Type.Array(
        Type.Object({
          id: Type.Integer(),
          title: Type.String(),
          pool: Type.String(),
          status: Type.String(),
          path: Path,
        }),
      ),
    }),
    organisations: Type.Array(
      Type.Object({
        slug: Type.String(),
        name: Type.String(),
        role: Type.Union([Type.Literal('admin'), Type.Literal('member')]),
        path: Path,
      }),
    ),
  },
  { description: 'What waits for you, and what you have going on.' },
);
