#include "controller.h"

#include "controller_task.h"
#include "worker_pool.h"

#include "diplograph/article_metadata.h"
#include "diplograph/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace diplograph::ui {

namespace {

struct ImportBatch {
    std::vector<core::GraphArticle> articles;
    std::map<core::ArticleId, std::string> texts;
    QStringList errors;
    std::size_t duplicates = 0;
};

struct OpenedWorkspace {
    std::shared_ptr<core::Workspace> workspace;
    QString error;
    std::vector<core::GraphArticle> articles;
    std::map<core::ArticleId, std::string> texts;
    std::vector<core::Edit> edits;
    std::map<core::GraphLevel, std::map<std::string, core::NodePosition>> positions;
};

QString displayName(const ImportRequest& item)
{
    return item.path.isEmpty() ? (item.title.isEmpty() ? QStringLiteral("pasted text") : item.title)
                               : QFileInfo(item.path).fileName();
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

core::ArticleRecord recordFor(const core::ArticleResult& result, core::ArticleId id, const core::ArticleInput& input)
{
    core::ArticleRecord record;
    record.id = id;
    record.title = input.title;
    record.source = input.source;
    record.date = input.date;
    record.sha256 = result.article.sha256;
    record.bytes = input.text.size();
    record.actorCount = result.actors.size();
    record.relationCount = result.relations.size();
    for (const auto& relation : result.relations) {
        record.evidenceCount += relation.evidence.size();
    }
    return record;
}

} // namespace

std::shared_ptr<const core::Lexicon> baseLexicon()
{
    static const std::shared_ptr<const core::Lexicon> lexicon = [] {
        auto loaded = core::Lexicon::builtin();
        return loaded ? std::make_shared<const core::Lexicon>(std::move(loaded).value()) : nullptr;
    }();
    return lexicon;
}

Controller::Controller(QObject* parent) : QObject(parent)
{
    m_extract = [](std::string bytes, const core::Lexicon& lexicon) { return core::extractBytes(std::move(bytes), lexicon); };
    m_storePool.setMaxThreadCount(1);
    m_storePool.setExpiryTimeout(-1);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &Controller::savePositionsNow);
}

Controller::~Controller()
{
    cancel();
    if (m_saveTimer.isActive()) {
        m_saveTimer.stop();
        savePositionsNow();
    }
    // Workers hold copies and shared pointers only; wait so none outlives the workspace it writes.
    m_storePool.waitForDone();
    workerPool()->waitForDone();
}

void Controller::savePositionsNow()
{
    if (!m_workspace) {
        return;
    }
    runTask<bool>(&m_storePool, [workspace = m_workspace, level = m_level, positions = m_positions[m_level]] {
        return workspace->savePositions(level, positions).ok();
    }, [](bool) {});
}

