// Versions of the installed data packages, for the source notes.
import fs from 'node:fs';
import path from 'node:path';
import { GEODATA_DIR } from './tsv.mjs';

/** Version of an npm package installed under geodata/tools/node_modules (read from disk, as
 * some packages' "exports" hide their package.json from require). */
export function packageVersion(name) {
  const file = path.join(GEODATA_DIR, 'tools', 'node_modules', ...name.split('/'), 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}
