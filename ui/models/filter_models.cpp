#include "models/filter_models.h"

#include "models/graph_models.h"
#include "models/roles.h"

#include <algorithm>

namespace diplograph::ui {

RelationFilterModel::RelationFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    for (auto type : {core::RelationType::Cooperation, core::RelationType::Criticism, core::RelationType::Rejection}) {
        m_types.insert(static_cast<int>(type));
    }
    setSortRole(Qt::DisplayRole);
}

void RelationFilterModel::setRelationModel(RelationModel* model)
{
    m_model = model;
    setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &RelationFilterModel::refresh);
    refresh();
}

void RelationFilterModel::setTypeEnabled(core::RelationType type, bool enabled)
{
    if (enabled) {
        m_types.insert(static_cast<int>(type));
    } else {
        m_types.remove(static_cast<int>(type));
    }
    refresh();
}

void RelationFilterModel::setMinWeight(int weight)
{
    m_minWeight = std::max(weight, 1);
    refresh();
}

void RelationFilterModel::setShowIsolated(bool show)
{
    m_showIsolated = show;
    refresh();
}

void RelationFilterModel::setShowRejected(bool show)
{
    m_showRejected = show;
    refresh();
}

void RelationFilterModel::setMinConfidence(double confidence)
{
    m_minConfidence = confidence;
    refresh();
}

void RelationFilterModel::setArticles(std::optional<QSet<core::ArticleId>> articles)
{
    m_articles = std::move(articles);
    refresh();
}

void RelationFilterModel::setDateRange(const QString& from, const QString& to)
{
    m_dateFrom = from;
    m_dateTo = to;
    refresh();
}

bool RelationFilterModel::articleKept(core::ArticleId id) const
{
    return !m_articles || m_articles->contains(id);
}

bool RelationFilterModel::articleDateKept(core::ArticleId id) const
{
    if (m_dateFrom.isEmpty() && m_dateTo.isEmpty()) {
        return true;
    }
    const auto* view = m_model ? m_model->view() : nullptr;
    if (!view) {
        return false;
    }
    for (const auto& record : view->articles) {
        if (record.id == id) {
            const QString date = record.date ? QString::fromStdString(*record.date) : QString();
            return !date.isEmpty() && (m_dateFrom.isEmpty() || date >= m_dateFrom) && (m_dateTo.isEmpty() || date <= m_dateTo);
        }
    }
    return false;
}

bool RelationFilterModel::acceptsEvidence(const core::EvidenceRef& evidence) const
{
    if (!evidence.evidence || evidence.evidence->confidence < m_minConfidence || !articleKept(evidence.article) ||
        (evidence.rejection && !m_showRejected)) {
        return false;
    }
    if (!m_dateFrom.isEmpty() || !m_dateTo.isEmpty()) {
        if (!evidence.record || !evidence.record->date) {
            return false;
        }
        // ISO dates compare correctly as strings.
        const QString date = QString::fromStdString(*evidence.record->date);
        if ((!m_dateFrom.isEmpty() && date < m_dateFrom) || (!m_dateTo.isEmpty() && date > m_dateTo)) {
            return false;
        }
    }
    return true;
}

int RelationFilterModel::survivingWeight(const core::GraphEdge& edge) const
{
    int weight = 0;
    for (const auto& evidence : edge.evidence) {
        weight += acceptsEvidence(evidence) ? 1 : 0;
    }
    return weight;
}

int RelationFilterModel::typeCount(core::RelationType type) const
{
    const int index = static_cast<int>(type);
    return index >= 0 && index < 4 ? m_typeCounts[index] : 0;
}

void RelationFilterModel::refresh()
{
    m_visibleEdges.clear();
    m_endpoints.clear();
    std::fill(std::begin(m_typeCounts), std::end(m_typeCounts), 0);
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const auto* edge = m_model->edge(row);
        if (survivingWeight(*edge) < m_minWeight) {
            continue;
        }
        m_typeCounts[static_cast<int>(edge->type) & 3] += 1;
        if (!m_types.contains(static_cast<int>(edge->type))) {
            continue;
        }
        m_visibleEdges.insert(QString::fromStdString(edge->id));
        m_endpoints.insert(QString::fromStdString(edge->source));
        m_endpoints.insert(QString::fromStdString(edge->target));
    }
    invalidateFilter();
    Q_EMIT filtersChanged();
}

bool RelationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* edge = m_model ? m_model->edge(sourceRow) : nullptr;
    return edge && m_visibleEdges.contains(QString::fromStdString(edge->id));
}

// ---- ActorFilterModel

ActorFilterModel::ActorFilterModel(RelationFilterModel* relations, QObject* parent)
    : QSortFilterProxyModel(parent), m_relations(relations)
{
    connect(relations, &RelationFilterModel::filtersChanged, this, [this] { invalidateFilter(); });
}

bool ActorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString id = index.data(IdRole).toString();
    if (m_relations->visibleEndpointIds().contains(id)) {
        return true;
    }
    // An actor on no relation at all stays visible, so single mentions are not lost.
    const auto* actors = qobject_cast<const ActorModel*>(sourceModel());
    const auto* node = actors ? actors->node(sourceRow) : nullptr;
    if (!node || !m_relations->showIsolated() || m_relations->minWeight() > 1 || m_relations->minConfidence() > 0.0) {
        return false;
    }
    if (!m_relations->isNarrowed()) {
        return node->degree == 0;
    }
    // With articles selected: the actors they name that no visible relation reaches.
    return std::any_of(node->articleIds.begin(), node->articleIds.end(),
                       [this](core::ArticleId id) { return m_relations->articleKept(id) && m_relations->articleDateKept(id); });
}

QSet<QString> ActorFilterModel::visibleActorIds() const
{
    QSet<QString> ids;
    for (int row = 0; row < rowCount(); ++row) {
        ids.insert(index(row, 0).data(IdRole).toString());
    }
    return ids;
}

} // namespace diplograph::ui
