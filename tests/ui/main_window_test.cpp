// The main window driven like a user over the sample article. Assertions rest only on what the seed's gold
// guarantees (Iran -> United States criticism; the Iranian embassy as an agent), not on exact extraction.
#include "ui_fixture.h"

#include "graphview/edge_item.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "models/filter_models.h"
#include "models/quote_model.h"
#include "models/roles.h"
#include "panels/article_view.h"
#include "panels/filter_panel.h"
#include "panels/node_panel.h"
#include "panels/quote_panel.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace diplograph;
using diplograph::test::SampleWindow;

namespace {

const QString kIran = QStringLiteral("IRN");
const QString kUsa = QStringLiteral("USA");

// The agent-level node of the Iranian embassy (its exact id is the extractor's business).
QString iranianEmbassy(const ui::GraphScene* scene)
{
    for (auto* node : scene->nodes()) {
        if (node->id().startsWith(QStringLiteral("IRN/")) && node->name().contains(QStringLiteral("Embassy"))) {
            return node->id();
        }
    }
    return {};
}

} // namespace

TEST(MainWindowTest, ClickingTheCriticismEdgeListsItsQuotes)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, kIran, kUsa));
    auto* quotes = w.window->quotePanel()->model();
    ASSERT_GE(quotes->rowCount(), 1);
    for (int row = 0; row < quotes->rowCount(); ++row) {
        const auto* quote = quotes->row(row);
        EXPECT_FALSE(quote->quote.isEmpty());
        EXPECT_FALSE(quote->articleTitle.isEmpty());
        EXPECT_TRUE(quote->html.contains(QStringLiteral("background-color"))) << "trigger not highlighted";
        EXPECT_GT(quote->confidence, 0.0);
        EXPECT_FALSE(quote->rule.isEmpty());
    }
    // The heading names both ends.
    const QString heading = w.window->quotePanel()->findChild<QLabel*>()->text();
    EXPECT_TRUE(heading.contains(QStringLiteral("Iran")));
    EXPECT_TRUE(heading.contains(QStringLiteral("United States")));
}

TEST(MainWindowTest, AgentLevelShowsTheEmbassyEdge)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    const QString embassy = iranianEmbassy(w.window->scene());
    ASSERT_FALSE(embassy.isEmpty());
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, embassy, kUsa));
    EXPECT_GE(w.window->quotePanel()->model()->rowCount(), 1);
}

TEST(MainWindowTest, ClickingAQuoteSelectsItInTheArticle)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, kIran, kUsa));
    auto* list = w.window->quotePanel()->list();
    ASSERT_GE(list->model()->rowCount(), 1);
    const QModelIndex first = list->model()->index(0, 0);
    list->scrollTo(first);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    const auto* quote = w.window->quotePanel()->model()->row(0);
    auto* article = w.window->articleView();
    ASSERT_EQ(article->article(), quote->article);
    const auto [start, end] = article->selection();
    EXPECT_EQ(start, article->positionOf(quote->range.start));
    EXPECT_EQ(end, article->positionOf(quote->range.end));
    EXPECT_EQ(article->textEdit()->textCursor().selectedText(), quote->quote);
    // The selection is on screen.
    EXPECT_TRUE(article->textEdit()->viewport()->rect().intersects(article->textEdit()->cursorRect()));
}

TEST(MainWindowTest, QuoteAfterACurlyApostropheMapsBytesToUtf16)
{
    SampleWindow w;
    const std::string text = SampleWindow::sampleBytes();
    // "nations’ ability" holds U+2019 (3 bytes, 1 UTF-16 unit); the sentence after it starts 2 bytes later.
    const auto curly = test::sentenceRange(text, "Despite these remarks");
    const auto after = test::sentenceRange(text, "They also insist");
    ASSERT_FALSE(curly.empty());
    ASSERT_FALSE(after.empty());
    ASSERT_EQ(w.controller->articles().size(), 1u);
    auto* article = w.window->articleView();
    const auto id = w.controller->articles().front().record.id;
    for (const auto range : {curly, after}) {
        article->showQuote(id, range);
        const QString expected = QString::fromUtf8(text.data() + range.start, static_cast<qsizetype>(range.size()));
        EXPECT_EQ(article->textEdit()->textCursor().selectedText(), expected);
    }
    EXPECT_EQ(article->positionOf(after.start), QString::fromUtf8(text.data(), static_cast<qsizetype>(after.start)).size());
}

