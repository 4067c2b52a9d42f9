// Shared layout of every gazetteer file: one header row, tab-separated, UTF-8.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const COLUMNS = ['id', 'name', 'lat', 'lon', 'kind', 'feature_code', 'country', 'admin1',
  'population', 'names', 'source'];

export const KINDS = new Set(['city', 'admin1', 'country', 'region', 'feature']);

export const GEODATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GAZETTEER_DIR = path.join(GEODATA_DIR, 'gazetteer');
export const BASEMAP_DIR = path.join(GEODATA_DIR, 'basemap');
export const CURATED_DIR = path.join(GEODATA_DIR, 'tools', 'curated');

/** Rounds a coordinate to at most `decimals` places and prints it without trailing zeros. */
export function coord(value, decimals = 5) {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`not a coordinate: ${value}`);
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Makes a value safe for one TSV cell: no tabs, no line breaks, and no double quotes, so that
 * readers with CSV quoting (Commons CSV's TDF format) see every cell literally.
 */
export function cell(value) {
  return String(value ?? '').replace(/[\t\r\n]+/g, ' ').replace(/"/g, "'").trim();
}

/** Turns row objects keyed by COLUMNS into TSV text with the header row. */
export function toTsv(rows, columns = COLUMNS) {
  const lines = [columns.join('\t')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join('\t'));
  return lines.join('\n') + '\n';
}

export function writeTsv(file, rows, columns = COLUMNS) {
  const text = toTsv(rows, columns);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (file.endsWith('.gz')) {
    // mtime is left at 0 by zlib, so the same input gives byte-identical output.
    fs.writeFileSync(file, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  } else {
    fs.writeFileSync(file, text, 'utf8');
  }
  return rows.length;
}

/** Reads a TSV file (optionally gzipped) into an array of objects keyed by its header. */
export function readTsv(file) {
  let buf = fs.readFileSync(file);
  if (file.endsWith('.gz')) buf = zlib.gunzipSync(buf);
  const lines = buf.toString('utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = lines[0].split('\t');
  return {
    header,
    rows: lines.slice(1).map((line, i) => {
      const cells = line.split('\t');
      const row = { _line: i + 2, _cells: cells.length };
      header.forEach((h, j) => { row[h] = cells[j] ?? ''; });
      return row;
    }),
  };
}
