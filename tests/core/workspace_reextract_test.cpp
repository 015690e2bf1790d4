// Re-extraction with the builtin lexicon plus the workspace's own additions; analyst edits survive it.
#include "diplograph/extract.h"
#include "diplograph/workspace.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class WorkspaceReextractTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        auto lexicon = Lexicon::builtin();
        if (!lexicon) {
            GTEST_SKIP() << "the builtin lexicon does not load in this tree: " << lexicon.error().message;
        }
        m_lexicon = std::make_unique<Lexicon>(std::move(*lexicon));
        m_path = fs::temp_directory_path() / ("diplograph-reextract-" + std::to_string(::getpid()) + "-" +
                                              ::testing::UnitTest::GetInstance()->current_test_info()->name());
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(m_path.string() + suffix);
        }
    }
    void TearDown() override
    {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(m_path.string() + suffix);
        }
    }
    ArticleId import(Workspace& workspace, const std::string& text)
    {
        auto result = extractBytes(text, *m_lexicon);
        EXPECT_TRUE(result) << result.error().message;
        auto outcome = workspace.importArticle({"", "", std::nullopt, text}, *result);
        EXPECT_TRUE(outcome) << outcome.error().message;
        return outcome ? outcome->id : 0;
    }

    std::unique_ptr<Lexicon> m_lexicon;
    fs::path m_path;
};

TEST_F(WorkspaceReextractTest, AddedEntityIsFoundAndEditsSurvive)
{
    auto workspace = Workspace::open(m_path);
    ASSERT_TRUE(workspace);
    const auto id = import(*workspace, "Zubrovia condemned the United States on Monday over the new sanctions.\n");
    const auto before = workspace->articleResult(id);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->findActor("ZUB"), nullptr) << "an unknown name before the analyst adds it";

    EntityDefinition zubrovia;
    zubrovia.code = "ZUB";
    zubrovia.kind = ActorKind::State;
    zubrovia.name = "Zubrovia";
    zubrovia.aliases = {"Zubrovia"};
    ASSERT_TRUE(workspace->addEntity(zubrovia));
    ASSERT_TRUE(workspace->renameActor("USA", "The United States of America"));
    ASSERT_TRUE(workspace->savePositions(GraphLevel::Entity, {{"USA", {{5, 6}, true}}}));

    std::size_t calls = 0;
    auto summary = workspace->reextract(*m_lexicon, [&](std::size_t, std::size_t) { return ++calls > 0; });
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_EQ(summary->articles, 1u);
    EXPECT_GE(calls, 2u);

    const auto after = workspace->articleResult(id);
    ASSERT_TRUE(after);
    ASSERT_NE(after->findActor("ZUB"), nullptr);
    const auto view = workspace->buildGraph(GraphLevel::Entity)->view();
    const auto* edge = view.findEdge("criticism:ZUB>USA");
    ASSERT_NE(edge, nullptr);
    EXPECT_EQ(view.findNode("USA")->name, "The United States of America");
    EXPECT_TRUE(workspace->positions(GraphLevel::Entity)->at("USA").pinned);
    EXPECT_EQ(workspace->listEdits()->size(), 2u);
}

TEST_F(WorkspaceReextractTest, CancelledReextractionChangesNothing)
{
    auto workspace = Workspace::open(m_path);
    ASSERT_TRUE(workspace);
    for (int i = 0; i < 3; ++i) {
        import(*workspace, "Iran criticised the United States. Copy " + std::to_string(i) + ".\n");
    }
    const auto records = *workspace->articles();
    EntityDefinition extra{"ZUB", ActorKind::State, "Zubrovia", "ZUB", {"Zubrovia"}};
    ASSERT_TRUE(workspace->addEntity(extra));
    auto cancelled = workspace->reextract(*m_lexicon, [](std::size_t done, std::size_t) { return done < 2; });
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    const auto after = *workspace->articles();
    ASSERT_EQ(after.size(), records.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].relationCount, records[i].relationCount);
    }
}

TEST_F(WorkspaceReextractTest, ReadOnlyWorkspaceRefuses)
{
    ASSERT_TRUE(Workspace::open(m_path));
    auto workspace = Workspace::open(m_path, OpenMode::ReadOnly);
    ASSERT_TRUE(workspace);
    EXPECT_EQ(workspace->reextract(*m_lexicon).error().code, ErrorCode::ReadOnly);
}

TEST_F(WorkspaceReextractTest, AliasOnAnAgentKeepsReextractionWorkingAfterReopen)
{
    const std::string text = "The Iranian Embassy in Oslo criticized Norway on Tuesday over the fishing quotas.\n"
                             "Later the Persian Legation condemned Norway again.\n";
    std::string agent;
    {
        auto workspace = Workspace::open(m_path);
        ASSERT_TRUE(workspace);
        const auto id = import(*workspace, text);
        const auto before = workspace->articleResult(id);
        ASSERT_TRUE(before);
        for (const auto& actor : before->actors) {
            if (actor.parent || actor.id.find('/') != std::string::npos) {
                agent = actor.id;
            }
        }
        ASSERT_FALSE(agent.empty()) << "the example needs an agent";
        ASSERT_TRUE(workspace->addAlias(agent, "Persian Legation"));
        auto summary = workspace->reextract(*m_lexicon);
        ASSERT_TRUE(summary) << summary.error().message;
        EXPECT_EQ(summary->articles, 1u);
    }
    // A restart: the alias is read back from the file and must not break the next re-extraction either.
    auto reopened = Workspace::open(m_path);
    ASSERT_TRUE(reopened);
    auto again = reopened->reextract(*m_lexicon);
    ASSERT_TRUE(again) << again.error().message;
    const auto after = reopened->articleResult(reopened->articles()->front().id);
    ASSERT_TRUE(after);
    const Actor* actor = after->findActor(agent);
    ASSERT_NE(actor, nullptr);
    EXPECT_GE(actor->mentions.size(), 2u) << "the alias names the agent in the second sentence";
}

} // namespace
} // namespace diplograph::core
