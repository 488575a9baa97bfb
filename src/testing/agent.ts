import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A tiny browser over `app.inject`: keeps cookies, and fills in the CSRF token of the last page
 * it loaded, so tests post forms the way a person's browser does.
 */
export class TestAgent {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired = cookie.expires !== undefined && cookie.expires.getTime() < Date.now();
      if (cookie.value === '' || expired || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const match = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (match?.[1] !== undefined) this.csrfToken = match[1];
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.remember(response);
    return response;
  }

  /** Posts a form as `application/x-www-form-urlencoded`, with this agent's CSRF token unless given. */
  async post(url: string, form: Record<string, string | string[]> = {}): Promise<LightMyRequestResponse> {
    if (this.csrfToken === '') await this.get('/');
    const body = new URLSearchParams();
    body.set('_csrf', this.csrfToken);
    for (const [name, value] of Object.entries(form)) {
      if (Array.isArray(value)) for (const item of value) body.append(name, item);
      else body.set(name, value);
    }
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
    });
    this.remember(response);
    return response;
  }
}
