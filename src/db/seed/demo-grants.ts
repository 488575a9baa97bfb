import sharp from 'sharp';
import { DEMO_PLACE_SLUGS } from '#src/db/seed/demo-places.ts';
import type { ApplicationInput } from '#src/modules/grants/applications/input.ts';
import { addApplicationPhoto } from '#src/modules/grants/applications/photos-service.ts';
import { startApplication, withdrawApplication } from '#src/modules/grants/applications/service.ts';
import { recordPayout } from '#src/modules/grants/money/service.ts';
import { createPool } from '#src/modules/grants/pools/service.ts';
import { submitReport } from '#src/modules/grants/reports/service.ts';
import { decideApplication } from '#src/modules/grants/review/decision-service.ts';
import { addComment, castVote } from '#src/modules/grants/review/service.ts';
import type { GrantCategory, Vote } from '#src/modules/grants/tables.ts';
import { getOrganisationByName } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';
import { addDays, localParts, localToEpoch } from '#src/platform/local-time.ts';
import { MAIL_JOB } from '#src/platform/mail.ts';

/** The demo local committee (slug of "Vesterbro–Kongens Enghave Lokaludvalg" in demo.ts). */
export const DEMO_COMMITTEE_SLUG = 'vesterbro-kongens-enghave-lokaludvalg';
export const DEMO_POOL_SLUG = 'hurtige-handlinger-puljen';

type Person = 'mette' | 'jonas' | 'lars' | 'fatima' | 'camilla' | 'birgitte' | 'ahmed' | 'line';

interface DemoApplication {
  title: string;
  idea: string;
  category: GrantCategory;
  applicant: Person;
  /** The applicant's organisation by name, or none for a person. */
  organisation?: string;
  where: { place?: string; area?: string };
  /** Days before today: when it was submitted (null: a draft), and the initiative's dates. */
  submittedDaysAgo: number | null;
  startsInDays: number;
  endsInDays: number;
  requested: number;
  cofunding?: number;
  lines: Array<[string, number]>;
  sponsorNote?: string;
  votes?: Array<[Person, Vote]>;
  comment?: [Person, string];
  /** What happened next, days after submission. */
  outcome?:
    | {
        kind: 'approve';
        afterDays: number;
        granted?: number;
        paidAfterDays?: number;
        report?: { afterEndDays: number; text: string; spent: number };
      }
    | { kind: 'reject'; afterDays: number; reason: string }
    | { kind: 'needs_info'; afterDays: number; question: string }
    | { kind: 'withdraw'; afterDays: number };
}

