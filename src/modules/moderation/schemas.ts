import { Type } from 'typebox';
import { DETAILS_MAX, NOTE_MAX } from '#src/modules/moderation/service.ts';
import { DatabaseId } from '#src/platform/api-schemas.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies and queries: lenient (the service gives each field its own message); texts are
// capped at twice their limit, as every module's are (`fieldCap`: a browser sends CR LF).
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const ReportQuery = Type.Object({ type: text(50), id: text(20) });
export const ReportForm = Type.Object({
  _csrf: Type.String(),
  type: text(50),
  id: text(20),
  reason: text(50),
  details: text(fieldCap(DETAILS_MAX)),
});
export const CaseParams = Type.Object({
  type: Type.String({ maxLength: 50 }),
  id: DatabaseId,
});
export const DecisionForm = Type.Object({ _csrf: Type.String(), note: text(fieldCap(NOTE_MAX)) });