TEST(MainWindowTest, UntickingCriticismHidesThoseEdges)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    auto* box = w.window->filterPanel()->typeCheckBox(static_cast<int>(core::RelationType::Criticism));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("Criticism")));
    int criticism = 0;
    for (auto* edge : w.window->scene()->edges()) {
        criticism += edge->relationType() == core::RelationType::Criticism ? 1 : 0;
    }
    ASSERT_GE(criticism, 1);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    ASSERT_FALSE(box->isChecked());
    int others = 0;
    for (auto* edge : w.window->scene()->edges()) {
        if (edge->relationType() == core::RelationType::Criticism) {
            EXPECT_FALSE(edge->isVisible()) << edge->id().toStdString();
        } else {
            others += edge->isVisible() ? 1 : 0;
        }
    }
    EXPECT_GE(others, 1);
    EXPECT_EQ(w.window->relationFilter()->typeCount(core::RelationType::Criticism), criticism);
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    EXPECT_TRUE(w.window->scene()->edge(QStringLiteral("criticism:IRN>USA"))->isVisible());
}

TEST(MainWindowTest, EntityLevelFoldsTheEmbassiesIntoTheirStates)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    ASSERT_FALSE(iranianEmbassy(w.window->scene()).isEmpty());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    for (auto* node : w.window->scene()->nodes()) {
        EXPECT_FALSE(node->id().contains(QLatin1Char('/'))) << node->id().toStdString();
    }
    ASSERT_NE(w.window->scene()->node(kIran), nullptr);
    ASSERT_NE(w.window->scene()->node(kUsa), nullptr);
    EXPECT_TRUE(w.window->statusCounts()->text().contains(QStringLiteral("entity")));
}

TEST(MainWindowTest, ClickingANodeListsItsRelationsAndMentions)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickNode(kIran));
    auto* model = w.window->nodePanel()->model();
    ASSERT_EQ(model->rowCount(), 2); // Relations, Mentions
    EXPECT_GE(model->item(0)->rowCount(), 1);
    EXPECT_GE(model->item(1)->rowCount(), 1);
    bool criticism = false;
    for (int i = 0; i < model->item(0)->rowCount(); ++i) {
        criticism = criticism || model->item(0)->child(i)->text().startsWith(QStringLiteral("Criticism"));
    }
    EXPECT_TRUE(criticism);
}

TEST(MainWindowTest, HoveringASentenceLightsTheEdgesItSupports)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, kIran, kUsa));
    const auto* quote = w.window->quotePanel()->model()->row(0);
    ASSERT_NE(quote, nullptr);
    auto* article = w.window->articleView();
    article->showQuote(quote->article, quote->range);
    QTextCursor cursor(article->textEdit()->document());
    cursor.setPosition(article->positionOf(quote->range.start) + 2);
    const QPoint inside = article->textEdit()->cursorRect(cursor).center();
    QTest::mouseMove(article->textEdit()->viewport(), inside);
    QMouseEvent move(QEvent::MouseMove, inside, article->textEdit()->viewport()->mapToGlobal(inside), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(article->textEdit()->viewport(), &move);
    auto* edge = w.window->scene()->edge(QStringLiteral("criticism:IRN>USA"));
    ASSERT_NE(edge, nullptr);
    EXPECT_TRUE(edge->isLit());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(article->textEdit()->viewport(), &leave);
    EXPECT_FALSE(edge->isLit());
}