const APPLICATIONS: DemoApplication[] = [
  {
    title: 'Byttehylde i opgangen på Teglholmen',
    idea: 'En overdækket byttehylde ved indgangen til nr. 14, hvor naboerne kan bytte bøger, legetøj og køkkenting. Beboerforeningen passer den på skift.',
    category: 'swap_shelf',
    applicant: 'mette',
    organisation: 'Beboerforeningen Teglholmen',
    where: { area: 'teglholmen' },
    submittedDaysAgo: 55,
    startsInDays: -40,
    endsInDays: -20,
    requested: 3500,
    lines: [
      ['Træ, skruer og beslag', 2300],
      ['Tagplade og maling', 1200],
    ],
    votes: [['lars', 'approve']],
    comment: ['lars', 'Fatima er medlem af foreningen og stemmer derfor ikke.'],
    outcome: {
      kind: 'approve',
      afterDays: 6,
      paidAfterDays: 2,
      report: {
        afterEndDays: 10,
        text: 'Hylden blev bygget på en lørdag med 14 naboer. Den er fyldt hver uge, og børnene bytter især bøger.',
        spent: 3420,
      },
    },
  },
  {
    title: 'Community dinner at Sluseholmen',
    idea: 'A monthly communal dinner in the café back room for new and old neighbours, cooked together by volunteers.',
    category: 'communal_dining',
    applicant: 'ahmed',
    organisation: 'Café Slusen',
    where: { place: DEMO_PLACE_SLUGS.cafeBackRoom },
    submittedDaysAgo: 50,
    startsInDays: -35,
    endsInDays: -18,
    requested: 8000,
    cofunding: 1000,
    lines: [
      ['Råvarer til tre middage', 6000],
      ['Service og duge', 2000],
      ['Plakater', 1000],
    ],
    sponsorNote: 'Café Slusen lægger lokale og køkken til.',
    votes: [
      ['lars', 'approve'],
      ['fatima', 'approve'],
    ],
    outcome: {
      kind: 'approve',
      afterDays: 12,
      granted: 6000,
      paidAfterDays: 3,
      report: {
        afterEndDays: 5,
        text: 'Three dinners with 35–50 guests each. We will keep going on our own from the spring.',
        spent: 6200,
      },
    },
  },
  {
    title: 'Bænke ved kanalen på Enghave Brygge',
    idea: 'To bænke ved kajen, hvor der i dag ingen steder er at sætte sig. Ejerforeningen vedligeholder dem.',
    category: 'bench',
    applicant: 'line',
    organisation: 'Ejerforeningen Enghave Brygge',
    where: { place: DEMO_PLACE_SLUGS.courtyard },
    submittedDaysAgo: 40,
    startsInDays: 5,
    endsInDays: 30,
    requested: 9000,
    lines: [
      ['To bænke i hårdttræ', 7600],
      ['Fundament og montering', 1400],
    ],
    votes: [
      ['lars', 'approve'],
      ['fatima', 'approve'],
    ],
    outcome: { kind: 'approve', afterDays: 9, paidAfterDays: 4 },
  },
  {
    title: 'Grøn lomme ved Bryggernes Plads',
    idea: 'Plantekasser med krydderurter og blomster, som naboerne kan passe og høste af.',
    category: 'green_pocket',
    applicant: 'jonas',
    where: { area: 'enghave-brygge' },
    submittedDaysAgo: 45,
    startsInDays: -22,
    endsInDays: -16,
    requested: 4000,
    lines: [
      ['Plantekasser', 2200],
      ['Jord og planter', 1800],
    ],
    votes: [
      ['fatima', 'approve'],
      ['lars', 'abstain'],
    ],
    outcome: { kind: 'approve', afterDays: 20, paidAfterDays: 1 },
  },
  {
    title: 'Skolegårdskoncert for hele kvarteret',
    idea: 'Elever og lokale musikere spiller i skolegården en fredag eftermiddag. Gratis for alle.',
    category: 'culture',
    applicant: 'birgitte',
    organisation: 'Skolen i Sydhavnen',
    where: { area: 'sydhavn' },
    submittedDaysAgo: 20,
    startsInDays: 20,
    endsInDays: 20,
    requested: 5000,
    lines: [
      ['Lydanlæg', 3000],
      ['Honorar til musikere', 2000],
    ],
    votes: [
      ['lars', 'approve'],
      ['fatima', 'approve'],
    ],
    outcome: { kind: 'approve', afterDays: 4 },
  },
  {
    title: 'Fyrværkeri nytårsaften',
    idea: 'Fælles fyrværkeri på kajen for beboerne.',
    category: 'other',
    applicant: 'jonas',
    where: { area: 'sluseholmen' },
    submittedDaysAgo: 30,
    startsInDays: 30,
    endsInDays: 30,
    requested: 6000,
    lines: [['Fyrværkeri', 6000]],
    votes: [
      ['lars', 'reject'],
      ['fatima', 'reject'],
    ],
    outcome: {
      kind: 'reject',
      afterDays: 8,
      reason:
        'Puljen støtter ikke fyrværkeri af hensyn til sikkerhed, dyr og miljø. Søg gerne til en anden fælles nytårsaktivitet.',
    },
  },
  {
    title: 'Byhave på taget i Carlsberg Byen',
    idea: 'Højbede på taget af parkeringshuset, åbne for alle beboere i kvarteret.',
    category: 'green_pocket',
    applicant: 'camilla',
    organisation: 'Carlsberg Byen P/S',
    where: { area: 'carlsberg-byen' },
    submittedDaysAgo: 10,
    startsInDays: 40,
    endsInDays: 120,
    requested: 10000,
    cofunding: 15000,
    lines: [
      ['Højbede', 12000],
      ['Jord og planter', 8000],
      ['Vandingsanlæg', 5000],
    ],
    votes: [['fatima', 'approve']],
    outcome: {
      kind: 'needs_info',
      afterDays: 3,
      question: 'Hvem har adgang til taget uden for kontortid, og hvem vander i sommerferien?',
    },
  },
  {
    title: 'Nabokaffe hver lørdag',
    idea: 'Kaffe og boller på pladsen hver lørdag formiddag, så nye naboer kan møde hinanden.',
    category: 'communal_dining',
    applicant: 'mette',
    where: { area: 'teglholmen' },
    submittedDaysAgo: 3,
    startsInDays: 14,
    endsInDays: 100,
    requested: 2500,
    lines: [
      ['Kaffe, te og boller', 2000],
      ['Termokander', 500],
    ],
    votes: [['fatima', 'approve']],
  },
  {
    title: 'Legetøjs-byttedag i gården',
    idea: 'En byttedag for børnefamilier, hvor legetøj og børnetøj skifter ejer.',
    category: 'swap_shelf',
    applicant: 'line',
    where: { place: DEMO_PLACE_SLUGS.courtyard },
    submittedDaysAgo: 16,
    startsInDays: 25,
    endsInDays: 25,
    requested: 1500,
    lines: [
      ['Borde og telte', 1000],
      ['Skilte og opslag', 500],
    ],
    votes: [
      ['lars', 'approve'],
      ['fatima', 'reject'],
    ],
    comment: ['fatima', 'Ligner meget byttehylden på Teglholmen – kan de slås sammen?'],
  },
  {
    title: 'Loppemarked på Bryggernes Plads',
    idea: 'Loppemarked for beboerne med boder og musik.',
    category: 'culture',
    applicant: 'ahmed',
    where: { area: 'enghave-brygge' },
    submittedDaysAgo: 25,
    startsInDays: 10,
    endsInDays: 10,
    requested: 3000,
    lines: [
      ['Telte', 2000],
      ['Musik', 1000],
    ],
    outcome: { kind: 'withdraw', afterDays: 5 },
  },
  {
    title: 'Tour de lejlighed i Sydhavnen',
    idea: 'Naboerne åbner deres lejligheder for hinanden en søndag eftermiddag.',
    category: 'culture',
    applicant: 'jonas',
    where: {},
    submittedDaysAgo: null,
    startsInDays: 60,
    endsInDays: 60,
    requested: 1200,
    lines: [],
  },
];

