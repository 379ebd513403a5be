// A small investigation whose answers are known by construction, for the store contract tests: a hub with 20
// companies and 10 people around it (two companies better connected than the rest), and a chain of four people and
// firms whose shortest path depends on direction and on the evidence rules. Names carry accents on purpose.
import type { NdjsonRecord } from '../../src/io/server/wire';
import type { Relation } from '../../src/model/schema';

const claim = (source: string, quote: string) => ({ source, quote, status: 'reported' as const });

function relation(
  id: string,
  type: string,
  source: string,
  target: string,
  extra: Partial<Pick<Relation, 'claims' | 'directed' | 'modality'>> = {},
): NdjsonRecord {
  return { relation: { id, type, source, target, claims: [claim('s3', 'A short quote for the fixture.')], ...extra } };
}

export const FIXTURE = {
  title: 'Contract fixture',
  companies: 20,
  people: 10,
  /** Leaf companies 1 and 2 also link to people 1–3 and 4–5: degrees 4 and 3; those people have degree 2. */
  hubDegree: 30,
} as const;

export function contractFixture(): NdjsonRecord[] {
  const records: NdjsonRecord[] = [
    {
      dataset: {
        title: FIXTURE.title,
        vocabulary: {
          entityTypes: { company: { label: 'Company' } },
          relationTypes: { owns: { label: 'owns' }, employs: { label: 'employs' } },
        },
      },
    },
    { source: { id: 'doc1', kind: 'document', title: 'Leaked register', published: '2025', cites: [] } },
    { source: { id: 's1', kind: 'article', title: 'First article', published: '2025-10-01', cites: ['doc1'] } },
    { source: { id: 's2', kind: 'article', title: 'Second article', published: '2025-10-02', cites: ['doc1'] } },
    { source: { id: 's3', kind: 'article', title: 'Third article', published: '2025-10-03', cites: [] } },
    { entity: { id: 'hub', type: 'organization', label: 'Hub Holdings', aliases: [] } },
    { entity: { id: 'ana', type: 'person', label: 'Ana Peña', aliases: ['Anita'] } },
    { entity: { id: 'bolivar', type: 'organization', label: 'Bolívar Trading', aliases: [] } },
    { entity: { id: 'celine', type: 'person', label: 'Céline Ortiz', aliases: [] } },
    { entity: { id: 'dmitri', type: 'person', label: 'Dmitri Volkov', aliases: [] } },
  ];
  for (let i = 1; i <= FIXTURE.companies; i++) {
    records.push({ entity: { id: `c${i}`, type: 'company', label: `Leaf Company ${i}`, aliases: [] } });
  }
  for (let i = 1; i <= FIXTURE.people; i++) {
    records.push({ entity: { id: `p${i}`, type: 'person', label: `Leaf Person ${i}`, aliases: [] } });
  }
  for (let i = 1; i <= FIXTURE.companies; i++) records.push(relation(`owns-c${i}`, 'owns', 'hub', `c${i}`));
  for (let i = 1; i <= FIXTURE.people; i++) records.push(relation(`employs-p${i}`, 'employs', 'hub', `p${i}`));
  for (const [company, people] of [
    ['c1', ['p1', 'p2', 'p3']],
    ['c2', ['p4', 'p5']],
  ] as const) {
    for (const person of people) records.push(relation(`${company}-${person}`, 'employs', company, person));
  }
  // The chain: ana → bolivar (one origin: s1 and s2 both rest on doc1), bolivar → celine (two origins),
  // celine — dmitri (undirected), and a one-step shortcut ana → dmitri that was only requested.
  records.push(
    relation('ana-leads-bolivar', 'leads', 'ana', 'bolivar', {
      claims: [claim('s1', 'Ana Peña runs the firm.'), claim('s2', 'The firm is run by Ana Peña.')],
    }),
    relation('bolivar-supplied-celine', 'supplied', 'bolivar', 'celine', {
      claims: [claim('s1', 'The firm supplied her.'), claim('s3', 'She was supplied by the firm.')],
    }),
    relation('celine-met-dmitri', 'met_with', 'celine', 'dmitri', { directed: false }),
    relation('ana-asked-dmitri', 'requested_aid', 'ana', 'dmitri', { modality: 'requested' }),
  );
  return records;
}

export const toNdjson = (records: readonly NdjsonRecord[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

/** Entities and relations in the fixture, counted from the lists above. */
export const FIXTURE_COUNTS = { entities: 5 + 20 + 10, relations: 20 + 10 + 5 + 4, sources: 4 };
