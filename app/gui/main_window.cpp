#include "main_window.h"

#include "controller.h"
#include "graphview/edge_item.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "models/edit_command.h"
#include "models/filter_models.h"
#include "models/graph_models.h"
#include "models/quote_model.h"
#include "panels/article_view.h"
#include "panels/edits_panel.h"
#include "panels/review_panel.h"
#include "panels/filter_panel.h"
#include "panels/node_panel.h"
#include "panels/quote_panel.h"
#include "panels/timeline_chart.h"

#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace diplograph::gui {

MainWindow::MainWindow(ui::Controller* controller, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_relations(new ui::RelationModel(this)),
      m_actors(new ui::ActorModel(this)), m_articles(new ui::ArticleModel(this)),
      m_relationFilter(new ui::RelationFilterModel(this)), m_actorFilter(new ui::ActorFilterModel(m_relationFilter, this)),
      m_quoteModel(new ui::QuoteModel(controller, m_relationFilter, this)), m_scene(new ui::GraphScene(this)),
      m_canvas(new ui::GraphCanvas(m_scene)), m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Diplograph"));
    setAcceptDrops(true);
    m_relationFilter->setRelationModel(m_relations);
    m_actorFilter->setSourceModel(m_actors);
    buildPanels();
    buildActions();

    connect(m_controller, &ui::Controller::viewChanged, this, &MainWindow::onViewChanged);
    connect(m_controller, &ui::Controller::importFinished, this, &MainWindow::onImportFinished);
    connect(m_controller, &ui::Controller::progressed, this, [this](int done, int total, const QString& what) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(QStringLiteral("%1 %p%").arg(what));
    });
    connect(m_controller, &ui::Controller::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
        if (busy) {
            m_progress->setRange(0, 0);
        }
    });
    connect(m_controller, &ui::Controller::messagePosted, this, [this](const QString& message) {
        statusBar()->showMessage(message, 6000);
    });
    connect(m_controller, &ui::Controller::errorRaised, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
        if (!qEnvironmentVariableIsSet("DIPLOGRAPH_NO_DIALOGS")) {
            QMessageBox::warning(this, tr("Diplograph"), message);
        }
    });
    connect(m_controller, &ui::Controller::workspaceOpened, this, [this](const QString& path, const QString& error) {
        if (error.isEmpty()) {
            m_fitted = false;
            m_noWorkspace->hide();
            rememberWorkspace(path);
            return;
        }
        if (m_controller->workspaceMissing()) {
            showWorkspaceBanner(tr("%1: %2").arg(path, error));
        }
        if (!qEnvironmentVariableIsSet("DIPLOGRAPH_NO_DIALOGS")) {
            QMessageBox::warning(this, tr("Cannot open the workspace"), tr("%1\n\n%2").arg(path, error));
        }
    });
    connect(m_relationFilter, &ui::RelationFilterModel::filtersChanged, this, [this] {
        onFiltersChanged();
        if (!m_settingView) {
            m_canvas->fitAll(); // the analyst changed a filter or the articles selection: frame what is shown
        }
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_scene, &ui::GraphScene::actorMoved, this, [this](const QString& id, QPointF from, QPointF to) {
        m_undo->push(new ui::MoveCommand(m_controller, m_scene, id, from, to, m_controller->isPinned(id)));
    });
    connect(m_scene, &ui::GraphScene::graphReset, this, &MainWindow::onSceneReset);
    connect(m_quotes, &ui::QuotePanel::quoteActivated, this, [this](core::ArticleId article, core::ByteRange range, int) {
        m_article->showQuote(article, range);
    });
    connect(m_node, &ui::NodePanel::edgeActivated, this, &MainWindow::selectItem);
    connect(m_node, &ui::NodePanel::mentionActivated, m_article, &ui::ArticleView::showQuote);
    connect(m_article, &ui::ArticleView::sentenceHovered, this, &MainWindow::onSentenceHovered);
    connect(m_filters, &ui::FilterPanel::articlesRemovalRequested, this, &MainWindow::confirmRemoveArticles);
    connect(m_filters, &ui::FilterPanel::articleDateEdited, m_controller, &ui::Controller::setArticleDate);
    connect(m_filters, &ui::FilterPanel::articleActivated, m_article, &ui::ArticleView::showArticle);
    connect(m_article, &ui::ArticleView::addRelationRequested, this, &MainWindow::addRelation);
    connect(m_quotes, &ui::QuotePanel::confirmRequested, this, &MainWindow::confirmEdge);
    connect(m_quotes, &ui::QuotePanel::rejectRequested, this, &MainWindow::rejectEdge);
    connect(m_quotes, &ui::QuotePanel::retypeRequested, this, &MainWindow::retypeEdge);
    connect(m_quotes, &ui::QuotePanel::rejectQuoteRequested, this, &MainWindow::rejectQuote);
    connect(m_review, &ui::ReviewPanel::edgeSelected, this, [this](const QString& id) {
        if (!id.isEmpty() && m_tabs->currentWidget() == m_review) {
            selectItem(id);
        }
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(1480, 920);
    }
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("window/sideSplitter")).toByteArray());
    onViewChanged();
}

