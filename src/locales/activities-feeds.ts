/** Interface text of activities: calendar feeds and iCalendar. Danish is the source of keys. */
export const activitiesFeedsDa = {
  'activities.feed.title': 'Din aktivitetskalender',
  'activities.feed.lead':
    'Et privat link til din kalender (fx Outlook, Google eller iPhone) med de aktiviteter, du arrangerer eller er tilmeldt.',
  'activities.feed.link': 'Dit private kalenderlink',
  'activities.feed.private':
    'Del det ikke: alle med linket kan se dine aktiviteter. Laver du et nyt, holder det gamle op med at virke.',
  'activities.feed.create': 'Lav mit kalenderlink',
  'activities.feed.renew': 'Lav et nyt link (det gamle holder op med at virke)',
  'activities.ical.areaFeed': 'Aktiviteter i {area}',
  'activities.ical.organisationFeed': 'Aktiviteter arrangeret af {organisation}',
  'activities.ical.allFeed': 'Aktiviteter på Byliv',
  'activities.ical.personalFeed': 'Mine aktiviteter på Byliv',
} as const;

export const activitiesFeedsEn = {
  'activities.feed.title': 'Your activity calendar',
  'activities.feed.lead':
    'A private link for your calendar (e.g. Outlook, Google or iPhone) with the activities you organise or have joined.',
  'activities.feed.link': 'Your private calendar link',
  'activities.feed.private':
    'Do not share it: anyone with the link can see your activities. Making a new one stops the old one.',
  'activities.feed.create': 'Make my calendar link',
  'activities.feed.renew': 'Make a new link (the old one stops working)',
  'activities.ical.areaFeed': 'Activities in {area}',
  'activities.ical.organisationFeed': 'Activities organised by {organisation}',
  'activities.ical.allFeed': 'Activities on Byliv',
  'activities.ical.personalFeed': 'My activities on Byliv',
} as const satisfies Record<keyof typeof activitiesFeedsDa, string>;
