#include "export/escape.h"
#include "export/export_common.h"

#include <ostream>

namespace diplograph::core {

namespace {

// RFC 4180 ends records with CRLF.
constexpr const char* kEnd = "\r\n";

} // namespace

Result<void> writeCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges, const ExportOptions& options)
{
    const bool positions = !options.positions.empty();
    nodes << "id,label,kind,entity,degree,weighted_degree,articles,mentions,component" << (positions ? ",x,y" : "")
          << kEnd;
    for (const auto& node : view.nodes) {
        nodes << csvField(node.id, options.csvFormulas) << ',' << csvField(node.name, options.csvFormulas) << ','
              << actorKindName(node.kind) << ',' << csvField(node.entity, options.csvFormulas) << ',' << node.degree
              << ',' << node.weightedDegree << ',' << node.articleCount << ',' << node.mentionCount << ','
              << node.component;
        if (positions) {
            const auto it = options.positions.find(node.id);
            if (it != options.positions.end()) {
                nodes << ',' << number(it->second.x) << ',' << number(it->second.y);
            } else {
                nodes << ",,";
            }
        }
        nodes << kEnd;
    }
    edges << "id,source,target,type,directed,weight,articles,confidence" << (options.includeQuotes ? ",quotes" : "")
          << kEnd;
    for (const auto& edge : view.edges) {
        edges << csvField(edge.id, options.csvFormulas) << ',' << csvField(edge.source, options.csvFormulas) << ','
              << csvField(edge.target, options.csvFormulas) << ',' << relationTypeName(edge.type) << ','
              << (edge.directed ? "true" : "false") << ',' << edge.weight << ',' << articleCount(edge) << ','
              << number(edge.maxConfidence);
        if (options.includeQuotes) {
            edges << ',' << csvField(joinedQuotes(edge), options.csvFormulas);
        }
        edges << kEnd;
    }
    nodes.flush();
    edges.flush();
    if (auto status = streamStatus(nodes, "CSV nodes"); !status) {
        return status;
    }
    return streamStatus(edges, "CSV edges");
}

} // namespace diplograph::core
