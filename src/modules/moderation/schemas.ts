import { Type } from 'typebox';
import { DatabaseId } from '#src/platform/api-schemas.ts';

// HTML form bodies and queries: lenient (the service gives each field its own message), with generous caps.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const ReportQuery = Type.Object({ type: text(50), id: text(20) });
export const ReportForm = Type.Object({
  _csrf: Type.String(),
  type: text(50),
  id: text(20),
  reason: text(50),
  details: text(20_000),
});
export const CaseParams = Type.Object({
  type: Type.String({ maxLength: 50 }),
  id: DatabaseId,
});
export const DecisionForm = Type.Object({ _csrf: Type.String(), note: text(20_000) });
