import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package folder, found from the code's own place so that the working directory never matters.
 * This file (src/platform/) and the built server (dist/server/, where scripts/build-server.mjs
 * writes every chunk side by side) both sit two folders below it.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A file the server reads at run time, by its path inside the package (`dist/client`,
 * `src/client/icons/favicon.ico`). The Containerfile copies each of these into the image.
 */
export function packageFile(path: string): string {
  return join(PACKAGE_ROOT, path);
}
