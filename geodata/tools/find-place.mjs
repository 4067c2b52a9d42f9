// Looks names up in the built gazetteer files: node find-place.mjs "Tal Afar" Makhmour ...
// Matching ignores case, diacritics, apostrophes, hyphens and a leading Arabic article.
import fs from 'node:fs';
import path from 'node:path';
import { GAZETTEER_DIR, readTsv } from './lib/tsv.mjs';
import { matchKey } from './lib/names.mjs';


export function loadIndex() {
  const index = new Map();
  for (const f of fs.readdirSync(GAZETTEER_DIR).filter((x) => /\.tsv(\.gz)?$/.test(x) && x !== 'demonyms.tsv')) {
    for (const r of readTsv(path.join(GAZETTEER_DIR, f)).rows) {
      for (const n of [r.name, ...r.names.split('|')].filter(Boolean)) {
        const k = matchKey(n);
        if (!index.has(k)) index.set(k, []);
        index.get(k).push({ file: f, ...r });
      }
    }
  }
  return index;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const index = loadIndex();
  for (const q of process.argv.slice(2)) {
    const hits = [...new Map((index.get(matchKey(q)) ?? []).map((h) => [h.id, h])).values()];
    console.log(`== ${q}: ${hits.length} hit(s)`);
    for (const h of hits.slice(0, 8)) {
      console.log(`  ${h.id}\t${h.name}\t${h.lat},${h.lon}\t${h.kind}/${h.feature_code}\t${h.country}.${h.admin1}\tpop ${h.population}`);
    }
  }
}
