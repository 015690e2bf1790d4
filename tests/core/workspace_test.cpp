#include "diplograph/workspace.h"
#include "graph_fixtures.h"
#include "test_paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sqlite3.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;
using test::RelationSpec;

class WorkspaceTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("diplograph-ws-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
};

ImportItem item(const std::string& title, const std::vector<RelationSpec>& relations)
{
    ImportItem result;
    result.result = test::makeResult(title, relations, &result.input.text);
    result.input.title = title;
    result.input.source = "https://example.org/" + title;
    result.input.date = "2024-06-18";
    return result;
}

const std::vector<RelationSpec> kRelations = {
    {RelationType::Criticism, "IRN/embassy", "USA", {"Iran's embassy criticised the US.", "It said more."}},
    {RelationType::Cooperation, "CHN", "RUS", {"China and Russia signed a pact."}}};

TEST_F(WorkspaceTest, CreatesFolderAndReopens)
{
    const auto path = m_dir / "nested" / "w.diplograph";
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace) << workspace.error().message;
        EXPECT_FALSE(workspace->readOnly());
    }
    auto again = Workspace::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_TRUE(again->readOnly());
    EXPECT_TRUE(again->articles()->empty());
}

TEST_F(WorkspaceTest, DefaultPathFollowsXdg)
{
    const char* original = std::getenv("XDG_DATA_HOME");
    const std::string saved = original ? original : "";
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(Workspace::defaultPath(), fs::path("/tmp/xdg-test/diplograph/workspace.diplograph"));
    ::unsetenv("XDG_DATA_HOME");
    const auto home = std::getenv("HOME");
    if (home) {
        EXPECT_EQ(Workspace::defaultPath(), fs::path(home) / ".local/share/diplograph/workspace.diplograph");
    }
    if (original) {
        ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    }
}

TEST_F(WorkspaceTest, ImportRoundTripsTheResult)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    ASSERT_TRUE(workspace);
    auto batch = item("Tehran protests", kRelations);
    batch.result.sentences = {{0, {0, 15}, {0, 15}, true, false}, {1, {17, 40}, {17, 40}, false, true}};
    batch.result.warnings = {"replaced 1 invalid UTF-8 sequence", "second"};
    batch.result.actors[0].parent = "IRN";
    auto outcome = workspace->importArticle(batch.input, batch.result);
    ASSERT_TRUE(outcome) << outcome.error().message;
    EXPECT_FALSE(outcome->duplicate);

    auto records = workspace->articles();
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1u);
    const auto& record = (*records)[0];
    EXPECT_EQ(record.title, "Tehran protests");
    EXPECT_EQ(record.date, "2024-06-18");
    EXPECT_EQ(record.bytes, batch.input.text.size());
    EXPECT_EQ(record.sha256, sha256Hex(batch.input.text));
    EXPECT_EQ(record.relationCount, 2u);
    EXPECT_EQ(record.evidenceCount, 3u);
    EXPECT_EQ(record.actorCount, batch.result.actors.size());
    EXPECT_EQ(*workspace->articleText(record.id), batch.input.text);

    auto stored = workspace->articleResult(record.id);
    ASSERT_TRUE(stored) << stored.error().message;
    EXPECT_EQ(stored->article.title, batch.result.article.title);
    EXPECT_EQ(stored->warnings, batch.result.warnings);
    ASSERT_EQ(stored->sentences.size(), 2u);
    EXPECT_EQ(stored->sentences[1].range, (ByteRange{17, 40}));
    EXPECT_TRUE(stored->sentences[0].headline);
    EXPECT_TRUE(stored->sentences[1].dateline);
    ASSERT_EQ(stored->actors.size(), batch.result.actors.size());
    for (std::size_t i = 0; i < stored->actors.size(); ++i) {
        EXPECT_EQ(stored->actors[i].id, batch.result.actors[i].id);
        EXPECT_EQ(stored->actors[i].name, batch.result.actors[i].name);
        EXPECT_EQ(stored->actors[i].kind, batch.result.actors[i].kind);
        EXPECT_EQ(stored->actors[i].parent, batch.result.actors[i].parent);
        EXPECT_EQ(stored->actors[i].mentions, batch.result.actors[i].mentions);
    }
    ASSERT_EQ(stored->relations.size(), 2u);
    const auto& relation = stored->relations[0];
    EXPECT_EQ(relation.id, "r1");
    EXPECT_EQ(relation.type, RelationType::Criticism);
    EXPECT_EQ(relation.source, "IRN/embassy");
    ASSERT_EQ(relation.evidence.size(), 2u);
    EXPECT_EQ(relation.evidence[1].quote, "It said more.");
    EXPECT_EQ(relation.evidence[1].range, batch.result.relations[0].evidence[1].range);
    EXPECT_EQ(relation.evidence[1].rule, "svo.active");
    EXPECT_DOUBLE_EQ(relation.evidence[1].confidence, 0.9);
    EXPECT_FALSE(stored->relations[1].directed);
}

