#pragma once

#include "diplograph/export.h"
#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <optional>
#include <string>
#include <QMainWindow>
#include <QMultiHash>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace diplograph::ui {
class ActorFilterModel;
class ActorModel;
class ArticleModel;
class ArticleView;
class Controller;
class FilterPanel;
class GraphCanvas;
class GraphScene;
class EditsPanel;
class NodePanel;
class ReviewPanel;
class QuoteModel;
class QuotePanel;
class RelationFilterModel;
class RelationModel;
} // namespace diplograph::ui

namespace diplograph::gui {

// The window: filters on the left, the graph in the middle, quotes / actor details and the article on the
// right. It wires the controller, models and panels together; the work itself lives in ui/.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ui::Controller* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ui::GraphScene* scene() const { return m_scene; }
    [[nodiscard]] ui::GraphCanvas* canvas() const { return m_canvas; }
    [[nodiscard]] ui::QuotePanel* quotePanel() const { return m_quotes; }
    [[nodiscard]] ui::ArticleView* articleView() const { return m_article; }
    [[nodiscard]] ui::NodePanel* nodePanel() const { return m_node; }
    [[nodiscard]] ui::FilterPanel* filterPanel() const { return m_filters; }
    [[nodiscard]] ui::EditsPanel* editsPanel() const { return m_edits; }
    [[nodiscard]] ui::ReviewPanel* reviewPanel() const { return m_review; }
    // Shows the review queue (or the edits) in the side tabs.
    void showReview();
    void showEdits();
    // Opens the add-relation dialog for `range` (bytes) of `article` and stores the relation it describes.
    void addRelation(core::ArticleId article, core::ByteRange range);
    [[nodiscard]] ui::RelationFilterModel* relationFilter() const { return m_relationFilter; }
    [[nodiscard]] ui::ActorFilterModel* actorFilter() const { return m_actorFilter; }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    [[nodiscard]] QLabel* statusCounts() const { return m_counts; }

    // Switches between the agent and entity graphs (the View menu's toggle).
    void setLevel(core::GraphLevel level);
    // Lays the graph out afresh (pinned nodes stay) and fits the new picture when it arrives.
    void relayout(core::LayoutAlgorithm algorithm);
    // Selects an edge or node by id and centres on it, as a click would.
    void selectItem(const QString& id);
    // Writes an image with the window's title and legend; returns an error message, empty on success.
    QString exportImage(const QString& path, bool visibleOnly, double scale, bool transparent);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPanels();
    void buildActions();
    void onViewChanged();
    void onSceneReset();
    void onFiltersChanged();
    void onSelectionChanged();
    void onSentenceHovered(core::ArticleId article, int sentence);
    void onImportFinished(int imported, const QStringList& errors);
    void updateStatus();
    void openWorkspaceDialog();
    void newWorkspaceDialog();
    void confirmRemoveArticles(const QList<core::ArticleId>& ids);
    void showWorkspaceBanner(const QString& error);
    void updateRecentMenu();
    void rememberWorkspace(const QString& path);
    void importFilesDialog();
    void importFolderDialog();
    void pasteDialog();
    void exportImageDialog();
    void exportDataDialog(core::ExportFormat format);
    void exportReportDialog();
    [[nodiscard]] core::GraphView filteredView() const;
    void renameActor();
    void mergeActors();
    void hideActor();
    void addAlias();
    void addActor();
    void findActor();
    void showShortcuts();
    void pushEdit(core::Edit edit, const QString& actorName, const QString& otherName = {});
    [[nodiscard]] const core::GraphEdge* selectedEdge() const;
    void pushEdgeEdit(core::Edit edit, const core::GraphEdge& edge);
    [[nodiscard]] std::optional<std::string> askReason(const QString& title, const QString& prompt);
    void confirmEdge();
    void rejectEdge();
    void retypeEdge();
    void rejectQuote(int row);
    void setAnalystName();
    [[nodiscard]] QString selectedActorId() const;
    [[nodiscard]] QString actorName(const QString& id) const;
    [[nodiscard]] QString graphTitle() const;

    ui::Controller* m_controller;
    ui::RelationModel* m_relations;
    ui::ActorModel* m_actors;
    ui::ArticleModel* m_articles;
    ui::RelationFilterModel* m_relationFilter;
    ui::ActorFilterModel* m_actorFilter;
    ui::QuoteModel* m_quoteModel;
    ui::GraphScene* m_scene;
    ui::GraphCanvas* m_canvas;
    ui::QuotePanel* m_quotes = nullptr;
    ui::ArticleView* m_article = nullptr;
    ui::NodePanel* m_node = nullptr;
    ui::FilterPanel* m_filters = nullptr;
    ui::EditsPanel* m_edits = nullptr;
    ui::ReviewPanel* m_review = nullptr;
    QTabWidget* m_tabs = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_sideSplitter = nullptr;
    QUndoStack* m_undo;
    QLabel* m_counts = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLineEdit* m_search = nullptr;
    QMenu* m_recentMenu = nullptr;
    QWidget* m_noWorkspace = nullptr; // the banner shown while no workspace could be opened
    QLabel* m_noWorkspaceText = nullptr;
    QMultiHash<QPair<qint64, int>, QString> m_sentenceEdges; // (article, sentence) -> edge ids
    bool m_fitted = false;
    bool m_settingView = false; // true while onViewChanged resets the models
};

} // namespace diplograph::gui
