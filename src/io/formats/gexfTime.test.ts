// GEXF dynamics on small inline files: start/end attributes, <spells>, inline spells and timestamps, dateTime,
// open ends bounded by the graph, abstract (numeric) time kept as text, and the relation dates they become.
import { describe, expect, it } from 'vitest';
import { parseGexf, writeGexf } from './gexf';
import { datasetFromImported } from '../fromImported';
import { validateDataset } from '../validate';

const gexf = (graphAttrs: string, body: string, version = '1.3') => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/${version}" version="${version}">
  <graph mode="dynamic" defaultedgetype="directed" ${graphAttrs}>${body}</graph>
</gexf>`;

const nodes = (...ids: string[]) => `<nodes>${ids.map((id) => `<node id="${id}"/>`).join('')}</nodes>`;

describe('GEXF dynamics', () => {
  it('reads start and end attributes and <spells> (GEXF 1.2), one span per edge', () => {
    const g = parseGexf(
      gexf(
        'timeformat="date"',
        `${nodes('a', 'b')}<edges>
          <edge id="e1" source="a" target="b" start="2009-01-01" end="2009-03-31"/>
          <edge id="e2" source="b" target="a"><spells>
            <spell start="2009-05-01" end="2009-05-10"/><spell start="2009-02-01" end="2009-02-05"/>
          </spells></edge>
          <edge id="e3" source="a" target="a"/>
        </edges>`,
        '1.2draft',
      ),
    );
    expect(g.edges.map((e) => e.time)).toEqual([
      { start: '2009-01-01', end: '2009-03-31' },
      // Several spells: from the earliest start to the latest end.
      { start: '2009-02-01', end: '2009-05-10' },
      undefined,
    ]);
    expect(g.warnings).toEqual([]);
  });

  it('reads GEXF 1.3 inline spells and timestamps, and the day of a dateTime', () => {
    const g = parseGexf(
      gexf(
        'timeformat="dateTime" timerepresentation="timestamp"',
        `${nodes('a', 'b')}<edges>
          <edge id="e1" source="a" target="b" timestamps="&lt;[2010-06-01T10:00:00Z; 2010-06-03T23:00:00]&gt;"/>
          <edge id="e2" source="a" target="b" timestamp="2010-07-04T12:00:00+02:00"/>
          <edge id="e3" source="a" target="b" spells="&lt;[2010-01-01, 2010-01-31); [2010-03-01, 2010-03-15]&gt;"/>
        </edges>`,
      ),
    );
    expect(g.edges.map((e) => e.time)).toEqual([
      { start: '2010-06-01', end: '2010-06-03' },
      { start: '2010-07-04', end: '2010-07-04' },
      { start: '2010-01-01', end: '2010-03-15' },
    ]);
  });

  it('bounds open ends by the span the graph declares, and leaves them open when it declares none', () => {
    const body = `${nodes('a', 'b')}<edges>
      <edge id="e1" source="a" target="b" start="2009-01-01"/>
      <edge id="e2" source="a" target="b" end="2009-06-30"/>
      <edge id="e3" source="a" target="b" spells="&lt;[-inf, 2009-02-01]&gt;"/>
    </edges>`;
    const bounded = parseGexf(gexf('timeformat="date" start="2008-01-01" end="2010-12-31"', body));
    expect(bounded.edges.map((e) => e.time)).toEqual([
      { start: '2009-01-01', end: '2010-12-31' },
      { start: '2008-01-01', end: '2009-06-30' },
      { start: '2008-01-01', end: '2009-02-01' },
    ]);
    const open = parseGexf(gexf('timeformat="date"', body));
    expect(open.edges.map((e) => e.time)).toEqual([
      { start: '2009-01-01' },
      { end: '2009-06-30' },
      { end: '2009-02-01' },
    ]);
  });

  it('keeps abstract (numeric) time as text with one warning, never as invented dates', () => {
    const g = parseGexf(
      gexf(
        'timeformat="double"',
        `<nodes><node id="a" start="1.0" end="5.5"/><node id="b" start="2"/></nodes>
         <edges><edge id="e1" source="a" target="b" start="3" end="4"/></edges>`,
      ),
    );
    expect(g.nodes.map((n) => n.time)).toEqual([undefined, undefined]);
    expect(g.nodes[0]!.attributes.get('time')).toBe('[1.0, 5.5]');
    expect(g.edges[0]!.attributes.get('time')).toBe('[3, 4]');
    expect(g.warnings.filter((w) => /numbers, not dates/.test(w))).toHaveLength(1);
  });

  it('warns about a time that is not a date, and one that ends before it starts', () => {
    const g = parseGexf(
      gexf(
        'timeformat="date"',
        `${nodes('a', 'b')}<edges>
          <edge id="e1" source="a" target="b" start="2009-02-30"/>
          <edge id="e2" source="a" target="b" start="2009-05-01" end="2009-04-01"/>
        </edges>`,
      ),
    );
    expect(g.edges.map((e) => e.time)).toEqual([undefined, undefined]);
    expect(g.warnings.join('\n')).toMatch(/Edge "e1": the time "\[2009-02-30, \]" is not a date/);
    expect(g.warnings.join('\n')).toMatch(/Edge "e2": its time ends \(2009-04-01\) before it starts \(2009-05-01\)/);
  });

  it('reads ISO dates even when the file declares no time format', () => {
    const g = parseGexf(gexf('', `${nodes('a', 'b')}<edges><edge source="a" target="b" start="2001-09-11"/></edges>`));
    expect(g.edges[0]!.time).toEqual({ start: '2001-09-11' });
  });
});

describe('GEXF dynamics become relation dates', () => {
  const text = gexf(
    'timeformat="date"',
    `<nodes>
       <node id="a" start="2009-01-01" end="2009-12-31"/>
       <node id="b" start="2009-06-01"/>
       <node id="c" end="2008-12-31"/>
     </nodes>
     <edges>
       <edge id="own" source="a" target="b" start="2009-02-01" end="2009-02-28"/>
       <edge id="shared" source="a" target="b"/>
       <edge id="never" source="a" target="c"/>
     </edges>`,
  );

  it('an edge keeps its own time; without one it takes the time both its ends exist', () => {
    const result = validateDataset(datasetFromImported(parseGexf(text), 'dynamic'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const dates = Object.fromEntries(result.dataset.relations.map((r) => [r.id, r.date]));
    expect(dates).toEqual({
      own: { from: '2009-02-01', to: '2009-02-28' },
      shared: { from: '2009-06-01', to: '2009-12-31' },
      // c is gone before a begins: they never coexist, so the edge stays undated rather than get a made-up day.
      never: undefined,
    });
    const a = result.dataset.entities.find((e) => e.id === 'a')!;
    expect([a.attributes?.start, a.attributes?.end]).toEqual(['2009-01-01', '2009-12-31']);
  });

  it('a GEXF export writes the times back, and reading it gives the same spans', () => {
    const read = parseGexf(text);
    const again = parseGexf(writeGexf(read));
    expect(again.nodes.map((n) => n.time)).toEqual(read.nodes.map((n) => n.time));
    expect(again.edges.map((e) => e.time)).toEqual(read.edges.map((e) => e.time));
    expect(again.edges.some((e) => e.time)).toBe(true);
  });
});
