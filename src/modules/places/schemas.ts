import { type Static, Type } from 'typebox';
import {
  KEY_INSTRUCTIONS_MAX,
  LONG_TEXT_MAX,
  NAME_MAX,
  SHORT_TEXT_MAX,
  WINDOWS_TEXT_MAX,
} from '#src/modules/places/limits.ts';
import { DatabaseId, Slug } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies: lenient (the service gives each field its own message), capped by `fieldCap`.
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
  name: text(fieldCap(NAME_MAX)),
  kind: text(100),
  description: text(fieldCap(LONG_TEXT_MAX)),
  address: text(fieldCap(SHORT_TEXT_MAX)),
  lat: text(100),
  lon: text(100),
  capacity: text(100),
  facilities: list,
  accessibility: list,
  houseRules: text(fieldCap(LONG_TEXT_MAX)),
  priceNote: text(fieldCap(SHORT_TEXT_MAX)),
  accessMode: text(100),
  closedReason: text(fieldCap(SHORT_TEXT_MAX)),
});
export type FactsForm = Static<typeof FactsForm>;

export const RulesForm = Type.Object({
  _csrf: Type.String(),
  windows1: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows2: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows3: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows4: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows5: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows6: text(fieldCap(WINDOWS_TEXT_MAX)),
  windows7: text(fieldCap(WINDOWS_TEXT_MAX)),
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
  keyInstructions: text(fieldCap(KEY_INSTRUCTIONS_MAX)),
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
