/** Interface text of activities: joining, guests, waiting lists, participant lists and the mails to participants. Danish is the source of keys. */
export const activitiesParticipationDa = {
  'activities.mail.noReason': 'Arrangøren har ikke skrevet en begrundelse.',
  'activities.mail.joined.subject': 'Du er tilmeldt: {title}',
  'activities.mail.joined.body':
    'Du er tilmeldt "{title}" {when}.\nSted: {where}\n\nSe aktiviteten: {page}\n\nKan du alligevel ikke komme? Afmeld dig her, så din plads kan gå videre: {cancel}',
  'activities.mail.left.subject': 'Du er afmeldt: {title}',
  'activities.mail.left.body':
    'Du er ikke længere tilmeldt "{title}" {when}.\nSted: {where}\n\nVil du alligevel med, kan du tilmelde dig igen her: {page}',
  'activities.mail.waiting.subject': 'Du er på ventelisten: {title}',
  'activities.mail.waiting.body':
    'Der er ikke flere pladser til "{title}" {when}, så du er sat på ventelisten.\nBliver der en plads ledig, får du den automatisk, og vi skriver til dig.\n\nSe aktiviteten: {page}\n\nVil du ikke længere stå på ventelisten? Afmeld dig her: {cancel}',
  'activities.mail.promoted.subject': 'Du har fået en plads: {title}',
  'activities.mail.promoted.body':
    'En plads er blevet ledig, og du er rykket op fra ventelisten. Du er nu tilmeldt "{title}" {when}.\nSted: {where}\n\nSe aktiviteten: {page}\n\nKan du ikke komme? Afmeld dig her, så pladsen kan gå videre: {cancel}',
  'activities.mail.confirm.subject': 'Bekræft din tilmelding: {title}',
  'activities.mail.confirm.body':
    'Du (eller nogen med din e-mailadresse) vil tilmelde dig "{title}" {when}.\n\nBekræft tilmeldingen ved at åbne linket: {link}\n\nFørst når du har bekræftet, har du en plads. Har du ikke bedt om det, kan du se bort fra denne e-mail.',
  'activities.mail.cancelled.subject': 'Aflyst: {title}',
  'activities.mail.cancelled.body':
    '"{title}" {when} er aflyst.\n\nBegrundelse: {reason}\n\nDu behøver ikke gøre noget. Se andre aktiviteter i kvarteret: {page}',
  'activities.mail.moved.subject': 'Nyt tidspunkt: {title}',
  'activities.mail.moved.body':
    '"{title}" er flyttet.\nFør: {before}\nNu: {when}\nSted: {where}\n\nDu er stadig tilmeldt. Se aktiviteten: {page}\n\nPasser det nye tidspunkt ikke? Afmeld dig her: {cancel}',
  'activities.seats.full': 'Fuldt – venteliste',
  'activities.seats.left.one': '{count} plads tilbage',
  'activities.seats.left.other': '{count} pladser tilbage',
  'activities.seats.waiting.one': '{count} på venteliste',
  'activities.seats.waiting.other': '{count} på venteliste',
  'activities.participantStatus.unconfirmed': 'Ikke bekræftet',
  'activities.participantStatus.joined': 'Tilmeldt',
  'activities.participantStatus.waiting': 'På venteliste',
  'activities.participantStatus.cancelled': 'Afmeldt',
  'activities.participants.title': 'Deltagere: {title}',
  'activities.participants.back': 'Tilbage til aktiviteten',
  'activities.participants.none': 'Ingen har tilmeldt sig endnu.',
  'activities.participants.name': 'Navn',
  'activities.participants.email': 'E-mail',
  'activities.participants.status': 'Status',
  'activities.participants.occurrence': 'Gang',
  'activities.participants.signedUpAt': 'Tilmeldt',
  'activities.guest.title': 'Tilmeld dig: {title}',
  'activities.guest.haveAccount': 'Har du en konto?',
  'activities.guest.logIn': 'Log ind og tilmeld dig med ét klik',
  'activities.guest.lead':
    'Du kan også tilmelde dig uden konto. Vi sender et link til din e-mail; først når du har bekræftet, har du en plads.',
  'activities.guest.name': 'Dit navn',
  'activities.guest.email': 'Din e-mail',
  'activities.guest.submit': 'Tilmeld dig',
  'activities.guest.sentTitle': 'Tjek din e-mail',
  'activities.guest.sent': 'Vi har sendt et link til {email}. Åbn det for at bekræfte din tilmelding.',
  'activities.link.toActivity': 'Til aktiviteten',
  'activities.link.cancelTitle': 'Afmeld dig',
  'activities.link.cancelLead':
    '{name}, vil du afmelde dig? Din plads går videre til den næste på ventelisten.',
  'activities.link.cancelLeadWaiting': '{name}, vil du fjernes fra ventelisten?',
  'activities.link.cancelButton': 'Ja, afmeld mig',
  'activities.link.cancelledTitle': 'Du er afmeldt',
  'activities.link.cancelledText':
    'Tak fordi du sagde til. Du kan altid tilmelde dig igen fra aktivitetens side.',
  'activities.link.confirmTitle': 'Bekræft din tilmelding',
  'activities.link.confirmLead': '{name}, tryk på knappen for at bekræfte din tilmelding.',
  'activities.link.confirmButton': 'Bekræft tilmelding',
  'activities.link.confirmedJoined': 'Du er tilmeldt',
  'activities.link.confirmedWaiting': 'Du er på ventelisten',
  'activities.link.confirmedText': 'Vi har sendt dig en e-mail med detaljerne og et link til at afmelde dig.',
} as const;