TEST_F(WorkspaceTest, DuplicateTextIsSkipped)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    ASSERT_TRUE(workspace);
    const auto batch = item("Same", kRelations);
    auto first = workspace->importArticle(batch.input, batch.result);
    auto input = batch.input;
    input.title = "Same text, other title";
    auto second = workspace->importArticle(input, batch.result);
    ASSERT_TRUE(first && second);
    EXPECT_TRUE(second->duplicate);
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(workspace->articles()->size(), 1u);
}

TEST_F(WorkspaceTest, HostileStringsRoundTripUnchanged)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    ASSERT_TRUE(workspace);
    const std::string hostile = "Robert'); DROP TABLE articles;-- \"quoted\" ; SELECT * FROM edits; \xF0\x9F\x8C\x8D "
                                "\xE4\xB8\xAD\xE5\x9B\xBD \x01\x7F\xC3\xA9 %s %n ?1 :name @x $y";
    auto batch = item("x", {{RelationType::Criticism, "IRN", "USA", {hostile}}});
    batch.input.title = hostile;
    batch.input.source = hostile;
    batch.input.text = hostile + "\n\n" + hostile;
    batch.result.actors[0].name = hostile;
    auto outcome = workspace->importArticle(batch.input, batch.result);
    ASSERT_TRUE(outcome) << outcome.error().message;
    ASSERT_TRUE(workspace->renameActor("USA", hostile));
    const auto record = (*workspace->articles())[0];
    EXPECT_EQ(record.title, hostile);
    EXPECT_EQ(record.source, hostile);
    EXPECT_EQ(*workspace->articleText(record.id), batch.input.text);
    const auto stored = workspace->articleResult(record.id);
    EXPECT_EQ(stored->actors[0].name, hostile);
    EXPECT_EQ(stored->relations[0].evidence[0].quote, hostile);
    EXPECT_EQ((*workspace->listEdits())[0].value, hostile);
}

TEST_F(WorkspaceTest, RejectsBadDate)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    auto batch = item("x", kRelations);
    batch.input.date = "18/06/2024";
    auto outcome = workspace->importArticle(batch.input, batch.result);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(workspace->articles()->empty());
}

TEST_F(WorkspaceTest, BatchImportReportsProgressAndCancels)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    std::vector<ImportItem> batch;
    for (int i = 0; i < 10; ++i) {
        batch.push_back(item("article " + std::to_string(i), kRelations));
    }
    batch.push_back(batch[3]);
    std::size_t calls = 0;
    auto summary = workspace->importResults(batch, [&](std::size_t, std::size_t total) {
        EXPECT_EQ(total, 11u);
        return ++calls > 0;
    });
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->imported, 10u);
    EXPECT_EQ(summary->duplicates, 1u);
    EXPECT_GE(calls, 11u);

    std::vector<ImportItem> more;
    for (int i = 0; i < 5; ++i) {
        more.push_back(item("more " + std::to_string(i), kRelations));
    }
    auto cancelled = workspace->importResults(more, [](std::size_t done, std::size_t) { return done < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(workspace->articles()->size(), 12u);
}

TEST_F(WorkspaceTest, RemoveArticleTakesItsRowsAlong)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    const auto batch = item("gone", kRelations);
    const auto id = workspace->importArticle(batch.input, batch.result)->id;
    ASSERT_TRUE(workspace->removeArticle(id));
    EXPECT_EQ(workspace->removeArticle(id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(workspace->articleResult(id).error().code, ErrorCode::NotFound);
    auto graph = workspace->buildGraph(GraphLevel::Entity);
    ASSERT_TRUE(graph);
    EXPECT_EQ(graph->nodeCount(), 0u);
}

TEST_F(WorkspaceTest, ArticleDateIsSetClearedAndChecked)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    const auto batch = item("dated", kRelations);
    const auto id = workspace->importArticle(batch.input, batch.result)->id;
    ASSERT_TRUE(workspace->setArticleDate(id, "2023-09-30"));
    EXPECT_EQ(workspace->articles()->front().date, "2023-09-30");
    EXPECT_EQ(workspace->buildGraph(GraphLevel::Entity)->view().edges.front().evidence.front().record->date,
              "2023-09-30");
    ASSERT_TRUE(workspace->setArticleDate(id, std::nullopt));
    EXPECT_EQ(workspace->articles()->front().date, std::nullopt);
    EXPECT_EQ(workspace->setArticleDate(id, "30/09/2023").error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(workspace->setArticleDate(id + 1, "2023-09-30").error().code, ErrorCode::NotFound);
}

TEST_F(WorkspaceTest, EditsAreListedRemovedAndApplied)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    const auto batch = item("edits", kRelations);
    ASSERT_TRUE(workspace->importArticle(batch.input, batch.result));
    const auto rename = workspace->renameActor("USA", "United States of America");
    ASSERT_TRUE(rename);
    ASSERT_TRUE(workspace->mergeActors("RUS", "CHN"));
    EXPECT_EQ(workspace->mergeActors("CHN", "CHN").error().code, ErrorCode::InvalidArgument);
    ASSERT_TRUE(workspace->hideActor("IRN/embassy", true));
    ASSERT_TRUE(workspace->hideActor("IRN/embassy", true)); // idempotent
    auto edits = workspace->listEdits();
    ASSERT_EQ(edits->size(), 3u);
    EXPECT_EQ((*edits)[0].kind, EditKind::Rename);
    EXPECT_EQ((*edits)[2].kind, EditKind::Hide);

    auto agent = workspace->buildGraph(GraphLevel::Agent);
    ASSERT_TRUE(agent);
    auto view = agent->view(GraphFilter{.includeIsolated = true});
    EXPECT_EQ(view.findNode("USA")->name, "United States of America");
    EXPECT_EQ(view.findNode("IRN/embassy"), nullptr);
    EXPECT_EQ(view.findNode("RUS"), nullptr);

    ASSERT_TRUE(workspace->hideActor("IRN/embassy", false));
    ASSERT_TRUE(workspace->removeEdit(*rename));
    EXPECT_EQ(workspace->removeEdit(*rename).error().code, ErrorCode::NotFound);
    view = workspace->buildGraph(GraphLevel::Agent)->view();
    EXPECT_EQ(view.findNode("USA")->name, "Name of USA");
    EXPECT_NE(view.findNode("IRN/embassy"), nullptr);
}

TEST_F(WorkspaceTest, LexiconAdditionsGroupAliases)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    EntityDefinition wagner;
    wagner.code = "WAGNER";
    wagner.kind = ActorKind::Group;
    wagner.name = "Wagner Group";
    wagner.aliases = {"Wagner"};
    EXPECT_EQ(workspace->addEntity(EntityDefinition{}).error().code, ErrorCode::InvalidArgument);
    ASSERT_TRUE(workspace->addEntity(wagner));
    ASSERT_TRUE(workspace->addAlias("WAGNER", "PMC Wagner"));
    ASSERT_TRUE(workspace->addAlias("USA", "the States"));
    auto additions = workspace->lexiconAdditions();
    ASSERT_TRUE(additions);
    ASSERT_EQ(additions->size(), 2u);
    EXPECT_EQ((*additions)[0].code, "WAGNER");
    EXPECT_EQ((*additions)[0].kind, ActorKind::Group);
    EXPECT_EQ((*additions)[0].aliases, (std::vector<std::string>{"Wagner", "PMC Wagner"}));
    EXPECT_EQ((*additions)[1].code, "USA");
    EXPECT_EQ((*additions)[1].aliases, (std::vector<std::string>{"the States"}));
}

