#include "diplograph/workspace.h"
#include "store/schema.h"
#include "store/sqlite_util.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <chrono>
#include <fstream>
#include <thread>
#include <system_error>
#include <unistd.h>

namespace diplograph::core {

namespace {

namespace fs = std::filesystem;

constexpr int kBusyTimeoutMs = 15000;

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

// Checks the file header ourselves, so a text file or a truncated copy is rejected before SQLite sees it.
Result<bool> inspectExistingFile(const fs::path& path) // true: an empty file to initialise
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) {
        return fail(ErrorCode::Unreadable, "cannot read " + quoted(path) + ": " + ec.message());
    }
    if (size == 0) {
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    unsigned char header[100] = {};
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (!in && in.gcount() == 0) {
        return fail(ErrorCode::Unreadable, "cannot read " + quoted(path));
    }
    if (in.gcount() < 100 || std::memcmp(header, "SQLite format 3", 16) != 0) {
        return fail(ErrorCode::NotAWorkspace, quoted(path) + " is not a Diplograph workspace (not an SQLite file)");
    }
    auto be32 = [&](int at) {
        return (std::uint32_t(header[at]) << 24) | (std::uint32_t(header[at + 1]) << 16) |
               (std::uint32_t(header[at + 2]) << 8) | std::uint32_t(header[at + 3]);
    };
    std::uint64_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1) {
        pageSize = 65536;
    }
    // A power of two from 512 to 65536 (file format, section 1.3.2); anything else is damage, not truncation.
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return fail(ErrorCode::Corrupt, quoted(path) + " is damaged (its header gives an impossible page size, " +
                                            std::to_string(pageSize) + " bytes); restore it from a backup");
    }
    const std::uint32_t pages = be32(28);
    // The in-header page count is valid when its change counter matches (SQLite file format, section 1.3.7).
    const bool countValid = pages != 0 && be32(24) == be32(92);
    if (countValid && !fs::exists(fs::path(path.string() + "-wal"), ec) && size < pages * pageSize) {
        return fail(ErrorCode::Corrupt, quoted(path) + " is damaged (truncated: " + std::to_string(size) + " of " +
                                            std::to_string(pages * pageSize) + " bytes); restore it from a backup");
    }
    return false;
}

std::string immutableUri(const fs::path& path)
{
    std::string uri = "file:";
    for (unsigned char c : fs::absolute(path).string()) {
        if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_') {
            uri += static_cast<char>(c);
        } else {
            static const char* kHex = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 15];
        }
    }
    return uri + "?immutable=1";
}

struct Header {
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    std::int64_t objects = 0;
};

Result<Header> readHeader(sqlite3* db, const fs::path& path)
{
    // One statement, so one read transaction: another process creating the schema at the same moment is seen
    // either not at all or completely, never as an id of 0 beside a version of 3.
    static constexpr const char* kSql = "SELECT (SELECT application_id FROM pragma_application_id), "
                                        "(SELECT user_version FROM pragma_user_version), "
                                        "(SELECT count(*) FROM sqlite_master)";
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, kSql, -1, &statement, nullptr);
    Header header;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            header.applicationId = sqlite3_column_int64(statement, 0);
            header.version = sqlite3_column_int64(statement, 1);
            header.objects = sqlite3_column_int64(statement, 2);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "reading the workspace");
        error.message = quoted(path) + ": " + error.message;
        return error;
    }
    return header;
}

// Decides what to do with the header; `fresh` means an empty database we may initialise.
Result<bool> checkHeader(const Header& header, const fs::path& path, OpenMode mode)
{
    const bool fresh = header.applicationId == 0 && header.version == 0 && header.objects == 0;
    if (fresh) {
        if (mode == OpenMode::ReadOnly) {
            return fail(ErrorCode::NotAWorkspace, quoted(path) + " is an empty database, not a workspace");
        }
        return true;
    }
    if (header.applicationId != Workspace::kApplicationId) {
        return fail(ErrorCode::NotAWorkspace,
                    quoted(path) + " is another program's SQLite database, not a Diplograph workspace");
    }
    if (header.version > Workspace::kSchemaVersion) {
        return fail(ErrorCode::NewerSchema, quoted(path) + " was written by a newer Diplograph (workspace version " +
                                                std::to_string(header.version) + ", this program reads up to " +
                                                std::to_string(Workspace::kSchemaVersion) + "); update Diplograph");
    }
    if (header.version < Workspace::kSchemaVersion && mode == OpenMode::ReadOnly) {
        return fail(ErrorCode::ReadOnly, quoted(path) + " needs upgrading from version " +
                                             std::to_string(header.version) + "; open it once read-write");
    }
    return false;
}

// Creates or upgrades the schema; re-reads the version under the write lock, since another process may have
// done it first.
Result<void> prepareSchema(sqlite3* db, const fs::path& path)
{
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    auto header = readHeader(db, path);
    if (!header) {
        return header.error();
    }
    if (header->objects == 0 && header->applicationId == 0) {
        if (auto created = createSchema(db); !created) {
            return created;
        }
    } else if (header->version < Workspace::kSchemaVersion) {
        if (auto migrated = migrateSchema(db, static_cast<int>(header->version)); !migrated) {
            return migrated;
        }
    }
    return transaction.commit();
}

Result<void> checkWritable(const fs::path& path, bool exists)
{
    const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
    if (exists && ::access(path.c_str(), W_OK) != 0) {
        return fail(ErrorCode::ReadOnly,
                    quoted(path) + " is read-only; open it read-only or copy it somewhere writable");
    }
    // WAL keeps -wal and -shm files beside the workspace, so the folder must be writable too.
    if (::access(folder.c_str(), W_OK) != 0) {
        return fail(ErrorCode::ReadOnly,
                    "the folder " + quoted(folder) + " cannot be written; open the workspace read-only or move it");
    }
    return {};
}

} // namespace

