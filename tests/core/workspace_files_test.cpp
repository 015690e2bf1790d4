// Bad and foreign files: each fails with a clear error and is left byte-for-byte untouched.
#include "diplograph/workspace.h"
#include "graph_fixtures.h"
#include "test_paths.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace diplograph::core {
namespace {

namespace fs = std::filesystem;

class WorkspaceFilesTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("diplograph-files-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override
    {
        fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(m_dir);
    }

    struct Snapshot {
        std::string bytes;
        timespec mtime{};
        bool operator==(const Snapshot& other) const
        {
            return bytes == other.bytes && mtime.tv_sec == other.mtime.tv_sec && mtime.tv_nsec == other.mtime.tv_nsec;
        }
    };
    static Snapshot snapshot(const fs::path& path)
    {
        struct stat info {};
        ::stat(path.c_str(), &info);
        return {test::readFile(path), info.st_mtim};
    }
    void expectUntouched(const fs::path& path, const Snapshot& before)
    {
        EXPECT_TRUE(snapshot(path) == before) << path << " was modified";
        EXPECT_FALSE(fs::exists(path.string() + "-wal"));
        EXPECT_FALSE(fs::exists(path.string() + "-journal"));
    }
    // Writes an SQLite file with `sql` in rollback-journal mode.
    static void makeSqlite(const fs::path& path, const std::string& sql)
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
        sqlite3_close(db);
    }

    fs::path m_dir;
};

TEST_F(WorkspaceFilesTest, TextFileIsNotAWorkspace)
{
    const auto path = m_dir / "notes.txt";
    std::ofstream(path) << "These are my notes, not a database.\n";
    const auto before = snapshot(path);
    for (auto mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto workspace = Workspace::open(path, mode);
        ASSERT_FALSE(workspace);
        EXPECT_EQ(workspace.error().code, ErrorCode::NotAWorkspace);
        EXPECT_NE(workspace.error().message.find("notes.txt"), std::string::npos);
    }
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, ForeignSqliteIsNotAWorkspace)
{
    const auto path = m_dir / "other.sqlite";
    makeSqlite(path, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES('Ann');");
    const auto before = snapshot(path);
    auto workspace = Workspace::open(path);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::NotAWorkspace);
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, NewerSchemaIsRefused)
{
    const auto path = m_dir / "future.diplograph";
    makeSqlite(path, "PRAGMA application_id = " + std::to_string(Workspace::kApplicationId) +
                         "; PRAGMA user_version = " + std::to_string(Workspace::kSchemaVersion + 1) +
                         "; CREATE TABLE articles(id INTEGER PRIMARY KEY, hologram BLOB);");
    const auto before = snapshot(path);
    for (auto mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto workspace = Workspace::open(path, mode);
        ASSERT_FALSE(workspace);
        EXPECT_EQ(workspace.error().code, ErrorCode::NewerSchema);
        EXPECT_NE(workspace.error().message.find("newer"), std::string::npos);
    }
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, TruncatedWorkspaceIsCorrupt)
{
    const auto path = m_dir / "w.diplograph";
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace);
        for (int i = 0; i < 40; ++i) {
            std::string text;
            auto result = test::makeResult("t" + std::to_string(i),
                                           {{RelationType::Criticism, "IRN", "USA", {std::string(2000, 'x')}}}, &text);
            text += std::to_string(i);
            ASSERT_TRUE(workspace->importArticle({"t", "", std::nullopt, text}, result));
        }
    }
    const auto size = fs::file_size(path);
    ASSERT_GT(size, 16384u);
    fs::resize_file(path, size / 2);
    const auto before = snapshot(path);
    auto workspace = Workspace::open(path);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::Corrupt);
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, ImpossiblePageSizeIsDamageNotTruncation)
{
    const auto path = m_dir / "w.diplograph";
    ASSERT_TRUE(Workspace::open(path));
    {
        std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(16);
        file.write("\x03\xE8", 2); // 1000 bytes: not a power of two
    }
    const auto before = snapshot(path);
    auto workspace = Workspace::open(path);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::Corrupt);
    EXPECT_NE(workspace.error().message.find("page size"), std::string::npos) << workspace.error().message;
    EXPECT_EQ(workspace.error().message.find("truncated"), std::string::npos) << workspace.error().message;
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, ReadOnlyOpenOfAProtectedFileLeavesNoSideFiles)
{
    const auto path = m_dir / "w.diplograph";
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace);
        std::string text;
        const auto result =
            test::makeResult("Kept", {{RelationType::Criticism, "CHL", "PER", {"Chile faulted Peru."}}}, &text);
        ASSERT_TRUE(workspace->importArticle({"Kept", "", std::nullopt, text}, result));
    }
    ASSERT_FALSE(fs::exists(path.string() + "-wal"));
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    {
        auto reader = Workspace::open(path, OpenMode::ReadOnly);
        ASSERT_TRUE(reader) << reader.error().message;
        EXPECT_EQ(reader->articles()->size(), 1u);
    }
    // Read-only -wal/-shm left here would stop any writer (but root) once the file is writable again.
    EXPECT_FALSE(fs::exists(path.string() + "-wal"));
    EXPECT_FALSE(fs::exists(path.string() + "-shm"));
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_TRUE(Workspace::open(path));
}

