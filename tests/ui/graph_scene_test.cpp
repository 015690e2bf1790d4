// The scene's drawing rules on the sample: readable, non-overlapping labels, separate curves, item types.
#include "ui_fixture.h"

#include "graphview/edge_item.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "graphview/legend.h"
#include "graphview/tie_item.h"
#include "models/filter_models.h"


#include <gtest/gtest.h>

#include <QAction>
#include <filesystem>
#include <QGraphicsSceneHelpEvent>
#include <QSettings>
#include <QTest>

using namespace diplograph;
using diplograph::test::SampleWindow;

namespace {

void expectLabelsApart(const ui::GraphScene* scene)
{
    QVector<const ui::NodeItem*> shown;
    for (const auto* node : scene->nodes()) {
        if (node->isVisible()) {
            shown.push_back(node);
        }
    }
    for (const auto* a : shown) {
        const QRectF label = a->labelRect(a->labelPlacement()).translated(a->pos());
        for (const auto* b : shown) {
            if (a == b) {
                continue;
            }
            const QRectF other = b->labelRect(b->labelPlacement()).translated(b->pos());
            EXPECT_FALSE(label.intersects(other)) << a->id().toStdString() << " / " << b->id().toStdString();
            const qreal r = b->radius();
            EXPECT_FALSE(label.intersects(QRectF(b->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r))))
                << a->id().toStdString() << " label over node " << b->id().toStdString();
        }
    }
}

// Labels as drawn on screen (grown or not, hidden ones left out) cover no other label and no other node, and
// lie inside the viewport: fit cuts none. Returns how many are shown.
int expectDrawnLabelsApartAndInside(const gui::MainWindow& window)
{
    const auto* scene = window.scene();
    const QRectF viewport = window.canvas()->mapToScene(window.canvas()->viewport()->rect()).boundingRect();
    QVector<const ui::NodeItem*> visible;
    for (const auto* node : scene->nodes()) {
        if (node->isVisible()) {
            visible.push_back(node);
        }
    }
    int shown = 0;
    for (const auto* a : visible) {
        if (a->labelScale() <= 0) {
            continue;
        }
        ++shown;
        const QRectF label = a->sceneLabelRect(a->labelScale());
        EXPECT_TRUE(viewport.contains(label)) << a->id().toStdString() << " label cut by the viewport";
        for (const auto* b : visible) {
            if (a == b) {
                continue;
            }
            if (b->labelScale() > 0) {
                EXPECT_FALSE(label.intersects(b->sceneLabelRect(b->labelScale())))
                    << a->id().toStdString() << " / " << b->id().toStdString();
            }
            const qreal r = b->radius();
            EXPECT_FALSE(label.intersects(QRectF(b->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r))))
                << a->id().toStdString() << " label over node " << b->id().toStdString();
        }
    }
    return shown;
}

// Every visible node drawn as its shape (not a far-zoom square) with its label, every arrowhead drawn.
void expectFullDetail(const gui::MainWindow& window)
{
    const qreal zoom = window.canvas()->zoom();
    EXPECT_FALSE(window.scene()->isOverview());
    for (const auto* node : window.scene()->nodes()) {
        if (node->isVisible()) {
            EXPECT_GT(node->labelScale(), 0) << node->id().toStdString() << " has no label at fit";
            EXPECT_GE(node->radius() * zoom, 2.5) << node->id().toStdString();
        }
    }
    for (const auto* edge : window.scene()->edges()) {
        if (edge->isVisible() && edge->isDirected()) {
            EXPECT_GE(zoom * (9 + 1.6 * 1.4), 3.0) << "arrowheads under 3 px are dropped";
        }
    }
}

// ../shared/corpus/dev beside the project, or under $DIPLOGRAPH_CORPUS; empty when absent.
std::filesystem::path devCorpus()
{
    const char* overridden = std::getenv("DIPLOGRAPH_CORPUS");
    const std::filesystem::path corpus = overridden ? std::filesystem::path(overridden)
                                                    : std::filesystem::path(DIPLOGRAPH_SOURCE_DIR).parent_path() / "shared" / "corpus";
    return std::filesystem::is_directory(corpus / "dev") ? corpus / "dev" : std::filesystem::path();
}

