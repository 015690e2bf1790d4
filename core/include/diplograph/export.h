#pragma once

#include "diplograph/graph.h"
#include "diplograph/layout.h"
#include "diplograph/result.h"

#include <filesystem>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// Graph exports for other tools (docs/formats.md). Writers never throw; they fail with Io when the stream fails.
namespace diplograph::core {

enum class ExportFormat { Invalid = 0, GraphMl, Gexf, Dot, Csv, Json, CytoscapeJson };

// "graphml", "gexf", "dot", "csv", "json", "cyjs"
[[nodiscard]] const char* exportFormatName(ExportFormat format);
[[nodiscard]] ExportFormat exportFormatFromName(std::string_view name); // Invalid if unknown

// How an undirected (cooperation) edge is written. Mutual: two directed edges A->B and B->A, each marked
// `mutual`, for readers that take one direction per graph (NetworkX, igraph). Undirected: one edge marked
// undirected, for readers that honour a per-edge direction (Gephi, yEd).
enum class CooperationEncoding { Invalid = 0, Mutual, Undirected };

[[nodiscard]] const char* cooperationEncodingName(CooperationEncoding encoding); // "mutual", "undirected"
[[nodiscard]] CooperationEncoding cooperationEncodingFromName(std::string_view name); // Invalid if unknown

struct ExportOptions {
    std::map<std::string, Point> positions; // node id -> position; written where the format has a place for it
    bool includeQuotes = true;              // write each edge's quotes and per-quote evidence
    bool csvFormulas = false;               // CSV cells starting with = + - @ as they are (else prefixed with ')
    // Invalid = the format's default: Mutual for GraphML, Undirected for the others (docs/formats.md).
    CooperationEncoding cooperation = CooperationEncoding::Invalid;
    bool gexfDraft12 = false; // GEXF 1.2draft namespaces instead of 1.3, for NetworkX (which reads no 1.3)
};

// GraphML (NetworkX, igraph, Gephi, Cytoscape, yEd): edgedefault="directed"; cooperation as `options.cooperation`.
[[nodiscard]] Result<void> writeGraphMl(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// GEXF 1.3 (Gephi) as a mixed graph: per-edge type, kind = relation type, viz colours/sizes/positions, and
// mode="dynamic" with edge spells when the view's articles have dates.
[[nodiscard]] Result<void> writeGexf(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// Graphviz DOT (a digraph; cooperation edges have dir=none).
[[nodiscard]] Result<void> writeDot(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// RFC 4180 CSV (CRLF line ends) for Gephi's and Cytoscape's table imports: nodes (Id, Label, ...) and edges
// (Source, Target, Type = Directed|Undirected, Relation, Weight, ...), quotes joined by " | ".
[[nodiscard]] Result<void> writeCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges,
                                    const ExportOptions& options = {});
// JSON: {"level", "articles": [...], "actors": [...], "relations": [...]} in the extract contract's shape.
[[nodiscard]] Result<void> writeJson(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// Cytoscape JSON (Cytoscape desktop, Cytoscape.js): {"data", "elements": {"nodes": [{"data", "position"}],
// "edges": [{"data"}]}} with colours, sizes and evidence as data fields.
[[nodiscard]] Result<void> writeCytoscapeJson(const GraphView& view, std::ostream& out,
                                              const ExportOptions& options = {});

// Writes `view` to `path` in `format` and returns the files written. For Csv, `path` is a folder (created if
// absent) receiving nodes.csv and edges.csv; a path ending in ".csv" names the folder by its stem.
// Errors: InvalidArgument (format), Io (cannot create or write; a partial file is removed).
[[nodiscard]] Result<std::vector<std::filesystem::path>> exportGraph(const GraphView& view, ExportFormat format,
                                                                     const std::filesystem::path& path,
                                                                     const ExportOptions& options = {});

} // namespace diplograph::core
