#include "export/escape.h"
#include "export/export_common.h"

#include <ostream>

namespace diplograph::core {

namespace {

void attvalue(std::ostream& out, const char* key, const std::string& value)
{
    out << "          <attvalue for=\"" << key << "\" value=\"" << xmlEscape(value) << "\"/>\n";
}

// "#d62728" -> r="214" g="39" b="40"
std::string vizColour(const char* hex)
{
    const auto channel = [&](int at) { return std::to_string(std::stoi(std::string(hex + at, 2), nullptr, 16)); };
    return "r=\"" + channel(1) + "\" g=\"" + channel(3) + "\" b=\"" + channel(5) + "\"";
}

} // namespace

Result<void> writeGexf(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
           "  <meta>\n    <creator>Diplograph</creator>\n    <description>"
        << graphLevelName(view.level) << "-level actor graph of " << view.articles.size()
        << " articles</description>\n  </meta>\n"
           "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"entity\" title=\"entity\" type=\"string\"/>\n"
           "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
           "      <attribute id=\"weightedDegree\" title=\"weightedDegree\" type=\"integer\"/>\n"
           "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
           "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
           "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
           "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
           "      <attribute id=\"quotes\" title=\"quotes\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    for (const auto& node : view.nodes) {
        out << "      <node id=\"" << xmlEscape(node.id) << "\" label=\"" << xmlEscape(node.name) << "\">\n"
            << "        <attvalues>\n";
        attvalue(out, "kind", actorKindName(node.kind));
        attvalue(out, "entity", node.entity);
        attvalue(out, "degree", std::to_string(node.degree));
        attvalue(out, "weightedDegree", std::to_string(node.weightedDegree));
        attvalue(out, "articles", std::to_string(node.articleCount));
        attvalue(out, "mentions", std::to_string(node.mentionCount));
        out << "        </attvalues>\n";
        out << "        <viz:size value=\"" << number(10.0 + 2.0 * node.weightedDegree) << "\"/>\n";
        if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
            // GEXF's y axis points up; the scene's points down.
            out << "        <viz:position x=\"" << number(it->second.x) << "\" y=\"" << number(-it->second.y)
                << "\" z=\"0\"/>\n";
        }
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const auto& edge : view.edges) {
        out << "      <edge id=\"" << xmlEscape(edge.id) << "\" source=\"" << xmlEscape(edge.source) << "\" target=\""
            << xmlEscape(edge.target) << "\" type=\"" << (edge.directed ? "directed" : "undirected") << "\" weight=\""
            << edge.weight << "\" label=\"" << relationTypeName(edge.type) << "\">\n"
            << "        <attvalues>\n";
        attvalue(out, "relation", relationTypeName(edge.type));
        attvalue(out, "articles", std::to_string(articleCount(edge)));
        attvalue(out, "confidence", number(edge.maxConfidence));
        if (options.includeQuotes) {
            attvalue(out, "quotes", joinedQuotes(edge));
        }
        out << "        </attvalues>\n"
            << "        <viz:color " << vizColour(relationColour(edge.type)) << "/>\n"
            << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    out.flush();
    return streamStatus(out, "GEXF");
}

} // namespace diplograph::core
