/** Words about dates and times shared by every form and page: hints, parse errors, formats. */
export const datesDa = {
  'dates.hint.date': 'Skriv dag.måned.år, fx {example}',
  'dates.hint.time': 'Skriv timer og minutter, fx 18 eller 18.30',
  'dates.error.dateFormat': 'Skriv datoen som dag.måned.år, fx {example}',
  'dates.error.noSuchDate': 'Datoen {typed} findes ikke i kalenderen. Tjek dag og måned',
  'dates.error.timeFormat': 'Skriv klokkeslættet som timer.minutter, fx 18.30',
  'dates.error.noSuchTime':
    'Klokkeslættet {typed} findes ikke. Timer går fra 0 til 23 og minutter fra 0 til 59',
  'dates.error.springGap':
    'Kl. {time:clock} findes ikke den {date:date} (uret stilles frem); vælg {later:clock}.',
  'dates.error.outOfRange':
    'Datoen ligger uden for de år, Byliv tager imod ({first}–{last}). Vælg en dato i de år',
  'dates.error.leapSecond':
    'Sekunderne skal være fra 00 til 59; Byliv regner ikke med skudsekunder. Skriv fx {suggestion}',
  'dates.error.instantFormat': 'Skriv tidspunktet efter RFC 3339 med tidszone, fx {example}',
  'dates.at': 'kl.',
} as const;

export const datesEn = {
  'dates.hint.date': 'Write day.month.year, e.g. {example}',
  'dates.hint.time': 'Write hours and minutes, e.g. 18 or 18:30',
  'dates.error.dateFormat': 'Write the date as day.month.year, e.g. {example}',
  'dates.error.noSuchDate': 'The date {typed} does not exist in the calendar. Check the day and month',
  'dates.error.timeFormat': 'Write the time as hours:minutes, e.g. 18:30',
  'dates.error.noSuchTime':
    'The time {typed} does not exist. Hours run from 0 to 23 and minutes from 0 to 59',
  'dates.error.springGap':
    '{time:clock} does not exist on {date:date} (clocks go forward); choose {later:clock}.',
  'dates.error.outOfRange':
    'The date is outside the years Byliv accepts ({first}–{last}). Choose a date within them',
  'dates.error.leapSecond':
    'Seconds must be 00–59; Byliv does not count leap seconds. Write e.g. {suggestion}',
  'dates.error.instantFormat': 'Write the time as RFC 3339 with a time zone, e.g. {example}',
  'dates.at': 'at',
} as const satisfies Record<keyof typeof datesDa, string>;
