// A graph whose nodes keep their links in dictionary-mode objects answers every question about its links as a plain
// graphology graph of the same nodes and links does, before and after links and nodes are dropped.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { dictionaryObject, keepLinksInDictionaries } from './dictionaryAdjacency';

// Keys that sort differently as numbers and as text (the graph's keys never name Object.prototype's members: see
// nodeKey in graph.ts).
const NODES = ['b', '10', 'a', '2', 'c', '\u0000constructor'];
const LINKS: [string, string][] = [
  ['b', '10'],
  ['b', '10'],
  ['10', 'b'],
  ['a', 'a'],
  ['2', 'c'],
  ['c', '2'],
  ['\u0000constructor', 'b'],
  ['b', '\u0000constructor'],
];

function build(dictionaries: boolean) {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  if (dictionaries) keepLinksInDictionaries(graph);
  for (const node of NODES) graph.addNode(node);
  LINKS.forEach(([from, to], i) => graph.addDirectedEdgeWithKey(`e${i}`, from, to));
  return graph;
}

function answers(graph: MultiDirectedGraph) {
  return {
    exported: graph.export(),
    perNode: graph.mapNodes((node) => ({
      out: graph.outNeighbors(node),
      in: graph.inNeighbors(node),
      edges: graph.edges(node),
      degree: graph.degree(node),
      linked: graph.mapNodes((other) => [graph.hasDirectedEdge(node, other), graph.directedEdges(node, other)]),
    })),
  };
}

describe('keepLinksInDictionaries', () => {
  it('gives the answers of a plain graph', () => {
    const [plain, dictionaries] = [build(false), build(true)];
    expect(answers(dictionaries)).toEqual(answers(plain));
    for (const graph of [plain, dictionaries]) {
      graph.dropEdge('e0');
      graph.dropNode('2');
      graph.addNode('late');
      graph.addDirectedEdgeWithKey('late-b', 'late', 'b');
    }
    expect(answers(dictionaries)).toEqual(answers(plain));
    dictionaries.clearEdges();
    plain.clearEdges();
    expect(answers(dictionaries)).toEqual(answers(plain));
  });

  it('leaves alone a graph without the inner node class it expects', () => {
    const notAGraph = { NodeDataClass: 'something else' };
    keepLinksInDictionaries(notAGraph);
    expect(notAGraph.NodeDataClass).toBe('something else');
  });
});

describe('dictionaryObject', () => {
  it('is an empty ordinary object that keeps keys in the order given', () => {
    const made = dictionaryObject();
    expect(Object.getPrototypeOf(made)).toBe(Object.prototype);
    made.b = 1;
    made.a = 2;
    expect(Object.keys(made)).toEqual(['b', 'a']);
  });
});
