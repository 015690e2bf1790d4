// The window's menus, toolbar and the dialogs behind them.
#include "main_window.h"

#include "controller.h"
#include "export/data_exporter.h"
#include "export/report_exporter.h"
#include "export/export_job.h"
#include "export/image_exporter.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "models/actor_names.h"
#include "models/edit_command.h"
#include "models/filter_models.h"
#include "models/graph_models.h"
#include "models/roles.h"
#include "panels/article_view.h"
#include "panels/paste_dialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QAbstractButton>
#include <QCompleter>
#include <QPushButton>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QProgressBar>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace diplograph::gui {

namespace {

} // namespace

QString lastFolder(const char* key)
{
    // A folder that no longer exists (or a Documents folder never created) would make the dialog start in the
    // process's working directory: fall back to Documents, then home.
    const QString stored = QSettings().value(QLatin1String(key)).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir()) {
        return stored;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

namespace {

} // namespace

void MainWindow::buildActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open workspace…"), this, &MainWindow::openWorkspaceDialog)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspaceDialog)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_recentMenu = file->addMenu(tr("&Recent workspaces"));
    updateRecentMenu();
    file->addSeparator();
    auto* importFiles = file->addAction(tr("&Import articles…"), this, &MainWindow::importFilesDialog);
    importFiles->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import &folder…"), this, &MainWindow::importFolderDialog);
    auto* paste = file->addAction(tr("&Paste article…"), this, &MainWindow::pasteDialog);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    file->addAction(tr("Re-e&xtract all articles"), m_controller, &ui::Controller::reextractAll);
    file->addSeparator();
    auto* exportImage = file->addAction(tr("&Export image…"), this, &MainWindow::exportImageDialog);
    exportImage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* exportData = file->addMenu(tr("Export &data"));
    for (auto format : {core::ExportFormat::GraphMl, core::ExportFormat::Gexf, core::ExportFormat::Csv, core::ExportFormat::Json,
                        core::ExportFormat::CytoscapeJson, core::ExportFormat::Dot}) {
        static const char* names[] = {"", "&GraphML…", "G&EXF…", "&DOT…", "&CSV…", "&JSON…", "C&ytoscape JSON…"};
        exportData->addAction(tr(names[static_cast<int>(format)]), this, [this, format] { exportDataDialog(format); });
    }
    file->addAction(tr("Export &report…"), this, &MainWindow::exportReportDialog);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    auto* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Rename actor…"), this, &MainWindow::renameActor)->setShortcut(Qt::Key_F2);
    edit->addAction(tr("&Merge actors…"), this, &MainWindow::mergeActors)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    edit->addAction(tr("&Hide actor"), this, &MainWindow::hideActor)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    edit->addAction(tr("Add &alias…"), this, &MainWindow::addAlias);
    edit->addAction(tr("Add a&ctor to lexicon…"), this, &MainWindow::addActor);
    edit->addSeparator();
    edit->addAction(tr("Add r&elation from the article…"), m_article->addRelationAction(), &QAction::trigger);
    edit->addAction(tr("Re&view queue"), this, &MainWindow::showReview)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    edit->addAction(tr("All e&dits…"), this, &MainWindow::showEdits);
    edit->addAction(tr("Analyst &name…"), this, &MainWindow::setAnalystName);
    edit->addSeparator();
    auto* find = edit->addAction(tr("&Find actor…"), this, &MainWindow::findActor);
    find->setShortcut(QKeySequence::Find);

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* levels = new QActionGroup(this);
    auto* agents = view->addAction(tr("&Agents"), this, [this] { setLevel(core::GraphLevel::Agent); });
    auto* entities = view->addAction(tr("&Entities (agents folded into their state)"), this,
                                     [this] { setLevel(core::GraphLevel::Entity); });
    agents->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    entities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    for (auto* action : {agents, entities}) {
        action->setCheckable(true);
        levels->addAction(action);
    }
    entities->setIconText(tr("Entities")); // the toolbar's short label
    agents->setToolTip(tr("Agents: embassies, ministries and spokespersons as their own nodes (Ctrl+1)"));
    entities->setToolTip(tr("Entities: agents folded into their state or organisation (Ctrl+2)"));
    (m_controller->level() == core::GraphLevel::Entity ? entities : agents)->setChecked(true);
    view->addSeparator();
    view->addAction(tr("Zoom &in  (+)"), this, [this] { m_canvas->zoomBy(1.25); });
    view->addAction(tr("Zoom &out  (−)"), this, [this] { m_canvas->zoomBy(0.8); });
    view->addAction(tr("&Fit graph  (F)"), this, [this] { m_canvas->fitAll(); });
    view->addSeparator();
    auto* legend = view->addAction(tr("Show &legend"));
    legend->setObjectName(QStringLiteral("showLegend"));
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(QStringLiteral("view/legend"), true).toBool());
    m_canvas->setLegendVisible(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(QStringLiteral("view/legend"), shown);
        m_canvas->setLegendVisible(shown);
        m_canvas->fitAll(); // the room the legend took is free now, or taken again
    });

    auto* layout = menuBar()->addMenu(tr("&Layout"));
    layout->addAction(tr("&Force-directed"), this, [this] { relayout(core::LayoutAlgorithm::Auto); });
    layout->addAction(tr("&Kamada–Kawai"), this, [this] { relayout(core::LayoutAlgorithm::KamadaKawai); });
    layout->addAction(tr("&Circle"), this, [this] { relayout(core::LayoutAlgorithm::Circle); });
    layout->addSeparator();
    layout->addAction(tr("&Unpin selected"), this, [this] {
        for (const auto& id : m_scene->selectedNodeIds()) {
            m_controller->setPinned(id, false);
        }
    });

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Diplograph"), this, [this] {
        QMessageBox::about(this, tr("About Diplograph"),
                           tr("<b>Diplograph</b> %1<br>Actors and relations in news articles, with the quotes behind them.")
                               .arg(QStringLiteral(DIPLOGRAPH_VERSION)));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(importFiles);
    toolbar->addAction(paste);
    toolbar->addSeparator();
    toolbar->addAction(agents);
    toolbar->addAction(entities);
    toolbar->addSeparator();
    toolbar->addAction(tr("Re-layout"), this, [this] { relayout(core::LayoutAlgorithm::Auto); });
    toolbar->addAction(tr("Fit"), this, [this] { m_canvas->fitAll(); });
    toolbar->addAction(exportImage);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(toolbar);
    m_search->setObjectName(QStringLiteral("findActor"));
    m_search->setPlaceholderText(tr("Find actor (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(240);
    auto* completer = new QCompleter(m_actors, m_search);
    completer->setCompletionColumn(ui::ActorModel::NameColumn);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    const auto go = [this](const QString& text) {
        for (int row = 0; row < m_actors->rowCount(); ++row) {
            const QModelIndex index = m_actors->index(row, ui::ActorModel::NameColumn);
            if (index.data().toString().compare(text, Qt::CaseInsensitive) == 0 ||
                index.data(ui::IdRole).toString().compare(text, Qt::CaseInsensitive) == 0) {
                selectItem(index.data(ui::IdRole).toString());
                return;
            }
        }
        // Then aliases and the names as the articles write them ("Turkey" finds Türkiye).
        const QString id = ui::actorNameIndex(*m_controller).value(ui::actorNameKey(text));
        if (!id.isEmpty() && m_actors->rowOf(id) >= 0) {
            selectItem(id);
            return;
        }
        statusBar()->showMessage(tr("No actor called “%1”").arg(text), 4000);
    };
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, go);
    connect(m_search, &QLineEdit::returnPressed, this, [this, go] { go(m_search->text()); });
    toolbar->addWidget(m_search);
    connect(m_controller, &ui::Controller::viewChanged, this, [levels, agents, entities, this] {
        (m_controller->level() == core::GraphLevel::Entity ? entities : agents)->setChecked(true);
    });
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a workspace"), lastFolder("workspace/folder"),
                                                      tr("Diplograph workspaces (*.diplograph);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("workspace/folder"), QFileInfo(path).absolutePath());
        m_controller->openWorkspace(path);
    }
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Create a workspace"),
                                                lastFolder("workspace/folder") + QStringLiteral("/articles.diplograph"),
                                                tr("Diplograph workspaces (*.diplograph)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".diplograph"))) {
        path += QStringLiteral(".diplograph");
    }
    if (QFileInfo::exists(path)) {
        QFile::remove(path); // the dialog asked before overwriting; a new workspace starts empty
    }
    QSettings().setValue(QStringLiteral("workspace/folder"), QFileInfo(path).absolutePath());
    m_controller->openWorkspace(path);
}

