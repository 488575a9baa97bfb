/** Interface text of places. Danish is the source of keys. */
export const placesDa = {
  'places.error.notFound': 'Stedet findes ikke.',
  'places.error.managersOnly': 'Kun stedets ansvarlige og organisationens administratorer kan gøre dette.',
} as const;

export const placesEn: Record<keyof typeof placesDa, string> = {
  'places.error.notFound': 'The place does not exist.',
  'places.error.managersOnly': "Only the place's managers and the organisation's admins can do this.",
};
