#pragma once

// A small graph whose names and quotes hold everything exporters must escape.
#include "diplograph/graph.h"

#include "graph_fixtures.h"

namespace diplograph::test {

inline const std::string kHostileName = "Iran <&> \"Islamic\" 'Republic', Tehran;\nΙράν 伊朗 \xFF";
inline const std::string kHostileQuote = "He said \"no, never\" & left;\r\nthen: <b>bold</b>, 'quoted' \\ backslash";

inline core::GraphView exportView()
{
    using core::RelationType;
    auto first = makeArticle(1, "A & B <news>", {{RelationType::Criticism, "IRN", "USA", {kHostileQuote, "Second."}},
                                                 {RelationType::Cooperation, "CHN", "RUS", {"They agreed."}}},
                             "2024-01-02");
    auto result = std::make_shared<core::ArticleResult>(*first.result);
    result->actors[0].name = kHostileName; // IRN
    first.result = result;
    first.record.source = "https://example.org/a?b=1&c=2";
    auto second = makeArticle(2, "Second", {{RelationType::Rejection, "USA", "IRN", {"The US rejected it."}}});
    return core::Graph::build({first, second}, core::GraphLevel::Entity).view();
}

} // namespace diplograph::test
