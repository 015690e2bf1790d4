// The graph as JSON in the shape of the extract contract (docs/formats.md), with an `articles` array and every
// quote naming its article.
#include "export/escape.h"
#include "export/evidence_json.h"
#include "export/export_common.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace diplograph::core {

Result<void> writeJson(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    using json = nlohmann::ordered_json; // keys in the documented order
    try {
        json root;
        root["level"] = graphLevelName(view.level);
        json articles = json::array();
        for (const auto& article : view.articles) {
            articles.push_back({{"id", article.id},
                                {"title", article.title},
                                {"source", article.source},
                                {"date", article.date ? json(*article.date) : json(nullptr)},
                                {"sha256", article.sha256},
                                {"bytes", article.bytes}});
        }
        root["articles"] = std::move(articles);
        json actors = json::array();
        for (const auto& node : view.nodes) {
            json actor = {{"id", node.id},
                          {"name", node.name},
                          {"kind", actorKindName(node.kind)},
                          {"entity", node.entity},
                          {"degree", node.degree},
                          {"weightedDegree", node.weightedDegree},
                          {"articleCount", node.articleCount},
                          {"mentionCount", node.mentionCount},
                          {"component", node.component}};
            if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
                actor["position"] = {{"x", it->second.x}, {"y", it->second.y}};
            }
            actors.push_back(std::move(actor));
        }
        root["actors"] = std::move(actors);
        json relations = json::array();
        for (const auto& edge : view.edges) {
            json evidence = json::array();
            if (options.includeQuotes) {
                for (const auto& ref : edge.evidence) {
                    evidence.push_back(evidenceRefJson<json>(ref));
                }
            }
            relations.push_back({{"id", edge.id},
                                 {"type", relationTypeName(edge.type)},
                                 {"source", edge.source},
                                 {"target", edge.target},
                                 {"directed", edge.directed},
                                 {"weight", edge.weight},
                                 {"dates", edgeDates(edge)},
                                 {"provenance", edgeProvenance(edge)},
                                 {"review", edgeReview(edge)},
                                 {"evidence", std::move(evidence)}});
        }
        root["relations"] = std::move(relations);
        // Invalid UTF-8 in a quote becomes U+FFFD, so the output always parses.
        out << root.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    } catch (const std::exception& e) {
        return fail(ErrorCode::Io, std::string("writing the JSON export failed: ") + e.what());
    }
    out.flush();
    return streamStatus(out, "JSON");
}

} // namespace diplograph::core
