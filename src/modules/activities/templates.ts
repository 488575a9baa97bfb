import { ACTIVITY_KINDS, type ActivityKind } from '#src/modules/activities/tables.ts';
import type { PlainMessageKey } from '#src/platform/i18n.ts';

/**
 * A starter template per kind: a title, a description and the usual length, so that a small
 * activity is published in under a minute. `/aktiviteter/ny?type=<slug>` opens the form with it.
 */
export interface StarterTemplate {
  kind: ActivityKind;
  /** The Danish word in the address, e.g. `faellesspisning`. */
  slug: string;
  title: PlainMessageKey;
  description: PlainMessageKey;
  minutes: number;
  childFriendly: boolean;
  freeOfCharge: boolean;
}

const TEMPLATE_SETTINGS: Record<
  ActivityKind,
  { slug: string; minutes: number; childFriendly: boolean; freeOfCharge: boolean }
> = {
  communal_dining: { slug: 'faellesspisning', minutes: 150, childFriendly: true, freeOfCharge: false },
  swap_corner: { slug: 'byttehjoerne', minutes: 120, childFriendly: true, freeOfCharge: true },
  neighbour_coffee: { slug: 'nabokaffe', minutes: 90, childFriendly: true, freeOfCharge: true },
  tour_de_lejlighed: { slug: 'tour-de-lejlighed', minutes: 180, childFriendly: false, freeOfCharge: true },
  pop_up: { slug: 'pop-up', minutes: 180, childFriendly: true, freeOfCharge: true },
  workshop: { slug: 'workshop', minutes: 120, childFriendly: false, freeOfCharge: true },
  outdoor: { slug: 'udendoers', minutes: 120, childFriendly: true, freeOfCharge: true },
  meeting: { slug: 'moede', minutes: 90, childFriendly: false, freeOfCharge: true },
  other: { slug: 'andet', minutes: 120, childFriendly: false, freeOfCharge: true },
};

export const STARTER_TEMPLATES: readonly StarterTemplate[] = ACTIVITY_KINDS.map((kind) => ({
  kind,
  ...TEMPLATE_SETTINGS[kind],
  title: `activities.template.${kind}.title`,
  description: `activities.template.${kind}.description`,
}));

export function templateBySlug(slug: string | undefined): StarterTemplate | null {
  return STARTER_TEMPLATES.find((template) => template.slug === slug || template.kind === slug) ?? null;
}

export function templateOf(kind: ActivityKind): StarterTemplate {
  const found = STARTER_TEMPLATES.find((template) => template.kind === kind);
  if (found === undefined) throw new RangeError(`no template for ${kind}`);
  return found;
}

export function kindLabelKey(kind: ActivityKind): PlainMessageKey {
  return `activities.kind.${kind}`;
}

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

/** Tags a person can filter by and set on an activity. */
export const ACTIVITY_TAGS = ['childFriendly', 'stepFree', 'freeOfCharge'] as const;
export type ActivityTag = (typeof ACTIVITY_TAGS)[number];

/** Languages an activity can be held in (ISO 639-1). */
export const ACTIVITY_LANGUAGES = ['da', 'en', 'de', 'ar', 'uk', 'pl', 'tr', 'so'] as const;
