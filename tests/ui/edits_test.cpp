// Analyst edits through the Edit menu's dialogs, with undo and redo.
#include "ui_fixture.h"

#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "models/edit_command.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace diplograph;
using diplograph::test::SampleWindow;

namespace {

// Answers the next modal input dialog with `answer` (text, or the item to pick).
void answerNextDialog(const QString& answer)
{
    QTimer::singleShot(50, [answer] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(answer); // a text field, or the combo box item to pick
        dialog->accept();
    });
}

QAction* editAction(gui::MainWindow* window, const QString& prefix)
{
    for (auto* menu : window->menuBar()->findChildren<QMenu*>()) {
        for (auto* action : menu->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(prefix)) {
                return action;
            }
        }
    }
    return nullptr;
}

} // namespace

TEST(EditsTest, RenameUndoRedo)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickNode(QStringLiteral("IRN")));
    auto* rename = editAction(w.window.get(), QStringLiteral("Rename actor"));
    ASSERT_NE(rename, nullptr);
    answerNextDialog(QStringLiteral("Islamic Republic of Iran"));
    rename->trigger();
    ASSERT_TRUE(w.waitIdle());
    ASSERT_NE(w.window->scene()->node(QStringLiteral("IRN")), nullptr);
    EXPECT_EQ(w.window->scene()->node(QStringLiteral("IRN"))->name(), QStringLiteral("Islamic Republic of Iran"));
    w.window->undoStack()->undo();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(w.window->scene()->node(QStringLiteral("IRN"))->name(), QStringLiteral("Iran"));
    w.window->undoStack()->redo();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(w.window->scene()->node(QStringLiteral("IRN"))->name(), QStringLiteral("Islamic Republic of Iran"));
}

TEST(EditsTest, MergeTwoActorsAndUndo)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    auto* scene = w.window->scene();
    scene->clearSelection();
    scene->node(QStringLiteral("IRN"))->setSelected(true);
    scene->node(QStringLiteral("USA"))->setSelected(true);
    auto* merge = editAction(w.window.get(), QStringLiteral("Merge actors"));
    ASSERT_NE(merge, nullptr);
    answerNextDialog(QStringLiteral("Iran")); // keep Iran
    merge->trigger();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(scene->node(QStringLiteral("USA")), nullptr);
    ASSERT_NE(scene->node(QStringLiteral("IRN")), nullptr);
    w.window->undoStack()->undo();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_NE(scene->node(QStringLiteral("USA")), nullptr);
}

TEST(EditsTest, HideActorAndUndo)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickNode(QStringLiteral("USA")));
    auto* hide = editAction(w.window.get(), QStringLiteral("Hide actor"));
    ASSERT_NE(hide, nullptr);
    hide->trigger();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(w.window->scene()->node(QStringLiteral("USA")), nullptr);
    EXPECT_EQ(w.window->undoStack()->count(), 1);
    w.window->undoStack()->undo();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_NE(w.window->scene()->node(QStringLiteral("USA")), nullptr);
}

TEST(EditsTest, FindActorCentresAndSelectsIt)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    auto* find = editAction(w.window.get(), QStringLiteral("Find actor"));
    ASSERT_NE(find, nullptr);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    auto* search = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("united states"));
    QTest::keyClick(search, Qt::Key_Return);
    const QStringList selected = w.window->scene()->selectedNodeIds();
    ASSERT_EQ(selected, QStringList{QStringLiteral("USA")});
}

TEST(EditsTest, AliasAndNewActorReextractEveryArticle)
{
    SampleWindow w;
    ui::ImportRequest pasted;
    pasted.title = QStringLiteral("Fiction");
    pasted.text = "Fiction\n\nPersia criticized Wakanda on Monday. Wakanda rejected the claims of Persia.";
    w.controller->importItems({pasted});
    ASSERT_TRUE(w.waitIdle());
    ASSERT_EQ(w.controller->articles().size(), 2u);
    const auto actorsOf = [&](core::ArticleId id) {
        QStringList ids;
        for (const auto& actor : w.controller->article(id)->result->actors) {
            ids << QString::fromStdString(actor.entity);
        }
        return ids;
    };
    const core::ArticleId fiction = w.controller->articles().back().record.id;
    ASSERT_FALSE(actorsOf(fiction).contains(QStringLiteral("IRN")));
    w.window->undoStack()->push(new ui::EditCommand(w.controller.get(), {0, core::EditKind::Alias, "IRN", "Persia"},
                                                    QStringLiteral("alias")));
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(actorsOf(fiction).contains(QStringLiteral("IRN")));
    core::EntityDefinition wakanda;
    wakanda.code = "WAK";
    wakanda.entity = "WAK";
    wakanda.kind = core::ActorKind::State;
    wakanda.name = "Wakanda";
    wakanda.aliases = {"Wakanda"};
    w.window->undoStack()->push(new ui::EditCommand(w.controller.get(), {0, core::EditKind::AddEntity, "WAK", "Wakanda"},
                                                    QStringLiteral("add"), wakanda));
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(actorsOf(fiction).contains(QStringLiteral("WAK")));
    EXPECT_NE(w.window->scene()->node(QStringLiteral("WAK")), nullptr);
    w.window->undoStack()->undo();
    ASSERT_TRUE(w.waitIdle());
    EXPECT_FALSE(actorsOf(fiction).contains(QStringLiteral("WAK")));
}
