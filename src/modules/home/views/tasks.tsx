import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';

const TASKS: ReadonlyArray<{ href: string; title: PlainMessageKey; text: PlainMessageKey }> = [
  { href: '/find-lokale', title: 'home.task.room.title', text: 'home.task.room.text' },
  { href: '/aktiviteter', title: 'home.task.activity.title', text: 'home.task.activity.text' },
  { href: '/puljer', title: 'home.task.money.title', text: 'home.task.money.text' },
];

/** The three main tasks as DKFDS cards, side by side on a wide screen and stacked on a phone. */
export function MainTasks({ t }: { t: Translator }) {
  return (
    <section aria-labelledby="opgaver">
      <h2 id="opgaver" class="sr-only">
        {t.t('home.tasks.title')}
      </h2>
      <ul class="card-row row">
        {TASKS.map((task) => (
          <li key={task.href} class="col-12 col-md-4">
            <div class="card">
              <div class="card-content">
                <h3 class="card-heading">
                  <a href={task.href}>{t.t(task.title)}</a>
                </h3>
                <p>{t.t(task.text)}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
