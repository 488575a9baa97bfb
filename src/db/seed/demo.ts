import type { DemoLogin } from '#src/db/seed/prepare.ts';
import { createUser } from '#src/modules/accounts/service.ts';
import { addOrganisationWithMembers, type OrganisationInput } from '#src/modules/organisations/service.ts';
import type { MembershipRole } from '#src/modules/organisations/types.ts';
import type { AppContext } from '#src/platform/context.ts';

/** One password for every demo login; printed at start-up, never used outside a demo. */
export const DEMO_PASSWORD = 'byliv-demo-2026';

type PersonKey =
  | 'mette'
  | 'jonas'
  | 'lars'
  | 'fatima'
  | 'soeren'
  | 'camilla'
  | 'birgitte'
  | 'ahmed'
  | 'line'
  | 'anders';

interface DemoPerson {
  name: string;
  email: string;
  /** Who they are, as printed beside the login. */
  role: string;
  isAdmin?: boolean;
  locale?: 'da' | 'en';
}

export const DEMO_PEOPLE: Record<PersonKey, DemoPerson> = {
  mette: {
    name: 'Mette Kjærgaard',
    email: 'mette@byliv.example',
    role: 'ildsjæl, administrator i Boligforeningen Sluseholmen og Beboerforeningen Teglholmen',
  },
  jonas: {
    name: 'Jonas Holm',
    email: 'jonas@byliv.example',
    role: 'tilflytter på Enghave Brygge, endnu ikke med i nogen organisation',
  },
  lars: {
    name: 'Lars Bech',
    email: 'lars@byliv.example',
    role: 'formand for Vesterbro–Kongens Enghave Lokaludvalg',
  },
  fatima: {
    name: 'Fatima Rahimi',
    email: 'fatima@byliv.example',
    role: 'medlem af lokaludvalget, bibliotekar på Sydhavns Bibliotek',
  },
  soeren: {
    name: 'Søren Østergaard',
    email: 'soeren@byliv.example',
    role: 'medarbejder i Københavns Kommune, Teknik- og Miljøforvaltningen',
  },
  camilla: {
    name: 'Camilla Dahl',
    email: 'camilla@byliv.example',
    role: 'projektleder hos grundejeren i Carlsberg Byen',
  },
  birgitte: {
    name: 'Birgitte Winther',
    email: 'birgitte@byliv.example',
    role: 'skoleleder, Skolen i Sydhavnen',
  },
  ahmed: {
    name: 'Ahmed Yousef',
    email: 'ahmed@byliv.example',
    role: 'driver Café Slusen, formand for kajakklubben',
    locale: 'en',
  },
  line: {
    name: 'Line Frederiksen',
    email: 'line@byliv.example',
    role: 'formand for Ejerforeningen Enghave Brygge',
  },
  anders: {
    name: 'Anders Lund',
    email: 'admin@byliv.example',
    role: 'administrator af Byliv',
    isAdmin: true,
  },
};

