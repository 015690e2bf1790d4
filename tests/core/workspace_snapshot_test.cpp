// Multi-statement reads see one snapshot: a writer committing between their SELECTs cannot tear what they return.
#include "diplograph/workspace.h"
#include "graph_fixtures.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class WorkspaceSnapshotTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("diplograph-snapshot-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = m_dir / "w.diplograph";
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace) << workspace.error().message;
        for (const char* title : {"Harbour talks", "Border dispute"}) {
            ArticleInput input;
            const auto result = test::makeResult(
                title, {{RelationType::Criticism, "CHL", "PER", {"Chile faulted Peru."}}}, &input.text);
            input.title = title;
            ASSERT_TRUE(workspace->importArticle(input, result));
        }
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    fs::path m_path;
};

TEST_F(WorkspaceSnapshotTest, GraphArticlesIgnoresARemovalCommittedMidway)
{
    auto reader = Workspace::open(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(reader) << reader.error().message;
    bool removed = false;
    const auto progress = [&](std::size_t done, std::size_t) {
        if (done == 1 && !removed) { // articles and actors read; relations and quotes not yet
            auto writer = Workspace::open(m_path);
            EXPECT_TRUE(writer && writer->removeArticle(writer->articles()->front().id));
            removed = true;
        }
        return true;
    };
    const auto articles = reader->graphArticles(progress);
    ASSERT_TRUE(removed);
    ASSERT_TRUE(articles) << articles.error().message;
    ASSERT_EQ(articles->size(), 2u);
    for (const auto& article : *articles) {
        EXPECT_EQ(article.result->relations.size(), article.record.relationCount) << article.record.title;
        EXPECT_EQ(article.result->actors.size(), article.record.actorCount) << article.record.title;
    }
    // A fresh read sees the removal.
    EXPECT_EQ(reader->graphArticles()->size(), 1u);
}

TEST_F(WorkspaceSnapshotTest, ReadSnapshotKeepsTwoReadsTogether)
{
    // What `diplograph-cli list` does: the article list and the graph in one snapshot.
    auto reader = Workspace::open(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(reader) << reader.error().message;
    std::size_t listed = 0;
    std::size_t inGraph = 0;
    const auto read = reader->readSnapshot([&]() -> Result<void> {
        const auto articles = reader->articles();
        if (!articles) {
            return articles.error();
        }
        listed = articles->size();
        auto writer = Workspace::open(m_path);
        EXPECT_TRUE(writer && writer->removeArticle(writer->articles()->front().id)); // commits between the reads
        const auto graph = reader->graphArticles();
        if (!graph) {
            return graph.error();
        }
        inGraph = graph->size();
        return {};
    });
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(listed, 2u);
    EXPECT_EQ(inGraph, 2u) << "the second read saw the removal committed after the first";
    EXPECT_EQ(reader->articles()->size(), 1u); // outside the snapshot the removal shows
}

} // namespace
} // namespace diplograph::core
