// Controller: graph building, layout, positions and analyst edits.
#include "controller.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

#include "controller_task.h"
#include "graphview/node_item.h"
#include "worker_pool.h"

#include "diplograph/workspace.h"

namespace diplograph::ui {

namespace {

struct RebuildResult {
    core::GraphView view;
    std::map<std::string, core::NodePosition> positions; // only nodes that were laid out
};

struct Reextracted {
    std::vector<core::GraphArticle> articles;
    QString error;
};

bool needsReextraction(core::EditKind kind)
{
    return kind == core::EditKind::Alias || kind == core::EditKind::AddEntity;
}

} // namespace

const std::map<std::string, core::NodePosition>& Controller::positions() const
{
    static const std::map<std::string, core::NodePosition> none;
    const auto it = m_positions.find(m_level);
    return it == m_positions.end() ? none : it->second;
}

void Controller::setLevel(core::GraphLevel level)
{
    if (level != m_level) {
        if (m_saveTimer.isActive()) {
            m_saveTimer.stop();
            savePositionsNow(); // the positions belong to the level being left
        }
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
    placeActor(id, position, true);
}

void Controller::placeActor(const QString& id, QPointF position, bool pinned)
{
    auto& stored = m_positions[m_level][id.toStdString()];
    stored.point = {position.x(), position.y()};
    stored.pinned = pinned;
    savePositionsLater();
}

bool Controller::isPinned(const QString& id) const
{
    const auto& level = positions();
    const auto it = level.find(id.toStdString());
    return it != level.end() && it->second.pinned;
}

void Controller::setPinned(const QString& id, bool pinned)
{
    auto& level = m_positions[m_level];
    if (auto it = level.find(id.toStdString()); it != level.end()) {
        it->second.pinned = pinned;
        savePositionsLater();
    }
}

void Controller::savePositionsLater()
{
    if (m_workspace) {
        m_saveTimer.start();
    }
}

void Controller::rebuild(core::LayoutAlgorithm algorithm, bool fresh)
{
    const int generation = ++m_generation;
    setBusy(+1);
    auto work = [articles = m_articles, level = m_level, edits = m_edits, known = positions(), algorithm, fresh] {
        RebuildResult result;
        core::GraphFilter filter;
        filter.includeIsolated = true; // the proxies decide what shows; the view holds everything
        filter.includeRejected = true; // struck through when "show rejected" is on
        result.view = core::Graph::build(articles, level, edits).view(filter);
        core::LayoutOptions options;
        options.algorithm = algorithm;
        // Up to kLabelledNodes related nodes, labels are kept apart by their measured footprints, so neighbours
        // can sit closer than a label's width; bigger graphs keep the old spacing, where shapes need the room.
        const auto related = std::count_if(result.view.nodes.begin(), result.view.nodes.end(),
                                           [](const core::GraphNode& node) { return node.degree > 0; });
        const auto count = static_cast<std::size_t>(related);
        options.edgeLength = count <= 80 ? 100 : count <= core::kLabelledNodes ? 80 : 170;
        options.footprint = &NodeItem::footprint;
        options.aspectRatio = 1.4; // the graph pane of the default window, less the legend, is wider than tall
        bool missing = fresh;
        for (const auto& node : result.view.nodes) {
            const auto it = known.find(node.id);
            if (it == known.end()) {
                missing = true;
            } else if (!fresh || it->second.pinned) {
                // An incremental rebuild keeps every known node where it is; only new ones are placed.
                options.fixed[node.id] = {it->second.point, true};
            }
        }
        if (!missing) {
            return result;
        }
        auto laidOut = core::layout(result.view, options);
        if (!laidOut) {
            options.algorithm = core::LayoutAlgorithm::Circle; // cannot fail on a valid view
            laidOut = core::layout(result.view, options);
        }
        const auto points = laidOut ? std::move(laidOut).value() : std::map<std::string, core::Point>{};
        for (const auto& [id, point] : points) {
            const auto it = known.find(id);
            result.positions[id] = {point, it != known.end() && it->second.pinned};
        }
        return result;
    };
    runTask<RebuildResult>(workerPool(), std::move(work), [this, generation](RebuildResult result) {
        setBusy(-1);
        if (generation != m_generation) {
            return; // a newer rebuild supersedes this one
        }
        m_view = std::move(result.view);
        auto& stored = m_positions[m_level];
        for (auto& [id, position] : result.positions) {
            stored[id] = position;
        }
        if (!result.positions.empty()) {
            savePositionsLater();
        }
        Q_EMIT viewChanged();
    });
}

std::vector<core::EntityDefinition> Controller::lexiconAdditions() const
{
    std::vector<core::EntityDefinition> additions;
    for (const auto& edit : m_edits) {
        if (edit.kind == core::EditKind::AddEntity) {
            if (const auto it = m_definitions.find(edit.id); it != m_definitions.end()) {
                additions.push_back(it->second);
            }
        } else if (edit.kind == core::EditKind::Alias) {
            core::EntityDefinition alias;
            alias.code = edit.actor;
            alias.aliases = {edit.value};
            // An agent the lexicon lacks becomes a definition of its own (as Workspace::lexiconAdditions does).
            for (const auto& article : m_articles) {
                if (const auto* actor = article.result ? article.result->findActor(edit.actor) : nullptr) {
                    alias.name = actor->name;
                    alias.kind = actor->kind;
                    alias.entity = actor->entity;
                    break;
                }
            }
            additions.push_back(alias);
        }
    }
    return additions;
}

QString Controller::systemUserName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QStringLiteral("analyst");
}

std::int64_t Controller::addEdit(core::Edit edit, std::optional<core::EntityDefinition> definition)
{
    edit.id = m_nextEditId++;
    if (edit.author.empty()) {
        edit.author = m_author.toStdString();
    }
    if (edit.createdAt.empty()) {
        edit.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    }
    m_edits.push_back(edit);
    if (definition) {
        m_definitions[edit.id] = *definition;
    }
    auto stored = std::make_shared<std::atomic<std::int64_t>>(0);
    m_storedEditIds[edit.id] = stored;
    if (m_workspace) {
        runTask<QString>(&m_storePool, [workspace = m_workspace, edit, definition, stored] {
            core::Result<std::int64_t> id = core::fail(core::ErrorCode::InvalidArgument, "unknown edit");
            workspace->setAuthor(edit.author);
            switch (edit.kind) {
            case core::EditKind::AddEntity: id = workspace->addEntity(definition.value_or(core::EntityDefinition{})); break;
            case core::EditKind::Hide: {
                const auto hidden = workspace->hideActor(edit.actor, true);
                return hidden ? QString() : QString::fromStdString(hidden.error().message);
            }
            default: id = workspace->addEdit(edit); break; // review edits included
            }
            if (!id) {
                return QString::fromStdString(id.error().message);
            }
            stored->store(*id);
            return QString();
        }, [this](const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT errorRaised(tr("The edit was applied but not saved: %1").arg(error));
            }
        });
    }
    needsReextraction(edit.kind) ? reextract() : rebuild();
    Q_EMIT editsChanged();
    return edit.id;
}

