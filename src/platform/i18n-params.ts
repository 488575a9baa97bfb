import type { da, MessageKey } from '#src/locales/da.ts';
import type { en } from '#src/locales/en.ts';

/**
 * The placeholders of a message, read by the compiler from the catalogues' literal text: a
 * misspelt or missing `{name}` is a compile error, not "{name}" shown to a resident.
 */

/** Every `{name}` or `{name:money}` in a text, as written between the braces. */
type PlaceholdersIn<Text extends string> = Text extends `${string}{${infer Inside}}${infer Rest}`
  ? Inside | PlaceholdersIn<Rest>
  : never;

/** The placeholders a key's Danish or English text uses (the two are tested to agree). */
export type PlaceholderOf<Key extends MessageKey> =
  | PlaceholdersIn<(typeof da)[Key]>
  | PlaceholdersIn<(typeof en)[Key]>;

type NameOf<Placeholder extends string> = Placeholder extends `${infer Name}:${string}` ? Name : Placeholder;

/**
 * Values the translator formats in the reader's language, named after the colon: `{max:money}`
 * takes øre, `{date:date}` a local date (YYYY-MM-DD), `{when:interval}` two instants,
 * `{time:clock}` a minute of the day, `{day:weekday}` 0 (Sunday) to 6, `{length:duration}`
 * minutes, `{n:days}`, `{n:hours}`, `{n:minutes}`, `{n:seconds}` and `{n:people}` a count said with
 * its noun by the language's plural rules, and `{kinds:orList}` keys whose texts are joined with
 * "eller"/"or".
 */
export interface PlaceholderFormats {
  money: number;
  date: string;
  interval: readonly [startsAt: number, endsAt: number];
  clock: number;
  weekday: number;
  duration: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  people: number;
  orList: readonly PlainMessageKey[];
}

type ValueOf<Placeholder extends string> =
  Placeholder extends `${string}:${infer Format extends keyof PlaceholderFormats}`
    ? PlaceholderFormats[Format]
    : string | number;

/** The values a key needs: what its format takes for `{name:format}`, text or a number otherwise. */
export type ParamsOf<Key extends MessageKey> = {
  [Placeholder in PlaceholderOf<Key> as NameOf<Placeholder>]: ValueOf<Placeholder>;
};

/** Keys whose text has no placeholder: they take no values. */
export type PlainMessageKey = {
  [Key in MessageKey]: [PlaceholderOf<Key>] extends [never] ? Key : never;
}[MessageKey];

/** Keys whose text uses exactly the given placeholders, e.g. `{count}` for plurals. */
export type MessageKeyWith<Placeholder extends string> = {
  [Key in MessageKey]: [PlaceholderOf<Key>] extends [Placeholder]
    ? [Placeholder] extends [PlaceholderOf<Key>]
      ? Key
      : never
    : never;
}[MessageKey];

/** Keys whose text uses no placeholder but the given ones, e.g. a plural's "one" form. */
export type MessageKeyWithin<Placeholder extends string> = {
  [Key in MessageKey]: [PlaceholderOf<Key>] extends [Placeholder] ? Key : never;
}[MessageKey];

/** What follows the key in a call: nothing for a plain key, its values otherwise. */
export type ParamsArg<Key extends MessageKey> = [PlaceholderOf<Key>] extends [never]
  ? []
  : [params: ParamsOf<Key>];

/** A message to show later (a field error, a problem): a key with exactly the values it needs. */
export type Message =
  | { readonly key: PlainMessageKey; readonly params?: undefined }
  | {
      [Key in Exclude<MessageKey, PlainMessageKey>]: { readonly key: Key; readonly params: ParamsOf<Key> };
    }[Exclude<MessageKey, PlainMessageKey>];
