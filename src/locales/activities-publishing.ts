/** Interface text of activities: the create and edit form: templates, fields, hints and validation. Danish is the source of keys. */
export const activitiesPublishingDa = {
  'activities.template.communal_dining.title': 'Fællesspisning',
  'activities.template.communal_dining.description':
    'Vi laver mad sammen og spiser ved lange borde. Tag gerne en ret eller en ven med. Børn er velkomne.',
  'activities.template.swap_corner.title': 'Byttehjørne',
  'activities.template.swap_corner.description':
    'Tag det med, du ikke bruger længere – tøj, bøger, legetøj, planter – og tag noget andet med hjem.',
  'activities.template.neighbour_coffee.title': 'Nabokaffe',
  'activities.template.neighbour_coffee.description':
    'Kaffe, te og en snak med naboerne. Kig forbi, også hvis du lige er flyttet ind.',
  'activities.template.tour_de_lejlighed.title': 'Tour de lejlighed',
  'activities.template.tour_de_lejlighed.description':
    'Vi besøger hinandens lejligheder: en ret eller en drink hos hver vært, og så videre til den næste.',
  'activities.template.pop_up.title': 'Pop-up',
  'activities.template.pop_up.description':
    'En kort, åben aktivitet i kvarteret. Kom forbi, når det passer dig.',
  'activities.template.workshop.title': 'Workshop',
  'activities.template.workshop.description':
    'Vi lærer noget sammen. Skriv, hvad vi skal lave, og hvad man skal have med.',
  'activities.template.outdoor.title': 'Udendørsaktivitet',
  'activities.template.outdoor.description': 'Vi mødes udenfor. Tag tøj på efter vejret.',
  'activities.template.meeting.title': 'Møde',
  'activities.template.meeting.description': 'Et møde om kvarteret. Alle er velkomne til at komme med idéer.',
  'activities.template.other.title': '',
  'activities.template.other.description': '',
  'activities.validation.point': 'Skriv både breddegrad og længdegrad som tal, fx 55.6465 og 12.5480',
  'activities.validation.stop': 'Stoppestedet "{stop}" kan ikke læses. Skriv fx "18:00 Sluseholmen bro"',
  'activities.validation.routeStops': 'En rute skal have mindst to stoppesteder, ét på hver linje',
  'activities.validation.tooManyStops': 'En rute kan højst have {max} stoppesteder',
  'activities.validation.choosePlace': 'Vælg et sted',
  'activities.validation.where': 'Skriv hvor: en adresse eller et mødested',
  'activities.validation.capacity':
    'Skriv antallet af pladser som et helt tal fra 1 til {max}, eller lad feltet stå tomt',
  'activities.validation.repeat': 'Vælg, hvor ofte aktiviteten gentages',
  'activities.validation.untilBeforeStart':
    'Slutdatoen for gentagelsen skal ligge på eller efter den første dato',
  'activities.validation.cohostEmail': '"{email}" er ikke en e-mailadresse',
  'activities.validation.tooManyCohosts': 'Der kan højst være {max} medværter',
  'activities.validation.endBeforeStart': 'Sluttidspunktet skal ligge efter starttidspunktet',
  'activities.validation.inPast': 'Tidspunktet er allerede passeret. Vælg en dato i fremtiden',
  'activities.validation.unknownCohost':
    'Der er ingen bruger af Byliv med e-mailen {email}. Medværter skal have en konto',
  'activities.validation.cohostIsOrganiser': 'Du er selv arrangør og skal ikke skrives som medvært',
  'activities.validation.notYourOrganisation':
    'Du kan kun arrangere på vegne af en organisation, du er medlem af',
  'activities.validation.placeClosed': 'Stedet er lukket for offentligheden. Vælg et andet sted',
  'activities.validation.placeSeriesNeedsEnd':
    'En gentaget aktivitet på et sted, der skal bookes, skal have en slutdato for gentagelsen',
  'activities.validation.placeSeriesTooLong':
    'Stedet kan højst bookes {max} gange i én serie. Vælg en tidligere slutdato',
  'activities.validation.capacityBelowJoined':
    'Der er allerede {joined} tilmeldt. Antallet af pladser kan ikke være mindre',
  'activities.validation.seriesTimingLocked':
    'Der er tilmeldte til kommende gange. Ret eller aflys de enkelte gange i stedet for hele serien',
  'activities.validation.notAnOccurrence': 'Aktiviteten finder ikke sted på det tidspunkt',
  'activities.validation.name': 'Skriv dit navn',
  'activities.validation.email': 'Skriv en gyldig e-mailadresse, fx navn@example.dk',
  'activities.field.kind': 'Type',
  'activities.field.title': 'Titel',
  'activities.field.description': 'Beskrivelse',
  'activities.field.date': 'Dato',
  'activities.field.startTime': 'Starttid',
  'activities.field.endTime': 'Sluttid',
  'activities.field.where': 'Hvor',
  'activities.field.address': 'Adresse eller mødested',
  'activities.field.place': 'Sted',
  'activities.field.stops': 'Rutens stoppesteder',
  'activities.field.lat': 'Breddegrad',
  'activities.field.lon': 'Længdegrad',
  'activities.field.organisation': 'Arrangør',
  'activities.field.organiser': 'Arrangør',
  'activities.field.cohosts': 'Medværter',
  'activities.field.capacity': 'Antal pladser',
  'activities.field.tags': 'Kendetegn',
  'activities.field.languages': 'Sprog',
  'activities.field.language': 'Sprog',
  'activities.field.repeat': 'Gentagelse',
  'activities.field.until': 'Gentages til og med',
  'activities.field.area': 'Område',
  'activities.field.from': 'Fra dato',
  'activities.field.to': 'Til dato',
  'activities.hint.endTime': 'Lader du feltet stå tomt, varer aktiviteten {minutes:minutes}',
  'activities.hint.where':
    'Vælg en adresse, et registreret sted (bookes samtidig, hvis det skal bookes) eller en rute',
  'activities.hint.address': 'Fx "Gården bag Sluseholmen 8" eller "Ved broen på Teglholmen"',
  'activities.field.addressParticipantsOnly': 'Vis kun den fulde adresse for tilmeldte',
  'activities.hint.addressParticipantsOnly':
    'Til aktiviteter i private hjem. Andre ser kun vejnavnet eller kvarteret, uden husnummer, etage og dør, og kortet viser kun omtrent hvor.',
  'activities.hint.place': 'Kun når du har valgt "Et registreret sted"',
  'activities.hint.stops':
    'Ét stoppested pr. linje, gerne med klokkeslæt og punkt: "18:00 Sluseholmen bro @ 55.6465, 12.5480"',
  'activities.hint.point': 'Så vises aktiviteten på kortet. Fx 55.6465',
  'activities.hint.cohosts':
    'E-mailadresser på personer med en konto på Byliv, adskilt af komma. De kan rette aktiviteten og se deltagerne',
  'activities.hint.capacity':
    'Lad feltet stå tomt, hvis der er plads til alle. Når pladserne er fyldt, kommer nye på venteliste',
  'activities.hint.repeat': 'Hver gang har sine egne tilmeldinger',
  'activities.hint.until': 'Lad feltet stå tomt for at fortsætte. Skal et sted bookes, kræves en slutdato',
  'activities.form.newTitle': 'Opret en aktivitet',
  'activities.form.editTitle': 'Ret aktivitet',
  'activities.form.templates': 'Start fra en skabelon',
  'activities.form.choosePlace': 'Vælg et sted',
  'activities.form.asMyself': 'Mig selv',
  'activities.form.more':
    'Flere detaljer (frivilligt): arrangør, medværter, pladser, kendetegn, sprog, gentagelse',
  'activities.form.publish': 'Offentliggør aktiviteten',
  'activities.form.save': 'Gem ændringer',
} as const;

