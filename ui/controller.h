#pragma once

#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace diplograph::ui {

// One input for an import: a file path, or pasted text with its own title and source.
struct ImportRequest {
    QString path;        // empty for pasted text
    QString title;       // pasted text only; files take the extracted headline or their name
    QString source;
    QString date;        // yyyy-mm-dd or empty
    QByteArray text;     // pasted text only
};

// Owns the articles, edits and node positions, and is their only writer. Extraction, graph building and
// layout run on a worker thread (QtConcurrent); results come back as signals on the GUI thread.
class Controller : public QObject {
    Q_OBJECT
public:
    using ExtractFunction = std::function<core::Result<core::ArticleResult>(std::string bytes)>;

    explicit Controller(QObject* parent = nullptr);
    ~Controller() override;

    // Replaces the extractor (tests and benchmarks inject their own); called on the worker thread.
    void setExtractFunction(ExtractFunction extract);

    // Starts importing; files that fail are named in importFinished and the others still import.
    void importItems(std::vector<ImportRequest> items);
    // Expands folders into their .txt/.md/.html files and imports everything.
    void importPaths(const QStringList& paths);
    // Adds already extracted articles (benchmarks, workspace loading) and rebuilds the graph.
    void addArticles(std::vector<core::GraphArticle> articles, std::map<core::ArticleId, std::string> texts);
    void cancel();
    [[nodiscard]] bool isBusy() const;

    [[nodiscard]] core::GraphLevel level() const { return m_level; }
    void setLevel(core::GraphLevel level);
    // Lays out again with `algorithm`; pinned nodes keep their place.
    void relayout(core::LayoutAlgorithm algorithm);
    // Records where the analyst dropped a node; it becomes pinned.
    void moveActor(const QString& id, QPointF position);
    void setPinned(const QString& id, bool pinned);

    // Adds an analyst edit and rebuilds; returns its id (for removeEdit, used by undo).
    std::int64_t addEdit(core::Edit edit);
    void removeEdit(std::int64_t id);
    [[nodiscard]] const std::vector<core::Edit>& edits() const { return m_edits; }

    [[nodiscard]] const core::GraphView& view() const { return m_view; }
    [[nodiscard]] const std::map<std::string, core::NodePosition>& positions() const { return m_positions; }
    [[nodiscard]] const std::vector<core::GraphArticle>& articles() const { return m_articles; }
    [[nodiscard]] const core::GraphArticle* article(core::ArticleId id) const;    // nullptr if unknown
    [[nodiscard]] const std::string& articleText(core::ArticleId id) const;       // empty if unknown

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressed(int done, int total, const QString& what);
    // `errors` holds one line per input that failed, naming it.
    void importFinished(int imported, const QStringList& errors);
    // A new graph snapshot with positions for every node.
    void viewChanged();
    void positionMoved(const QString& id, QPointF position);

private:
    struct Rebuild;
    void rebuild(core::LayoutAlgorithm algorithm = core::LayoutAlgorithm::Auto, bool fresh = false);
    void setBusy(int delta);

    ExtractFunction m_extract;
    std::vector<core::GraphArticle> m_articles;
    std::map<core::ArticleId, std::string> m_texts;
    std::vector<core::Edit> m_edits;
    std::int64_t m_nextEditId = 1;
    core::ArticleId m_nextArticleId = 1;
    core::GraphLevel m_level = core::GraphLevel::Entity;
    core::GraphView m_view;
    std::map<std::string, core::NodePosition> m_positions;
    int m_busy = 0;
    int m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace diplograph::ui