TEST(MainWindowTest, HoveringANodeDimsTheRest)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Agent));
    auto* scene = w.window->scene();
    const QString embassy = iranianEmbassy(scene);
    ASSERT_FALSE(embassy.isEmpty());
    auto* node = scene->node(embassy);
    QTest::mouseMove(w.window->canvas()->viewport(), w.window->canvas()->mapFromScene(node->pos()));
    scene->highlightNeighbourhood(node); // offscreen has no real pointer; hover enter does exactly this
    EXPECT_FALSE(node->isDimmed());
    int dimmed = 0;
    for (auto* other : scene->nodes()) {
        dimmed += other->isDimmed() ? 1 : 0;
    }
    EXPECT_GE(dimmed, 1);
    for (auto* edge : node->edges()) {
        EXPECT_FALSE(edge->isDimmed());
    }
    scene->highlightNeighbourhood(nullptr);
    for (auto* other : scene->nodes()) {
        EXPECT_FALSE(other->isDimmed());
    }
}

TEST(MainWindowTest, SelectingNoArticleKeepsEverythingAndSelectingOneRestricts)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    auto* list = w.window->filterPanel()->articleList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    const int visible = w.window->relationFilter()->rowCount();
    list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::Select);
    EXPECT_EQ(w.window->relationFilter()->rowCount(), visible);
    w.window->relationFilter()->setArticles(QSet<core::ArticleId>{9999});
    EXPECT_EQ(w.window->relationFilter()->rowCount(), 0);
    for (auto* edge : w.window->scene()->edges()) {
        EXPECT_FALSE(edge->isVisible());
    }
}

TEST(MainWindowTest, CopyingAQuoteCitesItsArticle)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    ASSERT_TRUE(w.clickEdge(core::RelationType::Criticism, kIran, kUsa));
    auto* list = w.window->quotePanel()->list();
    list->setCurrentIndex(list->model()->index(0, 0));
    list->setFocus();
    QTest::keySequence(list, QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    const auto* quote = w.window->quotePanel()->model()->row(0);
    EXPECT_TRUE(copied.contains(quote->quote));
    EXPECT_TRUE(copied.contains(quote->articleTitle));
}

TEST(MainWindowTest, ClickingAnArticleOpensItAndRestrictsTheGraph)
{
    SampleWindow w;
    auto* list = w.window->filterPanel()->articleList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    const QModelIndex first = list->model()->index(0, 0);
    // Near the left end of the row: long titles make the row wider than the list.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(first).center().y()));
    EXPECT_EQ(w.window->articleView()->article(), w.controller->articles().front().record.id);
    EXPECT_FALSE(w.window->articleView()->textEdit()->toPlainText().isEmpty());
    EXPECT_EQ(list->selectionModel()->selectedIndexes().size(), 1);
    EXPECT_TRUE(w.window->relationFilter()->isNarrowed());
    // Only this article's relations: the same ones, since it is the only article.
    EXPECT_GE(w.window->relationFilter()->rowCount(), 1);
}

TEST(MainWindowTest, DeleteInTheArticleListRemovesTheArticle)
{
    SampleWindow w;
    auto* list = w.window->filterPanel()->articleList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(list->model()->index(0, 0)).center().y()));
    list->setFocus();
    QTimer::singleShot(0, [] {
        (void)QTest::qWaitFor([] { return qobject_cast<QMessageBox*>(QApplication::activeModalWidget()) != nullptr; }, 10000);
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            for (auto* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
                    button->click();
                }
            }
        }
    });
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_TRUE(w.waitIdle());
    EXPECT_TRUE(w.controller->articles().empty());
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_TRUE(w.window->scene()->edges().isEmpty());
}

TEST(MainWindowTest, ArticleSelectionSurvivesALevelSwitch)
{
    SampleWindow w;
    auto* list = w.window->filterPanel()->articleList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(12, list->visualRect(list->model()->index(0, 0)).center().y()));
    ASSERT_TRUE(w.window->relationFilter()->isNarrowed());
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    EXPECT_EQ(list->selectionModel()->selectedIndexes().size(), 1); // the list and the filter still agree
    EXPECT_TRUE(w.window->relationFilter()->isNarrowed());
}