export const activitiesPublishingEn = {
  'activities.template.communal_dining.title': 'Communal dining',
  'activities.template.communal_dining.description':
    'We cook together and eat at long tables. Bring a dish or a friend if you like. Children are welcome.',
  'activities.template.swap_corner.title': 'Swap corner',
  'activities.template.swap_corner.description':
    'Bring what you no longer use – clothes, books, toys, plants – and take something else home.',
  'activities.template.neighbour_coffee.title': 'Neighbour coffee',
  'activities.template.neighbour_coffee.description':
    'Coffee, tea and a chat with the neighbours. Drop by, also if you have just moved in.',
  'activities.template.tour_de_lejlighed.title': 'Tour de lejlighed',
  'activities.template.tour_de_lejlighed.description':
    "We visit each other's flats: a dish or a drink at each host, then on to the next.",
  'activities.template.pop_up.title': 'Pop-up',
  'activities.template.pop_up.description':
    'A short, open activity in the neighbourhood. Drop by when it suits you.',
  'activities.template.workshop.title': 'Workshop',
  'activities.template.workshop.description':
    'We learn something together. Say what we will do and what to bring.',
  'activities.template.outdoor.title': 'Outdoor activity',
  'activities.template.outdoor.description': 'We meet outside. Dress for the weather.',
  'activities.template.meeting.title': 'Meeting',
  'activities.template.meeting.description':
    'A meeting about the neighbourhood. Everyone is welcome to bring ideas.',
  'activities.template.other.title': '',
  'activities.template.other.description': '',
  'activities.validation.point': 'Write both latitude and longitude as numbers, e.g. 55.6465 and 12.5480',
  'activities.validation.stop': 'The stop "{stop}" cannot be read. Write e.g. "18:00 Sluseholmen bridge"',
  'activities.validation.routeStops': 'A route needs at least two stops, one per line',
  'activities.validation.tooManyStops': 'A route can have at most {max} stops',
  'activities.validation.choosePlace': 'Choose a place',
  'activities.validation.where': 'Say where: an address or a meeting point',
  'activities.validation.capacity':
    'Write the number of places as a whole number from 1 to {max}, or leave it empty',
  'activities.validation.repeat': 'Choose how often the activity repeats',
  'activities.validation.untilBeforeStart':
    'The end date of the repetition must be on or after the first date',
  'activities.validation.cohostEmail': '"{email}" is not an e-mail address',
  'activities.validation.tooManyCohosts': 'There can be at most {max} co-hosts',
  'activities.validation.endBeforeStart': 'The end time must be after the start time',
  'activities.validation.inPast': 'That time has passed. Choose a date in the future',
  'activities.validation.unknownCohost': 'No Byliv user has the e-mail {email}. Co-hosts need an account',
  'activities.validation.cohostIsOrganiser': 'You are the organiser and need not be added as a co-host',
  'activities.validation.notYourOrganisation':
    'You can only organise on behalf of an organisation you are a member of',
  'activities.validation.placeClosed': 'The place is closed to the public. Choose another place',
  'activities.validation.placeSeriesNeedsEnd':
    'A repeating activity at a place that must be booked needs an end date for the repetition',
  'activities.validation.placeSeriesTooLong':
    'The place can be booked at most {max} times in one series. Choose an earlier end date',
  'activities.validation.capacityBelowJoined':
    '{joined} people have already joined. The number of places cannot be lower',
  'activities.validation.seriesTimingLocked':
    'People have joined coming occurrences. Change or cancel single occurrences instead of the whole series',
  'activities.validation.notAnOccurrence': 'The activity does not take place at that time',
  'activities.validation.name': 'Write your name',
  'activities.validation.email': 'Write a valid e-mail address, e.g. name@example.dk',
  'activities.field.kind': 'Kind',
  'activities.field.title': 'Title',
  'activities.field.description': 'Description',
  'activities.field.date': 'Date',
  'activities.field.startTime': 'Start time',
  'activities.field.endTime': 'End time',
  'activities.field.where': 'Where',
  'activities.field.address': 'Address or meeting point',
  'activities.field.place': 'Place',
  'activities.field.stops': 'Stops of the route',
  'activities.field.lat': 'Latitude',
  'activities.field.lon': 'Longitude',
  'activities.field.organisation': 'Organiser',
  'activities.field.organiser': 'Organiser',
  'activities.field.cohosts': 'Co-hosts',
  'activities.field.capacity': 'Number of places',
  'activities.field.tags': 'Features',
  'activities.field.languages': 'Languages',
  'activities.field.language': 'Language',
  'activities.field.repeat': 'Repeats',
  'activities.field.until': 'Repeats until',
  'activities.field.area': 'Area',
  'activities.field.from': 'From date',
  'activities.field.to': 'To date',
  'activities.hint.endTime': 'If you leave it empty, the activity lasts {minutes:minutes}',
  'activities.hint.where':
    'Choose an address, a registered place (booked at the same time if it must be booked) or a route',
  'activities.hint.address': 'E.g. "The courtyard behind Sluseholmen 8" or "By the bridge on Teglholmen"',
  'activities.field.addressParticipantsOnly': 'Show the full address to participants only',
  'activities.hint.addressParticipantsOnly':
    'For activities in private homes. Others see only the street or the neighbourhood, without house number, floor and door, and the map shows only roughly where.',
  'activities.hint.place': 'Only when you chose "A registered place"',
  'activities.hint.stops':
    'One stop per line, with a time and a point if you like: "18:00 Sluseholmen bridge @ 55.6465, 12.5480"',
  'activities.hint.point': 'Then the activity is shown on the map. E.g. 55.6465',
  'activities.hint.cohosts':
    'E-mail addresses of people with a Byliv account, separated by commas. They can change the activity and see who joined',
  'activities.hint.capacity':
    'Leave it empty if there is room for everyone. Once the places are taken, new sign-ups go on a waiting list',
  'activities.hint.repeat': 'Each time has its own sign-ups',
  'activities.hint.until': 'Leave it empty to go on. A place that must be booked needs an end date',
  'activities.form.newTitle': 'Create an activity',
  'activities.form.editTitle': 'Change activity',
  'activities.form.templates': 'Start from a template',
  'activities.form.choosePlace': 'Choose a place',
  'activities.form.asMyself': 'Myself',
  'activities.form.more':
    'More details (optional): organiser, co-hosts, places, features, languages, repetition',
  'activities.form.publish': 'Publish the activity',
  'activities.form.save': 'Save changes',
} as const satisfies Record<keyof typeof activitiesPublishingDa, string>;
