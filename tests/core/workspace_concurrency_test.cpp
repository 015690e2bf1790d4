// Two writers at once, and a writer killed mid-import: nothing lost, nothing half-written.
#include "diplograph/workspace.h"
#include "graph_fixtures.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

fs::path freshDir(const std::string& name)
{
    const auto dir = fs::temp_directory_path() / ("diplograph-conc-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// Imports `count` distinct articles tagged `tag`; returns a process exit code.
int importMany(const fs::path& path, const std::string& tag, int count)
{
    auto workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "child %s: %s\n", tag.c_str(), workspace.error().message.c_str());
        return 10;
    }
    for (int i = 0; i < count; ++i) {
        ArticleInput input;
        const auto result = test::makeResult(tag + " " + std::to_string(i),
                                             {{RelationType::Criticism, "IRN", "USA", {"One.", "Two.", "Three."}},
                                              {RelationType::Cooperation, "CHN", "RUS", {"Four.", "Five."}}},
                                             &input.text);
        input.title = tag + std::to_string(i);
        auto outcome = workspace->importArticle(input, result);
        if (!outcome || outcome->duplicate) {
            std::fprintf(stderr, "child %s: %s\n", tag.c_str(), outcome ? "duplicate" : outcome.error().message.c_str());
            return 11;
        }
    }
    return 0;
}

// Every article row has exactly the actors, relations and quotes its counts promise.
void expectConsistent(const fs::path& path, std::size_t& articleCount)
{
    auto workspace = Workspace::open(path);
    ASSERT_TRUE(workspace) << workspace.error().message;
    auto records = workspace->articles();
    ASSERT_TRUE(records);
    articleCount = records->size();
    for (const auto& record : *records) {
        auto result = workspace->articleResult(record.id);
        ASSERT_TRUE(result);
        std::size_t evidence = 0;
        for (const auto& relation : result->relations) {
            evidence += relation.evidence.size();
        }
        EXPECT_EQ(result->actors.size(), record.actorCount);
        EXPECT_EQ(result->relations.size(), record.relationCount);
        EXPECT_EQ(evidence, record.evidenceCount);
        EXPECT_EQ(record.relationCount, 2u);
        EXPECT_EQ(record.evidenceCount, 5u);
        EXPECT_EQ(sha256Hex(*workspace->articleText(record.id)), record.sha256);
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* check = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &check, nullptr);
    ASSERT_EQ(sqlite3_step(check), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(check, 0)), "ok");
    sqlite3_finalize(check);
    sqlite3_close(db);
}

TEST(WorkspaceConcurrencyTest, TwoProcessesImportingAtOnceLoseNothing)
{
    const auto dir = freshDir("two");
    const auto path = dir / "w.diplograph";
    constexpr int kEach = 150;
    pid_t children[2];
    for (int c = 0; c < 2; ++c) {
        children[c] = ::fork();
        ASSERT_GE(children[c], 0);
        if (children[c] == 0) {
            ::_exit(importMany(path, c == 0 ? "left" : "right", kEach));
        }
    }
    for (pid_t child : children) {
        int status = 0;
        ::waitpid(child, &status, 0);
        ASSERT_TRUE(WIFEXITED(status));
        EXPECT_EQ(WEXITSTATUS(status), 0);
    }
    std::size_t count = 0;
    expectConsistent(path, count);
    EXPECT_EQ(count, 2u * kEach);
    fs::remove_all(dir);
}

TEST(WorkspaceConcurrencyTest, KilledImportLeavesWholeArticles)
{
    const auto dir = freshDir("kill");
    const auto path = dir / "w.diplograph";
    ASSERT_TRUE(Workspace::open(path)); // created before the child starts, so polling can read it
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::_exit(importMany(path, "doomed", 100000));
    }
    // Wait until the child is well into its work, then kill it without warning.
    std::size_t seen = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (seen < 200 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (auto reader = Workspace::open(path, OpenMode::ReadOnly)) {
            if (auto records = reader->articles()) {
                seen = records->size();
            }
        }
    }
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child finished before it could be killed";
    std::size_t count = 0;
    expectConsistent(path, count);
    EXPECT_GE(count, 200u);
    EXPECT_LT(count, 100000u);
    fs::remove_all(dir);
}

TEST(WorkspaceConcurrencyTest, LongTransactionElsewhereIsBusyThenClears)
{
    const auto dir = freshDir("busy");
    const auto path = dir / "w.diplograph";
    auto workspace = Workspace::open(path);
    ASSERT_TRUE(workspace);
    workspace->setBusyTimeout(200);
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    ArticleInput input;
    const auto result = test::makeResult("busy", {{RelationType::Criticism, "IRN", "USA", {"One."}}}, &input.text);
    auto blocked = workspace->importArticle(input, result);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::Busy);
    EXPECT_NE(blocked.error().message.find("busy"), std::string::npos);
    ASSERT_EQ(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    EXPECT_TRUE(workspace->importArticle(input, result));
    EXPECT_EQ(workspace->articles()->size(), 1u);
    fs::remove_all(dir);
}

} // namespace
} // namespace diplograph::core
