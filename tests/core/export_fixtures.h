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

namespace diplograph::test {

// Five articles over four months (one undated): two relations of the same direction between one pair
// (criticism and rejection CHN>USA), the reverse direction, cooperation, and an agency acting for a state.
inline core::GraphView datedExportView(core::GraphLevel level = core::GraphLevel::Entity)
{
    using core::RelationType;
    auto january = makeArticle(1, "Talks stall over tariffs",
                               {{RelationType::Criticism, "CHN", "USA", {"Beijing faulted the new tariffs."}},
                                {RelationType::Cooperation, "CHN", "RUS", {"Both sides signed a grain deal."}}},
                               "2024-01-15");
    january.record.source = "https://news.example/2024/01/tariffs";
    auto february = makeArticle(2, "A proposal turned down",
                                {{RelationType::Rejection, "CHN", "USA", {"The offer was turned down flat."}},
                                 {RelationType::Criticism, "USA", "CHN", {"Washington called the move unfair."}}},
                                "2024-02-03");
    february.record.source = "https://news.example/2024/02/proposal";
    auto march = makeArticle(3, "More words exchanged",
                             {{RelationType::Criticism, "CHN", "USA", {"A spokesman deplored the visit.", "He said so twice."}},
                              {RelationType::Cooperation, "CHN", "RUS", {"Joint drills were announced."}}},
                             "2024-03-28");
    auto april = makeArticle(4, "An embassy speaks",
                             {{RelationType::Criticism, "RUS/embassy", "USA", {"The embassy objected to the report."}}},
                             "2024-04-09");
    auto undated = makeArticle(5, "Undated wire", {{RelationType::Cooperation, "RUS", "IRN", {"They agreed to meet."}}});
    return core::Graph::build({january, february, march, april, undated}, level).view();
}

} // namespace diplograph::test
