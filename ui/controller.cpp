#include "controller.h"

#include "models/dev_extractor.h"
#include "models/local_graph.h"
#include "models/local_layout.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace diplograph::ui {

namespace {

struct ImportBatch {
    std::vector<core::GraphArticle> articles;
    std::map<core::ArticleId, std::string> texts;
    QStringList errors;
};

struct RebuildResult {
    core::GraphView view;
    std::map<std::string, core::NodePosition> positions;
};

QString displayName(const ImportRequest& item)
{
    return item.path.isEmpty() ? (item.title.isEmpty() ? QStringLiteral("pasted text") : item.title)
                               : QFileInfo(item.path).fileName();
}

} // namespace

Controller::Controller(QObject* parent) : QObject(parent), m_extract(&devExtract) {}

Controller::~Controller()
{
    cancel();
    // Workers hold only copies and the cancel flag; wait so none outlives the objects it reports to.
    QThreadPool::globalInstance()->waitForDone();
}

void Controller::setExtractFunction(ExtractFunction extract)
{
    m_extract = std::move(extract);
}

bool Controller::isBusy() const
{
    return m_busy > 0;
}

void Controller::setBusy(int delta)
{
    const bool was = isBusy();
    m_busy += delta;
    if (was != isBusy()) {
        Q_EMIT busyChanged(isBusy());
    }
}

void Controller::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void Controller::importPaths(const QStringList& paths)
{
    std::vector<ImportRequest> items;
    for (const auto& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, {"*.txt", "*.md", "*.markdown", "*.html", "*.htm"}, QDir::Files,
                            QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                found << it.next();
            }
            found.sort();
            for (const auto& file : found) {
                items.push_back({file, {}, file, {}, {}});
            }
        } else {
            items.push_back({path, {}, path, {}, {}});
        }
    }
    importItems(std::move(items));
}

void Controller::importItems(std::vector<ImportRequest> items)
{
    if (items.empty()) {
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    const core::ArticleId firstId = m_nextArticleId;
    m_nextArticleId += static_cast<core::ArticleId>(items.size());
    auto extract = m_extract;
    setBusy(+1);
    auto* watcher = new QFutureWatcher<ImportBatch>(this);
    connect(watcher, &QFutureWatcher<ImportBatch>::progressValueChanged, this, [this, watcher](int value) {
        Q_EMIT progressed(value, watcher->progressMaximum(), tr("Importing articles"));
    });
    connect(watcher, &QFutureWatcher<ImportBatch>::finished, this, [this, watcher] {
        watcher->deleteLater();
        setBusy(-1);
        if (watcher->future().resultCount() == 0) {
            Q_EMIT importFinished(0, {tr("Import cancelled")});
            return;
        }
        ImportBatch batch = watcher->future().takeResult();
        const int imported = static_cast<int>(batch.articles.size());
        if (imported > 0) {
            addArticles(std::move(batch.articles), std::move(batch.texts));
        }
        Q_EMIT importFinished(imported, batch.errors);
    });
    watcher->setFuture(QtConcurrent::run([items = std::move(items), extract, cancelFlag, firstId](QPromise<ImportBatch>& promise) {
        ImportBatch batch;
        promise.setProgressRange(0, static_cast<int>(items.size()));
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (cancelFlag->load()) {
                batch.errors << QObject::tr("Import cancelled after %1 of %2 articles").arg(i).arg(items.size());
                break;
            }
            const auto& item = items[i];
            QByteArray bytes = item.text;
            if (!item.path.isEmpty()) {
                QFile file(item.path);
                if (!file.open(QIODevice::ReadOnly)) {
                    batch.errors << QObject::tr("%1: %2").arg(displayName(item), file.errorString());
                    promise.setProgressValue(static_cast<int>(i + 1));
                    continue;
                }
                bytes = file.readAll();
            }
            auto result = extract(bytes.toStdString());
            promise.setProgressValue(static_cast<int>(i + 1));
            if (!result) {
                batch.errors << QObject::tr("%1: %2").arg(displayName(item), QString::fromStdString(result.error().message));
                continue;
            }
            core::GraphArticle article;
            article.record.id = firstId + static_cast<core::ArticleId>(i);
            const auto& extracted = result.value();
            article.record.title = !item.title.isEmpty() ? item.title.toStdString()
                                   : extracted.article.title ? *extracted.article.title
                                                             : QFileInfo(item.path).completeBaseName().toStdString();
            article.record.source = item.source.toStdString();
            if (!item.date.isEmpty()) {
                article.record.date = item.date.toStdString();
            }
            article.record.sha256 = extracted.article.sha256;
            article.record.bytes = static_cast<std::size_t>(bytes.size());
            article.record.actorCount = extracted.actors.size();
            article.record.relationCount = extracted.relations.size();
            for (const auto& relation : extracted.relations) {
                article.record.evidenceCount += relation.evidence.size();
            }
            article.result = std::make_shared<const core::ArticleResult>(std::move(result).value());
            batch.texts[article.record.id] = bytes.toStdString();
            batch.articles.push_back(std::move(article));
        }
        promise.addResult(std::move(batch));
    }));
}