void Controller::setExtractFunction(ExtractFunction extract)
{
    m_extract = std::move(extract);
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

const core::GraphArticle* Controller::article(core::ArticleId id) const
{
    const auto it = std::lower_bound(m_articles.begin(), m_articles.end(), id,
                                     [](const core::GraphArticle& a, core::ArticleId key) { return a.record.id < key; });
    return it != m_articles.end() && it->record.id == id ? &*it : nullptr;
}

const std::string& Controller::articleText(core::ArticleId id) const
{
    static const std::string empty;
    const auto it = m_texts.find(id);
    return it == m_texts.end() ? empty : it->second;
}

void Controller::openWorkspace(const QString& path)
{
    setBusy(+1);
    Q_EMIT progressed(0, 0, tr("Opening %1").arg(QFileInfo(path).fileName()));
    runTask<OpenedWorkspace>(&m_storePool, [path] {
        OpenedWorkspace opened;
        auto workspace = core::Workspace::open(path.toStdString());
        if (!workspace) {
            opened.error = qs(workspace.error().message);
            return opened;
        }
        opened.workspace = std::make_shared<core::Workspace>(std::move(workspace).value());
        auto records = opened.workspace->articles();
        if (!records) {
            opened.error = qs(records.error().message);
            return opened;
        }
        for (const auto& record : *records) {
            auto result = opened.workspace->articleResult(record.id);
            auto text = opened.workspace->articleText(record.id);
            if (result && text) {
                opened.articles.push_back({record, std::make_shared<const core::ArticleResult>(std::move(result).value())});
                opened.texts[record.id] = std::move(text).value();
            }
        }
        if (auto edits = opened.workspace->listEdits()) {
            opened.edits = std::move(edits).value();
        }
        for (auto level : {core::GraphLevel::Agent, core::GraphLevel::Entity}) {
            if (auto positions = opened.workspace->positions(level)) {
                opened.positions[level] = std::move(positions).value();
            }
        }
        return opened;
    }, [this, path](OpenedWorkspace opened) {
        if (!opened.error.isEmpty()) {
            m_workspaceFailed = !m_workspace; // a failed switch keeps the workspace already open
            Q_EMIT workspaceOpened(path, opened.error);
            setBusy(-1);
            return;
        }
        m_workspace = std::move(opened.workspace);
        m_workspacePath = path;
        m_workspaceFailed = false;
        m_articles = std::move(opened.articles);
        m_texts = std::move(opened.texts);
        m_edits = std::move(opened.edits);
        m_storedEditIds.clear();
        m_nextEditId = 1;
        for (const auto& edit : m_edits) {
            m_storedEditIds[edit.id] = std::make_shared<std::atomic<std::int64_t>>(edit.id);
            m_nextEditId = std::max(m_nextEditId, edit.id + 1);
        }
        m_positions = std::move(opened.positions);
        Q_EMIT editsChanged();
        m_nextArticleId = m_articles.empty() ? 1 : m_articles.back().record.id + 1;
        rebuild();
        Q_EMIT workspaceOpened(path, {});
        setBusy(-1);
    });
}

void Controller::importPaths(const QStringList& paths)
{
    std::vector<ImportRequest> items;
    for (const auto& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, {"*.txt", "*.md", "*.markdown", "*.html", "*.htm"}, QDir::Files, QDirIterator::Subdirectories);
            QStringList found;
            while (it.hasNext()) {
                found << it.next();
            }
            found.sort();
            for (const auto& file : found) {
                items.push_back({file, {}, file, {}, {}});
            }
            if (found.isEmpty()) {
                Q_EMIT messagePosted(tr("%1 holds no .txt, .md or .html files").arg(path));
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
    if (m_workspaceFailed) {
        // Importing now would show articles that are saved nowhere and gone at the next start.
        Q_EMIT errorRaised(tr("No workspace is open, so nothing could be saved: open or create a workspace first."));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const core::ArticleId firstId = m_nextArticleId;
    m_nextArticleId += static_cast<core::ArticleId>(items.size());
    setBusy(+1);
    Q_EMIT progressed(0, static_cast<int>(items.size()), tr("Importing"));
    auto work = [this, items = std::move(items), extract = m_extract, cancel = m_cancel, firstId,
                 workspace = m_workspace, additions = lexiconAdditions()] {
        ImportBatch batch;
        auto base = baseLexicon();
        if (!base) {
            batch.errors << tr("The built-in lexicon failed to load");
            return batch;
        }
        auto lexicon = lexiconWith(*base, additions);
        if (!lexicon) {
            batch.errors << tr("The workspace's lexicon additions are invalid: %1").arg(qs(lexicon.error().message));
            lexicon = *base;
        }
        std::vector<core::ImportItem> stored;
        const std::string today = core::todayIso(); // a dateline's missing year
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (cancel->load()) {
                batch.errors << tr("Import cancelled after %1 of %2 inputs").arg(i).arg(items.size());
                break;
            }
            QMetaObject::invokeMethod(this, [this, i, total = items.size()] {
                Q_EMIT progressed(static_cast<int>(i), static_cast<int>(total), tr("Importing"));
            }, Qt::QueuedConnection);
            const auto& item = items[i];
            QByteArray bytes = item.text;
            if (!item.path.isEmpty()) {
                QFile file(item.path);
                if (!file.open(QIODevice::ReadOnly)) {
                    batch.errors << QStringLiteral("%1: %2").arg(displayName(item), file.errorString());
                    continue;
                }
                bytes = file.readAll();
            }
            auto result = extract(bytes.toStdString(), *lexicon);
            if (!result) {
                batch.errors << QStringLiteral("%1: %2").arg(displayName(item), qs(result.error().message));
                continue;
            }
            core::ArticleInput input;
            input.title = !item.title.isEmpty() ? item.title.toStdString()
                          : result->article.title ? *result->article.title
                                                  : QFileInfo(item.path).completeBaseName().toStdString();
            input.source = item.source.toStdString();
            if (input.source.empty() || item.source == item.path) { // a saved page's own address beats its copy
                if (const auto url = core::findArticleUrl(bytes.toStdString())) {
                    input.source = *url;
                }
            }
            input.text = bytes.toStdString();
            input.date = !item.date.isEmpty() ? std::optional(item.date.toStdString())
                                              : core::findArticleDate(input.text, *result, today);
            stored.push_back({std::move(input), std::move(result).value()});
        }
        std::vector<core::ArticleId> ids;
        std::vector<core::ArticleRecord> records;
        if (workspace) {
            auto summary = workspace->importResults(stored);
            if (!summary) {
                batch.errors << tr("Could not store the articles: %1").arg(qs(summary.error().message));
                return batch;
            }
            for (const auto& outcome : summary->outcomes) {
                ids.push_back(outcome.duplicate ? 0 : outcome.id);
                batch.duplicates += outcome.duplicate ? 1 : 0;
            }
            if (auto all = workspace->articles()) {
                records = std::move(all).value();
            }
        } else {
            for (std::size_t i = 0; i < stored.size(); ++i) {
                ids.push_back(firstId + static_cast<core::ArticleId>(i));
            }
        }
        for (std::size_t i = 0; i < stored.size(); ++i) {
            if (ids[i] == 0) {
                continue;
            }
            auto record = recordFor(stored[i].result, ids[i], stored[i].input);
            for (const auto& storedRecord : records) {
                record = storedRecord.id == ids[i] ? storedRecord : record;
            }
            batch.texts[ids[i]] = std::move(stored[i].input.text);
            batch.articles.push_back({record, std::make_shared<const core::ArticleResult>(std::move(stored[i].result))});
        }
        return batch;
    };
    runTask<ImportBatch>(&m_storePool, std::move(work), [this](ImportBatch batch) {
        const int imported = static_cast<int>(batch.articles.size());
        if (batch.duplicates > 0) {
            Q_EMIT messagePosted(tr("%n article(s) were already in the workspace", nullptr, static_cast<int>(batch.duplicates)));
        }
        addArticles(std::move(batch.articles), std::move(batch.texts));
        setBusy(-1);
        Q_EMIT importFinished(imported, batch.errors);
    });
}

void Controller::restoreArticles(std::vector<core::GraphArticle> articles, std::map<core::ArticleId, std::string> texts)
{
    if (!m_workspace) {
        addArticles(std::move(articles), std::move(texts));
        return;
    }
    setBusy(+1);
    runTask<ImportBatch>(&m_storePool, [workspace = m_workspace, articles = std::move(articles), texts = std::move(texts)] {
        ImportBatch batch;
        for (const auto& article : articles) {
            core::ArticleInput input;
            input.title = article.record.title;
            input.source = article.record.source;
            input.date = article.record.date;
            const auto text = texts.find(article.record.id);
            input.text = text == texts.end() ? std::string() : text->second;
            auto outcome = workspace->importArticle(input, *article.result);
            if (!outcome) {
                batch.errors << qs(outcome.error().message);
                continue;
            }
            core::GraphArticle restored = article;
            restored.record.id = outcome->id;
            batch.texts[outcome->id] = input.text;
            batch.articles.push_back(std::move(restored));
        }
        return batch;
    }, [this](ImportBatch batch) {
        if (!batch.errors.isEmpty()) {
            Q_EMIT errorRaised(tr("Could not put the articles back: %1").arg(batch.errors.join(QLatin1Char('\n'))));
        }
        addArticles(std::move(batch.articles), std::move(batch.texts));
        setBusy(-1);
    });
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
    std::sort(m_articles.begin(), m_articles.end(), [](const auto& a, const auto& b) { return a.record.id < b.record.id; });
    m_texts.merge(texts);
    rebuild();
}

} // namespace diplograph::ui