void MainWindow::confirmRemoveArticles(const QList<core::ArticleId>& ids)
{
    QMessageBox box(QMessageBox::Question, tr("Remove articles"),
                    tr("Remove %n article(s) and everything extracted from them from the workspace?", nullptr,
                       static_cast<int>(ids.size())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Edit ▸ Undo (Ctrl+Z) puts them back."));
    auto* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(remove)) {
        m_undo->push(new ui::RemoveArticlesCommand(m_controller, ids));
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    for (const auto& path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { m_controller->openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberWorkspace(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("workspace/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("workspace/recent"), recent.mid(0, 8));
    updateRecentMenu();
    setWindowTitle(tr("Diplograph — %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::importFilesDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import articles"), lastFolder("import/folder"),
                                                            tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    if (!paths.isEmpty()) {
        QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(paths.front()).absolutePath());
        m_controller->importPaths(paths);
    }
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder of articles"), lastFolder("import/folder"));
    if (!folder.isEmpty()) {
        QSettings().setValue(QStringLiteral("import/folder"), folder);
        m_controller->importPaths({folder});
    }
}

void MainWindow::pasteDialog()
{
    ui::PasteDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_controller->importItems({dialog.item()});
    }
}

QString MainWindow::graphTitle() const
{
    const auto& articles = m_controller->articles();
    if (articles.size() == 1) {
        return QString::fromStdString(articles.front().record.title);
    }
    return tr("Diplograph — %n article(s)", nullptr, static_cast<int>(articles.size()));
}

QString MainWindow::exportImage(const QString& path, bool visibleOnly, double scale, bool transparent)
{
    ui::ImageExportOptions options;
    options.region = visibleOnly ? ui::ImageExportOptions::Region::Visible : ui::ImageExportOptions::Region::Whole;
    options.scale = scale;
    options.transparent = transparent;
    options.title = graphTitle();
    return ui::ImageExporter(m_scene, m_canvas).write(path, options);
}

void MainWindow::exportImageDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"), lastFolder("export/folder") + QStringLiteral("/graph.png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    bool ok = true;
    const QStringList regions = {tr("Whole graph"), tr("Visible area")};
    const QString region = QInputDialog::getItem(this, tr("Export image"), tr("Region"), regions, 0, false, &ok);
    if (!ok) {
        return;
    }
    int scale = 2;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        scale = QInputDialog::getInt(this, tr("Export image"), tr("Scale (1× to 4×)"), 2, 1, 4, 1, &ok);
        if (!ok) {
            return;
        }
    }
    const QStringList backgrounds = {tr("White"), tr("Transparent")};
    const QString background = QInputDialog::getItem(this, tr("Export image"), tr("Background"), backgrounds, 0, false, &ok);
    if (!ok) {
        return;
    }
    ui::ImageExportOptions options;
    options.region = region == regions[1] ? ui::ImageExportOptions::Region::Visible : ui::ImageExportOptions::Region::Whole;
    options.scale = scale;
    options.transparent = background == backgrounds[1];
    options.title = graphTitle();
    // Big graphs take a while to draw: the job paints in slices and reports back.
    auto* job = ui::ExportJob::start(m_scene, m_canvas, path, options);
    m_progress->setVisible(true);
    m_progress->setFormat(tr("Exporting %p%"));
    connect(job, &ui::ExportJob::progressed, m_progress, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(job, &ui::ExportJob::finished, this, [this, path](const QString& error) {
        m_progress->setVisible(m_controller->isBusy());
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Export failed"), error);
        } else {
            statusBar()->showMessage(tr("Wrote %1").arg(path), 6000);
        }
    });
}

void MainWindow::exportDataDialog(core::ExportFormat format)
{
    const QString suffix = ui::exportFormatSuffix(format);
    const QString proposed = lastFolder("export/folder") + QStringLiteral("/graph") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export data"), proposed, ui::exportFormatFilter(format));
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Export failed"), error);
        } else {
            statusBar()->showMessage(tr("Wrote %1").arg(path), 6000);
        }
    });
    std::map<std::string, core::Point> positions;
    for (const auto& [id, position] : m_controller->positions()) {
        positions[id] = position.point;
    }
    watcher->setFuture(ui::exportDataAsync(filteredView(), std::move(positions), format, path));
}

