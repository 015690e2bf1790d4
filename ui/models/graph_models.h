#pragma once

#include "diplograph/graph.h"

#include <QAbstractTableModel>
#include <QHash>

namespace diplograph::ui {

// Nodes of the current GraphView: Name, Kind, Links, Mentions; IdRole holds the actor id.
class ActorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, DegreeColumn, MentionsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    // `view` must outlive the model or be replaced before it dies (the controller owns it).
    void setView(const core::GraphView* view);
    [[nodiscard]] const core::GraphNode* node(int row) const;
    [[nodiscard]] int rowOf(const QString& id) const; // -1 if absent

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const core::GraphView* m_view = nullptr;
    QHash<QString, int> m_rows;
};

// Aggregated edges of the current GraphView: Type, Source, Target, Quotes, Confidence; IdRole holds the edge id.
class RelationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TypeColumn, SourceColumn, TargetColumn, WeightColumn, ConfidenceColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setView(const core::GraphView* view);
    [[nodiscard]] const core::GraphView* view() const { return m_view; }
    [[nodiscard]] const core::GraphEdge* edge(int row) const;
    [[nodiscard]] int rowOf(const QString& id) const; // -1 if absent
    [[nodiscard]] QString nodeName(const std::string& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const core::GraphView* m_view = nullptr;
    QHash<QString, int> m_rows;
    QHash<QString, QString> m_names;
};

// The workspace's articles: Title, Source, Date, Relations; IdRole holds the ArticleId.
class ArticleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, SourceColumn, DateColumn, RelationsColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setArticles(std::vector<core::ArticleRecord> articles);
    [[nodiscard]] const std::vector<core::ArticleRecord>& articles() const { return m_articles; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::ArticleRecord> m_articles;
};

} // namespace diplograph::ui
