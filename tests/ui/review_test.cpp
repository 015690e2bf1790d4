// Review as an analyst does it: add a relation from the article view, reject, retype, confirm, step through
// the review queue, revert from the edits panel, with restarts (a reopened workspace) in between.
#include "ui_fixture.h"

#include "controller.h"
#include "graphview/edge_item.h"
#include "graphview/graph_scene.h"
#include "main_window.h"
#include "models/edit_command.h"
#include "models/filter_models.h"
#include "models/quote_model.h"
#include "models/roles.h"
#include "panels/add_relation_dialog.h"
#include "panels/article_view.h"
#include "panels/edits_panel.h"
#include "panels/filter_panel.h"
#include "panels/quote_panel.h"
#include "panels/review_panel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace diplograph;

namespace {

// An invented article: the first sentence holds a criticism the extractor finds, the second two of them, the
// third a relation only an analyst can see.
const QByteArray kBody = "Portugal criticized Spain on Monday over the river treaty. "
                         "Portugal condemned Spain again on Friday. "
                         "Chile and Peru shared a long lunch in Lima.";

ui::ImportRequest invented()
{
    ui::ImportRequest request;
    request.title = QStringLiteral("Invented");
    request.text = "Invented\n\n" + kBody;
    return request;
}

// A window over a workspace file; destroying it and making another is a restart.
struct Session {
    explicit Session(const QString& path)
    {
        controller.setLevel(core::GraphLevel::Entity);
        window = std::make_unique<gui::MainWindow>(&controller);
        window->resize(1400, 900);
        window->show();
        (void)QTest::qWaitForWindowExposed(window.get());
        controller.openWorkspace(path);
        (void)idle();
    }
    [[nodiscard]] bool idle()
    {
        const bool done = QTest::qWaitFor([this] { return !controller.isBusy(); }, 60000);
        QCoreApplication::processEvents();
        return done;
    }
    [[nodiscard]] const core::GraphEdge* edge(const char* id) const { return controller.view().findEdge(id); }
    [[nodiscard]] bool visible(const char* id) const
    {
        return window->relationFilter()->visibleEdgeIds().contains(QString::fromLatin1(id));
    }

    ui::Controller controller;
    std::unique_ptr<gui::MainWindow> window;
};

template <typename Dialog, typename Answer> void answerNext(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        (void)QTest::qWaitFor([] { return qobject_cast<Dialog*>(QApplication::activeModalWidget()) != nullptr; }, 10000);
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        answer(dialog);
    });
}

void answerText(const QString& text)
{
    answerNext<QInputDialog>([text](QInputDialog* dialog) {
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

TEST(ReviewTest, AddARelationFromTheArticleViewAndItSurvivesReextractionAndRestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("add.diplograph"));
    const std::string text = ("Invented\n\n" + kBody).toStdString();
    const std::string quote = "Chile and Peru shared a long lunch";
    const core::ByteRange expected{text.find(quote), text.find(quote) + quote.size()};
    {
        Session s(path);
        s.controller.importItems({invented()});
        ASSERT_TRUE(s.idle());
        ASSERT_EQ(s.edge("criticism:CHL>PER"), nullptr) << "the extractor cannot see this one";
        auto* article = s.window->articleView();
        article->showArticle(s.controller.articles().front().record.id);
        // Select the words as a mouse drag would.
        QTextCursor cursor(article->textEdit()->document());
        cursor.setPosition(article->positionOf(expected.start));
        cursor.setPosition(article->positionOf(expected.end), QTextCursor::KeepAnchor);
        article->textEdit()->setTextCursor(cursor);
        answerNext<ui::AddRelationDialog>([](ui::AddRelationDialog* dialog) {
            dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(static_cast<int>(core::RelationType::Criticism)));
            // The sentence's actors come first, in reading order: Chile, then Peru.
            EXPECT_EQ(dialog->sourceBox()->itemData(0).toString(), QStringLiteral("CHL"));
            EXPECT_EQ(dialog->targetBox()->itemData(1).toString(), QStringLiteral("PER"));
            dialog->sourceBox()->setCurrentIndex(0);
            dialog->targetBox()->setCurrentIndex(1);
            ASSERT_TRUE(dialog->edit().has_value());
            dialog->accept();
        });
        article->addRelationAction()->trigger();
        ASSERT_TRUE(s.idle());
        const auto* added = s.edge("criticism:CHL>PER");
        ASSERT_NE(added, nullptr);
        EXPECT_EQ(added->evidence.at(0).evidence->range, expected);
        EXPECT_EQ(added->evidence.at(0).evidence->rule, "analyst");
        ASSERT_NE(s.window->scene()->edge(QStringLiteral("criticism:CHL>PER")), nullptr);
        EXPECT_TRUE(s.window->scene()->edge(QStringLiteral("criticism:CHL>PER"))->isAnalyst());
        s.window->selectItem(QStringLiteral("criticism:CHL>PER"));
        const auto* row = s.window->quotePanel()->model()->row(0);
        ASSERT_NE(row, nullptr);
        EXPECT_TRUE(row->analyst);
        EXPECT_TRUE(row->provenance.contains(s.controller.author())) << qPrintable(row->provenance);
        s.controller.reextractAll();
        ASSERT_TRUE(s.idle());
        ASSERT_NE(s.edge("criticism:CHL>PER"), nullptr) << "re-extraction keeps the analyst's relation";
        EXPECT_EQ(s.edge("criticism:CHL>PER")->evidence.at(0).evidence->range, expected);
    }
    Session restarted(path);
    const auto* kept = restarted.edge("criticism:CHL>PER");
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->evidence.at(0).evidence->range, expected);
    EXPECT_EQ(kept->evidence.at(0).evidence->quote, quote);
    EXPECT_DOUBLE_EQ(kept->evidence.at(0).evidence->confidence, 1.0);
}

