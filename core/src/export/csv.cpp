// Node and edge tables in the column names Gephi's spreadsheet import and Cytoscape's table import recognise.
#include "export/escape.h"
#include "export/export_common.h"

#include <ostream>

namespace diplograph::core {

namespace {

// RFC 4180 ends records with CRLF.
constexpr const char* kEnd = "\r\n";

// Gephi's timestamp set: <[2024-01-02, 2024-02-03]>.
std::string timeset(const std::vector<std::string>& dates)
{
    if (dates.empty()) {
        return {};
    }
    std::string text = "<[";
    for (std::size_t i = 0; i < dates.size(); ++i) {
        text += (i ? ", " : "") + dates[i];
    }
    return text + "]>";
}

} // namespace

Result<void> writeCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges, const ExportOptions& options)
{
    const bool positions = !options.positions.empty();
    const bool dated = viewHasDates(view);
    // Every text cell goes through here, so a change to cell escaping is made in one place.
    const auto cell = [&options](std::string_view text) { return csvField(text, options.csvFormulas); };
    nodes << "Id,Label,Kind,Entity,Degree,Weighted Degree,Articles,Mentions,Component,Color,Size"
          << (positions ? ",X,Y" : "") << kEnd;
    for (const auto& node : view.nodes) {
        nodes << cell(node.id) << ',' << cell(node.name) << ',' << actorKindName(node.kind) << ','
              << cell(node.entity) << ',' << node.degree << ',' << node.weightedDegree << ',' << node.articleCount
              << ',' << node.mentionCount << ',' << node.component << ',' << kindColour(node.kind) << ','
              << number(2 * nodeRadius(node.weightedDegree));
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
    edges << "Id,Source,Target,Type,Kind,Label,Relation,Relation Id,Mutual,Weight,Articles,Confidence,Color,Provenance,Review"
          << (dated ? ",First Date,Last Date,Timeset" : "")
          << (options.includeQuotes ? ",Quotes,Titles,Sources,Evidence" : "") << kEnd;
    for (const auto& written : writtenEdges(view, cooperationFor(options, CooperationEncoding::Undirected))) {
        const GraphEdge& edge = *written.edge;
        const char* relation = relationTypeName(edge.type);
        edges << cell(written.id()) << ',' << cell(written.source()) << ',' << cell(written.target())
              << ',' << (written.directed() ? "Directed" : "Undirected") << ',' << relation << ',' << relation << ','
              << relation << ',' << cell(edge.id) << ',' << (written.mutual ? "true" : "false") << ','
              << edge.weight << ',' << articleCount(edge) << ',' << number(edge.maxConfidence) << ','
              << relationColour(edge.type) << ',' << edgeProvenance(edge) << ',' << edgeReview(edge);
        if (dated) {
            const auto dates = edgeDates(edge);
            edges << ',' << (dates.empty() ? "" : dates.front()) << ',' << (dates.empty() ? "" : dates.back()) << ','
                  << cell(timeset(dates));
        }
        if (options.includeQuotes) {
            edges << ',' << cell(joinedQuotes(edge)) << ',' << cell(joinedTitles(edge)) << ','
                  << cell(joinedSources(edge)) << ',' << cell(evidenceJsonText(edge));
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
