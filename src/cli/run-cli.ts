import { CliError, USAGE_EXIT_CODE } from '#src/cli/cli-error.ts';
import { type Config, ConfigError } from '#src/config.ts';

const USAGE = `Usage: byliv <command>

  serve          migrate, seed what is missing and serve (the default)
  migrate        apply pending migrations
  seed           load districts and, on an empty database, the demo data
  backup FILE    a consistent online backup of the SQLite database
  restore FILE   replace the SQLite database with a backup (stop the server first)
  worker         run the job worker on its own until SIGINT or SIGTERM`;

function fileArgument(command: string, rest: string[]): string {
  const [file, ...extra] = rest;
  if (file === undefined || file === '' || extra.length > 0) {
    throw new CliError(`${command} needs exactly one FILE.\n\n${USAGE}`, USAGE_EXIT_CODE);
  }
  return file;
}

// Commands load their modules on demand, so `backup` does not load the whole web app.
async function run(command: string, rest: string[], config: () => Config): Promise<void> {
  switch (command) {
    case 'serve':
      return (await import('#src/server.ts')).serve(config());
    case 'migrate':
      return (await import('#src/cli/data-commands.ts')).migrateCommand(config());
    case 'seed':
      return (await import('#src/cli/data-commands.ts')).seedCommand(config());
    case 'backup': {
      const file = fileArgument(command, rest);
      return (await import('#src/cli/data-commands.ts')).backupCommand(config(), file);
    }
    case 'restore': {
      const file = fileArgument(command, rest);
      return (await import('#src/cli/data-commands.ts')).restoreCommand(config(), file);
    }
    case 'worker':
      return (await import('#src/cli/worker-command.ts')).workerCommand(config());
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new CliError(`Unknown command "${command}".\n\n${USAGE}`, USAGE_EXIT_CODE);
  }
}

/** Prints why a command failed (a stack only for the unexpected) and gives its exit code. */
function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
    return 1;
  }
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

/**
 * Runs one command line (`serve` when empty) and resolves to its exit code. It never exits the
 * process itself, so the tests run commands in-process; `main.ts` does the exiting.
 */
export async function runCli(argv: string[], config: () => Config): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  try {
    await run(command, rest, config);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}
