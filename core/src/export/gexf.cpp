// GEXF as Gephi writes a mixed graph: no default edge type when the edges mix, a per-edge type and `kind` (so
// parallel edges of different relations survive), viz attributes like the GUI's, spells when articles are dated.
#include "export/escape.h"
#include "export/export_common.h"

#include <ostream>

namespace diplograph::core {

namespace {

void attvalue(std::ostream& out, const char* key, const std::string& value)
{
    out << "          <attvalue for=\"" << key << "\" value=\"" << xmlEscape(value) << "\"/>\n";
}

std::string vizColour(const char* hex)
{
    const Rgb rgb = rgbOf(hex);
    return "r=\"" + std::to_string(rgb.r) + "\" g=\"" + std::to_string(rgb.g) + "\" b=\"" + std::to_string(rgb.b) +
           "\"";
}

const char* vizNodeShape(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Organisation: return "square";
    case ActorKind::Agency: return "diamond";
    case ActorKind::Person: return "triangle";
    default: return "disc";
    }
}

const char* vizEdgeShape(RelationType type)
{
    switch (type) {
    case RelationType::Criticism: return "dashed";
    case RelationType::Rejection: return "dotted";
    default: return "solid";
    }
}

void attributeColumns(std::ostream& out, bool evidence)
{
    out << "    <attributes class=\"node\" mode=\"static\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"entity\" title=\"entity\" type=\"string\"/>\n"
           "      <attribute id=\"degree\" title=\"degree\" type=\"integer\"/>\n"
           "      <attribute id=\"weightedDegree\" title=\"weightedDegree\" type=\"integer\"/>\n"
           "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
           "      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\" mode=\"static\">\n"
           "      <attribute id=\"relation_id\" title=\"relation_id\" type=\"string\"/>\n"
           "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
           "      <attribute id=\"mutual\" title=\"mutual\" type=\"boolean\"/>\n"
           "      <attribute id=\"articles\" title=\"articles\" type=\"integer\"/>\n"
           "      <attribute id=\"confidence\" title=\"confidence\" type=\"double\"/>\n"
           "      <attribute id=\"provenance\" title=\"provenance\" type=\"string\"/>\n"
           "      <attribute id=\"review\" title=\"review\" type=\"string\"/>\n"
           "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
           "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n";
    if (evidence) {
        out << "      <attribute id=\"quotes\" title=\"quotes\" type=\"string\"/>\n"
               "      <attribute id=\"titles\" title=\"titles\" type=\"string\"/>\n"
               "      <attribute id=\"sources\" title=\"sources\" type=\"string\"/>\n"
               "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n";
    }
    out << "    </attributes>\n";
}

void writeNode(std::ostream& out, const GraphNode& node, const ExportOptions& options)
{
    out << "      <node id=\"" << xmlEscape(node.id) << "\" label=\"" << xmlEscape(node.name) << "\">\n"
        << "        <attvalues>\n";
    attvalue(out, "kind", actorKindName(node.kind));
    attvalue(out, "entity", node.entity);
    attvalue(out, "degree", std::to_string(node.degree));
    attvalue(out, "weightedDegree", std::to_string(node.weightedDegree));
    attvalue(out, "articles", std::to_string(node.articleCount));
    attvalue(out, "mentions", std::to_string(node.mentionCount));
    out << "        </attvalues>\n"
        << "        <viz:color " << vizColour(kindColour(node.kind)) << "/>\n"
        << "        <viz:size value=\"" << number(nodeRadius(node.weightedDegree)) << "\"/>\n";
    if (const auto it = options.positions.find(node.id); it != options.positions.end()) {
        // GEXF's y axis points up; the scene's points down.
        out << "        <viz:position x=\"" << number(it->second.x) << "\" y=\"" << number(-it->second.y)
            << "\" z=\"0\"/>\n";
    }
    out << "        <viz:shape value=\"" << vizNodeShape(node.kind) << "\"/>\n      </node>\n";
}

void writeEdge(std::ostream& out, const WrittenEdge& written, const ExportOptions& options, bool dynamic)
{
    const GraphEdge& edge = *written.edge;
    const auto dates = edgeDates(edge);
    out << "      <edge id=\"" << xmlEscape(written.id()) << "\" source=\"" << xmlEscape(written.source())
        << "\" target=\"" << xmlEscape(written.target()) << "\" type=\""
        << (written.directed() ? "directed" : "undirected") << '"';
    if (!options.gexfDraft12) {
        out << " kind=\"" << relationTypeName(edge.type) << '"'; // 1.3: parallel edges differ by kind
    }
    out << " weight=\"" << edge.weight << "\" label=\"" << relationTypeName(edge.type) << "\">\n"
        << "        <attvalues>\n";
    attvalue(out, "relation_id", edge.id);
    attvalue(out, "relation", relationTypeName(edge.type));
    attvalue(out, "mutual", written.mutual ? "true" : "false");
    attvalue(out, "articles", std::to_string(articleCount(edge)));
    attvalue(out, "confidence", number(edge.maxConfidence));
    attvalue(out, "provenance", edgeProvenance(edge));
    attvalue(out, "review", edgeReview(edge));
    if (!dates.empty()) {
        attvalue(out, "first_date", dates.front());
        attvalue(out, "last_date", dates.back());
    }
    if (options.includeQuotes) {
        attvalue(out, "quotes", joinedQuotes(edge));
        attvalue(out, "titles", joinedTitles(edge));
        attvalue(out, "sources", joinedSources(edge));
        attvalue(out, "evidence", evidenceJsonText(edge));
    }
    out << "        </attvalues>\n";
    if (dynamic && !dates.empty()) {
        // One day-long spell per reporting date: Gephi's timeline shows the edge in the windows it was reported.
        out << "        <spells>\n";
        for (const auto& date : dates) {
            out << "          <spell start=\"" << date << "\" end=\"" << date << "\"/>\n";
        }
        out << "        </spells>\n";
    }
    out << "        <viz:color " << vizColour(relationColour(edge.type)) << "/>\n"
        << "        <viz:thickness value=\"" << edge.weight << "\"/>\n"
        << "        <viz:shape value=\"" << vizEdgeShape(edge.type) << "\"/>\n"
        << "      </edge>\n";
}

} // namespace