// A window over the dev corpus, imported in memory, the size of the documented screenshots.
struct DevWindow : test::SampleWindow {
    explicit DevWindow(const std::filesystem::path& dev)
    {
        window->resize(1600, 1000);
        QCoreApplication::processEvents();
        QStringList files;
        for (const auto& entry : std::filesystem::directory_iterator(dev)) {
            if (entry.path().extension() == ".txt") {
                files << QString::fromStdString(entry.path().string());
            }
        }
        controller->importPaths(files);
        (void)waitIdle(120000);
    }
};

} // namespace

TEST(GraphSceneTest, TheSampleAtFitShowsEveryLabelShapeAndArrowhead)
{
    SampleWindow w;
    for (auto level : {core::GraphLevel::Entity, core::GraphLevel::Agent}) {
        ASSERT_TRUE(w.setLevel(level));
        expectFullDetail(*w.window);
        EXPECT_GT(expectDrawnLabelsApartAndInside(*w.window), 0);
    }
}

TEST(GraphSceneTest, TheDevWorkspaceIsReadableAtFit)
{
    const auto dev = devCorpus();
    if (dev.empty()) {
        GTEST_SKIP() << "../shared/corpus/dev not found";
    }
    DevWindow w(dev);
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    int visible = 0;
    for (const auto* node : w.window->scene()->nodes()) {
        visible += node->isVisible() ? 1 : 0;
    }
    ASSERT_GT(visible, 50) << "the dev corpus should give a graph of real size";
    expectFullDetail(*w.window);
    EXPECT_EQ(expectDrawnLabelsApartAndInside(*w.window), visible);

    // Agents: more nodes than labels may fit at this size; those shown stay apart, the hubs keep theirs, and
    // agents hang on their state.
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    const int shown = expectDrawnLabelsApartAndInside(*w.window);
    EXPECT_GT(shown, 40);
    int tied = 0;
    for (const auto* tie : w.window->scene()->ties()) {
        EXPECT_EQ(tie->agentNode()->id().section(QLatin1Char('/'), 0, 0), tie->entityNode()->id());
        tied += tie->isVisible() ? 1 : 0;
    }
    EXPECT_GT(tied, 10);
    // Hubs keep their names; in the densest cluster one may find no side free of other shapes (labels never
    // cover nodes), so at least nine in ten do.
    int hubs = 0;
    int named = 0;
    for (const auto* node : w.window->scene()->nodes()) {
        if (node->isVisible() && node->weightedDegree() >= 6) {
            ++hubs;
            named += node->labelScale() > 0 ? 1 : 0;
        }
    }
    EXPECT_GT(hubs, 5);
    EXPECT_GE(10 * named, 9 * hubs) << named << " of " << hubs << " hubs have their names";
    int agents = 0;
    for (const auto* node : w.window->scene()->nodes()) {
        agents += node->isVisible() ? 1 : 0;
    }
    ::testing::Test::RecordProperty("agentNodesShown", agents);
    ::testing::Test::RecordProperty("agentLabelsShown", shown);
}

TEST(GraphSceneTest, AtFitTheLegendCoversNoNodeOrLabel)
{
    const auto dev = devCorpus();
    if (dev.empty()) {
        GTEST_SKIP() << "../shared/corpus/dev not found";
    }
    DevWindow w(dev);
    for (auto level : {core::GraphLevel::Entity, core::GraphLevel::Agent}) {
        ASSERT_TRUE(w.setLevel(level));
        auto* canvas = w.window->canvas();
        const auto* legend = canvas->findChild<ui::LegendWidget*>();
        ASSERT_NE(legend, nullptr);
        ASSERT_TRUE(legend->isVisible());
        const QRect card = legend->geometry().translated(-canvas->viewport()->pos());
        const QRectF covered = canvas->mapToScene(card).boundingRect();
        for (const auto* node : w.window->scene()->nodes()) {
            if (!node->isVisible()) {
                continue;
            }
            const qreal r = node->radius();
            EXPECT_FALSE(covered.intersects(QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r))))
                << node->id().toStdString() << " under the legend";
            if (node->labelScale() > 0) {
                EXPECT_FALSE(covered.intersects(node->sceneLabelRect(node->labelScale())))
                    << node->id().toStdString() << "'s label under the legend";
            }
        }
    }
}