export const activitiesParticipationEn = {
  'activities.mail.noReason': 'The organiser gave no reason.',
  'activities.mail.joined.subject': 'You have joined: {title}',
  'activities.mail.joined.body':
    'You have joined "{title}", {when}.\nWhere: {where}\n\nSee the activity: {page}\n\nCannot come after all? Cancel here so your place can go to someone else: {cancel}',
  'activities.mail.left.subject': 'You have left: {title}',
  'activities.mail.left.body':
    'You are no longer signed up for "{title}", {when}.\nWhere: {where}\n\nWant to come after all? Join again here: {page}',
  'activities.mail.waiting.subject': 'You are on the waiting list: {title}',
  'activities.mail.waiting.body':
    'There are no more places for "{title}", {when}, so you are on the waiting list.\nIf a place becomes free, you get it automatically and we will write to you.\n\nSee the activity: {page}\n\nNo longer want to wait? Cancel here: {cancel}',
  'activities.mail.promoted.subject': 'You have a place: {title}',
  'activities.mail.promoted.body':
    'A place became free and you moved up from the waiting list. You have now joined "{title}", {when}.\nWhere: {where}\n\nSee the activity: {page}\n\nCannot come? Cancel here so the place can go to someone else: {cancel}',
  'activities.mail.confirm.subject': 'Confirm your sign-up: {title}',
  'activities.mail.confirm.body':
    'You (or someone using your e-mail address) want to join "{title}", {when}.\n\nConfirm by opening the link: {link}\n\nYou only have a place once you have confirmed. If you did not ask for this, ignore this e-mail.',
  'activities.mail.cancelled.subject': 'Cancelled: {title}',
  'activities.mail.cancelled.body':
    '"{title}", {when}, is cancelled.\n\nReason: {reason}\n\nYou need not do anything. See other activities in the neighbourhood: {page}',
  'activities.mail.moved.subject': 'New time: {title}',
  'activities.mail.moved.body':
    '"{title}" has moved.\nBefore: {before}\nNow: {when}\nWhere: {where}\n\nYou are still signed up. See the activity: {page}\n\nDoes the new time not suit you? Cancel here: {cancel}',
  'activities.seats.full': 'Full – waiting list',
  'activities.seats.left.one': '{count} place left',
  'activities.seats.left.other': '{count} places left',
  'activities.seats.waiting.one': '{count} on the waiting list',
  'activities.seats.waiting.other': '{count} on the waiting list',
  'activities.participantStatus.unconfirmed': 'Not confirmed',
  'activities.participantStatus.joined': 'Joined',
  'activities.participantStatus.waiting': 'On the waiting list',
  'activities.participantStatus.cancelled': 'Cancelled',
  'activities.participants.title': 'Participants: {title}',
  'activities.participants.back': 'Back to the activity',
  'activities.participants.none': 'No one has joined yet.',
  'activities.participants.name': 'Name',
  'activities.participants.email': 'E-mail',
  'activities.participants.status': 'Status',
  'activities.participants.occurrence': 'Time',
  'activities.participants.signedUpAt': 'Signed up',
  'activities.guest.title': 'Join: {title}',
  'activities.guest.haveAccount': 'Do you have an account?',
  'activities.guest.logIn': 'Log in and join with one click',
  'activities.guest.lead':
    'You can also join without an account. We send a link to your e-mail; you only have a place once you have confirmed.',
  'activities.guest.name': 'Your name',
  'activities.guest.email': 'Your e-mail',
  'activities.guest.submit': 'Join',
  'activities.guest.sentTitle': 'Check your e-mail',
  'activities.guest.sent': 'We have sent a link to {email}. Open it to confirm your sign-up.',
  'activities.link.toActivity': 'To the activity',
  'activities.link.cancelTitle': 'Leave the activity',
  'activities.link.cancelLead':
    '{name}, do you want to leave? Your place goes to the next on the waiting list.',
  'activities.link.cancelLeadWaiting': '{name}, do you want to leave the waiting list?',
  'activities.link.cancelButton': 'Yes, take me off',
  'activities.link.cancelledTitle': 'You have left',
  'activities.link.cancelledText':
    "Thank you for letting us know. You can always join again from the activity's page.",
  'activities.link.confirmTitle': 'Confirm your sign-up',
  'activities.link.confirmLead': '{name}, press the button to confirm your sign-up.',
  'activities.link.confirmButton': 'Confirm sign-up',
  'activities.link.confirmedJoined': 'You have joined',
  'activities.link.confirmedWaiting': 'You are on the waiting list',
  'activities.link.confirmedText': 'We have sent you an e-mail with the details and a link to leave.',
} as const satisfies Record<keyof typeof activitiesParticipationDa, string>;
