"""Reads one of our exports with NetworkX or igraph, as a user of those tools would, and prints what they read as
JSON: whether the graph is directed, and each node and edge with every attribute the reader gave it. The export
tests (src/io/readers/pythonReaders.test.ts) compare this with what the app holds.

Usage: python3 scripts/read-with-python.py networkx-gexf|networkx-graphml|igraph-graphml FILE
"""

import json
import math
import sys


def plain(value):
    """JSON-safe values: NaN (igraph's missing number) becomes null, tuples and dicts are kept as such."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def with_networkx(graph):
    nodes = [{"id": str(n), "data": plain(d)} for n, d in graph.nodes(data=True)]
    if graph.is_multigraph():
        # Parallel links make a multigraph, whose keys are the GraphML edge ids.
        pairs = graph.edges(keys=True, data=True)
        edges = [{"source": str(s), "target": str(t), "key": str(k), "data": plain(d)} for s, t, k, d in pairs]
    else:
        edges = [{"source": str(s), "target": str(t), "data": plain(d)} for s, t, d in graph.edges(data=True)]
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def networkx_gexf(path):
    import networkx

    # The default version is 1.2draft: the one NetworkX 2.8 reads.
    return with_networkx(networkx.read_gexf(path))


def networkx_graphml(path):
    import networkx

    return with_networkx(networkx.read_graphml(path))


def igraph_graphml(path):
    import igraph

    graph = igraph.Graph.Read_GraphML(path)
    names = graph.vs.attributes()
    nodes = [{"id": v["id"], "data": plain({k: v[k] for k in names})} for v in graph.vs]
    edge_names = graph.es.attributes()
    edges = [
        {
            "source": graph.vs[e.source]["id"],
            "target": graph.vs[e.target]["id"],
            "data": plain({k: e[k] for k in edge_names}),
        }
        for e in graph.es
    ]
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


READERS = {
    "networkx-gexf": networkx_gexf,
    "networkx-graphml": networkx_graphml,
    "igraph-graphml": igraph_graphml,
}

if __name__ == "__main__":
    reader, path = sys.argv[1], sys.argv[2]
    json.dump(READERS[reader](path), sys.stdout, ensure_ascii=False)