Workspace::Workspace(sqlite3* db, fs::path path, bool readOnly)
    : m_db(db), m_statements(std::make_unique<StatementCache>(db)), m_path(std::move(path)), m_readOnly(readOnly)
{
    for (const char* variable : {"USER", "LOGNAME"}) {
        if (const char* name = std::getenv(variable); name && *name) {
            m_author = name;
            break;
        }
    }
}

Workspace::Workspace(Workspace&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statements(std::move(other.m_statements)),
      m_path(std::move(other.m_path)), m_readOnly(other.m_readOnly), m_author(std::move(other.m_author))
{
}

Workspace& Workspace::operator=(Workspace&& other) noexcept
{
    if (this != &other) {
        m_statements.reset();
        if (m_db) {
            sqlite3_close_v2(m_db);
        }
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_readOnly = other.m_readOnly;
        m_author = std::move(other.m_author);
        m_statements = std::move(other.m_statements);
    }
    return *this;
}

Workspace::~Workspace()
{
    m_statements.reset(); // statements must be finalised before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void Workspace::setBusyTimeout(int timeoutMs)
{
    sqlite3_busy_timeout(m_db, timeoutMs < 0 ? 0 : timeoutMs);
}

fs::path Workspace::defaultPath()
{
    fs::path base;
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data && fs::path(data).is_absolute()) {
        base = data;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = fs::path(home) / ".local" / "share";
    } else {
        base = fs::temp_directory_path();
    }
    return base / "diplograph" / "workspace.diplograph";
}

Result<Workspace> Workspace::open(const fs::path& path, OpenMode mode)
{
    if (mode == OpenMode::Invalid || path.empty()) {
        return fail(ErrorCode::InvalidArgument, "no workspace path or open mode given");
    }
    std::error_code ec;
    const bool exists = fs::exists(path, ec);
    if (exists && fs::is_directory(path, ec)) {
        return fail(ErrorCode::Unreadable, quoted(path) + " is a folder, not a workspace file");
    }
    if (!exists && mode == OpenMode::ReadOnly) {
        return fail(ErrorCode::NotFound, "no workspace at " + quoted(path));
    }
    if (exists) {
        if (auto inspected = inspectExistingFile(path); !inspected) {
            return inspected.error();
        }
    } else if (path.has_parent_path() && !fs::exists(path.parent_path(), ec)) {
        fs::create_directories(path.parent_path(), ec);
        if (ec) {
            return fail(ErrorCode::ReadOnly,
                        "cannot create the folder " + quoted(path.parent_path()) + ": " + ec.message());
        }
    }
    if (mode == OpenMode::ReadWrite) {
        if (auto writable = checkWritable(path, exists); !writable) {
            return writable.error();
        }
    }

    sqlite3* raw = nullptr;
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    // A write-protected workspace with no pending WAL is read as an immutable file: SQLite would otherwise leave
    // -wal and -shm files with the workspace's read-only mode, which block writers once it is writable again.
    const bool readOnlyFile =
        (fs::status(path, ec).permissions() & (fs::perms::owner_write | fs::perms::group_write |
                                               fs::perms::others_write)) == fs::perms::none;
    const auto walSize = fs::file_size(fs::path(path.string() + "-wal"), ec);
    const bool pendingWal = !ec && walSize > 0;
    const bool immutableFirst = mode == OpenMode::ReadOnly && readOnlyFile && !pendingWal;
    int rc = immutableFirst ? sqlite3_open_v2(immutableUri(path).c_str(), &raw, flags | SQLITE_OPEN_URI, nullptr)
                            : sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Workspace workspace(raw, path, mode == OpenMode::ReadOnly);
    if (rc != SQLITE_OK) {
        return sqliteError(raw, rc, "opening " + quoted(path));
    }
    sqlite3_extended_result_codes(raw, 0);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    auto header = readHeader(raw, path);
    if (!header && mode == OpenMode::ReadOnly &&
        (header.error().code == ErrorCode::Unreadable || header.error().code == ErrorCode::ReadOnly)) {
        // A WAL workspace in a folder we cannot write has no -shm to share; read it as an immutable file.
        sqlite3* immutable = nullptr;
        rc = sqlite3_open_v2(immutableUri(path).c_str(), &immutable, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
        workspace = Workspace(immutable, path, true);
        raw = immutable;
        if (rc != SQLITE_OK) {
            return sqliteError(raw, rc, "opening " + quoted(path));
        }
        header = readHeader(raw, path);
    }
    if (!header) {
        return header.error();
    }
    auto fresh = checkHeader(*header, path, mode);
    if (!fresh) {
        return fresh.error();
    }
    if (mode == OpenMode::ReadWrite) {
        // Only now, with the file known to be ours (or empty), do we change anything in it.
        for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            // Switching to WAL needs an exclusive lock, and SQLite reports a clash with another process opening
            // the same new file at once as busy without waiting: retry for as long as the busy timeout allows.
            auto done = execute(raw, pragma, "opening " + quoted(path));
            for (int waitedMs = 0; !done && done.error().code == ErrorCode::Busy && waitedMs < kBusyTimeoutMs;
                 waitedMs += 20) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                done = execute(raw, pragma, "opening " + quoted(path));
            }
            if (!done) {
                return done.error();
            }
        }
        if (*fresh || header->version < kSchemaVersion) {
            if (auto prepared = prepareSchema(raw, path); !prepared) {
                return prepared.error();
            }
        }
    }
    if (auto done = execute(raw, "PRAGMA foreign_keys = ON", "opening " + quoted(path)); !done) {
        return done.error();
    }
    return workspace;
}

} // namespace diplograph::core