const DAY_MS = 86_400_000;

async function people(ctx: AppContext): Promise<Map<Person, CurrentUser>> {
  const rows = await ctx.db.kysely
    .selectFrom('users')
    .select(['id', 'name', 'email', 'locale'])
    .where('email', 'like', '%@byliv.example')
    .execute();
  const byKey = new Map<Person, CurrentUser>();
  for (const row of rows) {
    const key = (row.email ?? '').split('@')[0] as Person;
    byKey.set(key, {
      id: row.id,
      name: row.name ?? '',
      email: row.email ?? '',
      locale: row.locale,
      isAdmin: false,
      emailVerified: true,
    });
  }
  return byKey;
}

async function organisationId(ctx: AppContext, name: string): Promise<number> {
  return (await getOrganisationByName(ctx, name)).id;
}

/** A small generated picture (no demo photo files needed), re-encoded like any upload. */
async function demoPicture(hue: number): Promise<Buffer> {
  return sharp({
    create: { width: 640, height: 427, channels: 3, background: { r: 60 + hue, g: 140, b: 200 - hue } },
  })
    .png()
    .toBuffer();
}

function inputOf(plan: DemoApplication, today: string, organisation: number | null): ApplicationInput {
  return {
    title: plan.title,
    idea: plan.idea,
    category: plan.category,
    placeSlug: plan.where.place,
    areaSlug: plan.where.area,
    startsOn: addDays(today, plan.startsInDays),
    endsOn: addDays(today, plan.endsInDays),
    requested: { ore: plan.requested * 100 },
    cofunding: { ore: (plan.cofunding ?? 0) * 100 },
    sponsorNote: plan.sponsorNote,
    organisationId: organisation === null ? '' : String(organisation),
    budgetLines: plan.lines.map(([description, kroner]) => ({ description, amount: { ore: kroner * 100 } })),
    termsAccepted: plan.submittedDaysAgo !== null,
  };
}

/**
 * The demo "Hurtige handlinger-puljen" of the local committee, with applications in every state
 * (draft to reported), votes, comments, payouts and reports, so the open pages have figures.
 * Written through the services with a clock set back in time, so waiting times and decision
 * times are realistic. Mail the services queue for the demo people is dropped. Does nothing when
 * the pool exists; runs without an outer transaction (the services open their own).
 */
