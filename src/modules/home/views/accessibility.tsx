import type { Translator } from '#src/platform/i18n.ts';

/** Tilgængelighedserklæring, as the Danish web accessibility act requires of public-sector sites. */
export function AccessibilityStatement({ t }: { t: Translator }) {
  if (t.locale === 'en') {
    return (
      <>
        <h1>Accessibility statement</h1>
        <p class="font-lead">
          Byliv aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as required by
          the Danish act on the accessibility of public-sector websites and mobile applications.
        </p>
        <h2>How we test</h2>
        <p>
          Every page is checked automatically with axe-core in a real browser on each change, and the main
          flows are also tested with JavaScript turned off. Pages are built with Det Fælles Designsystem, the
          shared Danish public-sector design system.
        </p>
        <h2>Known limitations</h2>
        <p>
          Maps are an extra: everything shown on a map is also shown as a list or table. Neighbourhood
          boundaries are approximate.
        </p>
        <h2>Feedback and contact</h2>
        <p>
          If you meet a barrier, write to the local committee's secretariat. You can also complain to the
          Agency for Digital Government (Digitaliseringsstyrelsen), which supervises the act.
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Tilgængelighedserklæring</h1>
      <p class="font-lead">
        Byliv søger at overholde retningslinjerne for tilgængeligt webindhold (WCAG) 2.1 på niveau AA, som
        loven om tilgængelighed af offentlige organers websteder og mobilapplikationer kræver.
      </p>
      <h2>Sådan tester vi</h2>
      <p>
        Hver side tjekkes automatisk med axe-core i en rigtig browser ved hver ændring, og de vigtigste forløb
        testes også med JavaScript slået fra. Siderne er bygget med Det Fælles Designsystem.
      </p>
      <h2>Kendte begrænsninger</h2>
      <p>
        Kort er et supplement: alt, hvad et kort viser, findes også som liste eller tabel. Kvarterernes
        grænser er omtrentlige.
      </p>
      <h2>Feedback og kontakt</h2>
      <p>
        Møder du en barriere, så skriv til lokaludvalgets sekretariat. Du kan også klage til
        Digitaliseringsstyrelsen, som fører tilsyn med loven.
      </p>
    </>
  );
}
