#include "export/escape.h"
#include "export/export_common.h"

#include <ostream>

namespace diplograph::core {

namespace {

struct Key {
    const char* id;
    const char* domain; // node or edge
    const char* type;   // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"label", "node", "string"},     {"kind", "node", "string"},        {"entity", "node", "string"},
    {"degree", "node", "int"},       {"weightedDegree", "node", "int"}, {"articles", "node", "int"},
    {"mentions", "node", "int"},     {"x", "node", "double"},           {"y", "node", "double"},
    {"type", "edge", "string"},      {"weight", "edge", "double"},      {"directed", "edge", "boolean"},
    {"edgeArticles", "edge", "int"}, {"confidence", "edge", "double"},  {"quotes", "edge", "string"},
};

void data(std::ostream& out, const char* key, const std::string& value)
{
    out << "      <data key=\"" << key << "\">" << xmlEscape(value) << "</data>\n";
}

} // namespace

Result<void> writeGraphMl(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& key : kKeys) {
        // The edge key "edgeArticles" is named "articles" for readers, which match keys by attr.name.
        const std::string name = std::string(key.id) == "edgeArticles" ? "articles" : key.id;
        out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << name << "\" attr.type=\""
            << key.type << "\"/>\n";
    }
    out << "  <graph id=\"diplograph-" << graphLevelName(view.level) << "\" edgedefault=\"directed\">\n";
    for (const auto& node : view.nodes) {
        out << "    <node id=\"" << xmlEscape(node.id) << "\">\n";
        data(out, "label", node.name);
        data(out, "kind", actorKindName(node.kind));
        data(out, "entity", node.entity);
        data(out, "degree", std::to_string(node.degree));
        data(out, "weightedDegree", std::to_string(node.weightedDegree));
        data(out, "articles", std::to_string(node.articleCount));
        data(out, "mentions", std::to_string(node.mentionCount));
        if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
            data(out, "x", number(it->second.x));
            data(out, "y", number(it->second.y));
        }
        out << "    </node>\n";
    }
    for (const auto& edge : view.edges) {
        out << "    <edge id=\"" << xmlEscape(edge.id) << "\" source=\"" << xmlEscape(edge.source) << "\" target=\""
            << xmlEscape(edge.target) << "\" directed=\"" << (edge.directed ? "true" : "false") << "\">\n";
        data(out, "type", relationTypeName(edge.type));
        data(out, "weight", std::to_string(edge.weight));
        data(out, "directed", edge.directed ? "true" : "false");
        data(out, "edgeArticles", std::to_string(articleCount(edge)));
        data(out, "confidence", number(edge.maxConfidence));
        if (options.includeQuotes) {
            data(out, "quotes", joinedQuotes(edge));
        }
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    out.flush();
    return streamStatus(out, "GraphML");
}

} // namespace diplograph::core
