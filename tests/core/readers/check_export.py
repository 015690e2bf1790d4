#!/usr/bin/python3
"""Opens one Diplograph export with the readers analysts use and compares it with the expected graph.

usage: check_export.py FORMAT FILE EXPECTED.json
FORMAT: graphml (NetworkX + igraph), gexf (GEXF 1.3 parsed with lxml), gexf12 (NetworkX, 1.2draft + mutual),
csv (FILE is the folder), cyjs (NetworkX cytoscape_graph + the JSON itself).
EXPECTED: {"nodes": [id...], "edges": [{"id", "source", "target", "directed", "relation", "weight", "dates"}]}
Exit 0 when everything matches, 77 when a reader module is not installed, 1 with a message otherwise.
"""
import collections
import importlib
import csv
import json
import os
import sys

SKIP = 77


def need(module):
    try:
        return importlib.import_module(module)
    except ImportError:
        print(f"python module {module} is not installed", file=sys.stderr)
        sys.exit(SKIP)


def fail(message):
    raise AssertionError(message)


def expect(condition, message):
    if not condition:
        fail(message)


def compare_arcs(arcs, expected, reader):
    """arcs: (source, target, data) per edge the reader returned; cooperation must be a mutual pair."""
    by_relation = collections.defaultdict(list)
    for source, target, data in arcs:
        by_relation[data["relation_id"]].append((source, target, data))
    want = {edge["id"]: edge for edge in expected["edges"]}
    expect(set(by_relation) == set(want), f"{reader}: relations {sorted(by_relation)} != {sorted(want)}")
    for edge_id, edge in want.items():
        got = by_relation[edge_id]
        pairs = sorted((s, t) for s, t, _ in got)
        if edge["directed"]:
            expect(pairs == [(edge["source"], edge["target"])], f"{reader}: {edge_id} read as {pairs}")
        else:
            both = sorted([(edge["source"], edge["target"]), (edge["target"], edge["source"])])
            expect(pairs == both, f"{reader}: {edge_id} is not a mutual pair: {pairs}")
        for _, _, data in got:
            expect(data["relation"] == edge["relation"], f"{reader}: {edge_id} relation {data['relation']}")
            expect(float(data["weight"]) == edge["weight"], f"{reader}: {edge_id} weight {data['weight']}")
            expect(bool(data["mutual"]) == (not edge["directed"]), f"{reader}: {edge_id} mutual {data['mutual']}")
            evidence = json.loads(data["evidence"])
            expect(len(evidence) == edge["weight"], f"{reader}: {edge_id} has {len(evidence)} quotes")
            dates = sorted({quote["date"] for quote in evidence if quote["date"]})
            expect(dates == edge["dates"], f"{reader}: {edge_id} dates {dates} != {edge['dates']}")
            expect(all(quote["provenance"] == "machine" and quote["title"] for quote in evidence),
                   f"{reader}: {edge_id} evidence lacks provenance or title")
    count = sum(1 if edge["directed"] else 2 for edge in expected["edges"])
    expect(len(arcs) == count, f"{reader}: {len(arcs)} edges, expected {count}")


def check_graphml(path, expected):
    nx = need("networkx")
    ig = need("igraph")
    graph = nx.read_graphml(path)
    expect(graph.is_directed(), "NetworkX: graph is not directed")
    expect(sorted(graph.nodes) == sorted(expected["nodes"]), f"NetworkX: nodes {sorted(graph.nodes)}")
    compare_arcs([(s, t, d) for s, t, d in graph.edges(data=True)], expected, "NetworkX")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # igraph says it ignores yEd's graphics keys
        other = ig.Graph.Read_GraphML(path)
    expect(other.is_directed(), "igraph: graph is not directed")
    ids = other.vs["id"]
    expect(sorted(ids) == sorted(expected["nodes"]), f"igraph: nodes {sorted(ids)}")
    compare_arcs([(ids[e.source], ids[e.target], e.attributes()) for e in other.es], expected, "igraph")


