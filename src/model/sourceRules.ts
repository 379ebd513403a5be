// Cross-record rules of the evidence model, checked by the schema after the shapes: citations name known
// sources and never loop, a claim's chain follows real citations, and a dispute has two versions to show.
// Records may be half-formed here (the shapes are reported separately), so every field is read defensively.

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Unknown cited ids, and cycles of citation (a source that, however indirectly, cites itself). */
export function citationProblems(sources: readonly Loose[], report: Report): void {
  const index = new Map<string, number>();
  sources.forEach((s, i) => {
    if (typeof s.id === 'string' && !index.has(s.id)) index.set(s.id, i);
  });
  sources.forEach((s, i) => {
    strings(s.cites).forEach((ref, j) => {
      if (!index.has(ref))
        report(['sources', i, 'cites', j], `unknown source id "${ref}": add it to "sources" or fix the id`);
    });
  });
  // Peel off sources whose citations are all settled (Kahn's algorithm); what is left sits on a loop or leads
  // into one. Iterative throughout: a file may hold a chain of thousands of citations.
  const citesOf = (i: number) => [...new Set(strings(sources[i]!.cites).filter((ref) => index.has(ref)))];
  const waiting = new Map<string, number>();
  const citedBy = new Map<string, string[]>();
  for (const [id, i] of index) {
    const cites = citesOf(i);
    waiting.set(id, cites.length);
    for (const ref of cites) {
      const list = citedBy.get(ref);
      if (list) list.push(id);
      else citedBy.set(ref, [id]);
    }
  }
  const settled = [...index.keys()].filter((id) => waiting.get(id) === 0);
  for (let k = 0; k < settled.length; k++) {
    for (const citing of citedBy.get(settled[k]!) ?? []) {
      const left = waiting.get(citing)! - 1;
      waiting.set(citing, left);
      if (left === 0) settled.push(citing);
    }
  }
  const unsettled = new Set([...index.keys()].filter((id) => waiting.get(id)! > 0));
  // Walk each loop from an unsettled source, following unsettled citations, and report it once where it closes.
  const reported = new Set<string>();
  for (const start of unsettled) {
    if (reported.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id = start;
    while (!onPath.has(id) && !reported.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = citesOf(index.get(id)!).find((ref) => unsettled.has(ref))!;
    }
    path.forEach((p) => reported.add(p));
    if (!onPath.has(id)) continue;
    const loop = [...path.slice(onPath.get(id)!), id];
    const closing = loop[loop.length - 2]!;
    const i = index.get(closing)!;
    const j = strings(sources[i]!.cites).indexOf(id);
    report(
      ['sources', i, 'cites', j],
      `citation cycle: ${loop.join(' → ')}. A source cannot rest on itself: remove one of these citations`,
    );
  }
}

/** Sources by id, the first of each id (duplicates are reported elsewhere): built once, read by every claim. */
export function sourcesById(sources: readonly Loose[]): ReadonlyMap<string, Loose> {
  const byId = new Map<string, Loose>();
  for (const s of sources) if (typeof s.id === 'string' && !byId.has(s.id)) byId.set(s.id, s);
  return byId;
}

/** A claim's chain names known sources, each cited by the one before it (the article first). */
export function claimChainProblems(
  claim: Loose,
  byId: ReadonlyMap<string, Loose>,
  at: (string | number)[],
  report: Report,
): void {
  if (claim.via === undefined) return;
  let previous = typeof claim.source === 'string' ? claim.source : undefined;
  strings(claim.via).forEach((ref, k) => {
    const step = [...at, 'via', k];
    if (!byId.has(ref)) {
      report(step, `unknown source id "${ref}": add it to "sources" or fix the id`);
      previous = undefined;
      return;
    }
    const before = previous === undefined ? undefined : byId.get(previous);
    if (before && !strings(before.cites).includes(ref)) {
      report(
        step,
        `"${previous}" does not cite "${ref}": a chain follows citations, so add "${ref}" to the cites of "${previous}" or fix the chain`,
      );
    }
    previous = ref;
  });
}

/** A disputed relation shows at least two versions, held by different sources; versions mean nothing elsewhere. */
export function disputeProblems(relation: Loose, at: (string | number)[], report: Report): void {
  const claims = Array.isArray(relation.claims)
    ? (relation.claims as unknown[]).map((c) => (c !== null && typeof c === 'object' ? (c as Loose) : {}))
    : [];
  if (relation.disputed !== true) {
    claims.forEach((claim, j) => {
      if (typeof claim.version === 'string') {
        report(
          [...at, 'claims', j, 'version'],
          'only the claims of a disputed relation hold versions: set "disputed": true on the relation, or remove "version"',
        );
      }
    });
    return;
  }
  const holders = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (typeof claim.version !== 'string') continue;
    const holder = [claim.source, ...strings(claim.via)].join('←');
    holders.set(claim.version, (holders.get(claim.version) ?? new Set()).add(holder));
  }
  const distinctHolders = new Set([...holders.values()].flatMap((set) => [...set]));
  if (holders.size < 2 || distinctHolders.size < 2) {
    report(
      [...at, 'claims'],
      'a disputed relation needs claims from different sources holding at least two different versions: set "version" on the claims that disagree, or set "disputed": false (a relation with one source is uncorroborated, not disputed)',
    );
  }
}
