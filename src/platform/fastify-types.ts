import type { ComponentChildren } from 'preact';
import type { Access, AppContext, CurrentUser } from '#src/platform/context.ts';
import type { PlainMessageKey, Translator } from '#src/platform/i18n.ts';

export interface RouteAccessEntry {
  method: string;
  url: string;
  access: Access | undefined;
  /** Property names of the body schema, so tests can post every field of every form. */
  bodyFields: string[];
  /** Property names of the querystring schema, so tests can find every return-address parameter. */
  queryFields: string[];
}

export interface PageOptions {
  title: string;
  body: ComponentChildren;
  status?: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; every route must say. */
    access?: Access;
    /**
     * Anonymous GET/HEAD answers may be kept and served again until a write changes the content
     * or the minute turns (public-cache.ts). Only for pages that show nothing personal.
     */
    publicCache?: boolean;
  }
  interface FastifyInstance {
    ctx: AppContext;
    /** Every registered route with its declared access, read by the access-matrix test. */
    routeAccess: RouteAccessEntry[];
  }
  interface FastifyRequest {
    user: CurrentUser | null;
    /** How `user` was established: a browser session or a personal API token. */
    authMethod: 'session' | 'token' | null;
    t: Translator;
    csrfToken: string;
  }
  interface FastifyReply {
    /** Renders a full HTML page inside the shell. */
    page(options: PageOptions): FastifyReply;
    /** Shows a one-time message on the next page (after a redirect). */
    flash(key: PlainMessageKey): FastifyReply;
  }
}
