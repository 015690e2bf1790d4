// The briefing report as HTML: self-contained (the picture is a data: URI) and limited to what Qt's rich-text
// engine renders, because the PDF is that same HTML printed by the GUI.
#include "diplograph/report.h"

#include "export/escape.h"
#include "export/export_common.h"

#include <map>

namespace diplograph::core {

namespace {

std::string html(std::string_view text)
{
    return xmlEscape(text);
}

// "https://news.example/2024/01/x" -> "news.example"; a path or an empty source stays as it is.
std::string outlet(const std::string& source)
{
    const auto scheme = source.find("://");
    if (scheme == std::string::npos) {
        return source;
    }
    const auto start = scheme + 3;
    const auto end = source.find('/', start);
    std::string host = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (host.rfind("www.", 0) == 0) {
        host.erase(0, 4);
    }
    return host;
}

const char* editVerb(EditKind kind)
{
    switch (kind) {
    case EditKind::Rename: return "renamed";
    case EditKind::Merge: return "merged into";
    case EditKind::Hide: return "hidden";
    case EditKind::Alias: return "alias";
    case EditKind::AddEntity: return "entity added";
    case EditKind::RejectEdge: return "relation rejected, to";
    case EditKind::RejectQuote: return "quote rejected, to";
    case EditKind::Retype: return "relation retyped, to";
    case EditKind::Confirm: return "relation confirmed, to";
    case EditKind::AddRelation: return "relation added by an analyst, to";
    default: return "edit";
    }
}

void legend(std::ostream& out)
{
    out << "<p>";
    for (auto type : {RelationType::Cooperation, RelationType::Criticism, RelationType::Rejection}) {
        out << "<span style=\"color:" << relationColour(type) << "; font-weight:bold;\">&#9632; "
            << relationTypeName(type) << "</span>" << (type == RelationType::Cooperation ? " (undirected)" : "")
            << "&nbsp;&nbsp; ";
    }
    out << "<br/>";
    for (auto kind : {ActorKind::State, ActorKind::Organisation, ActorKind::Group, ActorKind::Agency,
                      ActorKind::Person}) {
        out << "<span style=\"color:" << kindColour(kind) << ";\">&#9679; " << actorKindName(kind)
            << "</span>&nbsp;&nbsp; ";
    }
    out << "</p>\n";
}

void edgeSection(std::ostream& out, const GraphView& view, const GraphEdge& edge)
{
    const auto name = [&](const std::string& id) {
        const auto* node = view.findNode(id);
        return node ? node->name : id;
    };
    out << "<h3 style=\"color:" << relationColour(edge.type) << ";\">" << html(name(edge.source))
        << (edge.directed ? " &#8594; " : " &#8596; ") << html(name(edge.target)) << "</h3>\n"
        << "<p><b>" << relationTypeName(edge.type) << "</b>, " << edge.weight << (edge.weight == 1 ? " quote" : " quotes")
        << " from " << articleCount(edge) << (articleCount(edge) == 1 ? " article" : " articles");
    const auto dates = edgeDates(edge);
    if (!dates.empty()) {
        out << ", " << dates.front() << (dates.size() > 1 ? " to " + dates.back() : "");
    }
    out << " <span style=\"color:#666666;\">(" << html(edge.id) << ")</span></p>\n"
        << "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse; "
           "border-color:#cccccc;\">\n"
           "<tr style=\"background-color:#f0f0f0;\"><th align=\"left\" width=\"50%\">Quote</th>"
           "<th align=\"left\" width=\"32%\">Article</th><th align=\"left\" width=\"18%\">Date</th></tr>\n";
    for (const auto& ref : edge.evidence) {
        const Evidence& quote = *ref.evidence;
        out << "<tr><td valign=\"top\">&#8220;" << html(quote.quote) << "&#8221;<br/><span style=\"color:#666666;"
            << "font-size:small;\">trigger &#8216;" << html(quote.trigger.text) << "&#8217;, rule " << html(quote.rule)
            << ", confidence " << number(quote.confidence) << "</span></td><td valign=\"top\">";
        if (ref.record) {
            out << html(ref.record->title);
            if (!ref.record->source.empty()) {
                out << "<br/><span style=\"font-size:small;\">" << html(outlet(ref.record->source));
                if (ref.record->source.find("://") != std::string::npos) {
                    out << " &#8212; <a href=\"" << html(ref.record->source) << "\">" << html(ref.record->source)
                        << "</a>";
                }
                out << "</span>";
            }
        }
        out << "</td><td valign=\"top\" nowrap=\"nowrap\">"
            << html(ref.record && ref.record->date ? *ref.record->date : "undated")
            << "</td></tr>\n";
    }
    out << "</table>\n";
}

} // namespace

std::string base64(std::string_view bytes)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        const unsigned value = static_cast<unsigned char>(bytes[i]) << 16 |
                               (left > 1 ? static_cast<unsigned char>(bytes[i + 1]) << 8 : 0) |
                               (left > 2 ? static_cast<unsigned char>(bytes[i + 2]) : 0);
        out += kAlphabet[value >> 18 & 63];
        out += kAlphabet[value >> 12 & 63];
        out += left > 1 ? kAlphabet[value >> 6 & 63] : '=';
        out += left > 2 ? kAlphabet[value & 63] : '=';
    }
    return out;
}

