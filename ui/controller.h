#pragma once

#include "diplograph/extract.h"
#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <QObject>
#include <QPointF>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace diplograph::core {
class Workspace;
}

namespace diplograph::ui {

// One input for an import: a file path, or pasted text with its own title and source.
struct ImportRequest {
    QString path;        // empty for pasted text
    QString title;       // pasted text only; files take the extracted headline or their name
    QString source;
    QString date;        // yyyy-mm-dd or empty
    QByteArray text;     // pasted text only
};

// Owns the articles, analyst edits and node positions, and is the only writer of the workspace.
// Storage, extraction, graph building and layout run on worker threads (QtConcurrent); results come back
// as signals on the GUI thread. Storage work runs on one serial thread, since a Workspace is single-threaded.
class Controller : public QObject {
    Q_OBJECT
public:
    using ExtractFunction = std::function<core::Result<core::ArticleResult>(std::string bytes, const core::Lexicon& lexicon)>;

    explicit Controller(QObject* parent = nullptr);
    ~Controller() override;

    // Replaces the extractor (tests inject their own); it runs on a worker thread.
    void setExtractFunction(ExtractFunction extract);

    // Opens (creating if absent) the workspace at `path` and shows its articles; workspaceOpened reports
    // the outcome. Without a workspace everything lives in memory.
    void openWorkspace(const QString& path);
    [[nodiscard]] QString workspacePath() const { return m_workspacePath; }
    // Whether a workspace is open (false in memory, before opening, and after a failed first open).
    [[nodiscard]] bool hasWorkspace() const { return m_workspace != nullptr; }
    // True after an open failed with no workspace to fall back on: imports are refused until one opens.
    [[nodiscard]] bool workspaceMissing() const { return m_workspaceFailed; }

    // Starts importing; inputs that fail are named in importFinished and the others still import.
    void importItems(std::vector<ImportRequest> items);
    // Expands folders into their .txt/.md/.html files and imports everything.
    void importPaths(const QStringList& paths);
    // Adds already extracted articles (benchmarks) in memory and rebuilds the graph.
    void addArticles(std::vector<core::GraphArticle> articles, std::map<core::ArticleId, std::string> texts);
    // Raises the cancel flag of the running import or re-extraction.
    void cancel();
    // Runs extraction again over every article (after the lexicon changed), keeping edits and positions.
    void reextractAll() { reextract(); }
    // Removes articles and everything extracted from them (from the workspace too).
    void removeArticles(const QList<core::ArticleId>& ids);
    // Puts removed articles back (undo of removeArticles); in a workspace they are stored again under new ids.
    void restoreArticles(std::vector<core::GraphArticle> articles, std::map<core::ArticleId, std::string> texts);
    // Sets an article's date (yyyy-mm-dd; empty clears it) and rebuilds; a malformed date raises an error.
    void setArticleDate(core::ArticleId id, const QString& date);
    [[nodiscard]] bool isBusy() const { return m_busy > 0; }

    [[nodiscard]] core::GraphLevel level() const { return m_level; }
    void setLevel(core::GraphLevel level);
    // Lays out again with `algorithm`; pinned nodes keep their place.
    void relayout(core::LayoutAlgorithm algorithm);
    // Records where the analyst dropped a node; it becomes pinned and is saved to the workspace.
    void moveActor(const QString& id, QPointF position);
    // Puts a node at `position` with the given pin state (undoing a move restores both).
    void placeActor(const QString& id, QPointF position, bool pinned);
    [[nodiscard]] bool isPinned(const QString& id) const;
    void setPinned(const QString& id, bool pinned);

    // Adds an analyst edit (stored in the workspace) and rebuilds; returns an id for removeEdit (undo).
    // Alias and AddEntity edits re-extract every article; AddEntity takes its definition.
    std::int64_t addEdit(core::Edit edit, std::optional<core::EntityDefinition> definition = std::nullopt);
    void removeEdit(std::int64_t id);
    [[nodiscard]] const std::vector<core::Edit>& edits() const { return m_edits; }
    // Who new edits are by (the analyst name of the preferences; default: the OS user name).
    void setAuthor(const QString& author) { m_author = author; }
    [[nodiscard]] const QString& author() const { return m_author; }
    // The OS user name ($USER, else $LOGNAME, else "analyst").
    [[nodiscard]] static QString systemUserName();

    [[nodiscard]] const core::GraphView& view() const { return m_view; }
    [[nodiscard]] const std::map<std::string, core::NodePosition>& positions() const;
    [[nodiscard]] const std::vector<core::GraphArticle>& articles() const { return m_articles; }
    [[nodiscard]] const core::GraphArticle* article(core::ArticleId id) const; // nullptr if unknown
    [[nodiscard]] const std::string& articleText(core::ArticleId id) const;    // empty if unknown

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressed(int done, int total, const QString& what);
    // `errors` holds one line per input that failed, naming it.
    void importFinished(int imported, const QStringList& errors);
    // `error` is empty on success.
    void workspaceOpened(const QString& path, const QString& error);
    // A new graph snapshot with positions for every node.
    void viewChanged();
    // The list of edits changed (an edit added or reverted, a workspace opened).
    void editsChanged();
    // Something worth a status-bar line, or an error to show once.
    void messagePosted(const QString& message);
    void errorRaised(const QString& message);

private:
    struct EditEntry;
    void rebuild(core::LayoutAlgorithm algorithm = core::LayoutAlgorithm::Auto, bool fresh = false);
    void reextract();
    void savePositionsLater();
    void savePositionsNow();
    void setBusy(int delta);
    template <typename T, typename Work, typename Done>
    void runTask(QThreadPool* pool, Work work, Done done);
    [[nodiscard]] std::vector<core::EntityDefinition> lexiconAdditions() const;

    ExtractFunction m_extract;
    QThreadPool m_storePool; // one thread: every Workspace call runs here, in order
    std::shared_ptr<core::Workspace> m_workspace;
    QString m_workspacePath;
    bool m_workspaceFailed = false;
    std::vector<core::GraphArticle> m_articles;
    std::map<core::ArticleId, std::string> m_texts;
    std::vector<core::Edit> m_edits;
    std::map<std::int64_t, std::shared_ptr<std::atomic<std::int64_t>>> m_storedEditIds; // local id -> workspace id
    std::map<std::int64_t, core::EntityDefinition> m_definitions;                   // AddEntity edits
    std::int64_t m_nextEditId = 1;
    QString m_author = systemUserName();
    core::ArticleId m_nextArticleId = 1;
    core::GraphLevel m_level = core::GraphLevel::Agent;
    core::GraphView m_view;
    std::map<core::GraphLevel, std::map<std::string, core::NodePosition>> m_positions;
    QTimer m_saveTimer;
    int m_busy = 0;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace diplograph::ui
