#include "models/graph_models.h"

#include "graphview/graph_style.h"
#include "models/roles.h"

#include <QLocale>

namespace diplograph::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

// ---- ActorModel

void ActorModel::setView(const core::GraphView* view)
{
    beginResetModel();
    m_view = view;
    m_rows.clear();
    if (m_view) {
        for (std::size_t i = 0; i < m_view->nodes.size(); ++i) {
            m_rows.insert(qs(m_view->nodes[i].id), static_cast<int>(i));
        }
    }
    endResetModel();
}

const core::GraphNode* ActorModel::node(int row) const
{
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->nodes.size())) {
        return nullptr;
    }
    return &m_view->nodes[static_cast<std::size_t>(row)];
}

int ActorModel::rowOf(const QString& id) const
{
    return m_rows.value(id, -1);
}

int ActorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_view ? 0 : static_cast<int>(m_view->nodes.size());
}

int ActorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorModel::data(const QModelIndex& index, int role) const
{
    const auto* n = node(index.row());
    if (!n) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return qs(n->name);
        case KindColumn: return style::kindLabel(n->kind);
        case DegreeColumn: return n->weightedDegree;
        case MentionsColumn: return n->mentionCount;
        default: return {};
        }
    case Qt::ToolTipRole: return QStringLiteral("%1 (%2)").arg(qs(n->name), qs(n->id));
    case IdRole: return qs(n->id);
    case KindRole: return static_cast<int>(n->kind);
    case WeightRole: return n->weightedDegree;
    default: return {};
    }
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* names[] = {"Actor", "Kind", "Links", "Mentions"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

// ---- RelationModel

void RelationModel::setView(const core::GraphView* view)
{
    beginResetModel();
    m_view = view;
    m_rows.clear();
    m_names.clear();
    if (m_view) {
        for (std::size_t i = 0; i < m_view->edges.size(); ++i) {
            m_rows.insert(qs(m_view->edges[i].id), static_cast<int>(i));
        }
        for (const auto& node : m_view->nodes) {
            m_names.insert(qs(node.id), qs(node.name));
        }
    }
    endResetModel();
}

const core::GraphEdge* RelationModel::edge(int row) const
{
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->edges.size())) {
        return nullptr;
    }
    return &m_view->edges[static_cast<std::size_t>(row)];
}

int RelationModel::rowOf(const QString& id) const
{
    return m_rows.value(id, -1);
}

QString RelationModel::nodeName(const std::string& id) const
{
    const QString key = qs(id);
    return m_names.value(key, key);
}

int RelationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_view ? 0 : static_cast<int>(m_view->edges.size());
}

int RelationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationModel::data(const QModelIndex& index, int role) const
{
    const auto* e = edge(index.row());
    if (!e) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TypeColumn: return style::relationLabel(e->type);
        case SourceColumn: return nodeName(e->source);
        case TargetColumn: return nodeName(e->target);
        case WeightColumn: return e->weight;
        case ConfidenceColumn: return QLocale().toString(e->maxConfidence, 'f', 2);
        default: return {};
        }
    case IdRole: return qs(e->id);
    case TypeRole: return static_cast<int>(e->type);
    case SourceIdRole: return qs(e->source);
    case TargetIdRole: return qs(e->target);
    case WeightRole: return e->weight;
    case ConfidenceRole: return e->maxConfidence;
    default: return {};
    }
}

QVariant RelationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* names[] = {"Type", "Source", "Target", "Quotes", "Confidence"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

// ---- ArticleModel

void ArticleModel::setArticles(std::vector<core::ArticleRecord> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

int ArticleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_articles.size());
}

int ArticleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= rowCount()) {
        return {};
    }
    const auto& article = m_articles[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return qs(article.title);
        case SourceColumn: return qs(article.source);
        case DateColumn: return article.date ? qs(*article.date) : QString();
        case RelationsColumn: return static_cast<qulonglong>(article.relationCount);
        default: return {};
        }
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b><br>%2<br>%3 actors, %4 relations, %5 quotes")
            .arg(qs(article.title).toHtmlEscaped(), qs(article.source).toHtmlEscaped())
            .arg(article.actorCount)
            .arg(article.relationCount)
            .arg(article.evidenceCount);
    case IdRole:
    case ArticleIdRole: return static_cast<qint64>(article.id);
    default: return {};
    }
}

QVariant ArticleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* names[] = {"Title", "Source", "Date", "Relations"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace diplograph::ui