void MainWindow::exportReportDialog()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), lastFolder("export/folder") + QStringLiteral("/briefing.html"),
                                                      tr("HTML page (*.html);;PDF, A4 (*.pdf);;PDF, Letter (*.pdf)"), &filter);
    if (path.isEmpty()) {
        return;
    }
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    // Selected edges, else every edge the filters show.
    const QStringList selected = m_scene->selectedEdgeIds();
    const auto view = filteredView();
    const QString error = ui::exportReport(view, m_scene, path, selected, m_controller->edits(), graphTitle(),
                                           filter.contains(QLatin1String("Letter")) ? QPageSize::Letter : QPageSize::A4);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), error);
    } else {
        statusBar()->showMessage(tr("Wrote %1").arg(path), 6000);
    }
}

core::GraphView MainWindow::filteredView() const
{
    // What the window shows: the filters' edges and actors, with the quotes they keep.
    core::GraphView view = m_controller->view();
    const QSet<QString> actors = m_actorFilter->visibleActorIds();
    std::erase_if(view.nodes, [&](const core::GraphNode& node) { return !actors.contains(QString::fromStdString(node.id)); });
    std::erase_if(view.edges, [&](const core::GraphEdge& edge) {
        return !m_relationFilter->visibleEdgeIds().contains(QString::fromStdString(edge.id));
    });
    for (auto& edge : view.edges) {
        std::erase_if(edge.evidence, [&](const core::EvidenceRef& evidence) { return !m_relationFilter->acceptsEvidence(evidence); });
        edge.weight = static_cast<int>(edge.evidence.size());
    }
    return view;
}

