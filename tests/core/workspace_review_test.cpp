// Review edits in the workspace: reject, retype, confirm, add a relation; provenance; they survive
// re-extraction and a reopen, and each can be removed on its own.
#include "diplograph/export.h"
#include "diplograph/extract.h"
#include "diplograph/workspace.h"
#include "graph_fixtures.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

// Invented article: two sentences, one relation the extractor finds and one it cannot.
constexpr const char* kText = "Portugal criticized Spain on Monday over the river treaty.\n"
                              "Chile and Peru, for their part, kept a quiet pact of mutual help.\n";

class WorkspaceReviewTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        auto lexicon = Lexicon::builtin();
        if (!lexicon) {
            GTEST_SKIP() << lexicon.error().message;
        }
        m_lexicon = std::make_unique<Lexicon>(std::move(*lexicon));
        m_path = fs::temp_directory_path() / ("diplograph-review-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        clean();
    }
    void TearDown() override { clean(); }
    void clean()
    {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(m_path.string() + suffix);
        }
    }
    ArticleId import(Workspace& workspace)
    {
        auto result = extractBytes(kText, *m_lexicon);
        EXPECT_TRUE(result);
        auto outcome = workspace.importArticle({"Invented", "", std::nullopt, kText}, *result);
        EXPECT_TRUE(outcome);
        return outcome ? outcome->id : 0;
    }
    static Edit edgeEdit(EditKind kind, RelationType type, const std::string& source, const std::string& target)
    {
        Edit edit{0, kind, source, target};
        edit.edge.type = type;
        edit.edge.source = source;
        edit.edge.target = target;
        return edit;
    }

    std::unique_ptr<Lexicon> m_lexicon;
    fs::path m_path;
};

TEST_F(WorkspaceReviewTest, AddedRelationKeepsItsOffsetsThroughReextractionAndReopen)
{
    const std::string text = kText;
    const std::string quote = "Chile and Peru, for their part, kept a quiet pact of mutual help.";
    const std::size_t start = text.find(quote);
    {
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace);
        workspace->setAuthor("ana");
        const ArticleId id = import(*workspace);
        Edit add = edgeEdit(EditKind::AddRelation, RelationType::Cooperation, "CHL", "PER");
        add.edge.article = id;
        add.edge.sentence = 2;
        add.edge.range = {start, start + quote.size()};
        add.edge.quote = quote;
        ASSERT_TRUE(workspace->addEdit(add));
        ASSERT_TRUE(workspace->reextract(*m_lexicon));
    }
    auto workspace = Workspace::open(m_path);
    ASSERT_TRUE(workspace);
    ASSERT_TRUE(workspace->reextract(*m_lexicon));
    const auto view = workspace->buildGraph(GraphLevel::Entity)->view();
    const auto* edge = view.findEdge("cooperation:CHL-PER");
    ASSERT_NE(edge, nullptr);
    ASSERT_EQ(edge->evidence.size(), 1u);
    const auto& ref = edge->evidence[0];
    EXPECT_EQ(ref.evidence->rule, "analyst");
    EXPECT_DOUBLE_EQ(ref.evidence->confidence, 1.0);
    EXPECT_EQ(ref.evidence->range, (ByteRange{start, start + quote.size()}));
    EXPECT_EQ(text.substr(ref.evidence->range.start, ref.evidence->range.size()), ref.evidence->quote);
    ASSERT_NE(ref.addition, nullptr);
    EXPECT_EQ(ref.addition->author, "ana");
    EXPECT_EQ(ref.addition->createdAt.size(), 20u); // yyyy-mm-ddThh:mm:ssZ
    EXPECT_TRUE(edge->analyst);
}

