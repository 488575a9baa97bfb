// Where the browser tests' server keeps its data, shared by the server starter and the mail reader.
import { fileURLToPath } from 'node:url';

export const E2E_DATA_DIR = fileURLToPath(new URL('../../test-results/e2e-data', import.meta.url));
export const E2E_MAIL_DIR = fileURLToPath(new URL('../../test-results/e2e-data/mail', import.meta.url));