void Controller::addArticles(std::vector<core::GraphArticle> articles, std::map<core::ArticleId, std::string> texts)
{
    for (auto& article : articles) {
        if (article.record.id == 0) {
            article.record.id = m_nextArticleId++;
        }
        m_nextArticleId = std::max(m_nextArticleId, article.record.id + 1);
        m_articles.push_back(std::move(article));
    }
    m_texts.merge(texts);
    rebuild();
}

void Controller::setLevel(core::GraphLevel level)
{
    if (level != m_level) {
        m_level = level;
        rebuild();
    }
}

void Controller::relayout(core::LayoutAlgorithm algorithm)
{
    rebuild(algorithm, true);
}

void Controller::moveActor(const QString& id, QPointF position)
{
    auto& stored = m_positions[id.toStdString()];
    stored.point = {position.x(), position.y()};
    stored.pinned = true;
    Q_EMIT positionMoved(id, position);
}

void Controller::setPinned(const QString& id, bool pinned)
{
    if (auto it = m_positions.find(id.toStdString()); it != m_positions.end()) {
        it->second.pinned = pinned;
    }
}

std::int64_t Controller::addEdit(core::Edit edit)
{
    edit.id = m_nextEditId++;
    m_edits.push_back(edit);
    rebuild();
    return edit.id;
}

void Controller::removeEdit(std::int64_t id)
{
    std::erase_if(m_edits, [id](const core::Edit& edit) { return edit.id == id; });
    rebuild();
}

const core::GraphArticle* Controller::article(core::ArticleId id) const
{
    for (const auto& article : m_articles) {
        if (article.record.id == id) {
            return &article;
        }
    }
    return nullptr;
}

const std::string& Controller::articleText(core::ArticleId id) const
{
    static const std::string empty;
    const auto it = m_texts.find(id);
    return it == m_texts.end() ? empty : it->second;
}

void Controller::rebuild(core::LayoutAlgorithm algorithm, bool fresh)
{
    const int generation = ++m_generation;
    setBusy(+1);
    auto* watcher = new QFutureWatcher<RebuildResult>(this);
    connect(watcher, &QFutureWatcher<RebuildResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        setBusy(-1);
        if (generation != m_generation || watcher->future().resultCount() == 0) {
            return; // a newer rebuild supersedes this one
        }
        RebuildResult result = watcher->future().takeResult();
        m_view = std::move(result.view);
        for (auto& [id, position] : result.positions) {
            m_positions[id] = position;
        }
        Q_EMIT viewChanged();
    });
    watcher->setFuture(QtConcurrent::run([articles = m_articles, level = m_level, edits = m_edits,
                                          known = m_positions, algorithm, fresh] {
        RebuildResult result;
        result.view = buildLocalView(articles, level, edits);
        core::LayoutOptions options;
        options.algorithm = algorithm;
        bool missing = fresh;
        for (const auto& node : result.view.nodes) {
            const auto it = known.find(node.id);
            if (it == known.end()) {
                missing = true;
            } else if (!fresh || it->second.pinned) {
                // Incremental rebuilds keep every known node where it is; only new ones are placed.
                options.fixed[node.id] = {it->second.point, true};
            }
        }
        if (!missing) {
            return result;
        }
        for (auto& [id, point] : localLayout(result.view, options)) {
            const auto it = known.find(id);
            result.positions[id] = {point, it != known.end() && it->second.pinned};
        }
        return result;
    }));
}

} // namespace diplograph::ui
