// `npx tsx bench/duplicates.ts [count]`: how long finding possible duplicates takes on a big investigation. The
// names are made like people's and companies' (first and last names from lists, some with a typo, some repeated
// in another order), so blocks have the sizes real names give, not the sizes of "Node 123".
import { performance } from 'node:perf_hooks';
import { possibleDuplicates } from '../src/model/duplicates';
import type { Dataset, Entity } from '../src/model/schema';

const count = Number(process.argv[2] ?? 50_000);
const FIRST =
  'Ana Luis Maria Jose Carlos Elena Pedro Sofia Juan Lucia Diego Marta Ivan Olga Sergei Irina Ali Reza Wei Li Chen Fatima Omar Nadia Pablo Rosa Hugo Ines Tomas Clara'.split(
    ' ',
  );
const LAST =
  'Garcia Lopez Martinez Rodriguez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz Morales Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Ivanov Petrov Smirnov Volkov Kuznetsov Hosseini Rahimi Zhang Wang Liu'.split(
    ' ',
  );
const TYPES = ['person', 'organization', 'facility'] as const;

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const typo = (s: string) => {
  const i = 1 + Math.floor(random() * (s.length - 2));
  return s.slice(0, i) + s.slice(i + 1);
};

const entities: Entity[] = [];
for (let i = 0; i < count; i++) {
  // Every 50th entity and the two after it are one type: the original, a typo and the words reversed.
  const type = TYPES[Math.floor(i / 50) % 3]!;
  let label = `${pick(FIRST)} ${pick(LAST)} ${pick(LAST)} ${i}`;
  if (type === 'organization') label = `${pick(LAST)}${pick(LAST).toLowerCase()} ${i} Holdings`;
  if (i % 50 === 1) label = typo(entities[i - 1]!.label);
  if (i % 50 === 2) label = entities[i - 2]!.label.split(' ').reverse().join(' ');
  entities.push({ id: `e${i}`, type, label, aliases: i % 7 === 0 ? [`${pick(FIRST)} ${i}`] : [] });
}
const dataset: Dataset = { title: 'bench', sources: [], entities, relations: [] };
possibleDuplicates(dataset); // warm up
const runs: number[] = [];
let found = 0;
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  found = possibleDuplicates(dataset, { limit: Infinity }).length;
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
console.log(
  `${count} entities: ${found} possible pairs, median ${runs[1]!.toFixed(0)} ms (runs: ${runs.map((r) => r.toFixed(0)).join(', ')})`,
);
