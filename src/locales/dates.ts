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
    'Klokken {time} findes ikke den {date}, fordi uret stilles en time frem. Vælg et andet klokkeslæt',
  'dates.at': 'kl.',
};

export const datesEn: Record<keyof typeof datesDa, string> = {
  'dates.hint.date': 'Write day.month.year, e.g. {example}',
  'dates.hint.time': 'Write hours and minutes, e.g. 18 or 18:30',
  'dates.error.dateFormat': 'Write the date as day.month.year, e.g. {example}',
  'dates.error.noSuchDate': 'The date {typed} does not exist in the calendar. Check the day and month',
  'dates.error.timeFormat': 'Write the time as hours:minutes, e.g. 18:30',
  'dates.error.noSuchTime':
    'The time {typed} does not exist. Hours run from 0 to 23 and minutes from 0 to 59',
  'dates.error.springGap':
    'The time {time} does not exist on {date}, because the clocks go forward an hour. Choose another time',
  'dates.at': 'at',
};
