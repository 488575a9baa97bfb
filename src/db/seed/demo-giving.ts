import { DEMO_PEOPLE } from '#src/db/seed/demo.ts';
import { DEMO_PLACE_SLUGS } from '#src/db/seed/demo-places.ts';
import { demoUser } from '#src/db/seed/demo-users.ts';
import type { ItemInput } from '#src/modules/giving/input.ts';
import { createItem } from '#src/modules/giving/service.ts';
import { getOrganisationByName } from '#src/modules/organisations/service.ts';
import type { AppContext, CurrentUser } from '#src/platform/context.ts';

type PersonKey = keyof typeof DEMO_PEOPLE;

interface DemoItem {
  by: PersonKey;
  /** The organisation's name, when posted on its behalf. */
  for?: string;
  input: ItemInput;
}

/** Offers and wishes on Giv-tavlen, from the demo people and organisations. */
const DEMO_ITEMS: DemoItem[] = [
  {
    by: 'ahmed',
    for: 'Café Slusen',
    input: {
      direction: 'offer',
      kind: 'room',
      title: 'Baglokalet mandag aften',
      description:
        'Caféens baglokale står tomt mandag aften kl. 18–22, når vi har lukket. Der er plads til 25, borde, stole og et lille køkken.\n\nPerfekt til nabokaffe, strikkeklub eller et bestyrelsesmøde. Køb gerne en kop kaffe inden kl. 17.',
      neighbourhood: 'sluseholmen',
      place: DEMO_PLACE_SLUGS.cafeBackRoom,
      expiresInDays: 90,
    },
  },
  {
    by: 'camilla',
    for: 'Carlsberg Byen P/S',
    input: {
      direction: 'offer',
      kind: 'sponsorship',
      sponsorshipKind: 'bench',
      title: 'To bænke til et fælles udeareal',
      description:
        'Vi sponsorerer to bænke i egetræ til en gård, en plads eller en grøn lomme i kvarteret. Skriv, hvor de skal stå, og hvem der vil passe dem – vi sørger for levering og montering.',
      neighbourhood: 'carlsberg-byen',
      expiresInDays: 120,
    },
  },
  {
    by: 'jonas',
    input: {
      direction: 'offer',
      kind: 'time',
      title: 'Hjælp til cykelreparation',
      description:
        'Jeg lapper slanger, justerer gear og strammer bremser. Lørdag formiddag i gården på Enghave Brygge – tag cyklen med, så fikser vi den sammen.',
      neighbourhood: 'enghave-brygge',
    },
  },
  {
    by: 'line',
    for: 'Ejerforeningen Enghave Brygge',
    input: {
      direction: 'wish',
      kind: 'sponsorship',
      sponsorshipKind: 'plants',
      title: 'Planter til den grønne lomme',
      description:
        'Vi vil plante stauder, krydderurter og forårsløg i den grønne lomme. Har du planter, stiklinger eller frø tilovers – eller et par timer en søndag – så sig til.',
      neighbourhood: 'enghave-brygge',
      expiresInDays: 60,
    },
  },
  {
    by: 'mette',
    for: 'Beboerforeningen Teglholmen',
    input: {
      direction: 'wish',
      kind: 'time',
      title: 'Vært til nabokaffe',
      description:
        'Vi søger en eller to, der vil være vært for nabokaffe en lørdag om måneden. Vi har kaffe, kage og lokalet – du har lyst til at byde nye naboer velkommen.',
      neighbourhood: 'teglholmen',
    },
  },
  {
    by: 'fatima',
    input: {
      direction: 'offer',
      kind: 'skill',
      title: 'Øv dansk over en kop kaffe',
      description:
        'Jeg er bibliotekar og vil gerne hjælpe tilflyttere med at øve hverdagsdansk. En time om ugen, gerne på biblioteket eller en café.',
      neighbourhood: 'sydhavn',
    },
  },
  {
    by: 'birgitte',
    for: 'Skolen i Sydhavnen',
    input: {
      direction: 'offer',
      kind: 'thing',
      title: 'Borde og stole til udlån',
      description:
        'Skolen låner 10 klapborde og 40 stole ud til gadefester og fællesspisning. Hentes og afleveres ved pedellen på hverdage.',
      neighbourhood: 'sydhavn',
    },
  },
];

async function demoPerson(ctx: AppContext, key: PersonKey): Promise<CurrentUser> {
  const user = await demoUser(ctx, DEMO_PEOPLE[key].email);
  if (user === null) throw new Error(`demo person ${key} missing`);
  return user;
}

/**
 * Demo offers and wishes (after the demo people, organisations and places), checked by the same
 * rules as the form. Does nothing when the give-board already has items. Returns the new ids.
 */
export async function seedDemoGiving(ctx: AppContext): Promise<number[]> {
  const existing = await ctx.db.kysely.selectFrom('give_items').select('id').limit(1).executeTakeFirst();
  if (existing !== undefined) return [];
  const ids: number[] = [];
  for (const item of DEMO_ITEMS) {
    const user = await demoPerson(ctx, item.by);
    const organisation = item.for === undefined ? '' : (await getOrganisationByName(ctx, item.for)).slug;
    ids.push(await createItem(ctx, user, { ...item.input, organisation }));
  }
  return ids;
}