TEST(ReviewTest, RejectAnEdgeRestartAndRevertItFromTheEditsPanel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reject.diplograph"));
    {
        Session s(path);
        s.controller.importItems({invented()});
        ASSERT_TRUE(s.idle());
        ASSERT_TRUE(s.visible("criticism:PRT>ESP"));
        s.controller.setAuthor(QStringLiteral("Reviewer One"));
        s.window->selectItem(QStringLiteral("criticism:PRT>ESP"));
        answerText(QStringLiteral("the treaty is not Portugal's"));
        QTest::mouseClick(s.window->quotePanel()->rejectButton(), Qt::LeftButton);
        ASSERT_TRUE(s.idle());
        EXPECT_FALSE(s.visible("criticism:PRT>ESP")) << "rejected edges leave the graph";
        s.window->filterPanel()->showRejectedBox()->setChecked(true);
        EXPECT_TRUE(s.visible("criticism:PRT>ESP")) << "the toggle brings it back";
        ASSERT_NE(s.window->scene()->edge(QStringLiteral("criticism:PRT>ESP")), nullptr);
        EXPECT_TRUE(s.window->scene()->edge(QStringLiteral("criticism:PRT>ESP"))->isRejected());
        s.window->filterPanel()->showRejectedBox()->setChecked(false);
    }
    {
        Session s(path);
        EXPECT_FALSE(s.visible("criticism:PRT>ESP")) << "still rejected after a restart";
        auto* tree = s.window->editsPanel()->tree();
        ASSERT_EQ(tree->topLevelItemCount(), 1);
        EXPECT_TRUE(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("Reject criticism"))) << qPrintable(tree->topLevelItem(0)->text(0));
        EXPECT_TRUE(tree->topLevelItem(0)->text(0).contains(QStringLiteral("not Portugal's")));
        EXPECT_EQ(tree->topLevelItem(0)->text(2), QStringLiteral("Reviewer One"));
        EXPECT_FALSE(tree->topLevelItem(0)->text(1).isEmpty());
        s.window->showEdits();
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::mouseClick(s.window->editsPanel()->revertButton(), Qt::LeftButton);
        ASSERT_TRUE(s.idle());
        EXPECT_TRUE(s.visible("criticism:PRT>ESP"));
        EXPECT_EQ(tree->topLevelItemCount(), 0);
    }
    Session s(path);
    EXPECT_TRUE(s.visible("criticism:PRT>ESP")) << "the revert was saved";
}

