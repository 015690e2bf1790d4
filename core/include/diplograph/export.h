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

enum class ExportFormat { Invalid = 0, GraphMl, Gexf, Dot, Csv, Json };

[[nodiscard]] const char* exportFormatName(ExportFormat format);        // "graphml", "gexf", "dot", "csv", "json"
[[nodiscard]] ExportFormat exportFormatFromName(std::string_view name); // Invalid if unknown

struct ExportOptions {
    std::map<std::string, Point> positions; // node id -> position; written where the format has a place for it
    bool includeQuotes = true;              // write each edge's quotes (GraphML/GEXF/CSV/JSON/DOT tooltip)
    bool csvFormulas = false;               // CSV cells starting with = + - @ as they are (else prefixed with ')
};

// GraphML for Gephi, Cytoscape and yEd: edgedefault="directed" plus a per-edge `directed` attribute.
[[nodiscard]] Result<void> writeGraphMl(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// GEXF 1.3 with attribute columns and, when positions are given, viz:position.
[[nodiscard]] Result<void> writeGexf(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// Graphviz DOT (a digraph; cooperation edges have dir=none).
[[nodiscard]] Result<void> writeDot(const GraphView& view, std::ostream& out, const ExportOptions& options = {});
// RFC 4180 CSV (CRLF line ends): one row per node, one row per edge with quotes joined by " | ".
[[nodiscard]] Result<void> writeCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges,
                                    const ExportOptions& options = {});
// JSON: {"level", "articles": [...], "actors": [...], "relations": [...]} in the extract contract's shape.
[[nodiscard]] Result<void> writeJson(const GraphView& view, std::ostream& out, const ExportOptions& options = {});

// Writes `view` to `path` in `format` and returns the files written. For Csv, `path` is a folder (existing,
// or ending in '/') receiving nodes.csv and edges.csv, else a prefix giving PATH.nodes.csv and PATH.edges.csv.
// Errors: InvalidArgument (format), Io (cannot create or write; a partial file is removed).
[[nodiscard]] Result<std::vector<std::filesystem::path>> exportGraph(const GraphView& view, ExportFormat format,
                                                                     const std::filesystem::path& path,
                                                                     const ExportOptions& options = {});

} // namespace diplograph::core