TEST_F(WorkspaceTest, PositionsPerLevelWithPins)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    std::map<std::string, NodePosition> entity = {{"IRN", {{10.5, -3.25}, true}}, {"USA", {{200, 40}, false}}};
    ASSERT_TRUE(workspace->savePositions(GraphLevel::Entity, entity));
    ASSERT_TRUE(workspace->savePositions(GraphLevel::Agent, {{"IRN/embassy", {{1, 2}, false}}}));
    EXPECT_EQ(*workspace->positions(GraphLevel::Entity), entity);
    entity.erase("USA");
    ASSERT_TRUE(workspace->savePositions(GraphLevel::Entity, entity));
    EXPECT_EQ(*workspace->positions(GraphLevel::Entity), entity);
    EXPECT_EQ(workspace->positions(GraphLevel::Agent)->size(), 1u);
}

TEST_F(WorkspaceTest, ReadOnlyModeRefusesWrites)
{
    const auto path = m_dir / "w.diplograph";
    {
        auto workspace = Workspace::open(path);
        const auto batch = item("one", kRelations);
        ASSERT_TRUE(workspace->importArticle(batch.input, batch.result));
    }
    const auto before = test::readFile(path);
    auto workspace = Workspace::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(workspace) << workspace.error().message;
    const auto batch = item("two", kRelations);
    EXPECT_EQ(workspace->importArticle(batch.input, batch.result).error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(workspace->renameActor("USA", "x").error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(workspace->articles()->size(), 1u);
    EXPECT_EQ(test::readFile(path), before);
}

TEST_F(WorkspaceTest, GraphArticlesMatchArticleResult)
{
    auto workspace = Workspace::open(m_dir / "w.diplograph");
    for (int i = 0; i < 5; ++i) {
        const auto batch = item("a" + std::to_string(i), kRelations);
        ASSERT_TRUE(workspace->importArticle(batch.input, batch.result));
    }
    auto articles = workspace->graphArticles();
    ASSERT_TRUE(articles);
    ASSERT_EQ(articles->size(), 5u);
    for (const auto& article : *articles) {
        const auto stored = workspace->articleResult(article.record.id);
        ASSERT_EQ(article.result->relations.size(), stored->relations.size());
        EXPECT_EQ(article.result->relations[0].evidence.size(), 2u);
        EXPECT_EQ(article.result->actors.size(), stored->actors.size());
    }
    auto graph = workspace->buildGraph(GraphLevel::Entity);
    EXPECT_EQ(graph->view().findEdge("criticism:IRN>USA")->weight, 10);
}

} // namespace
} // namespace diplograph::core
