/**
 * The privacy notice, terms of use, contact page and accessibility statement. The controller's
 * name, address and e-mail come from configuration ({name}, {email}); dates are filled in by the view.
 */
export const legalDa = {
  'footer.privacy': 'Privatlivspolitik',
  'footer.terms': 'Vilkår',
  'footer.contact': 'Kontakt',
  'legal.updated': 'Senest opdateret {date}.',
  'legal.example':
    'Denne installation er en demo: den dataansvarlige og kontaktoplysningerne nedenfor er eksempler. En rigtig installation angiver sine egne.',
  'legal.controller.caption': 'Dataansvarlig',
  'legal.controller.name': 'Navn',
  'legal.controller.address': 'Adresse',
  'legal.controller.email': 'E-mail',
  'legal.controller.phone': 'Telefon',
  'legal.controller.dpo': 'Databeskyttelsesrådgiver',

  'privacy.title': 'Privatlivspolitik',
  'privacy.lead':
    'Her kan du læse, hvilke personoplysninger Byliv behandler om dig, hvorfor, hvem der får dem, hvor længe de gemmes, og hvilke rettigheder du har (databeskyttelsesforordningen art. 13 og 14).',
  'privacy.controller.heading': 'Dataansvarlig og kontakt',
  'privacy.controller.text':
    '{name} er dataansvarlig for behandlingen af personoplysninger på Byliv. Skriv til {email}, hvis du har spørgsmål om dine oplysninger.',
  'privacy.controller.dpo': 'Du kan også kontakte databeskyttelsesrådgiveren på {email}.',
  'privacy.purposes.heading': 'Hvad vi behandler, hvorfor og med hvilken hjemmel',
  'privacy.purposes.caption': 'Formål, oplysninger og retsgrundlag',
  'privacy.purposes.purpose': 'Formål',
  'privacy.purposes.data': 'Oplysninger',
  'privacy.purposes.basis': 'Retsgrundlag',
  'privacy.account.purpose': 'Din konto og dit login',
  'privacy.account.data':
    'Navn, e-mail, om e-mailen er bekræftet, adgangskoden som en envejs-hash (argon2id; selve adgangskoden gemmes aldrig), dit sprogvalg, tidspunkt for oprettelse, aktive login-sessioner og engangslinks til bekræftelse og ny adgangskode.',
  'privacy.account.basis': 'Art. 6, stk. 1, litra b: de vilkår, du accepterer, når du opretter en konto.',
  'privacy.bookings.purpose': 'Booking af mødesteder',
  'privacy.bookings.data':
    'Hvilket sted og tidsrum, formål, antal deltagere, den ansvarlige vært, din besked til stedets ansvarlige og deres afgørelse.',
  'privacy.bookings.basis': 'Art. 6, stk. 1, litra b: at gennemføre den booking, du beder om.',
  'privacy.activities.purpose': 'Aktiviteter og tilmeldinger',
  'privacy.activities.data':
    'Aktiviteter, du opretter eller er medvært på, dine tilmeldinger og pladser på venteliste.',
  'privacy.activities.basis': 'Art. 6, stk. 1, litra b: at gennemføre din tilmelding eller aktivitet.',
  'privacy.giving.purpose': 'Giv-tavlen',
  'privacy.giving.data':
    'Dine tilbud og ønsker med tekst og tidspunkter, og de kontaktanmodninger, du sender eller modtager, med beskeden.',
  'privacy.giving.basis': 'Art. 6, stk. 1, litra b: at vise dit opslag og formidle kontakten.',
  'privacy.grants.purpose': 'Ansøgninger til puljer',
  'privacy.grants.data':
    'Ansøgningen med budget, billeder og afrapportering, bedømmernes vurderinger, afgørelsen og udbetalingen.',
  'privacy.grants.basis':
    'Art. 6, stk. 1, litra e: behandling af ansøgninger om offentlige midler er en opgave i samfundets interesse, som lokaludvalget er pålagt.',
  'privacy.organisations.purpose': 'Organisationer',
  'privacy.organisations.data':
    'Dine medlemskaber og roller i foreninger, boligforeninger og andre organisationer, og invitationer sendt til din e-mail.',
  'privacy.organisations.basis': 'Art. 6, stk. 1, litra b: at du kan handle på organisationens vegne.',
  'privacy.photos.purpose': 'Billeder',
  'privacy.photos.data':
    'Billeder af mødesteder og fra ansøgninger. De kodes om ved upload, så metadata som GPS-position og kameraoplysninger fjernes.',
  'privacy.photos.basis': 'Art. 6, stk. 1, litra b: at vise det billede, du lægger op.',
  'privacy.tokens.purpose': 'API-tokens',
  'privacy.tokens.data':
    'Navn og oprettelsestidspunkt på dine personlige API-tokens. Selve tokenet gemmes kun som en hash.',
  'privacy.tokens.basis': 'Art. 6, stk. 1, litra b: at give dig adgang til dine egne data via API’et.',
  'privacy.security.purpose': 'Sikkerhed og drift',
  'privacy.security.data':
    'Serverlog med IP-adresse, tidspunkt og den side, der blev bedt om (adgangskoder, tokens og cookies skjules), og tællere for for mange forsøg på login pr. IP-adresse og e-mail.',
  'privacy.security.basis':
    'Art. 6, stk. 1, litra e, og art. 32: at drive en sikker tjeneste og afværge misbrug.',
  'privacy.mail.purpose': 'E-mails',
  'privacy.mail.data':
    'Din e-mail og beskedens indhold, når vi sender bekræftelser, påmindelser og svar på bookinger, ansøgninger og opslag.',
  'privacy.mail.basis': 'Samme retsgrundlag som den del af Byliv, e-mailen hører til.',
  'privacy.sensitive':
    'Vi beder ikke om følsomme oplysninger (art. 9) eller CPR-nummer. Skriv dem ikke i fritekstfelter.',
  'privacy.sources.heading': 'Hvor oplysningerne kommer fra',
  'privacy.sources.text':
    'De fleste oplysninger giver du selv. Nogle kommer fra andre brugere (art. 14): en organisations administrator kan invitere din e-mail, en medvært kan tilføje dig til en aktivitet, og stedets ansvarlige og puljens bedømmere skriver afgørelser og vurderinger om din booking eller ansøgning.',
  'privacy.public.heading': 'Hvad andre kan se',
  'privacy.public.text':
    'Opslag på Giv-tavlen, aktiviteter, mødesteder og bevilgede projekter er offentlige og vises med dit navn som opretter. Stedets ansvarlige ser dine bookinger af stedet; arrangøren ser tilmeldingerne til sin aktivitet; puljens bedømmere ser ansøgningerne. Din e-mail vises ikke offentligt.',
  'privacy.recipients.heading': 'Modtagere',
  'privacy.recipients.hosting':
    'Den leverandør, der driver serverne og databasen for {name}, som databehandler.',
  'privacy.recipients.mail': 'Den e-mailudbyder, der sender Bylivs e-mails, som databehandler.',
  'privacy.recipients.tiles':
    'Kortserveren {host} ({attribution}): når du ser et kort, henter din browser kortbilleder direkte derfra, og serveren modtager din IP-adresse og oplysninger om din browser. Byliv sender ingen henvisning (referrer) med og sætter ingen cookies for kortserveren. Se udbyderens egen privatlivspolitik.',
  'privacy.recipients.noTiles':
    'Kort på denne installation viser kun områder og punkter og henter ingen kortbilleder fra andre servere, så ingen tredjepart modtager oplysninger, når du ser et kort.',
  'privacy.recipients.none': 'Vi sælger ikke oplysninger og videregiver dem ikke til markedsføring.',
  'privacy.transfers.heading': 'Overførsel til lande uden for EU/EØS',
  'privacy.transfers.text':
    'Byliv overfører ikke selv oplysninger til lande uden for EU/EØS. Bruger den dataansvarlige en leverandør uden for EU/EØS, sker det kun med et gyldigt overførselsgrundlag (art. 44–49), fx en afgørelse om tilstrækkeligt beskyttelsesniveau.',
  'privacy.transfers.osm':
    'OpenStreetMap Foundation, der driver tile.openstreetmap.org, holder til i Storbritannien, som EU har anerkendt som et land med tilstrækkeligt beskyttelsesniveau.',
  'privacy.retention.heading': 'Hvor længe vi gemmer oplysningerne',
  'privacy.retention.account':
    'Din konto gemmes, indtil du sletter den. Når du sletter den, fjernes navn, e-mail og adgangskode-hash med det samme, og dine sessioner, links, API-tokens, medlemskaber og invitationer til din e-mail slettes.',
  'privacy.retention.contributions':
    'Det, du har skrevet – bookinger, aktiviteter, opslag og ansøgninger – bliver stående, men vises derefter som skrevet af "slettet bruger", fordi andre har brug for historikken (fx stedets kalender og puljens regnskab).',
  'privacy.retention.sessions': 'En login-session udløber efter {days:days}, eller når du logger ud.',
  'privacy.retention.giving':
    'Et opslag på Giv-tavlen vises, indtil det udløber (som standard efter {days:days}, højst {max:days}), eller du markerer det som givet; det gemmes derefter uden at blive vist.',
  'privacy.retention.logs':
    'Serverlogs og sendte e-mails gemmes så længe, som driften er sat op til; der er endnu ingen automatisk sletning efter en fast frist i Byliv selv. Tællere for loginforsøg nulstilles ved et vellykket login.',
  'privacy.rights.heading': 'Dine rettigheder',
  'privacy.rights.intro':
    'Du har disse rettigheder efter databeskyttelsesforordningen. Skriv til {email}, hvis du vil bruge en af dem, eller brug de links, der står ved.',
  'privacy.rights.access':
    'Indsigt og dataportabilitet (art. 15 og 20): hent alt, hvad Byliv har om dig, som en maskinlæsbar JSON-fil.',
  'privacy.rights.accessLink': 'Hent dine data',
  'privacy.rights.rectification':
    'Berigtigelse (art. 16): ret dit navn, din e-mail og dit sprog på din profil.',
  'privacy.rights.rectificationLink': 'Min profil',
  'privacy.rights.erasure': 'Sletning (art. 17): slet din konto, når du vil.',
  'privacy.rights.erasureLink': 'Slet konto',
  'privacy.rights.restriction': 'Begrænsning af behandlingen (art. 18).',
  'privacy.rights.objection':
    'Indsigelse (art. 21) mod behandling, der bygger på litra e, fx sikkerhedslogning og behandling af ansøgninger.',
  'privacy.rights.automated':
    'Byliv træffer ingen automatiske afgørelser og laver ingen profilering (art. 22).',
  'privacy.complaint.heading': 'Klage til Datatilsynet',
  'privacy.complaint.text':
    'Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, dt@datatilsynet.dk.',
  'privacy.complaint.link': 'www.datatilsynet.dk',
  'privacy.cookies.heading': 'Cookies',
  'privacy.cookies.intro':
    'Byliv sætter kun de cookies, der er nødvendige for, at tjenesten virker. Derfor beder vi ikke om samtykke (cookiebekendtgørelsen § 4, stk. 2).',
  'privacy.cookies.caption': 'Cookies, som Byliv sætter',
  'privacy.cookies.name': 'Navn',
  'privacy.cookies.purpose': 'Formål',
  'privacy.cookies.lifetime': 'Levetid',
  'privacy.cookies.session.purpose': 'Holder dig logget ind. Kan ikke læses af scripts.',
  'privacy.cookies.session.lifetime': '{days:days}, eller til du logger ud',
  'privacy.cookies.csrf.purpose': 'Beskytter formularer mod at blive sendt fra andre websteder.',
  'privacy.cookies.csrf.lifetime': 'Til du lukker browseren',
  'privacy.cookies.lang.purpose': 'Husker, om du har valgt dansk eller engelsk.',
  'privacy.cookies.lang.lifetime': '1 år',
  'privacy.cookies.flash.purpose': 'Bærer en kvittering, fx "Gemt", over til næste side.',
  'privacy.cookies.flash.lifetime': 'Slettes, så snart beskeden er vist',
  'privacy.cookies.none':
    'Byliv bruger ingen cookies til statistik, sporing eller markedsføring, ingen tredjepartscookies og intet lokalt lager i browseren.',

  'terms.title': 'Vilkår for brug',
  'terms.lead':
    'Vilkårene gælder for alle, der bruger Byliv. {name} driver tjenesten. Når du opretter en konto, accepterer du vilkårene.',
  'terms.who.heading': 'Hvem kan bruge Byliv',
  'terms.who.read': 'Alle kan læse de offentlige sider uden at logge ind.',
  'terms.who.account':
    'En konto er personlig og oprettes med dit eget navn og din egen e-mail. Du må ikke dele din adgangskode eller dine API-tokens.',
  'terms.who.organisations':
    'Foreninger, boligforeninger, institutioner og andre organisationer bruger Byliv gennem deres medlemmer. Den, der handler for en organisation, skal have lov af den.',
  'terms.content.heading': 'Hvad du må lægge på Byliv',
  'terms.content.intro':
    'Du er ansvarlig for det, du skriver og lægger op. Det skal være lovligt og venligt. Du må ikke:',
  'terms.content.others':
    'lægge personoplysninger om andre op uden deres samtykke, fx navne, telefonnumre eller billeder af genkendelige personer,',
  'terms.content.harm': 'skrive noget krænkende, truende eller diskriminerende,',
  'terms.content.commercial':
    'bruge Giv-tavlen til salg eller reklame – den er til at give og låne ting og tid væk,',
  'terms.content.rights': 'lægge billeder eller tekst op, som du ikke har ret til at dele.',
  'terms.moderation.heading': 'Moderation',
  'terms.moderation.text':
    'Alle kan rapportere et opslag, der bryder vilkårene, med linket "Rapportér" ved opslaget. Administratorerne kan skjule indhold, der bryder vilkårene.',
  'terms.bookings.heading': 'Booking af mødesteder',
  'terms.bookings.request':
    'En booking er en anmodning, indtil stedets ansvarlige har godkendt den, medmindre stedet godkender bookinger automatisk. Stedets husorden gælder.',
  'terms.bookings.cancel':
    'Du kan selv annullere din booking indtil stedets afbestillingsfrist, som står på stedet (et antal timer før start). Stedets ansvarlige kan annullere en booking, indtil den slutter, og du får besked på e-mail.',
  'terms.bookings.host':
    'Den ansvarlige vært for en booking får dørkoden og står for, at lokalet efterlades, som det blev fundet.',
  'terms.activities.heading': 'Aktiviteter og puljer',
  'terms.activities.text':
    'Den, der opretter en aktivitet, er arrangør og ansvarlig for den. Bliver en aktivitet aflyst, får de tilmeldte besked. Ansøgninger til puljer behandles efter puljens egne kriterier, som står på puljens side.',
  'terms.liability.heading': 'Ansvar',
  'terms.liability.text':
    '{name} stiller Byliv til rådighed, som tjenesten er, og kan ikke garantere, at den altid er tilgængelig. {name} er ikke ansvarlig for indhold, som brugere lægger op, for aktiviteter, som brugere arrangerer, eller for mødesteder, som andre ejer og driver.',
  'terms.changes.heading': 'Ændringer',
  'terms.changes.text':
    'Vilkårene kan ændres. Væsentlige ændringer varsles på forsiden, før de træder i kraft. Datoen nederst viser, hvornår vilkårene senest er ændret.',

  'contact.title': 'Kontakt',
  'contact.lead': 'Sådan kontakter du dem, der driver Byliv.',
  'contact.data.heading': 'Spørgsmål om dine personoplysninger',
  'contact.data.text': 'Skriv til {email}. Du kan også hente eller slette dine data selv fra din profil.',
  'contact.report.heading': 'Rapportér indhold',
  'contact.report.text':
    'Ser du et opslag, der bryder vilkårene, så brug linket "Rapportér" ved opslaget. Så når det direkte frem til moderatorerne. Du kan også skrive til {email} og angive adressen på siden.',
  'contact.a11y.heading': 'Tilgængelighed',
  'contact.a11y.text':
    'Møder du en barriere, fx noget du ikke kan nå med tastatur eller skærmlæser, så skriv til {email}, og fortæl hvilken side det drejer sig om.',
  'contact.a11y.link': 'Læs tilgængelighedserklæringen',
  'contact.errors.heading': 'Fejl på siden',
  'contact.errors.text':
    'Viser en side en fejl, så skriv fejl-id’et fra siden med i din e-mail til {email}. Så kan vi finde netop den fejl.',

  'a11y.lead':
    '{name} arbejder for at gøre {site} tilgængeligt i overensstemmelse med lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Denne erklæring gælder for {url}.',
  'a11y.status.heading': 'Overholdelsesstatus',
  'a11y.status.text':
    'Webstedet overholder delvist standarden WCAG 2.1 niveau AA (den harmoniserede europæiske standard EN 301 549) på grund af de manglende overholdelser, der er nævnt nedenfor.',
  'a11y.nonCompliant.heading': 'Ikke-tilgængeligt indhold',
  'a11y.nonCompliant.userContent':
    'Tekster og billeder, som brugere selv lægger op (beskrivelser af steder, aktiviteter og opslag), kan mangle overskrifter eller billedbeskrivelser (WCAG 1.1.1 og 1.3.1).',
  'a11y.exempt.heading': 'Indhold, der ikke er omfattet af loven',
  'a11y.exempt.maps':
    'Kort er et supplement og er undtaget, fordi alt, hvad et kort viser, også findes som liste eller tabel på samme side. Kvarterernes grænser er omtrentlige.',
  'a11y.prepared.heading': 'Udarbejdelse af erklæringen',
  'a11y.prepared.text':
    'Erklæringen blev udarbejdet den {prepared} og senest gennemgået den {reviewed}. Den bygger på en selvevaluering.',
  'a11y.method.text':
    'Hver side tjekkes automatisk med axe-core i en rigtig browser ved hver ændring, på en telefonskærm (375 px) og en bærbar (1280 px). De vigtigste forløb testes også manuelt med tastatur og med JavaScript slået fra. Siderne er bygget med Det Fælles Designsystem.',
  'a11y.feedback.heading': 'Feedback og kontaktoplysninger',
  'a11y.feedback.text':
    'Møder du en barriere eller indhold, der ikke er tilgængeligt, så skriv til {name} på {email}. Vi svarer så hurtigt som muligt.',
  'a11y.enforcement.heading': 'Håndhævelsesprocedure',
  'a11y.enforcement.text':
    'Er du utilfreds med vores svar, eller mener du, at webstedet ikke lever op til kravene, kan du klage til Digitaliseringsstyrelsen, som fører tilsyn med loven.',
  'a11y.enforcement.link': 'Klag til Digitaliseringsstyrelsen på was.digst.dk',

  'accounts.register.privacy':
    '{name} behandler dit navn, din e-mail og en hash af din adgangskode for at give dig en konto på Byliv (databeskyttelsesforordningen art. 6, stk. 1, litra b). Du kan til enhver tid hente eller slette dine oplysninger fra din profil.',
  'accounts.register.privacyLink': 'Læs privatlivspolitikken',
  'accounts.register.termsLink': 'vilkårene',
  'accounts.register.termsBefore': 'Når du opretter en konto, accepterer du',
} as const;

