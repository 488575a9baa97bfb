import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageAssets {
  scripts: string[];
  styles: string[];
}

interface ManifestEntry {
  file: string;
  css?: string[];
  isEntry?: boolean;
}

export const CLIENT_BUILD_DIR = join(process.cwd(), 'dist', 'client');
const MANIFEST = join(CLIENT_BUILD_DIR, '.vite', 'manifest.json');

/**
 * The hashed client files Vite built. Without a build (unit tests) pages carry no script,
 * which is exactly how they must work anyway.
 */
export function readClientAssets(): PageAssets {
  if (!existsSync(MANIFEST)) return { scripts: [], styles: [] };
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestEntry>;
  const entry = manifest['src/client/main.ts'];
  if (entry === undefined) return { scripts: [], styles: [] };
  return {
    scripts: [`/assets/client/${entry.file}`],
    styles: (entry.css ?? []).map((file) => `/assets/client/${file}`),
  };
}