Result<void> writeReportHtml(const GraphView& view, std::ostream& out, const ReportOptions& options)
{
    std::vector<const GraphEdge*> edges;
    if (options.edges.empty()) {
        for (const auto& edge : view.edges) {
            edges.push_back(&edge);
        }
    } else {
        for (const auto& id : options.edges) {
            const auto* edge = view.findEdge(id);
            if (!edge) {
                return fail(ErrorCode::NotFound, "no relation " + id + " in the graph");
            }
            edges.push_back(edge);
        }
    }
    std::set<std::string> dates;
    for (const auto& article : view.articles) {
        if (article.date) {
            dates.insert(*article.date);
        }
    }
    out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>" << html(options.title)
        << "</title></head>\n<body style=\"font-family:'DejaVu Sans',sans-serif; color:#2b2d31;\">\n<h1>"
        << html(options.title) << "</h1>\n<p>" << view.articles.size() << " articles";
    if (!dates.empty()) {
        out << " dated " << *dates.begin() << " to " << *dates.rbegin();
    }
    out << "; " << view.nodes.size() << " actors and " << view.edges.size() << " relations at "
        << graphLevelName(view.level) << " level";
    if (edges.size() != view.edges.size()) {
        out << "; " << edges.size() << " selected below";
    }
    std::size_t added = 0;
    std::size_t quotes = 0;
    for (const auto* edge : edges) {
        quotes += edge->evidence.size();
        added += static_cast<std::size_t>(std::count_if(edge->evidence.begin(), edge->evidence.end(),
                                                        [](const EvidenceRef& ref) { return ref.addition != nullptr; }));
    }
    out << ". " << quotes - added << " quotes were found by the extractor (&#8220;machine&#8221;), " << added
        << " added by an analyst; rejected relations and quotes are left out.</p>\n";
    if (!options.imagePng.empty()) {
        // 560 px fits A4 and Letter text widths in Qt's print layout; the picture carries its own legend.
        out << "<p align=\"center\"><img width=\"560\" alt=\"The relation graph\" src=\"data:image/png;base64,"
            << base64(options.imagePng) << "\"/></p>\n";
    } else {
        legend(out);
    }
    if (!options.edits.empty()) {
        out << "<h2>Analyst edits applied</h2>\n<ul>\n";
        for (const auto& edit : options.edits) {
            out << "<li>" << html(edit.actor) << " " << editVerb(edit.kind)
                << (edit.value.empty() ? "" : " " + html(edit.value)) << "</li>\n";
        }
        out << "</ul>\n";
    }
    out << "<h2>Relations</h2>\n";
    for (const auto* edge : edges) {
        edgeSection(out, view, *edge);
    }
    out << "<p style=\"color:#666666; font-size:small;\">Written by Diplograph.</p>\n</body></html>\n";
    out.flush();
    return streamStatus(out, "report");
}

} // namespace diplograph::core