void Controller::removeEdit(std::int64_t id)
{
    const auto it = std::find_if(m_edits.begin(), m_edits.end(), [id](const core::Edit& edit) { return edit.id == id; });
    if (it == m_edits.end()) {
        return;
    }
    const core::Edit edit = *it;
    m_edits.erase(it);
    m_definitions.erase(id);
    auto stored = m_storedEditIds[id];
    m_storedEditIds.erase(id);
    if (m_workspace && stored) {
        // The store thread is serial, so the add above has written `stored` by the time this runs.
        runTask<bool>(&m_storePool, [workspace = m_workspace, edit, stored] {
            if (edit.kind == core::EditKind::Hide) {
                return workspace->hideActor(edit.actor, false).ok();
            }
            return stored->load() != 0 && workspace->removeEdit(stored->load()).ok();
        }, [](bool) {});
    }
    needsReextraction(edit.kind) ? reextract() : rebuild();
    Q_EMIT editsChanged();
}

void Controller::removeArticles(const QList<core::ArticleId>& ids)
{
    if (ids.isEmpty()) {
        return;
    }
    std::erase_if(m_articles, [&](const core::GraphArticle& article) { return ids.contains(article.record.id); });
    for (const auto id : ids) {
        m_texts.erase(id);
    }
    if (m_workspace) {
        runTask<QString>(&m_storePool, [workspace = m_workspace, ids] {
            for (const auto id : ids) {
                if (auto removed = workspace->removeArticle(id); !removed) {
                    return QString::fromStdString(removed.error().message);
                }
            }
            return QString();
        }, [this](const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT errorRaised(tr("Could not remove the article from the workspace: %1").arg(error));
            }
        });
    }
    Q_EMIT messagePosted(tr("Removed %n article(s)", nullptr, static_cast<int>(ids.size())));
    rebuild();
}