TEST(ReviewTest, RejectOneQuoteThenChangeTypeAndDirection)
{
    QTemporaryDir dir;
    Session s(dir.filePath(QStringLiteral("retype.diplograph")));
    s.controller.importItems({invented()});
    ASSERT_TRUE(s.idle());
    const auto* edge = s.edge("criticism:PRT>ESP");
    ASSERT_NE(edge, nullptr);
    ASSERT_EQ(edge->weight, 2) << "two sentences";
    s.window->selectItem(QStringLiteral("criticism:PRT>ESP"));
    auto* list = s.window->quotePanel()->list();
    ASSERT_EQ(list->model()->rowCount(), 2);
    list->setCurrentIndex(list->model()->index(1, 0));
    answerText(QString());
    s.window->quotePanel()->rejectQuoteAction()->trigger();
    ASSERT_TRUE(s.idle());
    EXPECT_EQ(s.window->relationFilter()->survivingWeight(*s.edge("criticism:PRT>ESP")), 1);

    s.window->selectItem(QStringLiteral("criticism:PRT>ESP"));
    answerText(QStringLiteral("rejection: Spain → Portugal"));
    QTest::mouseClick(s.window->quotePanel()->retypeButton(), Qt::LeftButton);
    ASSERT_TRUE(s.idle());
    EXPECT_EQ(s.edge("criticism:PRT>ESP"), nullptr);
    ASSERT_NE(s.edge("rejection:ESP>PRT"), nullptr);
    EXPECT_TRUE(s.visible("rejection:ESP>PRT"));
    s.window->undoStack()->undo();
    ASSERT_TRUE(s.idle());
    EXPECT_NE(s.edge("criticism:PRT>ESP"), nullptr) << "undo reverts the retype";
}

TEST(ReviewTest, TheReviewQueueStepsThroughWithKeys)
{
    test::SampleWindow w;
    w.window->showReview();
    auto* queue = w.window->reviewPanel()->queue();
    const int total = queue->count();
    ASSERT_GE(total, 3);
    // Lowest confidence first.
    const auto confidence = [&](int row) {
        return w.controller->view().findEdge(queue->item(row)->data(ui::IdRole).toString().toStdString())->maxConfidence;
    };
    EXPECT_LE(confidence(0), confidence(total - 1));
    EXPECT_EQ(queue->currentRow(), 0);
    const QString first = w.window->reviewPanel()->currentEdgeId();
    EXPECT_EQ(w.window->scene()->selectedEdgeIds(), QStringList{first}) << "the graph follows the queue";
    QTest::keyClick(queue, Qt::Key_A);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_NE(w.controller->view().findEdge(first.toStdString())->confirmation, nullptr);
    const QString second = w.window->reviewPanel()->currentEdgeId();
    EXPECT_NE(second, first) << "accepting moves on";
    QTest::keyClick(queue, Qt::Key_N);
    const QString third = w.window->reviewPanel()->currentEdgeId();
    EXPECT_NE(third, second);
    QTest::keyClick(queue, Qt::Key_R);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_FALSE(w.window->relationFilter()->visibleEdgeIds().contains(third)) << "rejected";
    EXPECT_EQ(queue->count(), total - 1);
    w.window->reviewPanel()->orderBox()->setCurrentIndex(1); // not yet confirmed
    EXPECT_EQ(queue->count(), total - 2);
    EXPECT_EQ(w.controller->edits().size(), 2u);
}

TEST(ReviewTest, EditsPanelRevertsUnhideUnmergeAndAliasAfterARestart)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edits.diplograph"));
    {
        Session s(path);
        s.controller.importItems({invented()});
        ASSERT_TRUE(s.idle());
        s.controller.addEdit({0, core::EditKind::Hide, "PER", {}});
        s.controller.addEdit({0, core::EditKind::Merge, "ESP", "PRT"});
        s.controller.addEdit({0, core::EditKind::Alias, "CHL", "the Andean neighbour"});
        ASSERT_TRUE(s.idle());
    }
    Session s(path);
    auto* tree = s.window->editsPanel()->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    EXPECT_EQ(s.controller.view().findNode("PER"), nullptr);
    EXPECT_EQ(s.controller.view().findNode("ESP"), nullptr);
    const auto revert = [&](core::EditKind kind) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->data(0, ui::KindRole).toInt() == static_cast<int>(kind)) {
                tree->setCurrentItem(tree->topLevelItem(i));
                QTest::mouseClick(s.window->editsPanel()->revertButton(), Qt::LeftButton);
                return s.idle();
            }
        }
        return false;
    };
    ASSERT_TRUE(revert(core::EditKind::Hide));
    EXPECT_NE(s.controller.view().findNode("PER"), nullptr) << "unhidden";
    ASSERT_TRUE(revert(core::EditKind::Merge));
    EXPECT_NE(s.controller.view().findNode("ESP"), nullptr) << "unmerged";
    ASSERT_TRUE(revert(core::EditKind::Alias));
    EXPECT_EQ(tree->topLevelItemCount(), 0);
    EXPECT_TRUE(s.controller.edits().empty());
}
