import { type Static, Type } from 'typebox';
import { DatabaseId, Slug } from '#src/platform/api-schemas.ts';

// HTML form bodies: lenient (the service gives each field its own message), with generous caps.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const list = Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 50 }));

export const PhotoParams = Type.Object({
  slug: Slug,
  id: DatabaseId,
});
export const ManagerParams = Type.Object({
  slug: Slug,
  userId: DatabaseId,
});
export const CsrfOnlyForm = Type.Object({ _csrf: Type.String() });

export const FactsForm = Type.Object({
  _csrf: Type.String(),
  organisation: text(200),
  name: text(1000),
  kind: text(100),
  description: text(20_000),
  address: text(1000),
  lat: text(100),
  lon: text(100),
  capacity: text(100),
  facilities: list,
  accessibility: list,
  houseRules: text(20_000),
  priceNote: text(2000),
  accessMode: text(100),
  closedReason: text(2000),
});
export type FactsForm = Static<typeof FactsForm>;

export const RulesForm = Type.Object({
  _csrf: Type.String(),
  windows1: text(2000),
  windows2: text(2000),
  windows3: text(2000),
  windows4: text(2000),
  windows5: text(2000),
  windows6: text(2000),
  windows7: text(2000),
  closedDates: text(50_000),
  minDurationMinutes: text(100),
  maxDurationMinutes: text(100),
  maxAdvanceDays: text(100),
  minNoticeHours: text(100),
  bufferMinutes: text(100),
  bookerScope: text(100),
  allowedKinds: list,
  approval: text(100),
  responsibleHostRequired: text(100),
  cancellationDeadlineHours: text(100),
  keyHandover: text(100),
  keyInstructions: text(5000),
  codeVisibleMinutesBefore: text(100),
});
export type RulesForm = Static<typeof RulesForm>;

export const ManagerForm = Type.Object({ _csrf: Type.String(), manager: text(100) });

export const ListQuery = Type.Object({
  type: text(100),
  omraade: text(200),
  adgang: text(100),
  niveaufri: text(10),
  plads: text(20),
  facilitet: text(100),
  side: text(20),
});
export type ListQuery = Static<typeof ListQuery>;
