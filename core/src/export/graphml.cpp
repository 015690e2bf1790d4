// GraphML read whole by NetworkX and igraph: every edge directed (cooperation as a marked mutual pair unless
// asked otherwise), edge ids repeated as data for Cytoscape, yEd's graphics where they cost a few lines.
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

// attr.name == id, so readers that match keys by name (NetworkX, igraph, Gephi) and by id (yEd) agree.
constexpr Key kNodeKeys[] = {
    {"label", "node", "string"},       {"kind", "node", "string"},   {"entity", "node", "string"},
    {"degree", "node", "int"},         {"weightedDegree", "node", "int"}, {"articles", "node", "int"},
    {"mentions", "node", "int"},       {"color", "node", "string"},  {"size", "node", "double"},
};
constexpr Key kPositionKeys[] = {{"x", "node", "double"}, {"y", "node", "double"}};
constexpr Key kEdgeKeys[] = {
    {"edge_id", "edge", "string"},     {"relation_id", "edge", "string"}, {"relation", "edge", "string"},
    {"edge_label", "edge", "string"},  {"weight", "edge", "double"},     {"mutual", "edge", "boolean"},
    {"edge_articles", "edge", "int"},  {"confidence", "edge", "double"},  {"first_date", "edge", "string"},
    {"last_date", "edge", "string"},   {"dates", "edge", "string"},       {"edge_color", "edge", "string"},
    {"provenance", "edge", "string"},  {"review", "edge", "string"},
};
constexpr Key kEvidenceKeys[] = {{"quotes", "edge", "string"}, {"titles", "edge", "string"},
                                 {"sources", "edge", "string"}, {"evidence", "edge", "string"}};

void declare(std::ostream& out, const Key& key)
{
    // Edge keys whose natural name a node key already holds get a prefix in the id, not in the name.
    std::string name = key.id;
    if (name == "edge_articles") {
        name = "articles";
    } else if (name == "edge_label") {
        name = "label";
    } else if (name == "edge_color") {
        name = "color";
    }
    out << "  <key id=\"" << key.id << "\" for=\"" << key.domain << "\" attr.name=\"" << name << "\" attr.type=\""
        << key.type << "\"/>\n";
}

void data(std::ostream& out, const char* key, const std::string& value)
{
    out << "      <data key=\"" << key << "\">" << xmlEscape(value) << "</data>\n";
}

const char* yedShape(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Organisation: return "roundrectangle";
    case ActorKind::Group: return "hexagon";
    case ActorKind::Agency: return "diamond";
    case ActorKind::Person: return "triangle";
    default: return "ellipse";
    }
}

void yedNode(std::ostream& out, const GraphNode& node, const ExportOptions& options)
{
    const double diameter = 2 * nodeRadius(node.weightedDegree);
    Point at{};
    if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
        at = it->second;
    }
    // yEd places a node by its top-left corner.
    out << "      <data key=\"yed_node\"><y:ShapeNode><y:Geometry x=\"" << number(at.x - diameter / 2) << "\" y=\""
        << number(at.y - diameter / 2) << "\" width=\"" << number(diameter) << "\" height=\"" << number(diameter)
        << "\"/><y:Fill color=\"" << kindColour(node.kind) << "\" transparent=\"false\"/><y:NodeLabel>"
        << xmlEscape(node.name) << "</y:NodeLabel><y:Shape type=\"" << yedShape(node.kind)
        << "\"/></y:ShapeNode></data>\n";
}

void yedEdge(std::ostream& out, const WrittenEdge& written)
{
    const GraphEdge& edge = *written.edge;
    out << "      <data key=\"yed_edge\"><y:PolyLineEdge><y:LineStyle color=\"" << relationColour(edge.type)
        << "\" type=\"line\" width=\"" << number(1 + std::min(edge.weight, 6) * 0.5) << "\"/><y:Arrows source=\"none\" "
        << "target=\"" << (edge.directed ? "standard" : "none") << "\"/><y:EdgeLabel>" << relationTypeName(edge.type)
        << "</y:EdgeLabel></y:PolyLineEdge></data>\n";
}

} // namespace

Result<void> writeGraphMl(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    const auto encoding = cooperationFor(options, CooperationEncoding::Mutual);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xmlns:y=\"http://www.yworks.com/xml/graphml\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& key : kNodeKeys) {
        declare(out, key);
    }
    if (!options.positions.empty()) {
        for (const auto& key : kPositionKeys) {
            declare(out, key);
        }
    }
    for (const auto& key : kEdgeKeys) {
        declare(out, key);
    }
    if (options.includeQuotes) {
        for (const auto& key : kEvidenceKeys) {
            declare(out, key);
        }
    }
    out << "  <key id=\"yed_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
           "  <key id=\"yed_edge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
    out << "  <graph id=\"diplograph-" << graphLevelName(view.level) << "\" edgedefault=\"directed\">\n";
    for (const auto& node : view.nodes) {
        out << "    <node id=\"" << xmlEscape(node.id) << "\">\n";
        // First, so the centre x/y below win in NetworkX, which also reads yEd's top-left corner as x/y.
        yedNode(out, node, options);
        data(out, "label", node.name);
        data(out, "kind", actorKindName(node.kind));
        data(out, "entity", node.entity);
        data(out, "degree", std::to_string(node.degree));
        data(out, "weightedDegree", std::to_string(node.weightedDegree));
        data(out, "articles", std::to_string(node.articleCount));
        data(out, "mentions", std::to_string(node.mentionCount));
        data(out, "color", kindColour(node.kind));
        data(out, "size", number(2 * nodeRadius(node.weightedDegree)));
        if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
            data(out, "x", number(it->second.x));
            data(out, "y", number(it->second.y));
        }
        out << "    </node>\n";
    }
    for (const auto& written : writtenEdges(view, encoding)) {
        const GraphEdge& edge = *written.edge;
        out << "    <edge id=\"" << xmlEscape(written.id()) << "\" source=\"" << xmlEscape(written.source())
            << "\" target=\"" << xmlEscape(written.target()) << '"';
        if (!written.directed()) {
            out << " directed=\"false\"";
        }
        out << ">\n";
        data(out, "edge_id", written.id());
        data(out, "relation_id", edge.id);
        data(out, "relation", relationTypeName(edge.type));
        data(out, "edge_label", std::string(relationTypeName(edge.type)) + " (" + std::to_string(edge.weight) + ")");
        data(out, "weight", std::to_string(edge.weight));
        data(out, "mutual", written.mutual ? "true" : "false");
        data(out, "edge_articles", std::to_string(articleCount(edge)));
        data(out, "confidence", number(edge.maxConfidence));
        data(out, "provenance", edgeProvenance(edge));
        data(out, "review", edgeReview(edge));
        const auto dates = edgeDates(edge);
        if (!dates.empty()) {
            data(out, "first_date", dates.front());
            data(out, "last_date", dates.back());
            std::string joined;
            for (const auto& date : dates) {
                joined += (joined.empty() ? "" : " ") + date;
            }
            data(out, "dates", joined);
        }
        data(out, "edge_color", relationColour(edge.type));
        if (options.includeQuotes) {
            data(out, "quotes", joinedQuotes(edge));
            data(out, "titles", joinedTitles(edge));
            data(out, "sources", joinedSources(edge));
            data(out, "evidence", evidenceJsonText(edge));
        }
        yedEdge(out, written);
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    out.flush();
    return streamStatus(out, "GraphML");
}

} // namespace diplograph::core
