/** Interface text of the accounts module. Danish is the source of keys. */
export const accountsDa = {
  'accounts.deletedUser': 'slettet bruger',
  'accounts.backToProfile': 'Tilbage til min profil',
  'accounts.role.admin': 'administrator',
  'accounts.role.member': 'medlem',

  'accounts.field.name': 'Navn',
  'accounts.field.email': 'E-mail',
  'accounts.field.password': 'Adgangskode',
  'accounts.field.newPasswordHint':
    'Mindst 10 tegn. En sætning med flere ord er let at huske og svær at gætte.',
  'accounts.field.locale': 'Sprog',

  'accounts.validation.nameRequired': 'Skriv dit navn',
  'accounts.validation.emailRequired': 'Skriv din e-mailadresse',
  'accounts.validation.emailInvalid': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk',
  'accounts.validation.emailTaken':
    'Der findes allerede en konto med denne e-mailadresse. Log ind, eller brug "Glemt adgangskode".',
  'accounts.validation.passwordRequired': 'Skriv din adgangskode',
  'accounts.validation.passwordTooShort': 'Adgangskoden skal være mindst {min} tegn',
  'accounts.validation.passwordWrong': 'Adgangskoden er forkert',
  'accounts.validation.localeInvalid': 'Vælg dansk eller engelsk',

  'accounts.register.title': 'Opret konto',
  'accounts.register.lead':
    'Med en konto kan du booke mødesteder, tilmelde dig aktiviteter og være med i din forening.',
  'accounts.register.emailHint': 'Vi sender et link, så du kan bekræfte adressen.',
  'accounts.register.submit': 'Opret konto',
  'accounts.register.haveAccount': 'Har du allerede en konto?',
  'accounts.register.loginLink': 'Log ind her',
  'accounts.register.done':
    'Din konto er oprettet. Vi har sendt dig en e-mail med et link – åbn det for at bekræfte din e-mailadresse.',

  'accounts.login.title': 'Log ind',
  'accounts.login.submit': 'Log ind',
  'accounts.login.failed': 'E-mail eller adgangskode er forkert.',
  'accounts.login.forgotLink': 'Glemt adgangskode?',
  'accounts.login.noAccount': 'Har du ikke en konto?',
  'accounts.login.registerLink': 'Opret en konto her',
  'accounts.login.done': 'Du er logget ind.',
  'accounts.login.wait':
    'For mange forkerte forsøg på at logge ind på denne konto. Af sikkerhedshensyn skal du vente {seconds} sek., før du prøver igen.',
  'accounts.logout.done': 'Du er logget ud.',

  'accounts.verify.doneTitle': 'Din e-mailadresse er bekræftet',
  'accounts.verify.doneBody': 'Tak. Vi ved nu, at vi kan skrive til dig på den adresse.',
  'accounts.verify.alreadyTitle': 'Din e-mailadresse er allerede bekræftet',
  'accounts.verify.alreadyBody': 'Din e-mailadresse er allerede bekræftet. Du behøver ikke gøre mere.',
  'accounts.verify.expiredTitle': 'Linket er udløbet',
  'accounts.verify.expiredBody':
    'Linket til at bekræfte din e-mailadresse virker kun i 48 timer. Bed om et nyt link.',
  'accounts.verify.usedTitle': 'Linket er allerede brugt',
  'accounts.verify.usedBody':
    'Linket kan kun bruges én gang. Bed om et nyt link, hvis din adresse ikke er bekræftet.',
  'accounts.verify.unknownTitle': 'Linket virker ikke',
  'accounts.verify.unknownBody':
    'Vi kender ikke linket. Tjek, at du har kopieret hele linket fra e-mailen, eller bed om et nyt.',
  'accounts.verify.resend': 'Send et nyt link',
  'accounts.verify.resent': 'Vi har sendt et nyt link til din e-mailadresse. Det virker i 48 timer.',
  'accounts.verify.loginToResend': 'Log ind for at få et nyt link',
  'accounts.verify.toProfile': 'Gå til din profil',
  'accounts.verify.toLogin': 'Log ind',

  'accounts.forgot.title': 'Glemt adgangskode',
  'accounts.forgot.lead':
    'Skriv den e-mailadresse, du bruger på Byliv. Vi sender et link, så du kan vælge en ny adgangskode.',
  'accounts.forgot.submit': 'Send link',
  'accounts.forgot.sent':
    'Hvis der findes en konto med den adresse, har vi nu sendt en e-mail med et link. Linket virker i 1 time.',

  'accounts.reset.title': 'Vælg en ny adgangskode',
  'accounts.reset.lead': 'Når du gemmer, bliver du logget ud på alle andre enheder.',
  'accounts.reset.newPassword': 'Ny adgangskode',
  'accounts.reset.done': 'Din adgangskode er ændret, og du er logget ind. Du er logget ud alle andre steder.',
  'accounts.reset.problemTitle': 'Linket kan ikke bruges',
  'accounts.reset.expired': 'Linket er udløbet. Et link til at nulstille adgangskoden virker kun i 1 time.',
  'accounts.reset.used':
    'Linket er allerede brugt. Et link til at nulstille adgangskoden virker kun én gang.',
  'accounts.reset.unknown': 'Vi kender ikke linket. Tjek, at du har kopieret hele linket fra e-mailen.',
  'accounts.reset.requestNew': 'Bed om et nyt link',

  'accounts.profile.title': 'Min profil',
  'accounts.profile.emailState': 'Status',
  'accounts.profile.notVerified':
    'Din e-mailadresse er ikke bekræftet endnu. Åbn linket i den e-mail, vi sendte.',
  'accounts.profile.verifiedAt': 'Bekræftet {date}',
  'accounts.profile.detailsHeading': 'Navn og sprog',
  'accounts.profile.localeHint': 'Sproget på Byliv og i de e-mails, vi sender dig.',
  'accounts.profile.saved': 'Dine oplysninger er gemt.',
  'accounts.profile.organisationsHeading': 'Mine organisationer',
  'accounts.profile.noOrganisations': 'Du er ikke medlem af nogen organisationer endnu.',
  'accounts.profile.moreHeading': 'Data og adgang',
  'accounts.profile.downloadData': 'Download mine data (JSON)',

  'accounts.password.heading': 'Skift adgangskode',
  'accounts.password.current': 'Nuværende adgangskode',
  'accounts.password.new': 'Ny adgangskode',
  'accounts.password.newHint': 'Mindst 10 tegn. Du bliver logget ud på alle andre enheder.',
  'accounts.password.submit': 'Skift adgangskode',
  'accounts.password.changed': 'Din adgangskode er ændret. Du er logget ud på alle andre enheder.',

  'accounts.delete.title': 'Slet min konto',
  'accounts.delete.lead': 'Når du sletter din konto, sker der følgende – og det kan ikke fortrydes:',
  'accounts.delete.what.personal': 'Dit navn, din e-mailadresse og din adgangskode slettes.',
  'accounts.delete.what.access': 'Du logges ud overalt, og dine API-tokens holder op med at virke.',
  'accounts.delete.what.memberships': 'Du fjernes fra alle organisationer, du er medlem af.',
  'accounts.delete.what.content':
    'Det, du har skrevet eller oprettet (fx bookinger og opslag), bliver stående, men vises som skrevet af "slettet bruger".',
  'accounts.delete.exportFirst': 'Vil du gemme en kopi af dine data først?',
  'accounts.delete.passwordHint': 'Skriv din adgangskode for at bekræfte, at du vil slette kontoen.',
  'accounts.delete.submit': 'Slet min konto',
  'accounts.delete.refusedHeading': 'Kontoen kan ikke slettes endnu',
  'accounts.delete.soleAdmin':
    'Du er den eneste administrator af: {organisations}. Gør et andet medlem til administrator, før du sletter din konto.',
  'accounts.delete.done': 'Din konto er slettet. Tak for denne gang.',

  'accounts.tokens.title': 'API-tokens',
  'accounts.tokens.lead':
    'Med et personligt API-token kan et program hente dine egne data fra Byliv. Send det i headeren Authorization: Bearer <token>. Del det aldrig med andre.',
  'accounts.tokens.createHeading': 'Opret et nyt token',
  'accounts.tokens.name': 'Navn',
  'accounts.tokens.nameHint': 'Fx navnet på programmet, der skal bruge det.',
  'accounts.tokens.nameRequired': 'Giv tokenet et navn',
  'accounts.tokens.create': 'Opret token',
  'accounts.tokens.createdHeading': 'Tokenet "{name}" er oprettet',
  'accounts.tokens.createdBody':
    'Kopiér det nu. Vi viser det ikke igen – vi gemmer kun et fingeraftryk af det.',
  'accounts.tokens.tokenLabel': 'Dit nye token',
  'accounts.tokens.listHeading': 'Dine tokens',
  'accounts.tokens.none': 'Du har ingen tokens.',
  'accounts.tokens.prefix': 'Begynder med',
  'accounts.tokens.created': 'Oprettet',
  'accounts.tokens.lastUsed': 'Sidst brugt',
  'accounts.tokens.state': 'Status',
  'accounts.tokens.never': 'Aldrig',
  'accounts.tokens.revoke': 'Tilbagekald',
  'accounts.tokens.revokedAt': 'Tilbagekaldt {date}',
  'accounts.tokens.revoked': 'Tokenet er tilbagekaldt og virker ikke længere.',
  'accounts.tokens.revokeTitle': 'Tilbagekald token',
  'accounts.tokens.revokeHeading': 'Vil du tilbagekalde tokenet?',
  'accounts.tokens.revokeStops': 'Programmer, der bruger tokenet, holder op med at virke.',
  'accounts.tokens.revokeSubmit': 'Ja, tilbagekald tokenet',
  'accounts.tokens.docs': 'Læs om API’et',

  'accounts.mail.verify.subject': 'Bekræft din e-mailadresse på Byliv',
  'accounts.mail.verify.body':
    'Tak fordi du har oprettet en konto på Byliv. Bekræft din e-mailadresse ved at åbne dette link:\n\n{link}\n\nLinket virker i {hours:hours} og kan kun bruges én gang. Er det udløbet, kan du få et nyt fra din profil på Byliv.\n\nHar du ikke oprettet en konto, kan du se bort fra denne e-mail.',
  'accounts.mail.reset.subject': 'Nulstil din adgangskode på Byliv',
  'accounts.mail.reset.body':
    'Vi har fået en anmodning om at nulstille adgangskoden til din konto på Byliv. Vælg en ny adgangskode her:\n\n{link}\n\nLinket virker i 1 time og kan kun bruges én gang. Når du har valgt en ny adgangskode, bliver du logget ud alle andre steder.\n\nEr linket udløbet, kan du bede om et nyt her: {again}\n\nHar du ikke bedt om at nulstille adgangskoden, kan du se bort fra denne e-mail. Din adgangskode er ikke ændret.',
} as const;