void MainWindow::findActor()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table cellspacing=6>"
           "<tr><td><b>Ctrl+O</b></td><td>Import articles</td></tr>"
           "<tr><td><b>Ctrl+Shift+O</b></td><td>Open or create a workspace</td></tr>"
           "<tr><td><b>Ctrl+Shift+V</b></td><td>Paste an article</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>Export image</td></tr>"
           "<tr><td><b>Ctrl+F</b></td><td>Find an actor</td></tr>"
           "<tr><td><b>Ctrl+1 / Ctrl+2</b></td><td>Agents / entities</td></tr>"
           "<tr><td><b>+ / − / wheel</b></td><td>Zoom (around the cursor)</td></tr>"
           "<tr><td><b>F</b></td><td>Fit the graph</td></tr>"
           "<tr><td><b>Drag background</b></td><td>Pan</td></tr>"
           "<tr><td><b>Shift+drag</b></td><td>Select with a rubber band</td></tr>"
           "<tr><td><b>Drag a node</b></td><td>Move and pin it</td></tr>"
           "<tr><td><b>F2</b></td><td>Rename the selected actor</td></tr>"
           "<tr><td><b>Ctrl+M</b></td><td>Merge the two selected actors</td></tr>"
           "<tr><td><b>Ctrl+H</b></td><td>Hide the selected actors</td></tr>"
           "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / redo an edit or a node move</td></tr>"
           "<tr><td><b>Ctrl+C</b> (quote list)</td><td>Copy the quote with its article</td></tr>"
           "<tr><td><b>Delete</b> (article list)</td><td>Remove the selected articles</td></tr>"
           "</table>"));
}

} // namespace diplograph::gui
