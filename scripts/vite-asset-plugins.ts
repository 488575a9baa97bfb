import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Emits files nobody imports (DKFDS's prebuilt script, the icons) as hashed assets, so they get
 * fingerprinted names and a manifest entry under their source path, which the server reads.
 */
export function emitHashedFiles(files: string[]): Plugin {
  return {
    name: 'byliv-emit-hashed-files',
    apply: 'build',
    generateBundle() {
      for (const file of files) {
        const content = readFileSync(file);
        // The source map it points to is not shipped; a browser would ask for it in vain.
        const source = file.endsWith('.js')
          ? content.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
          : content;
        this.emitFile({ type: 'asset', name: basename(file), originalFileName: file, source });
      }
    },
  };
}

const COMPRESSIBLE = /\.(js|css|svg|json|webmanifest|ico)$/;
const MIN_BYTES = 1024;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile());
}

/**
 * Writes `.br` and `.gz` beside every text file of the build, at the highest settings (done once),
 * for @fastify/static's `preCompressed` to send instead of compressing on each request.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'byliv-precompress',
    apply: 'build',
    closeBundle() {
      for (const path of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(path) || path.includes('/.vite/')) continue;
        const content = readFileSync(path);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
        writeFileSync(`${path}.gz`, gzipSync(content, { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
}
