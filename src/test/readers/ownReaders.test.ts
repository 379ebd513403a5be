// Our own readers open every export of ours without loss: entities with their fields, look and attributes, relations
// with their direction, dates (and their wording) and attributes; and every file says it is UTF-8 and keeps accents
// and non-Latin scripts as written.
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportedFile } from '../../io/exportData';
import { openCsv, openGraphText } from '../../io/openGraph';
import type { Dataset } from '../../model/schema';
import { NON_LATIN, generatedCase, storyCase } from './cases';

const cases = [storyCase(), generatedCase()];
const formats = EXPORT_FORMATS.map((f) => f.id).filter((id) => id !== 'project-json');

function reopen(files: ExportedFile[]): Dataset {
  const csv = files.filter((f) => f.name.endsWith('.csv'));
  if (csv.length === 2) return openCsv(csv[1]!.text, csv[1]!.name, { nodesText: csv[0]!.text }).dataset;
  return openGraphText(files[0]!.text, files[0]!.name).dataset;
}

/** CSV has no types: its values come back as text. */
const asText = (bag: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(bag).map(([k, v]) => [k, String(v)]));

describe.each(cases)('our readers open every export of $name as it was', (c) => {
  for (const format of formats) {
    it(`${format}: entities, relations, attributes, dates and the drawing`, { timeout: 60_000 }, () => {
      const again = reopen(c.files(format));
      const typed = (bag: Record<string, unknown>) => (format === 'csv' ? asText(bag) : bag);
      const { positions, colourOf } = c.drawing;
      expect(again.entities.map((e) => [e.id, e.label, e.type, e.country, e.role, e.description])).toEqual(
        c.dataset.entities.map((e) => [e.id, e.label, e.type, e.country, e.role, e.description]),
      );
      expect(again.entities.map((e) => [e.position, e.color, e.size])).toEqual(
        c.dataset.entities.map((e) => [positions?.get(e.id), e.color ?? colourOf?.(e), e.size]),
      );
      expect(again.entities.map((e) => ({ ...e.attributes }))).toEqual(
        c.held.nodes.map((n) => typed(Object.fromEntries(n.attributes))),
      );
      const fields = (r: Dataset['relations'][0]) => [r.id, r.source, r.target, r.type, r.directed, r.label, r.weight];
      expect(again.relations.map(fields)).toEqual(c.dataset.relations.map(fields));
      expect(again.relations.map((r) => [r.id, r.date, r.dateText, r.modality])).toEqual(
        c.dataset.relations.map((r) => [r.id, r.date, r.dateText, r.modality]),
      );
      expect(again.relations.map((r) => ({ ...r.attributes }))).toEqual(
        c.held.edges.map((e) => typed(Object.fromEntries(e.attributes))),
      );
    });
  }
});

describe('every export states its encoding and keeps every script', () => {
  const generated = cases[1]!;
  for (const { id } of EXPORT_FORMATS) {
    it(`${id}: UTF-8, said so, with accents and non-Latin names as written`, { timeout: 60_000 }, () => {
      const files = generated.files(id);
      for (const file of files) {
        expect(file.mimeType).toMatch(/;charset=utf-8$/);
        if (/\.(gexf|graphml)$/.test(file.name))
          expect(file.text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
        // JSON is UTF-8 by its standard, and a byte-order mark is not allowed in it.
        if (/\.(json|cyjs)$/.test(file.name)) expect(() => JSON.parse(file.text)).not.toThrow();
        if (/\.(json|cyjs)$/.test(file.name)) expect(file.text.charCodeAt(0)).not.toBe(0xfeff);
        // A spreadsheet takes CSV for UTF-8 only with the mark.
        if (file.name.endsWith('.csv')) expect(file.text.charCodeAt(0)).toBe(0xfeff);
      }
      const network = files.filter((f) => !f.name.endsWith('-style.json') && !f.name.endsWith('-edges.csv'));
      const text = network.map((f) => f.text).join('\n');
      for (const name of NON_LATIN) expect(text, name).toContain(name);
      expect(text).toContain('город');
    });
  }
});
