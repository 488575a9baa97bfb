/** Interface text of grants, the applicant's report after the initiative. Danish is the source of keys. */
export const grantsReportsDa = {
  'grants.report.title': 'Rapport',
  'grants.report.pageTitle': 'Rapport: {title}',
  'grants.report.lead': 'Fortæl kort, hvordan det gik, og hvad pengene blev brugt til. Billeder er velkomne.',
  'grants.report.text': 'Hvordan gik det?',
  'grants.report.textHint': 'Et par linjer er nok: hvad skete der, og hvem var med?',
  'grants.report.textRequired': 'Skriv et par linjer om, hvordan det gik',
  'grants.report.actualSpend': 'Faktisk forbrug (kr.)',
  'grants.report.submit': 'Send rapport',
  'grants.report.photosTitle': 'Billeder fra initiativet',
  'grants.report.spent': 'Faktisk forbrug: {amount}',
  'grants.report.notPaid': 'Rapporten kan sendes, når pengene er udbetalt.',
} as const;

export const grantsReportsEn = {
  'grants.report.title': 'Report',
  'grants.report.pageTitle': 'Report: {title}',
  'grants.report.lead': 'Tell briefly how it went and what the money was spent on. Photos are welcome.',
  'grants.report.text': 'How did it go?',
  'grants.report.textHint': 'A few lines are enough: what happened, and who took part?',
  'grants.report.textRequired': 'Write a few lines on how it went',
  'grants.report.actualSpend': 'Actual spend (DKK)',
  'grants.report.submit': 'Send report',
  'grants.report.photosTitle': 'Photos of the initiative',
  'grants.report.spent': 'Actual spend: {amount}',
  'grants.report.notPaid': 'The report can be sent once the money has been paid out.',
} as const satisfies Record<keyof typeof grantsReportsDa, string>;
