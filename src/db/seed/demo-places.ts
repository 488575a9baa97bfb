import { DEMO_ORGANISATIONS } from '#src/db/seed/demo.ts';
import { getOrganisationByName } from '#src/modules/organisations/service.ts';
import { seedPlace } from '#src/modules/places/edit-service.ts';
import type { FactsInput } from '#src/modules/places/facts.ts';
import type { RulesInput } from '#src/modules/places/rules-input.ts';
import type { AppContext } from '#src/platform/context.ts';

interface DemoPlace {
  /** The owner, by its name in DEMO_ORGANISATIONS. */
  owner: string;
  facts: FactsInput;
  rules: RulesInput;
}

const AFTER_HOURS: RulesInput = {
  windows1: '17:00-22:00',
  windows2: '17:00-22:00',
  windows3: '17:00-22:00',
  windows4: '17:00-22:00',
  windows5: '17:00-22:00',
  windows6: '09:00-22:00',
  windows7: '09:00-22:00',
  closedDates: '2026-12-24 Juleaften\n2026-12-25 Juledag\n2026-12-31 Nytårsaften\n2027-01-01 Nytårsdag',
};
const EVERY_DAY = (hours: string): RulesInput =>
  Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((weekday) => [`windows${weekday}`, hours]));

const SCHOOL = 'Skolen i Sydhavnen';
const SCHOOL_ADDRESS = 'Mozarts Vej 12, 2450 København SV';