export const legalEn = {
  'footer.privacy': 'Privacy notice',
  'footer.terms': 'Terms of use',
  'footer.contact': 'Contact',
  'legal.updated': 'Last updated {date}.',
  'legal.example':
    'This installation is a demo: the data controller and contact details below are examples. A real installation sets its own.',
  'legal.controller.caption': 'Data controller',
  'legal.controller.name': 'Name',
  'legal.controller.address': 'Address',
  'legal.controller.email': 'E-mail',
  'legal.controller.phone': 'Phone',
  'legal.controller.dpo': 'Data protection officer',

  'privacy.title': 'Privacy notice',
  'privacy.lead':
    'What personal data Byliv processes about you, why, who receives it, how long it is kept and what your rights are (General Data Protection Regulation, articles 13 and 14).',
  'privacy.controller.heading': 'Data controller and contact',
  'privacy.controller.text':
    '{name} is the controller of the personal data processed on Byliv. Write to {email} with any question about your data.',
  'privacy.controller.dpo': 'You can also contact the data protection officer at {email}.',
  'privacy.purposes.heading': 'What we process, why, and on which legal basis',
  'privacy.purposes.caption': 'Purposes, data and legal bases',
  'privacy.purposes.purpose': 'Purpose',
  'privacy.purposes.data': 'Data',
  'privacy.purposes.basis': 'Legal basis',
  'privacy.account.purpose': 'Your account and log-in',
  'privacy.account.data':
    'Name, e-mail, whether the e-mail is confirmed, the password as a one-way hash (argon2id; the password itself is never stored), your language, when the account was made, active log-in sessions and one-time links for confirmation and password reset.',
  'privacy.account.basis': 'Art. 6(1)(b): the terms you accept when you create an account.',
  'privacy.bookings.purpose': 'Booking meeting places',
  'privacy.bookings.data':
    'Which place and time, purpose, number of people, the responsible host, your message to the place managers and their decision.',
  'privacy.bookings.basis': 'Art. 6(1)(b): carrying out the booking you ask for.',
  'privacy.activities.purpose': 'Activities and sign-ups',
  'privacy.activities.data': 'Activities you create or co-host, your sign-ups and places on waiting lists.',
  'privacy.activities.basis': 'Art. 6(1)(b): carrying out your sign-up or activity.',
  'privacy.giving.purpose': 'The give-board',
  'privacy.giving.data':
    'Your offers and wishes with their text and dates, and the contact requests you send or receive, with the message.',
  'privacy.giving.basis': 'Art. 6(1)(b): showing your post and passing on the contact.',
  'privacy.grants.purpose': 'Grant applications',
  'privacy.grants.data':
    'The application with its budget, photos and report, the reviewers’ assessments, the decision and the payout.',
  'privacy.grants.basis':
    'Art. 6(1)(e): handling applications for public funds is a task in the public interest given to the local committee.',
  'privacy.organisations.purpose': 'Organisations',
  'privacy.organisations.data':
    'Your memberships and roles in associations, housing associations and other organisations, and invitations sent to your e-mail.',
  'privacy.organisations.basis': 'Art. 6(1)(b): so that you can act on the organisation’s behalf.',
  'privacy.photos.purpose': 'Photos',
  'privacy.photos.data':
    'Photos of meeting places and from applications. They are re-encoded on upload, which removes metadata such as GPS position and camera details.',
  'privacy.photos.basis': 'Art. 6(1)(b): showing the photo you upload.',
  'privacy.tokens.purpose': 'API tokens',
  'privacy.tokens.data':
    'The name and creation time of your personal API tokens. The token itself is stored only as a hash.',
  'privacy.tokens.basis': 'Art. 6(1)(b): giving you access to your own data through the API.',
  'privacy.security.purpose': 'Security and operation',
  'privacy.security.data':
    'Server logs with IP address, time and the page asked for (passwords, tokens and cookies are redacted), and counters of too many log-in attempts per IP address and e-mail.',
  'privacy.security.basis': 'Art. 6(1)(e) and art. 32: running a secure service and preventing abuse.',
  'privacy.mail.purpose': 'E-mails',
  'privacy.mail.data':
    'Your e-mail and the message, when we send confirmations, reminders and answers about bookings, applications and posts.',
  'privacy.mail.basis': 'The same legal basis as the part of Byliv the e-mail belongs to.',
  'privacy.sensitive':
    'We do not ask for sensitive data (art. 9) or a CPR number. Please do not write them in free-text fields.',
  'privacy.sources.heading': 'Where the data comes from',
  'privacy.sources.text':
    'You give most of the data yourself. Some comes from other users (art. 14): an organisation’s administrator may invite your e-mail, a co-host may add you to an activity, and place managers and grant reviewers write decisions and assessments about your booking or application.',
  'privacy.public.heading': 'What others can see',
  'privacy.public.text':
    'Give-board posts, activities, meeting places and funded projects are public and shown with your name as their author. Place managers see your bookings of their place; organisers see the sign-ups to their activity; a pool’s reviewers see the applications. Your e-mail is never shown publicly.',
  'privacy.recipients.heading': 'Recipients',
  'privacy.recipients.hosting':
    'The provider that runs the servers and the database for {name}, as a processor.',
  'privacy.recipients.mail': 'The e-mail provider that sends Byliv’s e-mails, as a processor.',
  'privacy.recipients.tiles':
    'The map tile server {host} ({attribution}): when you see a map, your browser fetches map images directly from it, and that server receives your IP address and details of your browser. Byliv sends no referrer and sets no cookies for the tile server. See the provider’s own privacy policy.',
  'privacy.recipients.noTiles':
    'Maps on this installation show only areas and points and fetch no map images from other servers, so no third party receives anything when you see a map.',
  'privacy.recipients.none': 'We do not sell data or pass it on for marketing.',
  'privacy.transfers.heading': 'Transfers outside the EU/EEA',
  'privacy.transfers.text':
    'Byliv itself transfers no data outside the EU/EEA. If the controller uses a provider outside the EU/EEA, it does so only with a valid transfer basis (articles 44–49), such as an adequacy decision.',
  'privacy.transfers.osm':
    'The OpenStreetMap Foundation, which runs tile.openstreetmap.org, is based in the United Kingdom, which the EU recognises as having an adequate level of protection.',
  'privacy.retention.heading': 'How long we keep data',
  'privacy.retention.account':
    'Your account is kept until you delete it. When you do, your name, e-mail and password hash are removed at once, and your sessions, links, API tokens, memberships and invitations to your e-mail are deleted.',
  'privacy.retention.contributions':
    'What you wrote – bookings, activities, posts and applications – stays, shown from then on as by "deleted user", because others need the history (such as the place’s calendar and the pool’s accounts).',
  'privacy.retention.sessions': 'A log-in session ends after {days:days}, or when you log out.',
  'privacy.retention.giving':
    'A give-board post is shown until it expires (after {days:days} by default, at most {max:days}) or you mark it as given; after that it is kept but not shown.',
  'privacy.retention.logs':
    'Server logs and sent e-mails are kept for as long as the hosting is set up to keep them; Byliv itself does not yet delete them after a fixed period. Counters of log-in attempts are reset by a successful log-in.',
  'privacy.rights.heading': 'Your rights',
  'privacy.rights.intro':
    'You have these rights under the General Data Protection Regulation. Write to {email} to use any of them, or use the links given.',
  'privacy.rights.access':
    'Access and data portability (art. 15 and 20): download everything Byliv holds about you as a machine-readable JSON file.',
  'privacy.rights.accessLink': 'Download your data',
  'privacy.rights.rectification':
    'Rectification (art. 16): correct your name, e-mail and language on your profile.',
  'privacy.rights.rectificationLink': 'My profile',
  'privacy.rights.erasure': 'Erasure (art. 17): delete your account whenever you like.',
  'privacy.rights.erasureLink': 'Delete account',
  'privacy.rights.restriction': 'Restriction of processing (art. 18).',
  'privacy.rights.objection':
    'Objection (art. 21) to processing based on point (e), such as security logging and handling applications.',
  'privacy.rights.automated': 'Byliv makes no automated decisions and does no profiling (art. 22).',
  'privacy.complaint.heading': 'Complaints to Datatilsynet',
  'privacy.complaint.text':
    'If you are unhappy with how we process your data, you can complain to the Danish Data Protection Agency (Datatilsynet), Carl Jacobsens Vej 35, 2500 Valby, Denmark, dt@datatilsynet.dk.',
  'privacy.complaint.link': 'www.datatilsynet.dk',
  'privacy.cookies.heading': 'Cookies',
  'privacy.cookies.intro':
    'Byliv sets only the cookies the service needs to work, so it does not ask for consent (Danish cookie order, section 4(2)).',
  'privacy.cookies.caption': 'Cookies Byliv sets',
  'privacy.cookies.name': 'Name',
  'privacy.cookies.purpose': 'Purpose',
  'privacy.cookies.lifetime': 'Lifetime',
  'privacy.cookies.session.purpose': 'Keeps you logged in. Cannot be read by scripts.',
  'privacy.cookies.session.lifetime': '{days:days}, or until you log out',
  'privacy.cookies.csrf.purpose': 'Protects forms from being sent from other websites.',
  'privacy.cookies.csrf.lifetime': 'Until you close the browser',
  'privacy.cookies.lang.purpose': 'Remembers whether you chose Danish or English.',
  'privacy.cookies.lang.lifetime': '1 year',
  'privacy.cookies.flash.purpose': 'Carries a confirmation, such as "Saved", to the next page.',
  'privacy.cookies.flash.lifetime': 'Deleted as soon as the message is shown',
  'privacy.cookies.none':
    'Byliv uses no cookies for statistics, tracking or marketing, no third-party cookies and no local storage in the browser.',

  'terms.title': 'Terms of use',
  'terms.lead':
    'These terms apply to everyone who uses Byliv. {name} runs the service. By creating an account you accept the terms.',
  'terms.who.heading': 'Who may use Byliv',
  'terms.who.read': 'Anyone may read the public pages without logging in.',
  'terms.who.account':
    'An account is personal and made with your own name and e-mail. Do not share your password or your API tokens.',
  'terms.who.organisations':
    'Associations, housing associations, institutions and other organisations use Byliv through their members. Whoever acts for an organisation must be allowed to by it.',
  'terms.content.heading': 'What you may post',
  'terms.content.intro':
    'You are responsible for what you write and upload. It must be lawful and kind. You may not:',
  'terms.content.others':
    'post personal data about others without their consent, such as names, phone numbers or photos of people who can be recognised,',
  'terms.content.harm': 'write anything offensive, threatening or discriminating,',
  'terms.content.commercial':
    'use the give-board to sell or advertise – it is for giving and lending things and time,',
  'terms.content.rights': 'upload photos or text you have no right to share.',
  'terms.moderation.heading': 'Moderation',
  'terms.moderation.text':
    'Anyone can report a post that breaks the terms with the "Report" link beside it. Administrators can hide content that breaks the terms.',
  'terms.bookings.heading': 'Booking meeting places',
  'terms.bookings.request':
    'A booking is a request until the place’s managers approve it, unless the place approves bookings automatically. The place’s house rules apply.',
  'terms.bookings.cancel':
    'You can cancel your own booking until the place’s cancellation deadline, shown on the place (a number of hours before the start). The place’s managers can cancel a booking until it ends, and you are told by e-mail.',
  'terms.bookings.host':
    'The responsible host of a booking receives the door code and sees that the room is left as it was found.',
  'terms.activities.heading': 'Activities and grants',
  'terms.activities.text':
    'Whoever creates an activity is its organiser and responsible for it. If an activity is cancelled, those signed up are told. Grant applications are decided by the pool’s own criteria, shown on the pool’s page.',
  'terms.liability.heading': 'Liability',
  'terms.liability.text':
    '{name} provides Byliv as it is and cannot promise that it is always available. {name} is not liable for content users post, for activities users arrange, or for meeting places that others own and run.',
  'terms.changes.heading': 'Changes',
  'terms.changes.text':
    'The terms may change. Significant changes are announced on the home page before they take effect. The date below shows when the terms last changed.',

  'contact.title': 'Contact',
  'contact.lead': 'How to reach the people who run Byliv.',
  'contact.data.heading': 'Questions about your personal data',
  'contact.data.text':
    'Write to {email}. You can also download or delete your data yourself from your profile.',
  'contact.report.heading': 'Report content',
  'contact.report.text':
    'If you see a post that breaks the terms, use the "Report" link beside it. It then goes straight to the moderators. You can also write to {email} with the address of the page.',
  'contact.a11y.heading': 'Accessibility',
  'contact.a11y.text':
    'If you meet a barrier, such as something you cannot reach with a keyboard or screen reader, write to {email} and tell us which page it is.',
  'contact.a11y.link': 'Read the accessibility statement',
  'contact.errors.heading': 'Errors on a page',
  'contact.errors.text':
    'If a page shows an error, include the error id from the page in your e-mail to {email}, so we can find that very error.',

  'a11y.lead':
    '{name} is committed to making {site} accessible in accordance with the Danish act on the accessibility of public-sector websites and mobile applications. This statement applies to {url}.',
  'a11y.status.heading': 'Compliance status',
  'a11y.status.text':
    'This website is partially compliant with WCAG 2.1 level AA (the harmonised European standard EN 301 549), due to the non-compliances listed below.',
  'a11y.nonCompliant.heading': 'Non-accessible content',
  'a11y.nonCompliant.userContent':
    'Text and photos that users post themselves (descriptions of places, activities and posts) may lack headings or image descriptions (WCAG 1.1.1 and 1.3.1).',
  'a11y.exempt.heading': 'Content outside the scope of the act',
  'a11y.exempt.maps':
    'Maps are an extra and exempt, since everything a map shows is also shown as a list or table on the same page. Neighbourhood boundaries are approximate.',
  'a11y.prepared.heading': 'Preparation of this statement',
  'a11y.prepared.text':
    'This statement was prepared on {prepared} and last reviewed on {reviewed}. It is based on a self-assessment.',
  'a11y.method.text':
    'Every page is checked automatically with axe-core in a real browser on each change, on a phone screen (375 px) and a laptop (1280 px). The main flows are also tested by hand with a keyboard and with JavaScript turned off. Pages are built with Det Fælles Designsystem, the shared Danish public-sector design system.',
  'a11y.feedback.heading': 'Feedback and contact information',
  'a11y.feedback.text':
    'If you meet a barrier or content that is not accessible, write to {name} at {email}. We answer as soon as we can.',
  'a11y.enforcement.heading': 'Enforcement procedure',
  'a11y.enforcement.text':
    'If you are unhappy with our answer, or think the website does not meet the requirements, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen), which supervises the act.',
  'a11y.enforcement.link': 'Complain to the Agency for Digital Government at was.digst.dk',

  'accounts.register.privacy':
    '{name} processes your name, your e-mail and a hash of your password to give you an account on Byliv (General Data Protection Regulation, art. 6(1)(b)). You can download or delete your data from your profile at any time.',
  'accounts.register.privacyLink': 'Read the privacy notice',
  'accounts.register.termsLink': 'the terms of use',
  'accounts.register.termsBefore': 'By creating an account you accept',
} as const satisfies Record<keyof typeof legalDa, string>;