void Controller::setArticleDate(core::ArticleId id, const QString& date)
{
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid()) {
        Q_EMIT errorRaised(tr("'%1' is not a date: use yyyy-mm-dd").arg(date));
        return;
    }
    const auto stored = date.isEmpty() ? std::optional<std::string>() : std::optional(date.toStdString());
    const auto article = std::find_if(m_articles.begin(), m_articles.end(),
                                      [id](const core::GraphArticle& a) { return a.record.id == id; });
    if (article == m_articles.end()) {
        return;
    }
    article->record.date = stored;
    if (m_workspace) {
        runTask<QString>(&m_storePool, [workspace = m_workspace, id, stored] {
            const auto done = workspace->setArticleDate(id, stored);
            return done ? QString() : QString::fromStdString(done.error().message);
        }, [this](const QString& error) {
            if (!error.isEmpty()) {
                Q_EMIT errorRaised(tr("Could not store the article's date: %1").arg(error));
            }
        });
    }
    rebuild();
}

void Controller::reextract()
{
    setBusy(+1);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto work = [this, workspace = m_workspace, articles = m_articles, texts = m_texts, additions = lexiconAdditions(),
                 extract = m_extract, cancel = m_cancel] {
        Reextracted out;
        const auto base = baseLexicon();
        if (!base) {
            out.error = tr("The built-in lexicon failed to load");
            return out;
        }
        const auto progress = [this, cancel](std::size_t done, std::size_t total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                Q_EMIT progressed(static_cast<int>(done), static_cast<int>(total), tr("Re-extracting"));
            }, Qt::QueuedConnection);
            return !cancel->load();
        };
        if (workspace) {
            if (auto summary = workspace->reextract(*base, progress); !summary) {
                out.error = QString::fromStdString(summary.error().message);
                return out;
            }
        }
        auto lexicon = lexiconWith(*base, additions);
        if (!lexicon) {
            out.error = QString::fromStdString(lexicon.error().message);
            return out;
        }
        for (std::size_t i = 0; i < articles.size(); ++i) {
            core::GraphArticle article = articles[i];
            auto result = workspace ? workspace->articleResult(article.record.id)
                                    : extract(texts.count(article.record.id) ? texts.at(article.record.id) : std::string(), *lexicon);
            if (result) {
                article.result = std::make_shared<const core::ArticleResult>(std::move(result).value());
            }
            out.articles.push_back(std::move(article));
            if (!workspace && !progress(i, articles.size())) {
                out.error = tr("Re-extraction cancelled");
                out.articles.clear();
                return out;
            }
        }
        return out;
    };
    runTask<Reextracted>(&m_storePool, std::move(work), [this](Reextracted out) {
        if (!out.error.isEmpty()) {
            Q_EMIT errorRaised(tr("Re-extraction failed: %1").arg(out.error));
        } else {
            m_articles = std::move(out.articles);
        }
        rebuild();
        setBusy(-1);
    });
}

} // namespace diplograph::ui