/** Plausible places in Vesterbro and Sydhavn, owned by the demo organisations (coordinates WGS 84). */
const DEMO_PLACES: DemoPlace[] = [
  {
    owner: SCHOOL,
    facts: {
      name: 'Gymnastiksalen på Skolen i Sydhavnen',
      kind: 'school_room',
      description: 'Stor gymnastiksal med ribber, måtter og bolde. Omklædning med bad.',
      address: SCHOOL_ADDRESS,
      lat: '55.6499',
      lon: '12.5318',
      capacity: '60',
      facilities: ['sports_equipment', 'toilet', 'storage'],
      stepFree: 'on',
      accessibleToilet: 'on',
      houseRules: 'Indendørssko i salen. Redskaber sættes på plads. Lys og dør låses, når I går.',
      priceNote: 'Gratis for foreninger og beboergrupper',
      accessMode: 'bookable',
    },
    rules: {
      ...AFTER_HOURS,
      minDurationMinutes: '60',
      maxDurationMinutes: '240',
      minNoticeHours: '48',
      bufferMinutes: '15',
      bookerScope: 'anyone',
      approval: 'required',
      responsibleHostRequired: 'on',
      cancellationDeadlineHours: '24',
      keyHandover: 'door_code',
      codeVisibleMinutesBefore: '30',
    },
  },
  ...['Klasselokale 1 på Skolen i Sydhavnen', 'Klasselokale 2 på Skolen i Sydhavnen'].map(
    (name): DemoPlace => ({
      owner: SCHOOL,
      facts: {
        name,
        kind: 'school_room',
        description:
          'Klasselokale med borde til 28, tavle og projektor. Velegnet til møder, lektiecafé og sprogundervisning.',
        address: SCHOOL_ADDRESS,
        lat: '55.6501',
        lon: '12.5322',
        capacity: '28',
        facilities: ['tables_chairs', 'projector', 'wifi', 'toilet'],
        stepFree: 'on',
        houseRules: 'Borde og stole stilles tilbage, som I fandt dem. Elevernes ting må ikke flyttes.',
        accessMode: 'bookable',
      },
      rules: {
        ...AFTER_HOURS,
        minDurationMinutes: '60',
        maxDurationMinutes: '300',
        minNoticeHours: '24',
        approval: 'required',
        keyHandover: 'key_box',
        keyInstructions:
          'Nøgleboksen sidder ved gårdindgangen på Mozarts Vej, kode 2468. Læg nøglen tilbage i boksen efter brug.',
      },
    }),
  ),
  {
    owner: 'Sydhavns Bibliotek',
    facts: {
      name: 'Mødelokalet på Sydhavns Bibliotek',
      kind: 'library_room',
      description: 'Lyst mødelokale på 1. sal med skærm og teleslynge.',
      address: 'Mozarts Plads 4, 2450 København SV',
      lat: '55.6507',
      lon: '12.5305',
      capacity: '20',
      facilities: ['tables_chairs', 'projector', 'wifi', 'toilet'],
      stepFree: 'on',
      accessibleToilet: 'on',
      hearingLoop: 'on',
      houseRules: 'Ingen madlavning. Kaffe og te må gerne medbringes.',
      priceNote: 'Gratis',
      accessMode: 'bookable',
    },
    rules: {
      windows1: '10:00-20:00',
      windows2: '10:00-20:00',
      windows3: '10:00-20:00',
      windows4: '10:00-20:00',
      windows5: '10:00-17:00',
      windows6: '10:00-14:00',
      minDurationMinutes: '60',
      maxDurationMinutes: '180',
      minNoticeHours: '2',
      approval: 'instant',
      keyHandover: 'none',
    },
  },
  {
    owner: 'Boligforeningen Sluseholmen',
    facts: {
      name: 'Fælleshuset ved kanalen',
      kind: 'housing_common_room',
      description: 'Boligforeningens fælleshus med køkken og plads til 50 ved bordene.',
      address: 'Sluseholmen 20, 2450 København SV',
      lat: '55.6452',
      lon: '12.5468',
      capacity: '50',
      facilities: ['kitchen', 'tables_chairs', 'sound_system', 'toilet', 'baby_changing'],
      stepFree: 'on',
      accessibleToilet: 'on',
      houseRules: 'Ro efter kl. 23. Køkkenet rengøres efter brug, og affald tages med.',
      priceNote: '300 kr. til rengøring pr. booking',
      accessMode: 'bookable',
    },
    rules: {
      ...EVERY_DAY('10:00-23:00'),
      minDurationMinutes: '120',
      maxDurationMinutes: '720',
      maxAdvanceDays: '120',
      bufferMinutes: '60',
      bookerScope: 'own_members',
      approval: 'required',
      keyHandover: 'key_box',
      keyInstructions: 'Nøgleboksen hænger til venstre for døren. Koden får du, når bookingen er godkendt.',
    },
  },
  {
    owner: 'Café Slusen',
    facts: {
      name: 'Baglokalet i Café Slusen',
      kind: 'ground_floor',
      description:
        'Caféens baglokale kan lånes om aftenen efter lukketid – til nabokaffe, strikkeklub og små møder.',
      address: 'Sluseholmen 1, 2450 København SV',
      lat: '55.6461',
      lon: '12.5492',
      capacity: '25',
      facilities: ['kitchen', 'tables_chairs', 'wifi', 'toilet'],
      stepFree: 'on',
      houseRules: 'Caféens varer må ikke bruges. Stolene sættes op på bordene, når I går.',
      priceNote: 'Gratis – køb gerne en kop kaffe',
      accessMode: 'on_request',
    },
    rules: {
      windows1: '18:00-22:00',
      windows2: '18:00-22:00',
      windows3: '18:00-22:00',
      windows4: '18:00-22:00',
      windows5: '18:00-22:00',
      windows6: '17:00-22:00',
      windows7: '17:00-22:00',
      maxDurationMinutes: '240',
      approval: 'required',
      keyHandover: 'pickup',
      keyInstructions: 'Nøglen udleveres i caféen inden kl. 17 samme dag og afleveres i postkassen.',
    },
  },
  {
    owner: 'Ejerforeningen Enghave Brygge',
    facts: {
      name: 'Gården på Enghave Brygge',
      kind: 'outdoor_area',
      description: 'Grøn gård mellem blokkene med bænke og legeplads.',
      address: 'Enghave Brygge 30, 2450 København SV',
      lat: '55.6556',
      lon: '12.5562',
      capacity: '80',
      facilities: ['outdoor_space'],
      stepFree: 'on',
      accessMode: 'closed',
      closedReason: 'Privat gårdrum for ejerforeningens beboere – adgang kun med dørkode.',
    },
    rules: { keyHandover: 'door_code' },
  },
  {
    owner: 'Carlsberg Byen P/S',
    facts: {
      name: 'Containeren på Bryggernes Plads',
      kind: 'temporary_premises',
      description:
        'Ombygget container med store vinduer, lånt ud mens kvarteret bygges færdigt. Til værksteder, udstillinger og møder.',
      address: 'Bryggernes Plads 8, 1799 København V',
      lat: '55.6661',
      lon: '12.5331',
      capacity: '15',
      facilities: ['tables_chairs', 'power_outlet', 'outdoor_space'],
      houseRules: 'Ingen overnatning. Containeren låses altid, når I går.',
      priceNote: 'Gratis til og med 2027',
      accessMode: 'bookable',
    },
    rules: {
      ...EVERY_DAY('09:00-21:00'),
      maxAdvanceDays: '60',
      bookerScope: 'org_kinds',
      allowedKinds: ['association', 'housing', 'local_committee'],
      approval: 'required',
      keyHandover: 'key_box',
      keyInstructions: 'Nøgleboksen sidder på containerens nordside.',
    },
  },
  {
    owner: 'Beboerforeningen Teglholmen',
    facts: {
      name: 'Byttehylden på Teglholmen',
      kind: 'swap_shelf',
      description: 'Tag en bog, et stykke legetøj eller en plante – og sæt noget andet.',
      address: 'Teglholmens Østkaj 20, 2450 København SV',
      lat: '55.6511',
      lon: '12.5481',
      facilities: [],
      stepFree: 'on',
      houseRules: 'Kun rene og hele ting. Ingen mad.',
      accessMode: 'open',
    },
    rules: EVERY_DAY('00:00-24:00'),
  },
  {
    owner: 'Københavns Kommune – Teknik- og Miljøforvaltningen',
    facts: {
      name: 'Lommeparken ved Sønder Boulevard',
      kind: 'green_pocket',
      description: 'Lille grøn lomme med højbede, bænke og et fælles insekthotel.',
      address: 'Sønder Boulevard 80, 1720 København V',
      lat: '55.6652',
      lon: '12.5509',
      facilities: ['outdoor_space', 'bicycle_parking'],
      stepFree: 'on',
      houseRules: 'Høst gerne krydderurter til eget brug.',
      accessMode: 'open',
    },
    rules: EVERY_DAY('00:00-24:00'),
  },
  {
    owner: 'Københavns Kommune – Teknik- og Miljøforvaltningen',
    facts: {
      name: 'Offentligt toilet på Mozarts Plads',
      kind: 'public_toilet',
      description: 'Offentligt toilet med handicaptoilet og puslebord.',
      address: 'Mozarts Plads, 2450 København SV',
      lat: '55.6503',
      lon: '12.5296',
      facilities: ['toilet', 'baby_changing'],
      stepFree: 'on',
      accessibleToilet: 'on',
      accessMode: 'open',
    },
    rules: EVERY_DAY('07:00-22:00'),
  },
];

