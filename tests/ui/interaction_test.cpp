// Zoom, pan, rubber band, keys, thresholds, paste, layout: the graph view used with mouse and keyboard.
#include "ui_fixture.h"

#include "graphview/edge_item.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "models/filter_models.h"
#include "panels/filter_panel.h"
#include "panels/paste_dialog.h"

#include <gtest/gtest.h>

#include <QApplication>

#include <cmath>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QTimer>

using namespace diplograph;
using diplograph::test::SampleWindow;

namespace {

void wheel(QWidget* viewport, QPoint at, int delta)
{
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &event);
}

void drag(QWidget* viewport, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 8; ++step) {
        const QPoint at = from + (to - from) * step / 8;
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QCoreApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

// A background point of the viewport: nothing of the graph under it.
QPoint emptySpot(ui::GraphCanvas* canvas)
{
    for (int y = 20; y < canvas->viewport()->height(); y += 20) {
        for (int x = canvas->viewport()->width() - 20; x > 20; x -= 20) {
            if (canvas->items(QPoint(x, y)).isEmpty()) {
                return {x, y};
            }
        }
    }
    return {};
}

} // namespace

TEST(InteractionTest, WheelZoomsAroundTheCursor)
{
    SampleWindow w;
    auto* canvas = w.window->canvas();
    auto* node = w.window->scene()->node(QStringLiteral("USA"));
    ASSERT_NE(node, nullptr);
    const QPoint cursor = canvas->mapFromScene(node->pos());
    const qreal before = canvas->zoom();
    wheel(canvas->viewport(), cursor, 240);
    EXPECT_GT(canvas->zoom(), before * 1.2);
    // The point under the cursor stays under the cursor.
    const QPointF after = canvas->mapFromScene(node->pos());
    EXPECT_NEAR(after.x(), cursor.x(), 2.0);
    EXPECT_NEAR(after.y(), cursor.y(), 2.0);
    wheel(canvas->viewport(), cursor, -240);
    EXPECT_NEAR(canvas->zoom(), before, before * 0.01);
}

TEST(InteractionTest, KeysZoomAndFit)
{
    SampleWindow w;
    auto* canvas = w.window->canvas();
    canvas->setFocus();
    const qreal fitted = canvas->zoom();
    QTest::keyClick(canvas, Qt::Key_Plus);
    EXPECT_NEAR(canvas->zoom(), fitted * 1.25, 0.01);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QTest::keyClick(canvas, Qt::Key_Minus);
    EXPECT_LT(canvas->zoom(), fitted);
    QTest::keyClick(canvas, Qt::Key_F);
    EXPECT_NEAR(canvas->zoom(), fitted, 0.01);
    // Everything visible is inside the viewport after F.
    const QRectF shown = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.contains(w.window->scene()->visibleItemsRect().adjusted(10, 10, -10, -10)));
}

TEST(InteractionTest, DraggingTheBackgroundPans)
{
    SampleWindow w;
    auto* canvas = w.window->canvas();
    const QPoint from = emptySpot(canvas);
    ASSERT_FALSE(from.isNull());
    const QPointF before = canvas->mapToScene(canvas->viewport()->rect().center());
    drag(canvas->viewport(), from, from + QPoint(-80, -40));
    const QPointF after = canvas->mapToScene(canvas->viewport()->rect().center());
    EXPECT_NEAR((after - before).x() * canvas->zoom(), 80, 3);
    EXPECT_NEAR((after - before).y() * canvas->zoom(), 40, 3);
    EXPECT_TRUE(w.window->scene()->selectedItems().isEmpty());
}

TEST(InteractionTest, ShiftDragSelectsWithARubberBand)
{
    SampleWindow w;
    auto* canvas = w.window->canvas();
    const QRect all = canvas->mapFromScene(w.window->scene()->visibleItemsRect()).boundingRect().adjusted(-5, -5, 5, 5);
    drag(canvas->viewport(), all.topLeft(), all.bottomRight(), Qt::ShiftModifier);
    int shown = 0;
    for (const auto* node : w.window->scene()->nodes()) {
        shown += node->isVisible() ? 1 : 0;
    }
    EXPECT_GE(shown, 2);
    EXPECT_EQ(w.window->scene()->selectedNodeIds().size(), shown); // the band covered every shown node
}

TEST(InteractionTest, ThresholdSlidersHideWeakEdges)
{
    SampleWindow w;
    auto* filter = w.window->relationFilter();
    const int all = filter->rowCount();
    ASSERT_GE(all, 1);
    w.window->filterPanel()->confidenceSlider()->setValue(100); // confidence >= 1.00: no quote survives
    EXPECT_EQ(filter->rowCount(), 0);
    for (auto* edge : w.window->scene()->edges()) {
        EXPECT_FALSE(edge->isVisible());
    }
    w.window->filterPanel()->confidenceSlider()->setValue(0);
    EXPECT_EQ(filter->rowCount(), all);
    w.window->filterPanel()->weightSlider()->setValue(10);
    EXPECT_LT(filter->rowCount(), all);
    for (auto* edge : w.window->scene()->edges()) {
        EXPECT_EQ(edge->isVisible(), edge->weight() >= 10);
    }
}