TEST_F(WorkspaceReviewTest, RejectRetypeConfirmAndRevertEachOnItsOwn)
{
    auto workspace = Workspace::open(m_path);
    ASSERT_TRUE(workspace);
    import(*workspace);
    ASSERT_NE(workspace->buildGraph(GraphLevel::Entity)->view().findEdge("criticism:PRT>ESP"), nullptr);

    Edit reject = edgeEdit(EditKind::RejectEdge, RelationType::Criticism, "PRT", "ESP");
    reject.edge.reason = "a quoted opinion, not Portugal's";
    const auto rejected = workspace->addEdit(reject);
    ASSERT_TRUE(rejected);
    auto graph = workspace->buildGraph(GraphLevel::Entity);
    EXPECT_EQ(graph->view().findEdge("criticism:PRT>ESP"), nullptr) << "rejected edges leave the graph";
    GraphFilter withRejected;
    withRejected.includeRejected = true;
    const auto shown = graph->view(withRejected);
    const auto* struck = shown.findEdge("criticism:PRT>ESP");
    ASSERT_NE(struck, nullptr);
    EXPECT_TRUE(struck->rejected);
    ASSERT_NE(struck->evidence[0].rejection, nullptr);
    EXPECT_EQ(struck->evidence[0].rejection->edge.reason, "a quoted opinion, not Portugal's");
    // Exports leave it out, and say so when asked to keep it.
    std::ostringstream json;
    ASSERT_TRUE(writeJson(graph->view(), json));
    EXPECT_EQ(json.str().find("criticism:PRT>ESP"), std::string::npos);
    std::ostringstream kept;
    ASSERT_TRUE(writeJson(shown, kept));
    EXPECT_NE(kept.str().find("\"review\": \"rejected\""), std::string::npos);

    ASSERT_TRUE(workspace->removeEdit(*rejected));
    Edit retype = edgeEdit(EditKind::Retype, RelationType::Criticism, "PRT", "ESP");
    retype.edge.newType = RelationType::Rejection;
    retype.edge.reverse = true;
    const auto retyped = workspace->addEdit(retype);
    ASSERT_TRUE(retyped);
    auto view = workspace->buildGraph(GraphLevel::Entity)->view();
    EXPECT_EQ(view.findEdge("criticism:PRT>ESP"), nullptr);
    ASSERT_NE(view.findEdge("rejection:ESP>PRT"), nullptr);
    EXPECT_NE(view.findEdge("rejection:ESP>PRT")->retype, nullptr);

    ASSERT_TRUE(workspace->addEdit(edgeEdit(EditKind::Confirm, RelationType::Rejection, "ESP", "PRT")));
    view = workspace->buildGraph(GraphLevel::Entity)->view();
    ASSERT_NE(view.findEdge("rejection:ESP>PRT")->confirmation, nullptr);
    std::ostringstream graphml;
    ASSERT_TRUE(writeGraphMl(view, graphml));
    EXPECT_NE(graphml.str().find("<data key=\"review\">confirmed</data>"), std::string::npos);
    ASSERT_TRUE(workspace->removeEdit(*retyped));
    view = workspace->buildGraph(GraphLevel::Entity)->view();
    EXPECT_NE(view.findEdge("criticism:PRT>ESP"), nullptr) << "the retype alone is reverted";
}

TEST_F(WorkspaceReviewTest, RejectingOneQuoteKeepsTheOthers)
{
    auto articles = std::vector<GraphArticle>{test::makeArticle(
        1, "Invented", {{RelationType::Criticism, "PRT", "ESP", {"Portugal objected.", "Lisbon protested again."}}})};
    const auto& second = articles[0].result->relations[0].evidence[1];
    Edit reject = edgeEdit(EditKind::RejectQuote, RelationType::Criticism, "PRT", "ESP");
    reject.edge.article = 1;
    reject.edge.range = second.range;
    const auto view = Graph::build(articles, GraphLevel::Entity, {reject}).view();
    const auto* edge = view.findEdge("criticism:PRT>ESP");
    ASSERT_NE(edge, nullptr);
    EXPECT_EQ(edge->weight, 1);
    EXPECT_EQ(edge->evidence[0].evidence->quote, "Portugal objected.");
}

TEST_F(WorkspaceReviewTest, MalformedReviewEditsAreRefused)
{
    auto workspace = Workspace::open(m_path);
    ASSERT_TRUE(workspace);
    const ArticleId id = import(*workspace);
    EXPECT_EQ(workspace->addEdit(edgeEdit(EditKind::RejectEdge, RelationType::Invalid, "PRT", "ESP")).error().code,
              ErrorCode::InvalidArgument);
    Edit add = edgeEdit(EditKind::AddRelation, RelationType::Criticism, "PRT", "ESP");
    add.edge.article = id + 10;
    add.edge.range = {0, 8};
    EXPECT_EQ(workspace->addEdit(add).error().code, ErrorCode::NotFound);
    add.edge.article = id;
    add.edge.range = {0, 100000};
    EXPECT_EQ(workspace->addEdit(add).error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(workspace->listEdits()->empty());
}

} // namespace
} // namespace diplograph::core