/** The slugs the demo places get on an empty database, for the demo bookings. */
export const DEMO_PLACE_SLUGS = {
  gym: 'gymnastiksalen-paa-skolen-i-sydhavnen',
  classroom1: 'klasselokale-1-paa-skolen-i-sydhavnen',
  classroom2: 'klasselokale-2-paa-skolen-i-sydhavnen',
  libraryRoom: 'moedelokalet-paa-sydhavns-bibliotek',
  commonRoom: 'faelleshuset-ved-kanalen',
  cafeBackRoom: 'baglokalet-i-cafe-slusen',
  courtyard: 'gaarden-paa-enghave-brygge',
  container: 'containeren-paa-bryggernes-plads',
} as const;

async function ownerSlug(ctx: AppContext, name: string): Promise<string> {
  const owner = DEMO_ORGANISATIONS.find((organisation) => organisation.name === name);
  if (owner === undefined) throw new Error(`demo place owner ${name} is not a demo organisation`);
  return (await getOrganisationByName(ctx, name)).slug;
}

/**
 * Demo meeting places (after the demo organisations), checked by the same rules as the forms.
 * Bookings are seeded by the bookings module. Does nothing when the demo places exist.
 */
export async function seedDemoPlaces(ctx: AppContext): Promise<string[]> {
  const existing = await ctx.db.kysely
    .selectFrom('places')
    .select('id')
    .where('slug', '=', DEMO_PLACE_SLUGS.gym)
    .executeTakeFirst();
  if (existing !== undefined) return [];
  const slugs: string[] = [];
  for (const place of DEMO_PLACES)
    slugs.push(await seedPlace(ctx, await ownerSlug(ctx, place.owner), place.facts, place.rules));
  return slugs;
}