interface DemoOrganisation extends OrganisationInput {
  admins: PersonKey[];
  members: PersonKey[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Vesterbro–Kongens Enghave Lokaludvalg',
    kind: 'local_committee',
    description:
      'Lokaludvalget er bindeled mellem borgerne og Københavns Kommune i Vesterbro og Kongens Enghave. Vi uddeler puljemidler, afholder borgermøder og giver høringssvar om lokalplaner.\n\nHar du en idé til dit kvarter, så skriv til os eller kom til et af vores åbne møder.',
    admins: ['lars'],
    members: ['fatima'],
  },
  {
    name: 'Københavns Kommune – Teknik- og Miljøforvaltningen',
    kind: 'municipality',
    cvr: '64942212',
    description:
      'Teknik- og Miljøforvaltningen har ansvar for byudvikling, byrum, parker og midlertidige aktiviteter i byens nye kvarterer.',
    admins: ['soeren'],
    members: [],
  },
  {
    name: 'Carlsberg Byen P/S',
    kind: 'landowner_developer',
    description:
      'Grundejer og udvikler af Carlsberg Byen. Vi stiller stueetager og byrum til rådighed for midlertidige aktiviteter, mens kvarteret bygges færdigt.',
    admins: ['camilla'],
    members: [],
  },
  {
    name: 'Boligforeningen Sluseholmen',
    kind: 'housing',
    description:
      'Almen boligforening med 320 lejligheder på Sluseholmen. Fælleshuset ved kanalen kan lånes af beboerne til fællesspisning, fødselsdage og møder.',
    admins: ['mette'],
    members: ['ahmed'],
  },
  {
    name: 'Ejerforeningen Enghave Brygge',
    kind: 'housing',
    description:
      'Ejerforening for de nye boliger på Enghave Brygge. Vi arbejder for grønne gårde, en byttehylde i opgangene og et godt naboskab mellem de nye huse.',
    admins: ['line'],
    members: ['ahmed'],
  },
  {
    name: 'Beboerforeningen Teglholmen',
    kind: 'association',
    description:
      'Vi samler beboere på tværs af ejer-, andels- og lejeboliger på Teglholmen. Nabokaffe hver anden lørdag, tour de lejlighed om foråret og fællesspisning i fælleslokalet.',
    admins: ['mette'],
    members: ['fatima'],
  },
  {
    name: 'Kajakklubben Sluseholmen',
    kind: 'association',
    description:
      'Kajakroning i havnen fra bådhuset ved Sluseholmen og Kalvebod Brygge. Begynderhold hver tirsdag fra maj til september – alle kan være med, og vi låner kajakker ud.',
    admins: ['ahmed'],
    members: ['line', 'mette'],
  },
  {
    name: 'Skolen i Sydhavnen',
    kind: 'institution',
    description:
      'Folkeskole i Sydhavnen. Skolegården og gymnastiksalen er åbne for foreninger og naboer uden for skoletid.',
    admins: ['birgitte'],
    members: [],
  },
  {
    name: 'Sydhavns Bibliotek',
    kind: 'institution',
    description:
      'Bibliotek og kulturhus i Sydhavnen med lektiecafé, sprogcafé og mødelokaler, som lokale foreninger kan booke.',
    admins: ['fatima'],
    members: [],
  },
  {
    name: 'Café Slusen',
    kind: 'business',
    description:
      'Kvartercafé ved slusen med kaffe, brunch og byttehjørne. Vi lægger lokale til nabokaffe og små arrangementer om aftenen.',
    admins: ['ahmed'],
    members: [],
  },
];

const MARKER_EMAIL = DEMO_PEOPLE.anders.email;

async function alreadySeeded(ctx: AppContext): Promise<boolean> {
  const row = await ctx.db.kysely
    .selectFrom('users')
    .select('id')
    .where('email', '=', MARKER_EMAIL)
    .executeTakeFirst();
  return row !== undefined;
}

async function seedPeopleAndOrganisations(ctx: AppContext): Promise<DemoLogin[]> {
  const ids = new Map<PersonKey, number>();
  for (const [key, person] of Object.entries(DEMO_PEOPLE) as Array<[PersonKey, DemoPerson]>) {
    const id = await createUser(ctx, {
      name: person.name,
      email: person.email,
      password: DEMO_PASSWORD,
      locale: person.locale ?? 'da',
      verified: true,
      isAdmin: person.isAdmin === true,
    });
    ids.set(key, id);
  }
  const idOf = (key: PersonKey): number => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`demo person ${key} missing`);
    return id;
  };
  for (const { admins, members, ...organisation } of DEMO_ORGANISATIONS) {
    const roles: Array<{ userId: number; role: MembershipRole }> = [
      ...admins.map((key) => ({ userId: idOf(key), role: 'admin' as const })),
      ...members.map((key) => ({ userId: idOf(key), role: 'member' as const })),
    ];
    await addOrganisationWithMembers(ctx, organisation, roles);
  }
  return Object.values(DEMO_PEOPLE).map((person) => ({
    email: person.email,
    password: DEMO_PASSWORD,
    role: person.role,
  }));
}

/**
 * Demo people and organisations of Vesterbro and Sydhavn, seeded in one transaction into an empty
 * database. Returns the demo logins to print; nothing (and changes nothing) when already seeded.
 */
export async function seedDemoData(ctx: AppContext): Promise<DemoLogin[]> {
  if (await alreadySeeded(ctx)) return [];
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      // The services write through ctx.db; handing them the transaction keeps the seed all-or-nothing.
      const inTransaction: AppContext = { ...ctx, db: { ...ctx.db, kysely: trx } };
      return seedPeopleAndOrganisations(inTransaction);
    });
  } catch (error) {
    // Another instance starting at the same moment seeded first; its data stands.
    if (await alreadySeeded(ctx)) return [];
    throw error;
  }
}
