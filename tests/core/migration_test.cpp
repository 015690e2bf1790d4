// Every older schema, written by tests/data/store/schema_vN.sql, opens and is upgraded with its data intact.
#include "diplograph/workspace.h"
#include "graph_fixtures.h"
#include "test_paths.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class MigrationTest : public ::testing::TestWithParam<int> {
  protected:
    void SetUp() override
    {
        m_path = fs::temp_directory_path() /
                 ("diplograph-migration-" + std::to_string(::getpid()) + "-v" + std::to_string(GetParam()) + ".db");
        fs::remove(m_path);
        const auto sql =
            test::readFile(test::sourceDir() / "tests/data/store" / ("schema_v" + std::to_string(GetParam()) + ".sql"));
        ASSERT_FALSE(sql.empty());
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(m_path.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }
    void TearDown() override
    {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(m_path.string() + suffix);
        }
    }
    int userVersion()
    {
        sqlite3* db = nullptr;
        sqlite3_open_v2(m_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
        sqlite3_step(statement);
        const int version = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        sqlite3_close(db);
        return version;
    }

    fs::path m_path;
};

TEST_P(MigrationTest, ReadOnlyOpenAsksForAnUpgradeAndChangesNothing)
{
    const auto before = test::readFile(m_path);
    auto workspace = Workspace::open(m_path, OpenMode::ReadOnly);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::ReadOnly);
    EXPECT_EQ(test::readFile(m_path), before);
}

TEST_P(MigrationTest, UpgradesAndKeepsData)
{
    ASSERT_EQ(userVersion(), GetParam());
    {
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace) << workspace.error().message;
        auto records = workspace->articles();
        ASSERT_TRUE(records) << records.error().message;
        ASSERT_EQ(records->size(), 1u);
        EXPECT_EQ((*records)[0].title, "Iran criticises US sanctions");
        EXPECT_EQ((*records)[0].date.has_value(), GetParam() >= 2);
        auto result = workspace->articleResult((*records)[0].id);
        ASSERT_TRUE(result);
        ASSERT_EQ(result->relations.size(), 1u);
        EXPECT_EQ(result->relations[0].evidence[0].trigger.text, "criticised");
        EXPECT_EQ(result->actors[1].mentions, (std::vector<ByteRange>{{18, 31}}));

        auto positions = workspace->positions(GraphLevel::Entity);
        ASSERT_TRUE(positions);
        EXPECT_EQ(positions->size(), GetParam() >= 2 ? 2u : 0u);
        auto graph = workspace->buildGraph(GraphLevel::Entity);
        ASSERT_TRUE(graph);
        const auto view = graph->view();
        ASSERT_NE(view.findEdge("criticism:IRN>USA"), nullptr);
        EXPECT_EQ(view.findNode("USA")->name, GetParam() >= 2 ? "United States of America" : "United States");

        // The upgraded file takes new writes of every kind.
        std::string text;
        const auto more = test::makeResult("new", {{RelationType::Rejection, "USA", "IRN", {"No."}}}, &text);
        ASSERT_TRUE(workspace->importArticle({"new", "", "2025-01-01", text, InputFormat::Html}, more));
        ASSERT_TRUE(workspace->savePositions(GraphLevel::Agent, {{"IRN", {{1, 2}, true}}}));
        ASSERT_TRUE(workspace->hideActor("IRN", true));
        // Edits from before version 4 have no author; review edits can be stored beside them.
        Edit reject{0, EditKind::RejectEdge, "IRN", "USA"};
        reject.edge = {RelationType::Criticism, "IRN", "USA"};
        reject.author = "reviewer";
        ASSERT_TRUE(workspace->addEdit(reject));
        const auto edits = workspace->listEdits();
        ASSERT_TRUE(edits);
        EXPECT_EQ(edits->back().kind, EditKind::RejectEdge);
        EXPECT_EQ(edits->back().author, "reviewer");
        if (GetParam() >= 2) {
            EXPECT_EQ(edits->front().kind, EditKind::Rename);
            EXPECT_TRUE(edits->front().author.empty());
        }
        EXPECT_EQ(workspace->buildGraph(GraphLevel::Entity)->view().findEdge("criticism:IRN>USA"), nullptr);
    }
    EXPECT_EQ(userVersion(), Workspace::kSchemaVersion);
    auto again = Workspace::open(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->articles()->size(), 2u);
    EXPECT_TRUE(again->positions(GraphLevel::Agent)->at("IRN").pinned);
}

INSTANTIATE_TEST_SUITE_P(OlderSchemas, MigrationTest, ::testing::Range(1, Workspace::kSchemaVersion));

} // namespace
} // namespace diplograph::core
