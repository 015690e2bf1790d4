// Defects found by trying the viewer as a new analyst would; each test failed before its fix.
#include "ui_fixture.h"

#include "controller.h"
#include "../core/graph_fixtures.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "main_window.h"
#include "models/edit_command.h"
#include "models/filter_models.h"
#include "panels/filter_panel.h"
#include "panels/node_panel.h"
#include "panels/quote_panel.h"
#include "sample_article.h"

#include "diplograph/workspace.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QSlider>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QUndoStack>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace diplograph;

namespace {

bool waitIdle(ui::Controller& controller)
{
    const bool idle = QTest::qWaitFor([&] { return !controller.isBusy(); }, 60000);
    QCoreApplication::processEvents();
    return idle;
}

// Answers the next modal input dialog with `answer`.
void answerNextDialog(const QString& answer)
{
    QTimer::singleShot(0, [answer] {
        (void)QTest::qWaitFor([] { return qobject_cast<QInputDialog*>(QApplication::activeModalWidget()) != nullptr; }, 10000);
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setTextValue(answer);
        dialog->accept();
    });
}

QAction* menuAction(gui::MainWindow* window, const QString& prefix)
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

// Answers the next message box by clicking the button whose text starts with `button`.
void answerNextMessageBox(const QString& button)
{
    QTimer::singleShot(0, [button] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }, 10000);
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        for (auto* candidate : box->buttons()) {
            if (candidate->text().remove(QLatin1Char('&')).startsWith(button)) {
                candidate->click();
                return;
            }
        }
        FAIL() << "no button " << qPrintable(button);
    });
}

ui::ImportRequest pasted(const QString& title, const QByteArray& body)
{
    ui::ImportRequest request;
    request.title = title;
    request.text = title.toUtf8() + "\n\n" + body;
    return request;
}

// The "Mentions (n)" row of the actor panel.
int panelMentionCount(gui::MainWindow& window)
{
    const auto* model = window.nodePanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->item(row)->text();
        if (text.startsWith(QStringLiteral("Mentions ("))) {
            return text.mid(10, text.size() - 11).toInt();
        }
    }
    return -1;
}

// The first agent (an actor acting for another) of the controller's view.
QString firstAgent(const ui::Controller& controller)
{
    for (const auto& node : controller.view().nodes) {
        if (node.id != node.entity) {
            return QString::fromStdString(node.id);
        }
    }
    return {};
}

} // namespace

TEST(DefectsTest, AliasOnAnAgentKeepsReextractionWorkingAfterARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alias.diplograph"));
    {
        ui::Controller controller;
        controller.setLevel(core::GraphLevel::Agent);
        gui::MainWindow window(&controller);
        window.show();
        controller.openWorkspace(path);
        ASSERT_TRUE(waitIdle(controller));
        controller.importItems({ui::sampleArticle()});
        ASSERT_TRUE(waitIdle(controller));
        const QString agent = firstAgent(controller);
        ASSERT_FALSE(agent.isEmpty());
        window.scene()->clearSelection();
        window.scene()->node(agent)->setSelected(true);
        QSignalSpy errors(&controller, &ui::Controller::errorRaised);
        auto* alias = menuAction(&window, QStringLiteral("Add alias"));
        ASSERT_NE(alias, nullptr);
        answerNextDialog(QStringLiteral("the Tehran mission"));
        alias->trigger();
        ASSERT_TRUE(waitIdle(controller));
        EXPECT_EQ(errors.count(), 0) << (errors.isEmpty() ? "" : qPrintable(errors.front().at(0).toString()));
        controller.reextractAll();
        ASSERT_TRUE(waitIdle(controller));
        EXPECT_EQ(errors.count(), 0) << (errors.isEmpty() ? "" : qPrintable(errors.front().at(0).toString()));
    }
    ui::Controller reopened;
    QSignalSpy errors(&reopened, &ui::Controller::errorRaised);
    reopened.openWorkspace(path);
    ASSERT_TRUE(waitIdle(reopened));
    reopened.reextractAll();
    ASSERT_TRUE(waitIdle(reopened));
    EXPECT_EQ(errors.count(), 0) << (errors.isEmpty() ? "" : qPrintable(errors.front().at(0).toString()));
    EXPECT_EQ(reopened.edits().size(), 1u);
    EXPECT_FALSE(reopened.view().edges.empty());
}

