#pragma once

#include "diplograph/export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace diplograph::core {

// The separator between an edge's quotes in one text field (CSV, GraphML, GEXF).
inline constexpr std::string_view kQuoteSeparator = " | ";

inline std::string joinedQuotes(const GraphEdge& edge)
{
    std::string joined;
    for (const auto& ref : edge.evidence) {
        if (!joined.empty()) {
            joined += kQuoteSeparator;
        }
        joined += ref.evidence->quote;
    }
    return joined;
}

// "machine", "analyst" (every quote added by an analyst) or "mixed".
inline const char* edgeProvenance(const GraphEdge& edge)
{
    const auto added = std::count_if(edge.evidence.begin(), edge.evidence.end(),
                                     [](const EvidenceRef& ref) { return ref.addition != nullptr; });
    return added == 0 ? "machine" : added == static_cast<long>(edge.evidence.size()) ? "analyst" : "mixed";
}

// "rejected", "confirmed" or "unreviewed".
inline const char* edgeReview(const GraphEdge& edge)
{
    return edge.rejected ? "rejected" : edge.confirmation ? "confirmed" : "unreviewed";
}

inline int articleCount(const GraphEdge& edge)
{
    std::set<ArticleId> articles;
    for (const auto& ref : edge.evidence) {
        articles.insert(ref.article);
    }
    return static_cast<int>(articles.size());
}

// The distinct values of `field` over an edge's quotes' articles, in evidence order, joined with " | ".
template <typename Field> std::string joinedArticleField(const GraphEdge& edge, Field field)
{
    std::vector<std::string> seen;
    std::string joined;
    for (const auto& ref : edge.evidence) {
        if (!ref.record) {
            continue;
        }
        const std::string value = field(*ref.record);
        if (value.empty() || std::find(seen.begin(), seen.end(), value) != seen.end()) {
            continue;
        }
        seen.push_back(value);
        if (!joined.empty()) {
            joined += kQuoteSeparator;
        }
        joined += value;
    }
    return joined;
}

inline std::string joinedTitles(const GraphEdge& edge)
{
    return joinedArticleField(edge, [](const ArticleRecord& record) { return record.title; });
}

inline std::string joinedSources(const GraphEdge& edge)
{
    return joinedArticleField(edge, [](const ArticleRecord& record) { return record.source; });
}

// The sorted distinct dates (yyyy-mm-dd) of an edge's quotes' articles; undated articles add none.
inline std::vector<std::string> edgeDates(const GraphEdge& edge)
{
    std::set<std::string> dates;
    for (const auto& ref : edge.evidence) {
        if (ref.record && ref.record->date) {
            dates.insert(*ref.record->date);
        }
    }
    return {dates.begin(), dates.end()};
}

inline bool viewHasDates(const GraphView& view)
{
    return std::any_of(view.articles.begin(), view.articles.end(), [](const auto& a) { return a.date.has_value(); });
}

// The evidence of an edge as one compact JSON array (quote, article, title, source, date, trigger, rule,
// confidence, provenance), for formats whose attributes hold only text. Defined in article_json.cpp.
[[nodiscard]] std::string evidenceJsonText(const GraphEdge& edge);

inline CooperationEncoding cooperationFor(const ExportOptions& options, CooperationEncoding formatDefault)
{
    return options.cooperation == CooperationEncoding::Invalid ? formatDefault : options.cooperation;
}

// One written edge: the view's edge, and whether this is the reversed half of a mutual pair.
struct WrittenEdge {
    const GraphEdge* edge = nullptr;
    bool reversed = false;
    bool mutual = false; // one of a pair of directed edges standing for one undirected edge

    [[nodiscard]] std::string id() const { return reversed ? edge->id + "~reverse" : edge->id; }
    [[nodiscard]] const std::string& source() const { return reversed ? edge->target : edge->source; }
    [[nodiscard]] const std::string& target() const { return reversed ? edge->source : edge->target; }
    [[nodiscard]] bool directed() const { return edge->directed || mutual; }
};

// The edges to write under `encoding`: each view edge once, cooperation twice (A->B, B->A) under Mutual.
inline std::vector<WrittenEdge> writtenEdges(const GraphView& view, CooperationEncoding encoding)
{
    std::vector<WrittenEdge> edges;
    for (const auto& edge : view.edges) {
        const bool mutual = !edge.directed && encoding == CooperationEncoding::Mutual;
        edges.push_back({&edge, false, mutual});
        if (mutual) {
            edges.push_back({&edge, true, true});
        }
    }
    return edges;
}

// Colours by relation type and node kind, the same the GUI draws (ui/graphview/graph_style.cpp).
inline const char* relationColour(RelationType type)
{
    switch (type) {
    case RelationType::Cooperation: return "#009e73";
    case RelationType::Criticism: return "#d55e00";
    case RelationType::Rejection: return "#0072b2";
    default: return "#888888";
    }
}

inline const char* kindColour(ActorKind kind)
{
    switch (kind) {
    case ActorKind::State: return "#2f6e9e";
    case ActorKind::Organisation: return "#9c4f7f";
    case ActorKind::Group: return "#a86a00";
    case ActorKind::Agency: return "#5e6358";
    case ActorKind::Person: return "#8a7b10";
    default: return "#666666";
    }
}

// The GUI's node radius in scene pixels for a weighted degree.
inline double nodeRadius(int weightedDegree)
{
    return std::min(11.0 + 4.5 * std::sqrt(static_cast<double>(std::max(weightedDegree, 0))), 48.0);
}

// "#d55e00" -> {213, 94, 0}
struct Rgb {
    int r = 0, g = 0, b = 0;
};
inline Rgb rgbOf(const char* hex)
{
    const auto channel = [&](int at) { return std::stoi(std::string(hex + at, 2), nullptr, 16); };
    return {channel(1), channel(3), channel(5)};
}

// Numbers written with "C" locale formatting and enough digits to round-trip positions.
inline std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

inline Result<void> streamStatus(const std::ostream& out, const char* format)
{
    if (!out) {
        return fail(ErrorCode::Io, std::string("writing the ") + format + " export failed");
    }
    return {};
}

} // namespace diplograph::core
