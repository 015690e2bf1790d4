// The controller with a real workspace file: imports, failures, positions and edits survive a reopen.
#include "ui_fixture.h"

#include "controller.h"
#include "main_window.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "sample_article.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace diplograph;

namespace {

bool waitIdle(ui::Controller& controller)
{
    return QTest::qWaitFor([&] { return !controller.isBusy(); }, 60000);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

} // namespace

TEST(WorkspaceTest, BadFilesAreNamedAndTheOthersStillImport)
{
    QTemporaryDir dir;
    ui::Controller controller;
    QSignalSpy finished(&controller, &ui::Controller::importFinished);
    const QString good = writeFile(dir, QStringLiteral("seed.txt"), ui::sampleArticle().text);
    const QString binary = writeFile(dir, QStringLiteral("photo.txt"), QByteArray("\x89PNG\0\0\0\rIHDR\0\0", 14));
    const QString empty = writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    controller.importPaths({good, dir.filePath(QStringLiteral("missing.txt")), binary, empty});
    ASSERT_TRUE(waitIdle(controller));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.front().at(0).toInt(), 1);
    const QStringList errors = finished.front().at(1).toStringList();
    ASSERT_EQ(errors.size(), 3);
    EXPECT_TRUE(errors.join('\n').contains(QStringLiteral("missing.txt")));
    EXPECT_TRUE(errors.join('\n').contains(QStringLiteral("photo.txt")));
    EXPECT_TRUE(errors.join('\n').contains(QStringLiteral("empty.txt")));
    EXPECT_EQ(controller.articles().size(), 1u);
}

TEST(WorkspaceTest, DraggedPositionsAndEditsSurviveAReopen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.diplograph"));
    QPointF dropped;
    {
        ui::Controller controller;
        controller.setLevel(core::GraphLevel::Entity);
        controller.openWorkspace(path);
        ASSERT_TRUE(waitIdle(controller));
        controller.importItems({ui::sampleArticle()});
        ASSERT_TRUE(waitIdle(controller));
        gui::MainWindow window(&controller);
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.canvas()->fitAll();
        auto* node = window.scene()->node(QStringLiteral("IRN"));
        ASSERT_NE(node, nullptr);
        // Drag Iran 60 px to the right, like a user.
        auto* viewport = window.canvas()->viewport();
        const QPoint from = window.canvas()->mapFromScene(node->pos());
        QSignalSpy moved(window.scene(), &ui::GraphScene::actorMoved);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step) {
            QMouseEvent move(QEvent::MouseMove, from + QPoint(10 * step, 0), viewport->mapToGlobal(from + QPoint(10 * step, 0)),
                             Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, from + QPoint(60, 0));
        ASSERT_EQ(moved.count(), 1);
        dropped = node->pos();
        EXPECT_TRUE(controller.positions().at("IRN").pinned);
        // The drag is undoable: back to where it was, and back again.
        const QPointF start = moved.front().at(1).toPointF();
        window.undoStack()->undo();
        EXPECT_EQ(node->pos(), start);
        EXPECT_FALSE(controller.positions().at("IRN").pinned);
        window.undoStack()->redo();
        EXPECT_EQ(node->pos(), dropped);
        EXPECT_TRUE(controller.positions().at("IRN").pinned);
        controller.addEdit({0, core::EditKind::Rename, "USA", "America"});
        ASSERT_TRUE(waitIdle(controller));
    } // closing flushes positions and edits
    ui::Controller reopened;
    reopened.setLevel(core::GraphLevel::Entity);
    reopened.openWorkspace(path);
    ASSERT_TRUE(waitIdle(reopened));
    ASSERT_EQ(reopened.articles().size(), 1u);
    const auto& positions = reopened.positions();
    ASSERT_TRUE(positions.count("IRN"));
    EXPECT_NEAR(positions.at("IRN").point.x, dropped.x(), 0.5);
    EXPECT_TRUE(positions.at("IRN").pinned);
    const auto* usa = reopened.view().findNode("USA");
    ASSERT_NE(usa, nullptr);
    EXPECT_EQ(usa->name, "America");
}

TEST(WorkspaceTest, ReimportingTheSameArticleIsADuplicate)
{
    QTemporaryDir dir;
    ui::Controller controller;
    controller.openWorkspace(dir.filePath(QStringLiteral("dup.diplograph")));
    ASSERT_TRUE(waitIdle(controller));
    QSignalSpy messages(&controller, &ui::Controller::messagePosted);
    controller.importItems({ui::sampleArticle()});
    ASSERT_TRUE(waitIdle(controller));
    controller.importItems({ui::sampleArticle()});
    ASSERT_TRUE(waitIdle(controller));
    EXPECT_EQ(controller.articles().size(), 1u);
    EXPECT_GE(messages.count(), 1);
}

TEST(WorkspaceTest, RemovingAnArticleRemovesItFromTheWorkspace)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("remove.diplograph"));
    {
        ui::Controller controller;
        controller.openWorkspace(path);
        ASSERT_TRUE(waitIdle(controller));
        controller.importItems({ui::sampleArticle()});
        ASSERT_TRUE(waitIdle(controller));
        ASSERT_EQ(controller.articles().size(), 1u);
        controller.removeArticles({controller.articles().front().record.id});
        ASSERT_TRUE(waitIdle(controller));
        EXPECT_TRUE(controller.articles().empty());
        EXPECT_TRUE(controller.view().edges.empty());
    }
    ui::Controller reopened;
    reopened.openWorkspace(path);
    ASSERT_TRUE(waitIdle(reopened));
    EXPECT_TRUE(reopened.articles().empty());
}

TEST(WorkspaceTest, ImportedHtmlIsDatedAndTheDateCanBeEdited)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.diplograph"));
    const QString article = writeFile(dir, QStringLiteral("visit.html"),
                                      "<html><head><meta property=\"article:published_time\" content=\"2022-10-11\">"
                                      "</head><body><h1>Visit</h1><p>France criticised Germany over the plan.</p>"
                                      "</body></html>");
    {
        ui::Controller controller;
        controller.openWorkspace(path);
        ASSERT_TRUE(waitIdle(controller));
        controller.importPaths({article});
        ASSERT_TRUE(waitIdle(controller));
        ASSERT_EQ(controller.articles().size(), 1u);
        EXPECT_EQ(controller.articles().front().record.date, "2022-10-11");
        QSignalSpy errors(&controller, &ui::Controller::errorRaised);
        controller.setArticleDate(controller.articles().front().record.id, QStringLiteral("11.10.2022"));
        EXPECT_EQ(errors.count(), 1);
        controller.setArticleDate(controller.articles().front().record.id, QStringLiteral("2022-10-12"));
        ASSERT_TRUE(waitIdle(controller));
        EXPECT_EQ(controller.articles().front().record.date, "2022-10-12");
    }
    ui::Controller reopened;
    reopened.openWorkspace(path);
    ASSERT_TRUE(waitIdle(reopened));
    ASSERT_EQ(reopened.articles().size(), 1u);
    EXPECT_EQ(reopened.articles().front().record.date, "2022-10-12");
}
