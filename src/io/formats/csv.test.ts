// CSV edge lists: RFC 4180 details (BOM, CRLF, quoted newlines, delimiters), odd rows with their line numbers,
// the column guess, nodes files and missing nodes, and the writer's formula neutralisation.
import { describe, expect, it } from 'vitest';
import { inspectCsv, parseCsv } from './csv';
import { neutraliseCell, writeCsv } from './csvWrite';
import { comparable, edge, graph, node, prototypeSnapshot, importError as error } from './testing';

describe('parseCsv', () => {
  it('strips the BOM and reads CRLF files with quoted commas, quotes and newlines', () => {
    const text = '\uFEFFsource,target,label,note\r\na,b,"x, y","say ""hi"""\r\nb,c,"two\r\nlines",\r\n';
    const g = parseCsv(text);
    expect(g.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(g.edges.map((e) => e.label)).toEqual(['x, y', 'two\r\nlines']);
    expect(g.edges[0]?.attributes.get('note')).toBe('say "hi"');
    expect(g.edges[1]?.attributes.has('note')).toBe(false);
    expect(g.warnings).toEqual([]);
  });

  it('detects semicolons and tabs, and reads decimal commas in semicolon files', () => {
    const semi = parseCsv('Source;Target;Weight\nA;B;1,5\nB;C;2\n');
    expect(semi.edges.map((e) => e.weight)).toEqual([1.5, 2]);
    const tabs = parseCsv('from\tto\tkind\nA\tB\tfriend\n');
    expect(tabs.edges[0]).toMatchObject({ source: 'A', target: 'B' });
    expect(tabs.edges[0]?.attributes.get('type')).toBe('friend');
  });

  it('warns about ragged rows with true line numbers (after a quoted newline)', () => {
    const text = 'source,target,w\na,b,"multi\nline"\na,c\nb,c,1,extra\n';
    const g = parseCsv(text);
    expect(g.edges).toHaveLength(3);
    expect(g.warnings.join('\n')).toMatch(/2 rows have a different number of cells than the header \(lines 4, 5\)/);
  });

  it('refuses a row without source or target, naming its line', () => {
    const e = error(() => parseCsv('source,target\na,b\n\nc\n'));
    expect(e).toMatchObject({ code: 'malformed', details: { line: 4 } });
    expect(e.message).toMatch(/line 4: the row has no target/);
  });

  it('renames duplicate headers to name_2 with a warning', () => {
    const g = parseCsv('source,target,note,note,note_2\na,b,1,2,3\n');
    expect(Object.fromEntries(g.edges[0]?.attributes ?? [])).toEqual({ note: '1', note_3: '2', note_2: '3' });
    expect(g.warnings[0]).toMatch(/"note" more than once; the repeat is read as "note_3"/);
  });

  it('reads a Gephi edge table: Type holds the direction', () => {
    const g = parseCsv('Source,Target,Type,Id,Label,Weight\n1,2,Directed,e0,,1.0\n2,3,Undirected,e1,knows,2\n');
    expect(g.edges.map((e) => [e.id, e.directed, e.label, e.weight])).toEqual([
      ['e0', true, undefined, 1],
      ['e1', false, 'knows', 2],
    ]);
    expect(g.edges[0]?.attributes.size).toBe(0);
  });

  it('reads a nodes file with id, label, position, colour and attributes', () => {
    const nodesText = 'Id,Label,x,y,color,group\nA,Alice,1.5,-2,#FF0000,x\nB,,oops,,,\nC,Carol,,,,\n';
    const g = parseCsv('source,target\nA,B\n', { nodesText });
    expect(g.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
    expect(g.nodes[0]).toMatchObject({ label: 'Alice', x: 1.5, y: -2, color: '#ff0000' });
    expect(g.nodes[0]?.attributes.get('group')).toBe('x');
    expect(g.nodes[1]?.x).toBeUndefined();
    expect(g.warnings.join('\n')).toMatch(/line 3, x: "oops" is not a finite number/);
  });

  it('refuses edges to nodes missing from the nodes file unless asked to create them', () => {
    const edges = 'source,target\nA,x\ny,A\nA,x\n';
    const e = error(() => parseCsv(edges, { nodesText: 'id\nA\n' }));
    expect(e).toMatchObject({ code: 'missing-node', details: { count: 3 } });
    expect(e.message).toBe('3 edges refer to nodes that are not in the nodes file (e.g. "x", "y").');
    const g = parseCsv(edges, { nodesText: 'id\nA\n', createMissingNodes: true });
    expect(g.nodes.map((n) => n.id)).toEqual(['A', 'x', 'y']);
    expect(g.warnings.join('\n')).toMatch(/2 nodes .* were created/);
  });

  it('refuses duplicate ids in the nodes file with the line number', () => {
    const e = error(() => parseCsv('source,target\na,b\n', { nodesText: 'id\na\nb\na\n' }));
    expect(e).toMatchObject({ code: 'duplicate-id', details: { line: 4 } });
    expect(e.message).toContain('"a"');
  });

  it('uses an explicit mapping, and refuses columns that do not exist', () => {
    const text = 'when,who,whom\n2020,a,b\n';
    const g = parseCsv(text, { mapping: { source: 'who', target: 'whom' } });
    expect(g.edges[0]).toMatchObject({ source: 'a', target: 'b' });
    expect(g.edges[0]?.attributes.get('when')).toBe('2020');
    expect(error(() => parseCsv(text, { mapping: { source: 'who', target: 'nobody' } })).code).toBe('invalid-value');
  });

  it('keeps "__proto__" and "constructor" columns and values as plain data', () => {
    const before = prototypeSnapshot();
    const g = parseCsv('source,target,__proto__,constructor\n__proto__,constructor,{"polluted":1},x\n', {
      nodesText: 'id,prototype\n__proto__,p\nconstructor,\n',
    });
    expect(g.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor']);
    expect(g.edges[0]?.attributes.get('__proto__')).toBe('{"polluted":1}');
    expect(g.nodes[0]?.attributes.get('prototype')).toBe('p');
    expect(prototypeSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unterminated quotes, single-column files, and empty files', () => {
    expect(error(() => parseCsv('source,target\na,"b\nc,d\n')).message).toMatch(
      /line 2: a quoted cell is never closed/,
    );
    expect(error(() => parseCsv('just one column\nx\n')).code).toBe('malformed');
    expect(error(() => parseCsv(' \r\n\t')).code).toBe('empty');
  });
});

describe('inspectCsv', () => {
  it('is confident when source and target are named', () => {
    const result = inspectCsv('Source,Target,Relation,Weight,Label\na,b,friend,1,x\n');
    expect(result).toMatchObject({
      columns: ['Source', 'Target', 'Relation', 'Weight', 'Label'],
      delimiter: ',',
      mapping: { source: 'Source', target: 'Target', type: 'Relation', weight: 'Weight', label: 'Label' },
      confident: true,
      sample: [['a', 'b', 'friend', '1', 'x']],
    });
  });

  it('guesses the first columns but says it is not sure when names do not tell', () => {
    const result = inspectCsv('person;company;since\nann;acme;2019\n');
    expect(result).toMatchObject({
      delimiter: ';',
      mapping: { source: 'person', target: 'company' },
      confident: false,
    });
  });
});

describe('writeCsv', () => {
  it('writes nodes and edges files that read back to the same graph (as text)', () => {
    const g = graph(
      [
        node('a', {
          label: 'A, "the first"',
          x: -1.5,
          y: 0,
          size: 2,
          color: '#123456',
          attributes: new Map<string, string | number | boolean>([
            ['n', 1],
            ['ok', true],
          ]),
        }),
        node('b', { attributes: new Map([['multi', 'line\r\nbreak']]) }),
      ],
      [
        edge('a', 'b', { id: 'e1', label: 'l', weight: -2, attributes: new Map([['type', 'friend']]) }),
        edge('b', 'a', { directed: false }),
      ],
    );
    const { nodes, edges } = writeCsv(g);
    expect(edges.split('\r\n')[0]).toBe('source,target,directed,id,label,weight,type');
    const back = parseCsv(edges, { nodesText: nodes });
    const expected = comparable(g);
    // CSV carries no types: numbers and booleans come back as text.
    expected.nodes[0] = {
      ...(expected.nodes[0] as object),
      attributes: [
        ['n', '1'],
        ['ok', 'true'],
      ],
    };
    expect(comparable(back)).toEqual(expected);
    expect(back.warnings).toEqual([]);
  });

  it('neutralises formula cells with a leading apostrophe, which the reader keeps', () => {
    expect(['=1+1', '+cmd', '-x', '@SUM(A1)', '\tx', '\rx', '-12.5', '+3', 'a=b'].map(neutraliseCell)).toEqual([
      "'=1+1",
      "'+cmd",
      "'-x",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      '-12.5',
      '+3',
      'a=b',
    ]);
    const g = graph(
      [node('=HYPERLINK("http://x")', { label: '@me' }), node('b')],
      [edge('=HYPERLINK("http://x")', 'b')],
    );
    const { nodes, edges } = writeCsv(g);
    expect(nodes).toContain('"\'=HYPERLINK(""http://x"")"');
    const back = parseCsv(edges, { nodesText: nodes });
    expect(back.nodes.map((n) => [n.id, n.label])).toEqual([
      ['\'=HYPERLINK("http://x")', "'@me"],
      ['b', undefined],
    ]);
  });

  it('renames attributes named like a fixed column', () => {
    const g = graph(
      [node('a', { attributes: new Map([['x', 'ten']]) })],
      [edge('a', 'a', { attributes: new Map([['source', 's']]) })],
    );
    const { nodes, edges } = writeCsv(g);
    const back = parseCsv(edges, { nodesText: nodes });
    expect(back.nodes[0]?.attributes.get('x_2')).toBe('ten');
    expect(back.edges[0]?.attributes.get('source_2')).toBe('s');
  });
});
