#pragma once

#include "diplograph/extract.h"
#include "diplograph/graph.h"
#include "diplograph/layout.h"
#include "diplograph/result.h"
#include "diplograph/text.h"
#include "diplograph/types.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace diplograph::core {

class StatementCache; // core/src/store: prepared statements, reused across calls

enum class OpenMode { Invalid = 0, ReadWrite, ReadOnly };

// Whether `date` is a real calendar day written yyyy-mm-dd (2024-02-29 yes, 2023-02-29 and 2024-02-31 no).
[[nodiscard]] bool isCalendarDate(const std::string& date);

// An article to store: the original bytes as read, plus metadata.
struct ArticleInput {
    std::string title;                      // empty: the result's title, else the source's file name
    std::string source;                     // URL or path; may be empty
    std::optional<std::string> date;        // ISO yyyy-mm-dd; InvalidArgument otherwise
    std::string text;                       // original bytes (sha256 of these detects duplicates)
    InputFormat format = InputFormat::Auto; // how re-extraction reads `text`
    std::string sha256;                     // empty: computed from `text`; give it when `text` is not kept
};

struct ImportItem {
    ArticleInput input;
    ArticleResult result;
};

struct ImportOutcome {
    ArticleId id = 0;       // the new row, or the existing one for a duplicate
    bool duplicate = false; // same sha256 already stored; nothing was written
};

struct ImportSummary {
    std::size_t imported = 0;
    std::size_t duplicates = 0;
    std::vector<ImportOutcome> outcomes; // one per batch item, in order
};

struct ReextractSummary {
    std::size_t articles = 0;  // articles re-extracted
    std::size_t failed = 0;    // stored texts extraction rejected (their old results are kept)
    std::size_t relations = 0; // relations after re-extraction
};

// A Diplograph workspace: one SQLite file (WAL) holding articles, extraction results, analyst edits and
// node positions. Movable, not copyable; use from one thread at a time; several processes may share a file.
class Workspace {
  public:
    // The schema this build writes; older files are migrated on open (ReadWrite only).
    static constexpr int kSchemaVersion = 4;
    // PRAGMA application_id of every workspace ("DPLG").
    static constexpr std::int32_t kApplicationId = 0x44504C47;

    // Opens `path`, creating it (and its folder) if absent. Errors: NotAWorkspace (not SQLite, or another
    // program's database), Corrupt, NewerSchema, ReadOnly (ReadWrite on an unwritable file or folder; also an
    // older schema opened ReadOnly), Busy, Database. A file that fails is left byte-for-byte untouched.
    [[nodiscard]] static Result<Workspace> open(const std::filesystem::path& path, OpenMode mode = OpenMode::ReadWrite);
    // $XDG_DATA_HOME/diplograph/workspace.diplograph, else ~/.local/share/diplograph/workspace.diplograph.
    [[nodiscard]] static std::filesystem::path defaultPath();

    Workspace(Workspace&& other) noexcept;
    Workspace& operator=(Workspace&& other) noexcept;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    ~Workspace();

    // How long a write waits for another process's transaction before failing with Busy (default 15,000 ms).
    void setBusyTimeout(int timeoutMs);

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }

    // Stores one article and its result in one transaction; a duplicate (same sha256) is skipped.
    [[nodiscard]] Result<ImportOutcome> importArticle(const ArticleInput& input, const ArticleResult& result);
    // Imports a batch, one transaction per article (a crash keeps whole articles); Cancelled keeps those done.
    [[nodiscard]] Result<ImportSummary> importResults(const std::vector<ImportItem>& batch,
                                                      const Progress& progress = {});
    // Removes an article and everything extracted from it; NotFound if absent.
    [[nodiscard]] Result<void> removeArticle(ArticleId id);
    // Sets (or, with nullopt, clears) an article's yyyy-mm-dd date; InvalidArgument if malformed, NotFound if absent.
    [[nodiscard]] Result<void> setArticleDate(ArticleId id, const std::optional<std::string>& date);

    [[nodiscard]] Result<std::vector<ArticleRecord>> articles() const;     // by id
    [[nodiscard]] Result<std::string> articleText(ArticleId id) const;     // original bytes; NotFound
    [[nodiscard]] Result<ArticleResult> articleResult(ArticleId id) const; // as stored (edits not applied); NotFound

    // Every article with its result (sentences omitted), ready for Graph::build.
    [[nodiscard]] Result<std::vector<GraphArticle>> graphArticles(const Progress& progress = {}) const;
    // graphArticles + listEdits + Graph::build.
    [[nodiscard]] Result<Graph> buildGraph(GraphLevel level) const;
    // Runs `reads` (calls of the reading methods above) inside one snapshot: a writer committing meanwhile, in
    // this or another process, changes none of what they see. Returns the snapshot's error or `reads`'s.
    [[nodiscard]] Result<void> readSnapshot(const std::function<Result<void>()>& reads) const;

    // Analyst edits; each returns the edit's id for removeEdit. Ids are actor ids or entity codes.
    [[nodiscard]] Result<std::int64_t> renameActor(const std::string& actor, const std::string& name);
    [[nodiscard]] Result<std::int64_t> mergeActors(const std::string& from,
                                                   const std::string& into);     // InvalidArgument if equal
    [[nodiscard]] Result<void> hideActor(const std::string& actor, bool hidden); // false removes its Hide edits
    [[nodiscard]] Result<std::int64_t> addAlias(const std::string& entityCode, const std::string& alias);
    [[nodiscard]] Result<std::int64_t> addEntity(const EntityDefinition& entity); // InvalidArgument without code/name
    // Stores any edit (review edits included; AddEntity needs addEntity) with its author, or this workspace's
    // author when it has none. InvalidArgument for a malformed edit, NotFound for an AddRelation's missing article.
    [[nodiscard]] Result<std::int64_t> addEdit(const Edit& edit);
    // Who new edits are by (default: $USER, else $LOGNAME, else empty).
    void setAuthor(std::string author) { m_author = std::move(author); }
    [[nodiscard]] const std::string& author() const { return m_author; }
    [[nodiscard]] Result<std::vector<Edit>> listEdits() const;                    // in the order made
    [[nodiscard]] Result<void> removeEdit(std::int64_t editId);                   // NotFound if absent
    // The analyst's AddEntity and Alias edits as definitions for Lexicon::withEntities. An alias of a code not
    // added here carries code + aliases, plus the kind, name and entity of the stored actor of that id if any
    // (so an alias of an agent the lexicon lacks defines that agent); withEntities appends to a known entity.
    [[nodiscard]] Result<std::vector<EntityDefinition>> lexiconAdditions() const;

    // Replaces the stored positions of `level` with `positions` (node id -> position).
    [[nodiscard]] Result<void> savePositions(GraphLevel level, const std::map<std::string, NodePosition>& positions);
    [[nodiscard]] Result<std::map<std::string, NodePosition>> positions(GraphLevel level) const;

    // Re-runs extraction over every stored text with `base` plus the workspace's additions, one transaction;
    // edits and positions are kept. Cancelled rolls everything back.
    [[nodiscard]] Result<ReextractSummary> reextract(const Lexicon& base, const Progress& progress = {});

  private:
    Workspace(sqlite3* db, std::filesystem::path path, bool readOnly);
    friend class WorkspaceAccess; // core/src/store helpers

    sqlite3* m_db = nullptr;
    std::unique_ptr<StatementCache> m_statements;
    std::filesystem::path m_path;
    bool m_readOnly = false;
    std::string m_author;
};

} // namespace diplograph::core
