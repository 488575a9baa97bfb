/** Interface text of grants, the e-mails to applicants and reviewers. Danish is the source of keys. */
export const grantsMailsDa = {
  'grants.mail.line.title': 'Ansøgning',
  'grants.mail.line.pool': 'Pulje',
  'grants.mail.line.requested': 'Ansøgt beløb',
  'grants.mail.line.organisation': 'Organisation',
  'grants.mail.line.when': 'Periode',
  'grants.mail.line.note': 'Bemærkning',
  'grants.mail.line.reason': 'Begrundelse',
  'grants.mail.line.question': 'Bedømmernes spørgsmål',
  'grants.mail.line.reference': 'Reference',
  'grants.mail.submitted.subject': 'Ny ansøgning at bedømme: {title}',
  'grants.mail.submitted.intro': '{applicant} har søgt puljen med "{title}".',
  'grants.mail.submitted.next':
    'Læs ansøgningen og afgiv din stemme her: {url}\nMålet er en afgørelse inden for {days:days} fra indsendelsen.',
  'grants.mail.resubmitted.subject': 'Ansøgning sendt igen: {title}',
  'grants.mail.resubmitted.intro': '{applicant} har svaret på jeres spørgsmål og sendt "{title}" igen.',
  'grants.mail.receipt.subject': 'Vi har modtaget din ansøgning: {title}',
  'grants.mail.receipt.intro': 'Tak for din ansøgning til {pool}. Bedømmerne har fået besked.',
  'grants.mail.receipt.next':
    'Målet er, at du får svar inden for {days:days}. Du kan følge ansøgningen her: {url}',
  'grants.mail.approved.subject': 'Din ansøgning er bevilget: {title}',
  'grants.mail.approved.intro': 'Godt nyt: Du har fået en bevilling på {granted}.',
  'grants.mail.approved.introSmaller':
    'Godt nyt: Du har fået en bevilling på {granted}. Du søgte {requested}; bedømmerne har bevilget et mindre beløb.',
  'grants.mail.approved.next':
    'Pengene bliver udbetalt, og du får besked, når det sker. Når initiativet er gennemført, sender du en kort rapport med billeder og det faktiske forbrug. Se ansøgningen her: {url}',
  'grants.mail.rejected.subject': 'Din ansøgning er afvist: {title}',
  'grants.mail.rejected.intro': 'Vi må desværre meddele, at din ansøgning til {pool} er afvist.',
  'grants.mail.rejected.next': 'Du er velkommen til at søge igen med en ny eller tilrettet idé: {url}',
  'grants.mail.needsInfo.subject': 'Vi mangler oplysninger om din ansøgning: {title}',
  'grants.mail.needsInfo.intro':
    'Bedømmerne har brug for flere oplysninger, før de kan afgøre din ansøgning.',
  'grants.mail.needsInfo.next': 'Ret ansøgningen og tryk "Indsend igen" her: {url}',
  'grants.mail.paid.subject': 'Pengene er udbetalt: {title}',
  'grants.mail.paid.intro': 'Vi har udbetalt {amount} den {date}.',
  'grants.mail.paid.next':
    'God fornøjelse med initiativet! Når det er gennemført, sender du en kort rapport med billeder og det faktiske forbrug her: {url}',
  'grants.mail.reminder.subject': 'Husk rapporten: {title}',
  'grants.mail.reminder.intro': 'Initiativet sluttede {date}, og vi mangler stadig din rapport.',
  'grants.mail.reminder.next':
    'Skriv et par linjer om, hvordan det gik, det faktiske forbrug og gerne et par billeder her: {url}',
  'grants.mail.report.subject': 'Rapport modtaget: {title}',
  'grants.mail.report.intro': '{applicant} har sendt rapporten for initiativet.',
  'grants.mail.report.next': 'Læs rapporten her: {url}',
  'grants.mail.withdrawn.subject': 'Ansøgning trukket tilbage: {title}',
  'grants.mail.withdrawn.intro':
    '{applicant} har trukket ansøgningen tilbage. En eventuel bevilling er frigivet til puljen igen.',
  'grants.mail.withdrawn.next': 'Der er intet at gøre. Se ansøgningen her: {url}',
  'grants.mail.resubmitReceipt.subject': 'Vi har modtaget dine svar: {title}',
  'grants.mail.resubmitReceipt.intro':
    'Tak for dine svar. Din ansøgning til {pool} er sendt til bedømmerne igen, og de har fået besked.',
  'grants.mail.withdrawnReceipt.subject': 'Du har trukket din ansøgning tilbage: {title}',
  'grants.mail.withdrawnReceipt.intro':
    'Din ansøgning til {pool} er trukket tilbage, og bedømmerne har fået besked.',
  'grants.mail.withdrawnReceipt.introApproved':
    'Din ansøgning til {pool} er trukket tilbage, og bedømmerne har fået besked. Bevillingen er givet tilbage til puljen, så der bliver ikke udbetalt noget.',
  'grants.mail.withdrawnReceipt.next':
    'Der er ikke mere at gøre. Du er velkommen til at søge igen, når du er klar: {url}',
  'grants.mail.returned.subject': 'Vi har registreret din tilbagebetaling: {title}',
  'grants.mail.returned.intro': 'Vi har registreret, at du har betalt {amount} tilbage den {date}. Tak.',
  'grants.mail.returned.next':
    'Der er ikke mere at gøre. Passer beløbet ikke, så kontakt udvalget bag puljen. Se ansøgningen her: {url}',
  'grants.mail.reportReceipt.subject': 'Tak for din rapport: {title}',
  'grants.mail.reportReceipt.intro': 'Vi har modtaget din rapport, og bedømmerne har fået besked.',
  'grants.mail.reportReceipt.next':
    'Der er ikke mere at gøre. Du kan rette rapporten og tilføje billeder her: {url}',
  'grants.mail.decided.approved.subject': 'Afgjort – bevilget: {title}',
  'grants.mail.decided.approved.intro':
    '{decider} har bevilget {granted} til "{title}" (ansøgt: {requested}).',
  'grants.mail.decided.rejected.subject': 'Afgjort – afvist: {title}',
  'grants.mail.decided.rejected.intro': '{decider} har afvist "{title}". Ansøgeren har fået begrundelsen.',
  'grants.mail.decided.needs_info.subject': 'Sendt tilbage til ansøgeren: {title}',
  'grants.mail.decided.needs_info.intro':
    '{decider} har bedt ansøgeren om flere oplysninger om "{title}". Den venter nu på ansøgerens svar.',
  'grants.mail.decided.next':
    'Sagen er afgjort, så der er ikke brug for flere stemmer. Se afgørelsen her: {url}',
  'grants.mail.decided.needs_info.next':
    'Du behøver ikke gøre noget nu. Du får besked, når ansøgningen bliver sendt igen. Se den her: {url}',
  'grants.mail.paidReviewer.subject': 'Udbetalt: {title}',
  'grants.mail.paidReviewer.intro': 'Der er udbetalt {amount} den {date} til "{title}".',
  'grants.mail.paidReviewer.next':
    'Der er intet at gøre. Ansøgeren sender en rapport, når initiativet er gennemført. Se sagen her: {url}',
  'grants.mail.returnedReviewer.subject': 'Tilbagebetalt: {title}',
  'grants.mail.returnedReviewer.intro':
    '{applicant} har betalt {amount} tilbage den {date}. Beløbet er givet tilbage til puljen og kan bevilges igen.',
  'grants.mail.returnedReviewer.next': 'Der er intet at gøre. Se sagen og regnskabet her: {url}',
} as const;

