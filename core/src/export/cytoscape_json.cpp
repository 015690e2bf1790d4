// Cytoscape JSON (.cyjs): the elements format Cytoscape desktop imports and Cytoscape.js takes as `elements`.
#include "export/escape.h"
#include "export/export_common.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace diplograph::core {

Result<void> writeCytoscapeJson(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    using json = nlohmann::ordered_json;
    try {
        json nodes = json::array();
        for (const auto& node : view.nodes) {
            json element = {{"data",
                             {{"id", node.id},
                              {"value", node.id}, // NetworkX's cytoscape_graph names nodes by `value`
                              {"name", node.name},
                              {"label", node.name},
                              {"kind", actorKindName(node.kind)},
                              {"entity", node.entity},
                              {"degree", node.degree},
                              {"weightedDegree", node.weightedDegree},
                              {"articles", node.articleCount},
                              {"mentions", node.mentionCount},
                              {"component", node.component},
                              {"color", kindColour(node.kind)},
                              {"size", 2 * nodeRadius(node.weightedDegree)}}}};
            if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
                element["position"] = {{"x", it->second.x}, {"y", it->second.y}};
            }
            nodes.push_back(std::move(element));
        }
        json edges = json::array();
        for (const auto& written : writtenEdges(view, cooperationFor(options, CooperationEncoding::Undirected))) {
            const GraphEdge& edge = *written.edge;
            const auto dates = edgeDates(edge);
            json data = {{"id", written.id()},
                         {"key", written.id()}, // NetworkX's multigraph edge key
                         {"source", written.source()},
                         {"target", written.target()},
                         {"interaction", relationTypeName(edge.type)},
                         {"name", written.source() + " (" + relationTypeName(edge.type) + ") " + written.target()},
                         {"relation", relationTypeName(edge.type)},
                         {"relationId", edge.id},
                         {"directed", written.directed()},
                         {"mutual", written.mutual},
                         {"weight", edge.weight},
                         {"articles", articleCount(edge)},
                         {"confidence", edge.maxConfidence},
                         {"color", relationColour(edge.type)},
                         {"dates", dates}};
            if (!dates.empty()) {
                data["firstDate"] = dates.front();
                data["lastDate"] = dates.back();
            }
            if (options.includeQuotes) {
                // Cytoscape desktop keeps list columns of strings but not nested objects, so the per-quote
                // records travel as one JSON text beside the plain quote list.
                json quotes = json::array();
                for (const auto& ref : edge.evidence) {
                    quotes.push_back(ref.evidence->quote);
                }
                data["quotes"] = std::move(quotes);
                data["titles"] = joinedTitles(edge);
                data["sources"] = joinedSources(edge);
                data["evidence"] = evidenceJsonText(edge);
            }
            edges.push_back({{"data", std::move(data)}});
        }
        json root = {{"format_version", "1.0"},
                     {"generated_by", "Diplograph"},
                     {"target_cytoscapejs_version", "~3"},
                     // Read by NetworkX's cytoscape_graph; Cytoscape draws arrows from each edge's `directed`.
                     {"directed", true},
                     {"multigraph", true},
                     {"data",
                      {{"name", std::string("Diplograph ") + graphLevelName(view.level) + " graph"},
                       {"level", graphLevelName(view.level)},
                       {"articles", view.articles.size()}}},
                     {"elements", {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}}}};
        out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } catch (const std::exception& e) {
        return fail(ErrorCode::Io, std::string("writing the Cytoscape JSON export failed: ") + e.what());
    }
    out.flush();
    return streamStatus(out, "Cytoscape JSON");
}

} // namespace diplograph::core
