// The Dates box's month slider steps the graph through time a month at a time.
#include "controller.h"
#include "main_window.h"
#include "models/filter_models.h"
#include "panels/filter_panel.h"

#include <gtest/gtest.h>

#include <QSlider>
#include <QTest>

using namespace diplograph;

TEST(MonthSliderTest, EachStepShowsOneMonthsRelations)
{
    ui::Controller controller;
    gui::MainWindow window(&controller);
    window.show();
    // Two invented wire items, a month apart.
    ui::ImportRequest january{{}, QStringLiteral("January"), {}, QStringLiteral("2024-01-10"),
                              "January\n\nFrance criticised Germany over the budget plan.\n"};
    ui::ImportRequest february{{}, QStringLiteral("February"), {}, QStringLiteral("2024-02-20"),
                               "February\n\nSpain rejected a proposal from Italy on fishing quotas.\n"};
    controller.importItems({january, february});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !controller.isBusy(); }, 60000));
    QCoreApplication::processEvents();
    auto* slider = window.filterPanel()->monthSlider();
    auto* filter = window.relationFilter();
    ASSERT_EQ(slider->maximum(), 2);
    const auto all = filter->visibleEdgeIds();
    ASSERT_EQ(all.size(), 2) << "the extractor should find one relation per item";
    slider->setValue(1);
    ASSERT_EQ(filter->visibleEdgeIds().size(), 1);
    EXPECT_TRUE(filter->visibleEdgeIds().values().front().startsWith(QStringLiteral("criticism:")));
    slider->setValue(2);
    ASSERT_EQ(filter->visibleEdgeIds().size(), 1);
    EXPECT_TRUE(filter->visibleEdgeIds().values().front().startsWith(QStringLiteral("rejection:")));
    slider->setValue(0);
    EXPECT_EQ(filter->visibleEdgeIds(), all);
}
