// Quotes per month between two actors, by type and direction (core/src/graph/timeline.cpp).
#include "diplograph/timeline.h"

#include "export_fixtures.h"

#include <gtest/gtest.h>

namespace diplograph::core {
namespace {

int quotesIn(const PairTimeline& timeline, const std::string& month, RelationType type, bool fromFirst)
{
    int quotes = 0;
    for (const auto& bin : timeline.bins) {
        if (bin.month == month && bin.type == type && bin.fromFirst == fromFirst) {
            quotes += bin.quotes;
        }
    }
    return quotes;
}

TEST(TimelineTest, CountsEachDirectionPerMonth)
{
    const auto view = test::datedExportView();
    const auto timeline = pairTimeline(view, "CHN", "USA");
    EXPECT_EQ(quotesIn(timeline, "2024-01", RelationType::Criticism, true), 1);
    EXPECT_EQ(quotesIn(timeline, "2024-03", RelationType::Criticism, true), 2);
    EXPECT_EQ(quotesIn(timeline, "2024-02", RelationType::Rejection, true), 1);
    EXPECT_EQ(quotesIn(timeline, "2024-02", RelationType::Criticism, false), 1); // USA criticised CHN
    EXPECT_EQ(timeline.months, (std::vector<std::string>{"2024-01", "2024-02", "2024-03"}));
    EXPECT_EQ(timeline.undated, 0);
    // Asked the other way round, the directions swap.
    EXPECT_EQ(quotesIn(pairTimeline(view, "USA", "CHN"), "2024-02", RelationType::Criticism, true), 1);
}

TEST(TimelineTest, UndatedQuotesAreCountedApartAndGapsAreMonths)
{
    const auto view = test::datedExportView();
    const auto undated = pairTimeline(view, "IRN", "RUS");
    EXPECT_TRUE(undated.bins.empty());
    EXPECT_EQ(undated.undated, 1);
    const auto cooperation = pairTimeline(view, "RUS", "CHN");
    EXPECT_EQ(quotesIn(cooperation, "2024-01", RelationType::Cooperation, true), 1);
    EXPECT_EQ(cooperation.months.size(), 3u); // January, the empty February, March
    EXPECT_TRUE(pairTimeline(view, "CHN", "XXX").months.empty());
}

} // namespace
} // namespace diplograph::core
