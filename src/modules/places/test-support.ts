import type { MembershipRole, OrganisationKind } from '#src/modules/organisations/types.ts';
import type { AppContext } from '#src/platform/context.ts';

let counter = 0;

/** An organisation written straight to the database, with the given people as members. */
export async function createTestOrganisation(
  ctx: AppContext,
  members: Array<{ id: number; role: MembershipRole }>,
  kind: OrganisationKind = 'institution',
): Promise<{ id: number; slug: string; name: string }> {
  counter += 1;
  const name = `Testorganisation ${counter}`;
  const slug = `testorganisation-${counter}-${Math.random().toString(36).slice(2, 7)}`;
  const row = await ctx.db.kysely
    .insertInto('organisations')
    .values({ name, slug, kind, cvr: null, description: '', created_by: null, created_at: ctx.clock.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const member of members) {
    await ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: row.id, user_id: member.id, role: member.role, created_at: ctx.clock.now() })
      .execute();
  }
  return { id: row.id, slug, name };
}

/** A complete, valid facts form for a bookable place at Sluseholmen. */
export function validFacts(organisation: string, overrides: Record<string, string | string[]> = {}) {
  return {
    organisation,
    name: 'Gymnastiksalen',
    kind: 'school_room',
    description: 'Stor sal med ribber.',
    address: 'Sluseholmen 2, 2450 København SV',
    lat: '55,6455',
    lon: '12.548',
    capacity: '40',
    facilities: ['sports_equipment', 'toilet'],
    accessibility: ['stepFree', 'hearingLoop'],
    houseRules: 'Ryd op efter jer.',
    priceNote: 'Gratis for foreninger',
    accessMode: 'bookable',
    closedReason: '',
    ...overrides,
  };
}

/** A complete, valid rules form: weekdays 17–22, weekends 9–22. */
export function validRules(overrides: Record<string, string | string[]> = {}) {
  return {
    windows1: '17:00-22:00',
    windows2: '17:00-22:00',
    windows3: '17:00-22:00',
    windows4: '17:00-22:00',
    windows5: '17:00-22:00',
    windows6: '09:00-22:00',
    windows7: '9.00–12.00, 13:00-22:00',
    closedDates: '2026-12-24 Juleaften\n31.12.2026 Nytårsaften',
    minDurationMinutes: '60',
    maxDurationMinutes: '240',
    maxAdvanceDays: '60',
    minNoticeHours: '48',
    bufferMinutes: '15',
    bookerScope: 'org_kinds',
    allowedKinds: ['association', 'housing'],
    approval: 'required',
    responsibleHostRequired: 'on',
    cancellationDeadlineHours: '24',
    keyHandover: 'door_code',
    keyInstructions: 'Indgang fra gården.',
    codeVisibleMinutesBefore: '30',
    ...overrides,
  };
}
