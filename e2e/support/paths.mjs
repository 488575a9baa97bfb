// Where the browser tests' server keeps its data, shared by the server starter and the mail reader.
// One folder per port, so two runs side by side (E2E_PORT) never delete each other's data.
import { fileURLToPath } from 'node:url';

const port = process.env.E2E_PORT ?? '3199';
export const E2E_DATA_DIR = fileURLToPath(new URL(`../../test-results/e2e-data-${port}`, import.meta.url));
export const E2E_MAIL_DIR = fileURLToPath(
  new URL(`../../test-results/e2e-data-${port}/mail`, import.meta.url),
);