export const accountsEn = {
  'accounts.deletedUser': 'deleted user',
  'accounts.backToProfile': 'Back to my profile',
  'accounts.role.admin': 'admin',
  'accounts.role.member': 'member',

  'accounts.field.name': 'Name',
  'accounts.field.email': 'E-mail',
  'accounts.field.password': 'Password',
  'accounts.field.newPasswordHint':
    'At least 10 characters. A sentence of several words is easy to remember and hard to guess.',
  'accounts.field.locale': 'Language',

  'accounts.validation.nameRequired': 'Enter your name',
  'accounts.validation.emailRequired': 'Enter your e-mail address',
  'accounts.validation.emailInvalid': 'Enter a valid e-mail address, like name@example.com',
  'accounts.validation.emailTaken':
    'There is already an account with this e-mail address. Log in, or use "Forgotten password".',
  'accounts.validation.passwordRequired': 'Enter your password',
  'accounts.validation.passwordTooShort': 'The password must be at least {min} characters',
  'accounts.validation.passwordWrong': 'The password is not correct',
  'accounts.validation.localeInvalid': 'Choose Danish or English',

  'accounts.register.title': 'Create account',
  'accounts.register.lead':
    'With an account you can book meeting places, sign up for activities and take part in your association.',
  'accounts.register.emailHint': 'We will send a link so you can confirm the address.',
  'accounts.register.submit': 'Create account',
  'accounts.register.haveAccount': 'Already have an account?',
  'accounts.register.loginLink': 'Log in here',
  'accounts.register.done':
    'Your account has been created. We have sent you an e-mail with a link – open it to confirm your e-mail address.',

  'accounts.login.title': 'Log in',
  'accounts.login.submit': 'Log in',
  'accounts.login.failed': 'The e-mail or password is not correct.',
  'accounts.login.forgotLink': 'Forgotten your password?',
  'accounts.login.noAccount': 'No account yet?',
  'accounts.login.registerLink': 'Create an account here',
  'accounts.login.done': 'You are logged in.',
  'accounts.login.wait':
    'Too many wrong attempts to log in to this account. For your safety, wait {seconds} s before you try again.',
  'accounts.logout.done': 'You are logged out.',

  'accounts.verify.doneTitle': 'Your e-mail address is confirmed',
  'accounts.verify.doneBody': 'Thank you. We now know we can reach you at that address.',
  'accounts.verify.alreadyTitle': 'Your e-mail address is already confirmed',
  'accounts.verify.alreadyBody': 'Your e-mail address is already confirmed. There is nothing more to do.',
  'accounts.verify.expiredTitle': 'The link has expired',
  'accounts.verify.expiredBody':
    'The link to confirm your e-mail address only works for 48 hours. Ask for a new link.',
  'accounts.verify.usedTitle': 'The link has already been used',
  'accounts.verify.usedBody':
    'The link can only be used once. Ask for a new link if your address is not confirmed.',
  'accounts.verify.unknownTitle': 'The link does not work',
  'accounts.verify.unknownBody':
    'We do not recognise this link. Check that you copied the whole link from the e-mail, or ask for a new one.',
  'accounts.verify.resend': 'Send a new link',
  'accounts.verify.resent': 'We have sent a new link to your e-mail address. It works for 48 hours.',
  'accounts.verify.loginToResend': 'Log in to get a new link',
  'accounts.verify.toProfile': 'Go to your profile',
  'accounts.verify.toLogin': 'Log in',

  'accounts.forgot.title': 'Forgotten password',
  'accounts.forgot.lead':
    'Enter the e-mail address you use on Byliv. We will send a link so you can choose a new password.',
  'accounts.forgot.submit': 'Send link',
  'accounts.forgot.sent':
    'If there is an account with that address, we have now sent an e-mail with a link. The link works for 1 hour.',

  'accounts.reset.title': 'Choose a new password',
  'accounts.reset.lead': 'When you save, you will be logged out on all other devices.',
  'accounts.reset.newPassword': 'New password',
  'accounts.reset.done':
    'Your password has been changed and you are logged in. You have been logged out everywhere else.',
  'accounts.reset.problemTitle': 'The link cannot be used',
  'accounts.reset.expired': 'The link has expired. A password reset link only works for 1 hour.',
  'accounts.reset.used': 'The link has already been used. A password reset link only works once.',
  'accounts.reset.unknown':
    'We do not recognise this link. Check that you copied the whole link from the e-mail.',
  'accounts.reset.requestNew': 'Ask for a new link',

  'accounts.profile.title': 'My profile',
  'accounts.profile.emailState': 'Status',
  'accounts.profile.notVerified':
    'Your e-mail address is not confirmed yet. Open the link in the e-mail we sent you.',
  'accounts.profile.verifiedAt': 'Confirmed {date}',
  'accounts.profile.detailsHeading': 'Name and language',
  'accounts.profile.localeHint': 'The language of Byliv and of the e-mails we send you.',
  'accounts.profile.saved': 'Your details have been saved.',
  'accounts.profile.organisationsHeading': 'My organisations',
  'accounts.profile.noOrganisations': 'You are not a member of any organisation yet.',
  'accounts.profile.moreHeading': 'Data and access',
  'accounts.profile.downloadData': 'Download my data (JSON)',

  'accounts.password.heading': 'Change password',
  'accounts.password.current': 'Current password',
  'accounts.password.new': 'New password',
  'accounts.password.newHint': 'At least 10 characters. You will be logged out on all other devices.',
  'accounts.password.submit': 'Change password',
  'accounts.password.changed':
    'Your password has been changed. You have been logged out on all other devices.',

  'accounts.delete.title': 'Delete my account',
  'accounts.delete.lead': 'When you delete your account, the following happens – and it cannot be undone:',
  'accounts.delete.what.personal': 'Your name, e-mail address and password are deleted.',
  'accounts.delete.what.access': 'You are logged out everywhere, and your API tokens stop working.',
  'accounts.delete.what.memberships': 'You are removed from every organisation you belong to.',
  'accounts.delete.what.content':
    'What you wrote or created (such as bookings and posts) stays, but is shown as by "deleted user".',
  'accounts.delete.exportFirst': 'Want to keep a copy of your data first?',
  'accounts.delete.passwordHint': 'Enter your password to confirm that you want to delete the account.',
  'accounts.delete.submit': 'Delete my account',
  'accounts.delete.refusedHeading': 'The account cannot be deleted yet',
  'accounts.delete.soleAdmin':
    'You are the only admin of: {organisations}. Make another member an admin before you delete your account.',
  'accounts.delete.done': 'Your account has been deleted. Thank you for taking part.',

  'accounts.tokens.title': 'API tokens',
  'accounts.tokens.lead':
    'With a personal API token, a program can fetch your own data from Byliv. Send it in the header Authorization: Bearer <token>. Never share it.',
  'accounts.tokens.createHeading': 'Create a new token',
  'accounts.tokens.name': 'Name',
  'accounts.tokens.nameHint': 'For example the name of the program that will use it.',
  'accounts.tokens.nameRequired': 'Give the token a name',
  'accounts.tokens.create': 'Create token',
  'accounts.tokens.createdHeading': 'The token "{name}" has been created',
  'accounts.tokens.createdBody': 'Copy it now. We will not show it again – we only keep a fingerprint of it.',
  'accounts.tokens.tokenLabel': 'Your new token',
  'accounts.tokens.listHeading': 'Your tokens',
  'accounts.tokens.none': 'You have no tokens.',
  'accounts.tokens.prefix': 'Starts with',
  'accounts.tokens.created': 'Created',
  'accounts.tokens.lastUsed': 'Last used',
  'accounts.tokens.state': 'Status',
  'accounts.tokens.never': 'Never',
  'accounts.tokens.revoke': 'Revoke',
  'accounts.tokens.revokedAt': 'Revoked {date}',
  'accounts.tokens.revoked': 'The token has been revoked and no longer works.',
  'accounts.tokens.revokeTitle': 'Revoke token',
  'accounts.tokens.revokeHeading': 'Do you want to revoke the token?',
  'accounts.tokens.revokeStops': 'Programs using the token stop working.',
  'accounts.tokens.revokeSubmit': 'Yes, revoke the token',
  'accounts.tokens.docs': 'Read about the API',

  'accounts.mail.verify.subject': 'Confirm your e-mail address on Byliv',
  'accounts.mail.verify.body':
    'Thank you for creating an account on Byliv. Confirm your e-mail address by opening this link:\n\n{link}\n\nThe link works for {hours:hours} and can only be used once. If it has expired, you can get a new one from your profile on Byliv.\n\nIf you did not create an account, you can ignore this e-mail.',
  'accounts.mail.reset.subject': 'Reset your password on Byliv',
  'accounts.mail.reset.body':
    'We received a request to reset the password of your account on Byliv. Choose a new password here:\n\n{link}\n\nThe link works for 1 hour and can only be used once. When you have chosen a new password, you will be logged out everywhere else.\n\nIf the link has expired, you can ask for a new one here: {again}\n\nIf you did not ask to reset your password, you can ignore this e-mail. Your password has not been changed.',
} as const satisfies Record<keyof typeof accountsDa, string>;