def check_gexf13(path, expected):
    etree = need("lxml.etree")
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = etree.parse(path).getroot()
    expect(root.get("version") == "1.3", "not GEXF 1.3")
    graph = root.find("g:graph", ns)
    dated = any(edge["dates"] for edge in expected["edges"])
    expect(graph.get("mode") == ("dynamic" if dated else "static"), f"mode {graph.get('mode')}")
    mixed = len({edge["directed"] for edge in expected["edges"]}) > 1
    if mixed:
        expect(graph.get("defaultedgetype") is None, "a mixed graph must not declare a default edge type")
    nodes = [node.get("id") for node in graph.iterfind("g:nodes/g:node", ns)]
    expect(sorted(nodes) == sorted(expected["nodes"]), f"nodes {nodes}")
    for node in graph.iterfind("g:nodes/g:node", ns):
        expect(node.find("viz:color", ns) is not None and node.find("viz:size", ns) is not None, "node viz")
    edges = {edge.get("id"): edge for edge in graph.iterfind("g:edges/g:edge", ns)}
    expect(len(edges) == len(expected["edges"]), f"{len(edges)} edges, expected {len(expected['edges'])}")
    for want in expected["edges"]:
        edge = edges.get(want["id"])
        expect(edge is not None, f"edge {want['id']} missing")
        expect((edge.get("source"), edge.get("target")) == (want["source"], want["target"]), f"{want['id']} ends")
        expect(edge.get("type") == ("directed" if want["directed"] else "undirected"), f"{want['id']} type")
        expect(edge.get("kind") == want["relation"], f"{want['id']} kind {edge.get('kind')}")
        expect(int(edge.get("weight")) == want["weight"], f"{want['id']} weight")
        spells = [(s.get("start"), s.get("end")) for s in edge.iterfind("g:spells/g:spell", ns)]
        expect(spells == [(d, d) for d in want["dates"]], f"{want['id']} spells {spells}")
        values = {v.get("for"): v.get("value") for v in edge.iterfind("g:attvalues/g:attvalue", ns)}
        expect(len(json.loads(values["evidence"])) == want["weight"], f"{want['id']} evidence")
        expect(edge.find("viz:color", ns) is not None, f"{want['id']} viz:color")
    # Gephi keys a parallel edge by (source, target, kind): no two edges may share all three.
    keys = [(e.get("source"), e.get("target"), e.get("kind")) for e in edges.values()]
    expect(len(keys) == len(set(keys)), "two edges share source, target and kind")


def check_gexf12(path, expected):
    nx = need("networkx")
    graph = nx.read_gexf(path)
    expect(graph.is_directed(), "NetworkX: graph is not directed")
    expect(sorted(graph.nodes) == sorted(expected["nodes"]), f"NetworkX: nodes {sorted(graph.nodes)}")
    arcs = [(s, t, d) for s, t, d in graph.edges(data=True)]
    compare_arcs(arcs, expected, "NetworkX GEXF")
    want = {edge["id"]: edge for edge in expected["edges"]}
    for _, _, data in arcs:
        spells = data.get("spells", [])
        dates = want[data["relation_id"]]["dates"]
        expect(spells == [(d, d) for d in dates], f"NetworkX GEXF: {data['relation_id']} spells {spells}")


def check_csv(folder, expected):
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as file:
        nodes = list(csv.DictReader(file))
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as file:
        edges = list(csv.DictReader(file))
    for column in ("Id", "Label", "Kind", "Entity"):
        expect(column in nodes[0], f"nodes.csv lacks {column}")
    for column in ("Id", "Source", "Target", "Type", "Kind", "Relation", "Weight", "Quotes", "Evidence"):
        expect(column in edges[0], f"edges.csv lacks {column}")
    expect(sorted(row["Id"] for row in nodes) == sorted(expected["nodes"]), "nodes.csv ids")
    rows = {row["Id"]: row for row in edges}
    expect(len(rows) == len(edges) == len(expected["edges"]), f"{len(edges)} edge rows")
    for want in expected["edges"]:
        row = rows[want["id"]]
        expect((row["Source"], row["Target"]) == (want["source"], want["target"]), f"{want['id']} ends")
        expect(row["Type"] == ("Directed" if want["directed"] else "Undirected"), f"{want['id']} Type")
        expect(row["Relation"] == row["Kind"] == want["relation"], f"{want['id']} Relation")
        expect(int(row["Weight"]) == want["weight"], f"{want['id']} Weight")
        expect(len(json.loads(row["Evidence"])) == want["weight"], f"{want['id']} Evidence")
        timeset = "<[" + ", ".join(want["dates"]) + "]>" if want["dates"] else ""
        expect(row.get("Timeset", "") == timeset, f"{want['id']} Timeset {row.get('Timeset')}")


def check_cyjs(path, expected):
    nx = need("networkx")
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    graph = nx.cytoscape_graph(data)
    expect(sorted(graph.nodes) == sorted(expected["nodes"]), f"NetworkX: nodes {sorted(graph.nodes)}")
    expect(graph.number_of_edges() == len(expected["edges"]), f"NetworkX: {graph.number_of_edges()} edges")
    for want in expected["edges"]:
        got = graph.edges[want["source"], want["target"], want["id"]]
        expect(got["relation"] == want["relation"] and got["weight"] == want["weight"], f"{want['id']} data")
        expect(got["directed"] == want["directed"], f"{want['id']} directed")
        expect(len(got["quotes"]) == want["weight"], f"{want['id']} quotes")
        expect(got["dates"] == want["dates"], f"{want['id']} dates")
    for node in data["elements"]["nodes"]:
        expect("position" in node, f"{node['data']['id']} has no position")


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    form, path, expected_path = sys.argv[1:]
    with open(expected_path, encoding="utf-8") as file:
        expected = json.load(file)
    checks = {"graphml": check_graphml, "gexf": check_gexf13, "gexf12": check_gexf12, "csv": check_csv,
              "cyjs": check_cyjs}
    try:
        checks[form](path, expected)
    except AssertionError as error:
        print(f"{form}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
