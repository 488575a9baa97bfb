import { runCli } from '#src/cli/run-cli.ts';
import { loadConfig } from '#src/config.ts';

// A failed command exits at once with its code; a server or worker keeps the process alive.
const exitCode = await runCli(process.argv.slice(2), () => loadConfig());
if (exitCode !== 0) process.exit(exitCode);