TEST(GraphSceneTest, TheLegendCanBeHiddenAndStaysHidden)
{
    QSettings().remove(QStringLiteral("view/legend"));
    {
        SampleWindow w;
        auto* toggle = w.window->findChild<QAction*>(QStringLiteral("showLegend"));
        ASSERT_NE(toggle, nullptr);
        EXPECT_TRUE(toggle->isChecked());
        EXPECT_TRUE(w.window->canvas()->isLegendVisible());
        toggle->trigger();
        EXPECT_FALSE(w.window->canvas()->isLegendVisible());
    }
    SampleWindow again;
    EXPECT_FALSE(again.window->canvas()->isLegendVisible()) << "the choice survives a restart";
    again.window->findChild<QAction*>(QStringLiteral("showLegend"))->trigger();
    EXPECT_TRUE(again.window->canvas()->isLegendVisible());
}

TEST(GraphSceneTest, FilteringAndRelayoutReFit)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    auto* canvas = w.window->canvas();
    canvas->zoomBy(4);
    canvas->centreOn(QPointF(5000, 5000)); // looking at nothing
    const auto framed = [&] {
        const QRectF shown = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
        return shown.contains(w.window->scene()->visibleItemsRect(canvas->zoom()).adjusted(8, 8, -8, -8));
    };
    ASSERT_FALSE(framed());
    w.window->relationFilter()->setMinConfidence(0.01); // as the confidence slider would
    EXPECT_TRUE(framed());
    canvas->centreOn(QPointF(5000, 5000));
    w.window->relayout(core::LayoutAlgorithm::Circle);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(framed());
    expectDrawnLabelsApartAndInside(*w.window);
}

TEST(GraphSceneTest, LabelsDoNotOverlapOnTheSampleAtEitherLevel)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    expectLabelsApart(w.window->scene());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    expectLabelsApart(w.window->scene());
}

TEST(GraphSceneTest, OppositeAndParallelEdgesAreSeparateCurves)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QHash<QString, QVector<const ui::EdgeItem*>> pairs;
    for (const auto* edge : w.window->scene()->edges()) {
        const QString a = edge->sourceNode()->id(), b = edge->targetNode()->id();
        pairs[a < b ? a + '|' + b : b + '|' + a].push_back(edge);
    }
    int checked = 0;
    for (const auto& group : pairs) {
        for (int i = 0; i < group.size(); ++i) {
            for (int j = i + 1; j < group.size(); ++j) {
                // Two curves of one pair never share their middle point.
                EXPECT_GT(QLineF(group[i]->midPoint(), group[j]->midPoint()).length(), 10.0);
                ++checked;
            }
        }
    }
    if (checked == 0) {
        GTEST_SKIP() << "the extractor gave no pair of actors two relations; nothing to compare";
    }
}

TEST(GraphSceneTest, ItemsCarryIdsAndUserTypes)
{
    SampleWindow w;
    for (const auto* node : w.window->scene()->nodes()) {
        EXPECT_EQ(node->type(), QGraphicsItem::UserType + 1);
        EXPECT_FALSE(node->id().isEmpty());
        EXPECT_TRUE(node->toolTipText().contains(node->name().toHtmlEscaped()));
    }
    for (const auto* edge : w.window->scene()->edges()) {
        EXPECT_EQ(edge->type(), QGraphicsItem::UserType + 2);
        EXPECT_TRUE(edge->toolTipText().contains(QStringLiteral("quote")));
    }
}