Result<void> writeGexf(const GraphView& view, std::ostream& out, const ExportOptions& options)
{
    const auto edges = writtenEdges(view, cooperationFor(options, CooperationEncoding::Undirected));
    const bool allDirected = std::all_of(edges.begin(), edges.end(), [](const auto& e) { return e.directed(); });
    const bool dynamic = viewHasDates(view);
    const char* ns = options.gexfDraft12 ? "http://www.gexf.net/1.2draft" : "http://gexf.net/1.3";
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"" << ns << "\" xmlns:viz=\"" << ns << "/viz\" "
        << "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"" << ns << ' ' << ns
        << (options.gexfDraft12 ? "/gexf.xsd\" version=\"1.2\">\n" : "/gexf.xsd\" version=\"1.3\">\n")
        << "  <meta>\n    <creator>Diplograph</creator>\n    <description>" << graphLevelName(view.level)
        << "-level actor graph of " << view.articles.size() << " articles</description>\n  </meta>\n"
        << "  <graph mode=\"" << (dynamic ? "dynamic" : "static") << '"';
    if (dynamic) {
        out << " timeformat=\"date\"" << (options.gexfDraft12 ? "" : " timerepresentation=\"interval\"");
    }
    // A default type would make Gephi drop every edge of the other type; declare one only when all agree
    // (NetworkX reads a graph without it as undirected).
    if (allDirected && !edges.empty()) {
        out << " defaultedgetype=\"directed\"";
    }
    out << ">\n";
    attributeColumns(out, options.includeQuotes);
    out << "    <nodes>\n";
    for (const auto& node : view.nodes) {
        writeNode(out, node, options);
    }
    out << "    </nodes>\n    <edges>\n";
    for (const auto& written : edges) {
        writeEdge(out, written, options, dynamic);
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    out.flush();
    return streamStatus(out, "GEXF");
}

} // namespace diplograph::core