TEST(DefectsTest, MergedActorKeepsTheMentionsOfBoth)
{
    test::SampleWindow w;
    w.controller->importItems({pasted(QStringLiteral("Fiction"),
                                      "Portugal criticized Spain on Monday. Portugal said so twice. Portugal was firm. "
                                      "Chile stayed silent.")});
    ASSERT_TRUE(w.waitIdle());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    const auto& article = w.controller->articles().back();
    const auto mentionsOf = [&](const char* id) {
        const auto* actor = article.result->findActor(id);
        return actor ? static_cast<int>(actor->mentions.size()) : 0;
    };
    const int both = mentionsOf("PRT") + mentionsOf("CHL");
    ASSERT_GE(mentionsOf("PRT"), 2);
    ASSERT_GE(mentionsOf("CHL"), 1);
    w.window->undoStack()->push(new ui::EditCommand(w.controller.get(), {0, core::EditKind::Merge, "PRT", "CHL"},
                                                    QStringLiteral("merge")));
    ASSERT_TRUE(w.waitIdle());
    ASSERT_TRUE(w.clickNode(QStringLiteral("CHL")));
    EXPECT_EQ(panelMentionCount(*w.window), both);
}

TEST(DefectsTest, OneSentenceIsOneQuoteHoweverManyAgentsOrTriggersShareIt)
{
    test::SampleWindow w;
    // Two agents of one state quote the same sentence; one of them quotes another sentence twice.
    auto result = std::make_shared<core::ArticleResult>(
        *test::makeArticle(0, "Shared", {{core::RelationType::Criticism, "ZUB/ministry", "QAR", {"The ministry and its envoy faulted Quaria."}},
                                         {core::RelationType::Criticism, "ZUB/envoy", "QAR", {"The envoy blamed and denounced Quaria."}}})
             .result);
    auto& envoy = result->relations[1];
    envoy.evidence = {result->relations[0].evidence[0], envoy.evidence[0], envoy.evidence[0]};
    core::GraphArticle article;
    article.record.title = "Shared";
    article.result = result;
    w.controller->addArticles({article}, {});
    ASSERT_TRUE(w.waitIdle());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    const auto* edge = w.controller->view().findEdge("criticism:ZUB>QAR");
    ASSERT_NE(edge, nullptr);
    EXPECT_EQ(edge->weight, 2);
    w.window->selectItem(QString::fromStdString(edge->id));
    EXPECT_EQ(w.window->quotePanel()->list()->model()->rowCount(), 2);
    w.window->filterPanel()->weightSlider()->setValue(3);
    EXPECT_FALSE(w.window->relationFilter()->visibleEdgeIds().contains(QStringLiteral("criticism:ZUB>QAR")));
}

TEST(DefectsTest, ActorsWithoutRelationsOfTheSelectedArticleShow)
{
    test::SampleWindow w;
    w.controller->importItems({pasted(QStringLiteral("Fiction"), "Portugal criticized Spain on Monday. Chile stayed silent.")});
    ASSERT_TRUE(w.waitIdle());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    w.window->relationFilter()->setShowIsolated(true);
    EXPECT_TRUE(w.window->actorFilter()->visibleActorIds().contains(QStringLiteral("CHL")));
    auto* list = w.window->filterPanel()->articleList();
    ASSERT_EQ(list->model()->rowCount(), 2);
    const QModelIndex fiction = list->model()->index(1, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(fiction).center().y()));
    ASSERT_TRUE(w.window->relationFilter()->isNarrowed());
    const QSet<QString> visible = w.window->actorFilter()->visibleActorIds();
    EXPECT_TRUE(visible.contains(QStringLiteral("CHL"))) << "named in the selected article, on no relation";
    EXPECT_TRUE(visible.contains(QStringLiteral("PRT")));
    EXPECT_FALSE(visible.contains(QStringLiteral("IRN"))) << "not in the selected article";
}

TEST(DefectsTest, OnlyTheDefaultWorkspacesFirstRunGetsTheSample)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.diplograph"));
    QProcess gui;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(DIPLOGRAPH_GUI_EXE), {QStringLiteral("--db"), path, QStringLiteral("--screenshot"),
                                                   dir.filePath(QStringLiteral("shot.png"))});
    ASSERT_TRUE(gui.waitForFinished(120000));
    ASSERT_EQ(gui.exitCode(), 0) << gui.readAllStandardError().toStdString();
    auto workspace = core::Workspace::open(path.toStdString(), core::OpenMode::ReadOnly);
    ASSERT_TRUE(workspace) << workspace.error().message;
    EXPECT_TRUE(workspace->articles()->empty()) << "a new workspace starts empty";

    // The default workspace's first run does get it.
    gui.start(QStringLiteral(DIPLOGRAPH_GUI_EXE), {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("first.png"))});
    ASSERT_TRUE(gui.waitForFinished(120000));
    ASSERT_EQ(gui.exitCode(), 0) << gui.readAllStandardError().toStdString();
    auto defaultWorkspace = core::Workspace::open(dir.filePath(QStringLiteral("data/diplograph/workspace.diplograph")).toStdString(),
                                                  core::OpenMode::ReadOnly);
    ASSERT_TRUE(defaultWorkspace);
    EXPECT_EQ(defaultWorkspace->articles()->size(), 1u);
}

