/**
 * Tab-separated text → Grid: the seed documents' tables, and tables users paste out of PDF or
 * Word. A line without tabs is a one-cell row (titles, headings, prose); the plan model decides
 * what is a continuation row, a `<p>` fragment or a dash separator line.
 */
import * as path from 'node:path';
import { makeGrid, trimRow, type CellValue, type Grid } from '../../core/grid';
import { objectList } from '../../core/object-lists';
import { decodeText } from './decode';

export function textToGrid(text: string, sheet: string): Grid {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  // Rows filled by push, each a list of objects to V8 as every reader's are (see csv.ts toRows).
  const rows: CellValue[][] = [];
  for (const line of lines) {
    const cells: CellValue[] = objectList();
    for (const c of line.split('\t')) cells.push(c.trim() === '' ? null : c);
    rows.push(trimRow(cells));
  }
  return makeGrid(sheet, rows);
}

export function readTxt(bytes: Uint8Array, filePath: string): Grid {
  const { text } = decodeText(bytes);
  return textToGrid(text, path.basename(filePath).replace(/\.[^.]+$/, ''));
}