MainWindow::~MainWindow()
{
    // The scene outlives the models it reports to while children are deleted.
    m_scene->disconnect(this);
    m_controller->disconnect(this);
}

void MainWindow::buildPanels()
{
    m_filters = new ui::FilterPanel(m_relationFilter, m_articles);
    m_controller->setAuthor(QSettings().value(QStringLiteral("review/author"), ui::Controller::systemUserName()).toString());
    m_quotes = new ui::QuotePanel(m_quoteModel);
    m_node = new ui::NodePanel(m_controller, m_relationFilter);
    m_article = new ui::ArticleView(m_controller);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_quotes, tr("Quotes"));
    m_tabs->addTab(m_node, tr("Actor"));
    m_review = new ui::ReviewPanel(m_controller, m_relationFilter);
    m_edits = new ui::EditsPanel(m_controller);
    m_tabs->addTab(m_review, tr("Review"));
    m_tabs->addTab(m_edits, tr("Edits"));
    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->addWidget(m_tabs);
    m_sideSplitter->addWidget(m_article);
    m_sideSplitter->setSizes({420, 480});
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->addWidget(m_filters);
    m_mainSplitter->addWidget(m_canvas);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({250, 760, 470});
    m_mainSplitter->setChildrenCollapsible(false);
    // Above the panes, a banner for when no workspace could be opened: nothing would be saved.
    m_noWorkspace = new QFrame;
    m_noWorkspace->setObjectName(QStringLiteral("noWorkspaceBanner"));
    m_noWorkspace->setStyleSheet(QStringLiteral("#noWorkspaceBanner { background: #FCE8E6; border-bottom: 1px solid #D93025; }"));
    auto* bannerLayout = new QHBoxLayout(m_noWorkspace);
    m_noWorkspaceText = new QLabel(m_noWorkspace);
    m_noWorkspaceText->setWordWrap(true);
    bannerLayout->addWidget(m_noWorkspaceText, 1);
    auto* openButton = new QPushButton(tr("Open workspace…"), m_noWorkspace);
    auto* newButton = new QPushButton(tr("New workspace…"), m_noWorkspace);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openWorkspaceDialog);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newWorkspaceDialog);
    bannerLayout->addWidget(openButton);
    bannerLayout->addWidget(newButton);
    m_noWorkspace->hide();
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_noWorkspace);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_counts = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setVisible(false);
    connect(m_cancel, &QPushButton::clicked, m_controller, &ui::Controller::cancel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::showWorkspaceBanner(const QString& error)
{
    m_noWorkspaceText->setText(tr("<b>No workspace is open</b>, so nothing you import or edit would be saved. "
                                  "Open a workspace or create a new one.<br><span style=\"color:#5F6368;\">%1</span>")
                                   .arg(error.toHtmlEscaped()));
    m_noWorkspace->show();
}

void MainWindow::showReview()
{
    m_tabs->setCurrentWidget(m_review);
    m_review->queue()->setFocus();
    if (const QString id = m_review->currentEdgeId(); !id.isEmpty()) {
        selectItem(id); // the graph and the quotes follow the queue from its first edge
    }
}

void MainWindow::showEdits()
{
    m_tabs->setCurrentWidget(m_edits);
}

void MainWindow::setLevel(core::GraphLevel level)
{
    m_fitted = m_fitted && level == m_controller->level(); // the other level has its own layout: frame it
    m_controller->setLevel(level);
}

void MainWindow::relayout(core::LayoutAlgorithm algorithm)
{
    m_fitted = false;
    m_controller->relayout(algorithm);
}

void MainWindow::onViewChanged()
{
    const auto& view = m_controller->view();
    m_settingView = true; // the models' resets re-run the filters; that is no reason to re-fit
    m_relations->setView(&view);
    m_actors->setView(&view);
    // Reset the articles list only when the articles changed: a reset drops the analyst's selection there
    // while the filter it set stays on.
    const auto& articles = m_controller->articles();
    const auto& listed = m_articles->articles();
    const bool same = listed.size() == articles.size() &&
                      std::equal(listed.begin(), listed.end(), articles.begin(),
                                 [](const core::ArticleRecord& a, const core::GraphArticle& b) { return a.id == b.record.id; });
    if (!same) {
        std::vector<core::ArticleRecord> records;
        for (const auto& article : articles) {
            records.push_back(article.record);
        }
        m_articles->setArticles(std::move(records)); // the list's selection is gone: so is its restriction
        m_relationFilter->setArticles(std::nullopt);
        if (m_article->article() != 0 && !m_controller->article(m_article->article())) {
            m_article->clear(); // the article shown was removed
        }
    }
    m_settingView = false;
    m_scene->setGraph(view, m_controller->positions()); // onSceneReset follows, now or after a sliced build
}

void MainWindow::onSceneReset()
{
    const auto& view = m_controller->view();
    m_sentenceEdges.clear();
    for (const auto& edge : view.edges) {
        for (const auto& evidence : edge.evidence) {
            if (evidence.evidence) {
                m_sentenceEdges.insert({evidence.article, evidence.evidence->sentence}, QString::fromStdString(edge.id));
            }
        }
    }
    onFiltersChanged();
    onSelectionChanged();
    if (!m_fitted && !view.nodes.empty()) {
        m_fitted = true;
        m_canvas->fitAll();
    }
}

void MainWindow::onFiltersChanged()
{
    m_scene->setVisibleItems(m_actorFilter->visibleActorIds(), m_relationFilter->visibleEdgeIds());
    onSelectionChanged();
    updateStatus();
}

void MainWindow::onSelectionChanged()
{
    const QStringList edges = m_scene->selectedEdgeIds();
    const QStringList nodes = m_scene->selectedNodeIds();
    if (edges.size() == 1) {
        const int row = m_relations->rowOf(edges.front());
        const auto* edge = m_relations->edge(row);
        if (edge && m_relationFilter->visibleEdgeIds().contains(edges.front())) {
            m_quotes->setEdge(edge, m_relations->nodeName(edge->source), m_relations->nodeName(edge->target));
            // Every relation between the two, as the filters leave them: who criticised whom when.
            m_quotes->timeline()->setTimeline(core::pairTimeline(filteredView(), edge->source, edge->target),
                                              m_relations->nodeName(edge->source), m_relations->nodeName(edge->target));
            if (m_tabs->currentWidget() != m_review && m_tabs->currentWidget() != m_edits) {
                m_tabs->setCurrentWidget(m_quotes); // the review queue and the edits stay where the analyst is
            }
            return;
        }
    }
    if (nodes.size() == 1 && edges.isEmpty()) {
        m_node->setNode(nodes.front());
        if (m_tabs->currentWidget() != m_review && m_tabs->currentWidget() != m_edits) {
            m_tabs->setCurrentWidget(m_node);
        }
    }
    if (edges.isEmpty()) {
        m_quotes->setEdge(nullptr, {}, {});
    }
    if (nodes.isEmpty()) {
        m_node->setNode({});
    }
}

void MainWindow::onSentenceHovered(core::ArticleId article, int sentence)
{
    QSet<QString> lit;
    if (sentence >= 0) {
        for (const auto& id : m_sentenceEdges.values({article, sentence})) {
            if (m_relationFilter->visibleEdgeIds().contains(id)) {
                lit.insert(id);
            }
        }
    }
    m_scene->lightEdges(lit);
}

void MainWindow::selectItem(const QString& id)
{
    m_scene->selectOnly(id);
    if (m_canvas->zoom() < 0.8) {
        m_canvas->zoomBy(1.0 / m_canvas->zoom()); // close enough to read the labels around it
    }
    if (auto* node = m_scene->node(id)) {
        m_canvas->centreOn(node->pos());
    } else if (auto* edge = m_scene->edge(id)) {
        m_canvas->centreOn(edge->midPoint());
    }
}

void MainWindow::updateStatus()
{
    const auto& view = m_controller->view();
    m_counts->setText(tr("%1 article(s) · %2 of %3 actor(s) · %4 of %5 relation(s) · %6 level")
                          .arg(m_controller->articles().size())
                          .arg(m_actorFilter->rowCount())
                          .arg(view.nodes.size())
                          .arg(m_relationFilter->rowCount())
                          .arg(view.edges.size())
                          .arg(view.level == core::GraphLevel::Entity ? tr("entity") : tr("agent")));
}

void MainWindow::onImportFinished(int imported, const QStringList& errors)
{
    statusBar()->showMessage(tr("Imported %n article(s)", nullptr, imported), 6000);
    if (imported > 0) {
        m_fitted = false; // new actors may lie outside the view; frame the graph when it arrives
    }
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Some inputs were not imported"),
                        tr("%n input(s) could not be imported; the others were.", nullptr, static_cast<int>(errors.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')));
        if (qEnvironmentVariableIsSet("DIPLOGRAPH_NO_DIALOGS")) {
            return; // tests and headless runs
        }
        box.exec();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("view/level"), QString::fromLatin1(core::graphLevelName(m_controller->level())));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const auto& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    m_controller->importPaths(paths);
    event->acceptProposedAction();
}

} // namespace diplograph::gui