export async function seedDemoGrants(ctx: AppContext): Promise<void> {
  const existing = await ctx.db.kysely
    .selectFrom('grant_pools')
    .select('id')
    .where('slug', '=', DEMO_POOL_SLUG)
    .executeTakeFirst();
  if (existing !== undefined) return;
  const firstJob = await ctx.db.kysely
    .selectFrom('jobs')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  const now = ctx.clock.now();
  const today = localParts(now).date;
  const at = (daysAgo: number): AppContext => {
    const instant = Math.min(
      now,
      localToEpoch(addDays(today, -Math.floor(daysAgo)), 10 * 60) + Math.round((daysAgo % 1) * DAY_MS),
    );
    return { ...ctx, clock: { now: () => instant } };
  };
  const who = await people(ctx);
  const person = (key: Person): CurrentUser => {
    const user = who.get(key);
    if (user === undefined) throw new Error(`demo person ${key} missing`);
    return user;
  };
  const committee = await organisationId(ctx, 'Vesterbro–Kongens Enghave Lokaludvalg');
  const pool = await createPool(at(60), person('lars'), committee, {
    title: 'Hurtige handlinger-puljen',
    description:
      'Små bevillinger til idéer, der gør kvarteret bedre – hurtigt. Bænke, byttehylder, fællesspisning, grønne lommer og kultur i Vesterbro og Sydhavnen.\n\nDu får svar inden for 14 dage.',
    criteria:
      'Idéen skal være åben for alle i kvarteret, komme mange til gode og kunne gennemføres inden for et halvt år. Vi prioriterer idéer, hvor naboer gør noget sammen.',
    opensOn: addDays(today, -60),
    closesOn: addDays(today, 120),
    budget: { ore: 10_000_000 },
    maxGrant: { ore: 1_000_000 },
    categories: ['bench', 'swap_shelf', 'communal_dining', 'green_pocket', 'culture', 'other'],
    reviewers: [String(person('lars').id), String(person('fatima').id)],
    decisionRule: 'majority',
    chairUserId: null,
    targetDays: 14,
  });
  let hue = 0;
  for (const plan of APPLICATIONS) {
    const applicant = person(plan.applicant);
    const organisation =
      plan.organisation === undefined ? null : await organisationId(ctx, plan.organisation);
    const input = inputOf(plan, today, organisation);
    const submittedAgo = plan.submittedDaysAgo;
    if (submittedAgo === null) {
      await startApplication(at(1), applicant, pool.slug, input, false);
      continue;
    }
    const id = await startApplication(at(submittedAgo), applicant, pool.slug, input, true);
    for (const [index, [voter, vote]] of (plan.votes ?? []).entries()) {
      await castVote(at(Math.max(0, submittedAgo - 1 - index)), person(voter), pool.slug, id, vote);
    }
    if (plan.comment !== undefined)
      await addComment(
        at(Math.max(0, submittedAgo - 1)),
        person(plan.comment[0]),
        pool.slug,
        id,
        plan.comment[1],
      );
    const outcome = plan.outcome;
    if (outcome === undefined) continue;
    const decidedAgo = submittedAgo - outcome.afterDays;
    if (outcome.kind === 'withdraw') {
      await withdrawApplication(at(decidedAgo), applicant, id);
    } else if (outcome.kind === 'reject') {
      await decideApplication(at(decidedAgo), person('lars'), pool.slug, id, {
        outcome: 'reject',
        amount: { ore: undefined },
        reason: outcome.reason,
      });
    } else if (outcome.kind === 'needs_info') {
      await decideApplication(at(decidedAgo), person('lars'), pool.slug, id, {
        outcome: 'needs_info',
        amount: { ore: undefined },
        reason: outcome.question,
      });
    } else {
      const granted = (outcome.granted ?? plan.requested) * 100;
      await decideApplication(at(decidedAgo), person('lars'), pool.slug, id, {
        outcome: 'approve',
        amount: { ore: granted },
      });
      if (outcome.paidAfterDays === undefined) continue;
      const paidAgo = decidedAgo - outcome.paidAfterDays;
      await recordPayout(at(paidAgo), person('lars'), pool.slug, id, {
        date: addDays(today, -paidAgo),
        amount: { ore: granted },
        reference: `Bilag ${2026}-${String(id).padStart(3, '0')}`,
      });
      const report = outcome.report;
      if (report === undefined) continue;
      const reportedAgo = -(plan.endsInDays + report.afterEndDays);
      await submitReport(at(reportedAgo), applicant, id, {
        text: report.text,
        actualSpend: { ore: report.spent * 100 },
      });
      hue += 60;
      await addApplicationPhoto(at(reportedAgo), applicant, id, {
        file: await demoPicture(hue),
        tooLarge: false,
        altText: `Billede fra ${plan.title.toLowerCase()}`,
        purpose: 'report',
      });
    }
  }
  // Keep the demo quiet: the services queued mail to the demo people for every step above.
  await ctx.db.kysely
    .deleteFrom('jobs')
    .where('kind', '=', MAIL_JOB)
    .where('id', '>', Number(firstJob?.id ?? 0))
    .execute();
}
