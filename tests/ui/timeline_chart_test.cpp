// The quote panel's chart of a pair's quotes per month: shown only with dated quotes, bars in the type colours.
#include "ui_fixture.h"

#include "graphview/graph_style.h"
#include "panels/quote_panel.h"
#include "panels/timeline_chart.h"

#include <gtest/gtest.h>

#include <QImage>

using namespace diplograph;

namespace {

// How many pixels of `image` have `colour`, above (true) or below the middle row.
int pixels(const QImage& image, const QColor& colour, bool above)
{
    int count = 0;
    for (int y = above ? 0 : image.height() / 2 + 1; y < (above ? image.height() / 2 : image.height()); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixelColor(x, y) == colour;
        }
    }
    return count;
}

} // namespace

TEST(TimelineChartTest, ShowsEachDirectionOnItsSideOfTheAxis)
{
    core::PairTimeline timeline;
    timeline.months = {"2024-01", "2024-02", "2024-03"};
    timeline.bins = {{"2024-01", core::RelationType::Criticism, true, 2},
                     {"2024-03", core::RelationType::Rejection, false, 1}};
    ui::TimelineChart chart;
    chart.resize(300, 130);
    chart.setTimeline(timeline, QStringLiteral("China"), QStringLiteral("United States"));
    EXPECT_FALSE(chart.isHidden());
    // Captions and labels take the top and bottom strips; the bars sit around the axis between them.
    const QImage image = chart.grab().toImage().copy(0, 16, 300, 130 - 16 - 14);
    EXPECT_GT(pixels(image, ui::style::relationColor(core::RelationType::Criticism), true), 100);
    EXPECT_EQ(pixels(image, ui::style::relationColor(core::RelationType::Criticism), false), 0);
    EXPECT_GT(pixels(image, ui::style::relationColor(core::RelationType::Rejection), false), 50);
    chart.setTimeline({}, {}, {});
    EXPECT_TRUE(chart.isHidden());
}

TEST(TimelineChartTest, UndatedSampleKeepsTheChartHidden)
{
    test::SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, QStringLiteral("IRN"), QStringLiteral("USA")));
    EXPECT_TRUE(w.window->quotePanel()->timeline()->isHidden());
    EXPECT_GT(w.window->quotePanel()->timeline()->timeline().undated, 0);
}