TEST(DefectsTest, DeleteInTheArticleListAsksAndCanBeUndone)
{
    test::SampleWindow w;
    auto* list = w.window->filterPanel()->articleList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(list->model()->index(0, 0)).center().y()));
    list->setFocus();
    answerNextMessageBox(QStringLiteral("Cancel"));
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_EQ(w.controller->articles().size(), 1u) << "cancelled: nothing removed";

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(list->model()->index(0, 0)).center().y()));
    w.window->activateWindow(); // back from the first question's modal box
    (void)QTest::qWaitForWindowActive(w.window.get());
    list->setFocus();
    answerNextMessageBox(QStringLiteral("Remove"));
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(w.controller->articles().empty());
    w.window->undoStack()->undo();
    ASSERT_TRUE(w.waitIdle());
    ASSERT_EQ(w.controller->articles().size(), 1u);
    EXPECT_FALSE(w.controller->view().edges.empty());
}

TEST(DefectsTest, FindActorKnowsAliasesAndNamesAsWritten)
{
    test::SampleWindow w;
    w.controller->importItems({pasted(QStringLiteral("Fiction"), "Türkiye criticized the United Kingdom on Monday. "
                                                                 "Angola criticized Italy, which it called the Republic.")});
    ASSERT_TRUE(w.waitIdle());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_NE(w.window->scene()->node(QStringLiteral("TUR")), nullptr);
    ASSERT_NE(w.window->scene()->node(QStringLiteral("GBR")), nullptr);
    auto* search = w.window->findChild<QLineEdit*>(QStringLiteral("findActor"));
    ASSERT_NE(search, nullptr);
    for (const auto& [typed, expected] : {std::pair{QStringLiteral("Turkey"), QStringLiteral("TUR")},
                                          std::pair{QStringLiteral("britain"), QStringLiteral("GBR")},
                                          std::pair{QStringLiteral("Türkiye"), QStringLiteral("TUR")}}) {
        search->setText(typed); // QTest types ASCII only; the user's keyboard types "ü" too
        QTest::keyClick(search, Qt::Key_Return);
        EXPECT_EQ(w.window->scene()->selectedNodeIds(), QStringList{expected}) << qPrintable(typed);
    }
}

TEST(DefectsTest, AFailedOpenLeavesNoWorkspaceAndSaysSo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.diplograph"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(200, '\x7f'));
    }
    ui::Controller controller;
    gui::MainWindow window(&controller);
    window.show();
    controller.openWorkspace(path);
    ASSERT_TRUE(waitIdle(controller));
    EXPECT_FALSE(controller.hasWorkspace());
    auto* banner = window.findChild<QWidget*>(QStringLiteral("noWorkspaceBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isVisible());
    QSignalSpy errors(&controller, &ui::Controller::errorRaised);
    controller.importItems({ui::sampleArticle()});
    ASSERT_TRUE(waitIdle(controller));
    EXPECT_TRUE(controller.articles().empty()) << "nothing imported where nothing can be saved";
    EXPECT_EQ(errors.count(), 1);
    // Opening a good workspace from the banner clears it.
    controller.openWorkspace(dir.filePath(QStringLiteral("good.diplograph")));
    ASSERT_TRUE(waitIdle(controller));
    EXPECT_TRUE(controller.hasWorkspace());
    EXPECT_FALSE(banner->isVisible());
}

TEST(DefectsTest, OpenWorkspaceIsAnOpenDialogInTheDocumentsFolder)
{
    QSettings().remove(QStringLiteral("workspace/folder"));
    test::SampleWindow w;
    auto* open = menuAction(w.window.get(), QStringLiteral("Open workspace"));
    ASSERT_NE(open, nullptr);
    QFileDialog::AcceptMode mode = QFileDialog::AcceptSave;
    QString folder;
    QTimer::singleShot(0, [&] {
        (void)QTest::qWaitFor([] { return qobject_cast<QFileDialog*>(QApplication::activeModalWidget()) != nullptr; }, 10000);
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        mode = dialog->acceptMode();
        folder = dialog->directory().absolutePath();
        dialog->reject();
    });
    open->trigger();
    EXPECT_EQ(mode, QFileDialog::AcceptOpen);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    EXPECT_EQ(folder, QFileInfo(documents).isDir() ? QDir(documents).absolutePath() : QDir::homePath())
        << "the documents folder (home when there is none), never the working directory";
    EXPECT_NE(menuAction(w.window.get(), QStringLiteral("New workspace")), nullptr);
}