TEST(InteractionTest, PastedArticleWithADateEnablesTheDateFilter)
{
    SampleWindow w;
    QAction* paste = nullptr;
    for (auto* action : w.window->menuBar()->findChildren<QAction*>()) {
        paste = action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Paste article")) ? action : paste;
    }
    ASSERT_NE(paste, nullptr);
    QTimer::singleShot(50, [] {
        auto* dialog = qobject_cast<ui::PasteDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        const auto edits = dialog->findChildren<QLineEdit*>();
        ASSERT_GE(edits.size(), 3);
        edits[0]->setText(QStringLiteral("Pasted"));
        edits[2]->setText(QStringLiteral("2025-06-18"));
        dialog->findChild<QPlainTextEdit*>()->setPlainText(
            QStringLiteral("Pasted\n\nChina condemned Japan for the visit. Japan rejected the criticism."));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    paste->trigger();
    ASSERT_TRUE(w.waitIdle());
    ASSERT_EQ(w.controller->articles().size(), 2u);
    const auto& pasted = w.controller->articles().back().record;
    EXPECT_EQ(pasted.title, "Pasted");
    ASSERT_TRUE(pasted.date.has_value());
    EXPECT_EQ(*pasted.date, "2025-06-18");
    // A date range keeps only dated articles: the undated sample's edges go.
    w.window->relationFilter()->setDateRange(QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31"));
    EXPECT_EQ(w.window->scene()->edge(QStringLiteral("criticism:IRN>USA")) != nullptr &&
                  w.window->scene()->edge(QStringLiteral("criticism:IRN>USA"))->isVisible(),
              false);
}

TEST(InteractionTest, RelayoutKeepsPinnedNodes)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    auto* node = w.window->scene()->node(QStringLiteral("IRN"));
    ASSERT_NE(node, nullptr);
    w.controller->moveActor(QStringLiteral("IRN"), QPointF(900, -700));
    w.controller->relayout(core::LayoutAlgorithm::Circle);
    ASSERT_TRUE(w.waitIdle());
    node = w.window->scene()->node(QStringLiteral("IRN"));
    ASSERT_NE(node, nullptr);
    EXPECT_EQ(node->pos(), QPointF(900, -700));
}

TEST(InteractionTest, CancelStopsAnImport)
{
    SampleWindow w;
    std::vector<ui::ImportRequest> many(200, ui::ImportRequest{});
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i].title = QStringLiteral("copy %1").arg(i);
        many[i].text = "Article " + QByteArray::number(static_cast<int>(i)) + "\n\nChina criticized Japan.";
    }
    w.controller->setExtractFunction([](std::string bytes, const core::Lexicon& lexicon) {
        QThread::msleep(5); // slow enough to cancel midway
        return core::extractBytes(std::move(bytes), lexicon);
    });
    w.controller->importItems(std::move(many));
    QTest::qWait(50);
    w.controller->cancel();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_LT(w.controller->articles().size(), 201u);
}

TEST(InteractionTest, DroppingFilesImportsThem)
{
    SampleWindow w;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(DIPLOGRAPH_SOURCE_DIR "/tests/ui/interaction_test.cpp"))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &drop);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(w.controller->articles().size(), 2u); // any text imports, even this test's own source
}

TEST(InteractionTest, DateControlsAppearForDatedArticlesAndFilter)
{
    SampleWindow w;
    auto* dates = w.window->filterPanel()->findChild<QCheckBox*>(QStringLiteral("useDates"));
    ASSERT_NE(dates, nullptr);
    EXPECT_FALSE(dates->isVisibleTo(w.window.get())); // the sample has no date
    ui::ImportRequest dated;
    dated.title = QStringLiteral("Dated");
    dated.date = QStringLiteral("2025-03-04");
    dated.text = "Dated\n\nChina condemned Japan.";
    w.controller->importItems({dated});
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(dates->isVisibleTo(w.window.get()));
    const int before = w.window->relationFilter()->rowCount();
    dates->setChecked(true); // the range defaults to the dated articles' span
    EXPECT_TRUE(w.window->relationFilter()->isNarrowed());
    EXPECT_LT(w.window->relationFilter()->rowCount(), before); // the undated sample's relations drop out
    dates->setChecked(false);
    EXPECT_EQ(w.window->relationFilter()->rowCount(), before);
}

TEST(InteractionTest, EveryLayoutOfTheMenuPlacesEveryNode)
{
    SampleWindow w;
    for (auto algorithm : {core::LayoutAlgorithm::Auto, core::LayoutAlgorithm::KamadaKawai, core::LayoutAlgorithm::Circle}) {
        w.controller->relayout(algorithm);
        ASSERT_TRUE(w.waitIdle());
        for (const auto* node : w.window->scene()->nodes()) {
            EXPECT_TRUE(std::isfinite(node->pos().x()) && std::isfinite(node->pos().y()));
            ASSERT_TRUE(w.controller->positions().count(node->id().toStdString()));
        }
        // No two nodes on the same spot.
        const auto nodes = w.window->scene()->nodes().values();
        for (int i = 0; i < nodes.size(); ++i) {
            for (int j = i + 1; j < nodes.size(); ++j) {
                EXPECT_GT(QLineF(nodes[i]->pos(), nodes[j]->pos()).length(), 5.0);
            }
        }
    }
}
