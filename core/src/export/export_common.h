#pragma once

#include "diplograph/export.h"

#include <cstdio>
#include <set>
#include <string>

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

inline int articleCount(const GraphEdge& edge)
{
    std::set<ArticleId> articles;
    for (const auto& ref : edge.evidence) {
        articles.insert(ref.article);
    }
    return static_cast<int>(articles.size());
}

// Colours by relation type, the same the GUI uses for its legend.
inline const char* relationColour(RelationType type)
{
    switch (type) {
    case RelationType::Cooperation: return "#2ca02c";
    case RelationType::Criticism: return "#d62728";
    case RelationType::Rejection: return "#ff7f0e";
    default: return "#7f7f7f";
    }
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
