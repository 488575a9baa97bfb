import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#src/testing/test-app.ts';

// The test clock starts on Monday 30 November 2026, 10:00 in Copenhagen.
describe('the month calendar', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('draws the month grid for wide screens and a day-by-day agenda for phones', async () => {
    const page = await t.app.inject({ url: '/aktiviteter/kalender?maaned=2026-12' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      '<div class="app-calendar-grid"><table class="table table--compact app-month-calendar">',
    );
    expect(page.body).toContain('<section class="app-calendar-agenda" aria-labelledby="dag-for-dag">');
    expect(page.body).toContain('Ingen aktiviteter i december 2026.');
  });
});
