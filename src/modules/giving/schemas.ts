import { type Static, Type } from 'typebox';
import { DESCRIPTION_MAX, MESSAGE_MAX, TITLE_MAX } from '#src/modules/giving/model.ts';
import { fieldCap } from '#src/platform/form-input.ts';

// HTML form bodies and queries: lenient (the service gives each field its own message), with generous caps.
const text = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

export const CsrfForm = Type.Object({ _csrf: Type.String() });

export const BoardQuery = Type.Object({
  retning: text(50),
  type: text(50),
  kvarter: text(200),
  side: text(20),
});
export type BoardQuery = Static<typeof BoardQuery>;

export const NewItemQuery = Type.Object({ retning: text(50) });

export const ItemForm = Type.Object({
  _csrf: Type.String(),
  direction: text(50),
  kind: text(50),
  sponsorshipKind: text(50),
  title: text(fieldCap(TITLE_MAX)),
  description: text(fieldCap(DESCRIPTION_MAX)),
  organisation: text(200),
  neighbourhood: text(200),
  place: text(200),
  expiresInDays: text(50),
});
export type ItemForm = Static<typeof ItemForm>;

export const ContactForm = Type.Object({ _csrf: Type.String(), message: text(fieldCap(MESSAGE_MAX)) });
