// Seeded fuzzing of the whole open path (detect → parse → map → validate → graphology): thousands of mutated files
// per format. Whatever the bytes, the only thing that may come out is a dataset that builds a graph, or an
// ImportError with a message; Object.prototype must never change.
import { describe, expect, it } from 'vitest';
import { ImportError, writeCsv, writeCytoscapeJson, writeGexf, writeGraphml } from './formats';
import { edge, graph, node, prototypeSnapshot } from './formats/testing';
import { openGraphText } from './openGraph';
import { loadBundledStory } from './bundledStory';
import { seededRandom } from '../model/seededRandom';
import { buildGraph } from '../model/graph';

const MUTANTS_PER_FORMAT = 2500;
const UNEXPECTED = 'The file could not be read:';

/** Seeded, so every run tries the same mutants and a failure can be replayed. */
const generator = seededRandom;

/** Fragments that stress parsers: syntax characters, hostile names, entities, numbers that are not numbers. */
const FRAGMENTS = [
  '<',
  '>',
  '"',
  "'",
  '&',
  ';',
  '=',
  '/',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '\n',
  '\r\n',
  '\t',
  '\0',
  '\uFEFF',
  '\uD800',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '<!DOCTYPE g [<!ENTITY x "y">]>',
  '&x;',
  '&amp;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  'NaN',
  'Infinity',
  '-1e999',
  '1e309',
  'null',
  'true',
  '"id":',
  '<node id="n"/>',
  '<edge source="a" target="zz"/>',
  '{"data":{"id":"a"}}',
  '=cmd|" /C calc"!A0',
  '<script>alert(1)</script>',
  'é',
  '😀',
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(random() * (out.length + 1));
    const span = Math.floor(random() * 40);
    switch (Math.floor(random() * 5)) {
      case 0: // delete a range
        out = out.slice(0, at) + out.slice(at + span);
        break;
      case 1: // insert a fragment
        out = out.slice(0, at) + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]! + out.slice(at);
        break;
      case 2: // duplicate a range
        out = out.slice(0, at + span) + out.slice(at, at + span) + out.slice(at + span);
        break;
      case 3: // truncate
        out = out.slice(0, at);
        break;
      default: // flip one character
        out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 128)) + out.slice(at + 1);
    }
  }
  return out;
}

const base = graph(
  [
    node('a', {
      label: 'Ana <b>',
      x: 1,
      y: 2,
      color: '#112233',
      size: 3,
      attributes: new Map<string, string | number | boolean>([
        ['type', 'person'],
        ['__proto__', 'x'],
        ['n', 1.5],
      ]),
    }),
    node('constructor', { label: '"quoted" & more', attributes: new Map([['country', 'VE']]) }),
    node('b', { attributes: new Map([['flag', true]]) }),
  ],
  [
    edge('a', 'constructor', { id: 'e1', label: 'met', weight: 2, attributes: new Map([['type', 'met_with']]) }),
    edge('constructor', 'b', { directed: false, attributes: new Map() }),
  ],
);

const story = loadBundledStory();
const csv = writeCsv(base);
const seeds: [string, string, string][] = [
  ['GEXF', writeGexf(base), 'g.gexf'],
  ['GraphML', writeGraphml(base), 'g.graphml'],
  ['Cytoscape JSON', writeCytoscapeJson(base), 'g.cyjs'],
  ['CSV', csv.edges, 'g.csv'],
  ['project JSON', JSON.stringify({ ...story, entities: story.entities.slice(0, 6), relations: [] }), 'p.json'],
];

describe.each(seeds)('fuzzing %s', (_name, text, fileName) => {
  it(`${MUTANTS_PER_FORMAT} mutants: a usable graph or an ImportError, and Object.prototype untouched`, () => {
    const before = prototypeSnapshot();
    const random = generator(0x5eed + fileName.length);
    const outcomes = { opened: 0, refused: 0 };
    for (let i = 0; i < MUTANTS_PER_FORMAT; i++) {
      const mutant = mutate(text, random);
      try {
        const { dataset } = openGraphText(mutant, fileName);
        const built = buildGraph(dataset);
        expect(built.order).toBe(dataset.entities.length);
        outcomes.opened++;
      } catch (error) {
        // "could not be read" is the catch-all for exceptions a parser did not anticipate: a bug, not an answer.
        if (!(error instanceof ImportError) || error.message.trim() === '' || error.message.startsWith(UNEXPECTED)) {
          throw new Error(
            `mutant ${i} of ${fileName} escaped as ${String(error)}:\n${JSON.stringify(mutant.slice(0, 500))}`,
          );
        }
        outcomes.refused++;
      }
    }
    expect(prototypeSnapshot()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
    // Both outcomes happen: the mutations neither always break the file nor never do.
    expect(outcomes.opened).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