export const grantsMailsEn = {
  'grants.mail.line.title': 'Application',
  'grants.mail.line.pool': 'Pool',
  'grants.mail.line.requested': 'Amount requested',
  'grants.mail.line.organisation': 'Organisation',
  'grants.mail.line.when': 'Period',
  'grants.mail.line.note': 'Note',
  'grants.mail.line.reason': 'Reason',
  'grants.mail.line.question': "The reviewers' question",
  'grants.mail.line.reference': 'Reference',
  'grants.mail.submitted.subject': 'New application to review: {title}',
  'grants.mail.submitted.intro': '{applicant} has applied to the pool with "{title}".',
  'grants.mail.submitted.next':
    'Read the application and cast your vote here: {url}\nThe target is a decision within {days:days} of submission.',
  'grants.mail.resubmitted.subject': 'Application sent again: {title}',
  'grants.mail.resubmitted.intro': '{applicant} has answered your question and sent "{title}" again.',
  'grants.mail.receipt.subject': 'We have received your application: {title}',
  'grants.mail.receipt.intro': 'Thank you for applying to {pool}. The reviewers have been told.',
  'grants.mail.receipt.next':
    'The aim is to answer you within {days:days}. You can follow the application here: {url}',
  'grants.mail.approved.subject': 'Your application is approved: {title}',
  'grants.mail.approved.intro': 'Good news: you have been granted {granted}.',
  'grants.mail.approved.introSmaller':
    'Good news: you have been granted {granted}. You asked for {requested}; the reviewers have granted a smaller amount.',
  'grants.mail.approved.next':
    'The money will be paid out, and you will be told when it is. When the initiative is done, send a short report with photos and the actual spend. See the application here: {url}',
  'grants.mail.rejected.subject': 'Your application was rejected: {title}',
  'grants.mail.rejected.intro': 'We are sorry to tell you that your application to {pool} was rejected.',
  'grants.mail.rejected.next': 'You are welcome to apply again with a new or revised idea: {url}',
  'grants.mail.needsInfo.subject': 'We need more information about your application: {title}',
  'grants.mail.needsInfo.intro':
    'The reviewers need more information before they can decide on your application.',
  'grants.mail.needsInfo.next': 'Change the application and press "Submit again" here: {url}',
  'grants.mail.paid.subject': 'The money has been paid out: {title}',
  'grants.mail.paid.intro': 'We paid out {amount} on {date}.',
  'grants.mail.paid.next':
    'Enjoy the initiative! When it is done, send a short report with photos and the actual spend here: {url}',
  'grants.mail.reminder.subject': 'Remember the report: {title}',
  'grants.mail.reminder.intro': 'The initiative ended on {date}, and we are still missing your report.',
  'grants.mail.reminder.next':
    'Write a few lines on how it went, the actual spend and a couple of photos here: {url}',
  'grants.mail.report.subject': 'Report received: {title}',
  'grants.mail.report.intro': '{applicant} has sent the report for the initiative.',
  'grants.mail.report.next': 'Read the report here: {url}',
  'grants.mail.withdrawn.subject': 'Application withdrawn: {title}',
  'grants.mail.withdrawn.intro':
    '{applicant} has withdrawn the application. Any grant has been released to the pool again.',
  'grants.mail.withdrawn.next': 'Nothing needs doing. See the application here: {url}',
  'grants.mail.resubmitReceipt.subject': 'We have received your answers: {title}',
  'grants.mail.resubmitReceipt.intro':
    'Thank you for your answers. Your application to {pool} has been sent to the reviewers again, and they have been told.',
  'grants.mail.withdrawnReceipt.subject': 'You have withdrawn your application: {title}',
  'grants.mail.withdrawnReceipt.intro':
    'Your application to {pool} has been withdrawn, and the reviewers have been told.',
  'grants.mail.withdrawnReceipt.introApproved':
    'Your application to {pool} has been withdrawn, and the reviewers have been told. The grant has gone back to the pool, so nothing will be paid out.',
  'grants.mail.withdrawnReceipt.next':
    'There is nothing more to do. You are welcome to apply again when you are ready: {url}',
  'grants.mail.returned.subject': 'We have recorded your repayment: {title}',
  'grants.mail.returned.intro': 'We have recorded that you paid back {amount} on {date}. Thank you.',
  'grants.mail.returned.next':
    'There is nothing more to do. If the amount is wrong, contact the committee running the pool. See the application here: {url}',
  'grants.mail.reportReceipt.subject': 'Thank you for your report: {title}',
  'grants.mail.reportReceipt.intro': 'We have received your report, and the reviewers have been told.',
  'grants.mail.reportReceipt.next':
    'There is nothing more to do. You can correct the report and add photos here: {url}',
  'grants.mail.decided.approved.subject': 'Decided – approved: {title}',
  'grants.mail.decided.approved.intro':
    '{decider} has granted {granted} to "{title}" (requested: {requested}).',
  'grants.mail.decided.rejected.subject': 'Decided – rejected: {title}',
  'grants.mail.decided.rejected.intro':
    '{decider} has rejected "{title}". The applicant has been sent the reason.',
  'grants.mail.decided.needs_info.subject': 'Sent back to the applicant: {title}',
  'grants.mail.decided.needs_info.intro':
    '{decider} has asked the applicant for more information about "{title}". It now waits for the applicant\'s answer.',
  'grants.mail.decided.next':
    'The case is decided, so no more votes are needed. See the decision here: {url}',
  'grants.mail.decided.needs_info.next':
    'You need not do anything now. You will be told when the application is sent again. See it here: {url}',
  'grants.mail.paidReviewer.subject': 'Paid out: {title}',
  'grants.mail.paidReviewer.intro': '{amount} was paid out on {date} to "{title}".',
  'grants.mail.paidReviewer.next':
    'Nothing needs doing. The applicant sends a report when the initiative is done. See the case here: {url}',
  'grants.mail.returnedReviewer.subject': 'Paid back: {title}',
  'grants.mail.returnedReviewer.intro':
    '{applicant} paid back {amount} on {date}. The amount has gone back to the pool and can be granted again.',
  'grants.mail.returnedReviewer.next': 'Nothing needs doing. See the case and its ledger here: {url}',
} as const satisfies Record<keyof typeof grantsMailsDa, string>;
