// Cross-record rules of the evidence model, checked by the schema after the shapes: citations name known
// sources and never loop, a claim's chain follows real citations, and a dispute has two versions to show.
// Records may be half-formed here (the shapes are reported separately), so every field is read defensively.

type Loose = Record<string, unknown>;
type Report = (path: (string | number)[], message: string) => void;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Unknown cited ids, and cycles of citation (a source that, however indirectly, cites itself). */
export function citationProblems(sources: readonly Loose[], report: Report): void {
  const index = new Map<string, number>();
  sources.forEach((s, i) => {
    if (typeof s.id === 'string' && !index.has(s.id)) index.set(s.id, i);
  });
  sources.forEach((s, i) => {
    strings(s.cites).forEach((ref, j) => {
      if (!index.has(ref)) report(['sources', i, 'cites', j], `unknown source id "${ref}": add it to "sources" or fix the id`);
    });
  });
  // Depth-first search; a grey node met again closes a cycle, reported once at the citation that closes it.
  const state = new Map<string, 'grey' | 'black'>();
  const path: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'grey');
    path.push(id);
    const i = index.get(id)!;
    strings(sources[i]!.cites).forEach((ref, j) => {
      if (!index.has(ref)) return;
      const seen = state.get(ref);
      if (seen === 'grey') {
        const loop = [...path.slice(path.indexOf(ref)), ref].join(' → ');
        report(['sources', i, 'cites', j], `citation cycle: ${loop}. A source cannot rest on itself: remove one of these citations`);
      } else if (seen === undefined) visit(ref);
    });
    path.pop();
    state.set(id, 'black');
  };
  for (const id of index.keys()) if (!state.has(id)) visit(id);
}

/** A claim's chain names known sources, each cited by the one before it (the article first). */
export function claimChainProblems(claim: Loose, sources: readonly Loose[], at: (string | number)[], report: Report): void {
  if (claim.via === undefined) return;
  const byId = new Map<string, Loose>();
  for (const s of sources) if (typeof s.id === 'string' && !byId.has(s.id)) byId.set(s.id, s);
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
      report(step, `"${previous}" does not cite "${ref}": a chain follows citations, so add "${ref}" to the cites of "${previous}" or fix the chain`);
    }
    previous = ref;
  });
}

/** A disputed relation shows at least two versions, held by different sources; versions mean nothing elsewhere. */
export function disputeProblems(relation: Loose, at: (string | number)[], report: Report): void {
  const claims = Array.isArray(relation.claims) ? (relation.claims as unknown[]).map((c) => (c !== null && typeof c === 'object' ? (c as Loose) : {})) : [];
  if (relation.disputed !== true) {
    claims.forEach((claim, j) => {
      if (typeof claim.version === 'string') {
        report([...at, 'claims', j, 'version'], 'only the claims of a disputed relation hold versions: set "disputed": true on the relation, or remove "version"');
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