TEST_F(WorkspaceFilesTest, GarbledPagesAreCorrupt)
{
    const auto path = m_dir / "w.diplograph";
    {
        auto workspace = Workspace::open(path);
        ASSERT_TRUE(workspace);
    }
    // Keep the 100-byte header, scramble the schema page behind it.
    std::string bytes = test::readFile(path);
    for (std::size_t i = 100; i < bytes.size(); ++i) {
        bytes[i] = static_cast<char>(i * 7 + 13);
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
    const auto before = snapshot(path);
    auto workspace = Workspace::open(path);
    ASSERT_FALSE(workspace);
    EXPECT_TRUE(workspace.error().code == ErrorCode::Corrupt || workspace.error().code == ErrorCode::NotAWorkspace)
        << errorCodeName(workspace.error().code) << ": " << workspace.error().message;
    expectUntouched(path, before);
}

TEST_F(WorkspaceFilesTest, FolderIsRefused)
{
    auto workspace = Workspace::open(m_dir);
    ASSERT_FALSE(workspace);
    EXPECT_EQ(workspace.error().code, ErrorCode::Unreadable);
    EXPECT_EQ(Workspace::open(m_dir / "absent", OpenMode::ReadOnly).error().code, ErrorCode::NotFound);
}

// Runs `body` as an unprivileged user (root ignores file permissions) and returns its exit code.
int runAsNobody(const std::function<int()>& body)
{
    const pid_t child = ::fork();
    if (child == 0) {
        if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
            ::_exit(99);
        }
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 98;
}

TEST_F(WorkspaceFilesTest, UnwritableFileIsReadOnlyWithClearError)
{
    const auto path = m_dir / "w.diplograph";
    ASSERT_TRUE(Workspace::open(path));
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(m_dir, fs::perms::all);
    const auto before = snapshot(path);
    const int code = runAsNobody([&] {
        auto writable = Workspace::open(path);
        if (writable || writable.error().code != ErrorCode::ReadOnly ||
            writable.error().message.find("read-only") == std::string::npos) {
            return 1;
        }
        auto readable = Workspace::open(path, OpenMode::ReadOnly);
        return readable && readable->articles() ? 0 : 2;
    });
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(snapshot(path) == before);
}

TEST_F(WorkspaceFilesTest, UnwritableFolderIsReadOnly)
{
    const auto path = m_dir / "w.diplograph";
    ASSERT_TRUE(Workspace::open(path));
    fs::permissions(path, fs::perms::all);
    // r-x for everyone: unwritable for the owner too when the test does not run as root
    fs::permissions(m_dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const auto before = snapshot(path);
    const int code = runAsNobody([&] {
        auto writable = Workspace::open(path);
        if (writable || writable.error().code != ErrorCode::ReadOnly) {
            return 1;
        }
        auto created = Workspace::open(m_dir / "new.diplograph");
        if (created || created.error().code != ErrorCode::ReadOnly) {
            return 3;
        }
        auto readable = Workspace::open(path, OpenMode::ReadOnly);
        return readable && readable->articles() ? 0 : 2;
    });
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(snapshot(path) == before);
    EXPECT_FALSE(fs::exists(m_dir / "new.diplograph"));
}

TEST_F(WorkspaceFilesTest, EmptyFileBecomesAWorkspace)
{
    const auto path = m_dir / "new.diplograph";
    std::ofstream{path};
    auto workspace = Workspace::open(path);
    ASSERT_TRUE(workspace) << workspace.error().message;
    EXPECT_TRUE(workspace->articles()->empty());
}

} // namespace
} // namespace diplograph::core
