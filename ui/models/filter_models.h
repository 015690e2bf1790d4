#pragma once

#include "diplograph/graph.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace diplograph::ui {

class RelationModel;

// The analyst's filters over RelationModel: relation types, minimum weight, confidence threshold,
// selected articles and a date range. A quote survives the confidence, article and date filters; an edge
// survives when its type is on and enough of its quotes survive. The graph, the panels and the counts all
// read this one proxy, so they always agree.
class RelationFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RelationFilterModel(QObject* parent = nullptr);

    void setRelationModel(RelationModel* model);
    void setTypeEnabled(core::RelationType type, bool enabled);
    [[nodiscard]] bool isTypeEnabled(core::RelationType type) const { return m_types.contains(static_cast<int>(type)); }
    void setMinWeight(int weight);
    [[nodiscard]] int minWeight() const { return m_minWeight; }
    void setMinConfidence(double confidence);
    [[nodiscard]] double minConfidence() const { return m_minConfidence; }
    // nullopt = every article.
    void setArticles(std::optional<QSet<core::ArticleId>> articles);
    // Inclusive yyyy-mm-dd bounds; empty = open. Undated articles drop out while a bound is set.
    void setDateRange(const QString& from, const QString& to);

    [[nodiscard]] bool acceptsEvidence(const core::EvidenceRef& evidence) const;
    [[nodiscard]] int survivingWeight(const core::GraphEdge& edge) const;
    // Edges of `type` that pass every filter but the type one (for the checkbox counts).
    [[nodiscard]] int typeCount(core::RelationType type) const;
    [[nodiscard]] const QSet<QString>& visibleEdgeIds() const { return m_visibleEdges; }
    [[nodiscard]] const QSet<QString>& visibleEndpointIds() const { return m_endpoints; }
    [[nodiscard]] bool articleKept(core::ArticleId id) const;
    // Whether the date range keeps the article `id` (true without a range; false for an undated one with it).
    [[nodiscard]] bool articleDateKept(core::ArticleId id) const;
    // True while an article or date filter narrows the evidence.
    [[nodiscard]] bool isNarrowed() const { return m_articles || !m_dateFrom.isEmpty() || !m_dateTo.isEmpty(); }

    // Whether rejected quotes and edges are shown (struck through); off by default, as in the exports.
    void setShowRejected(bool show);
    [[nodiscard]] bool showRejected() const { return m_showRejected; }

    // Whether actors on no relation at all are shown (off by default: they clutter the picture).
    void setShowIsolated(bool show);
    [[nodiscard]] bool showIsolated() const { return m_showIsolated; }

    // Recomputes after the source model changed.
    void refresh();

Q_SIGNALS:
    void filtersChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RelationModel* m_model = nullptr;
    QSet<int> m_types;
    int m_minWeight = 1;
    bool m_showIsolated = false;
    bool m_showRejected = false;
    double m_minConfidence = 0.0;
    std::optional<QSet<core::ArticleId>> m_articles;
    QString m_dateFrom;
    QString m_dateTo;
    QSet<QString> m_visibleEdges;
    QSet<QString> m_endpoints;
    int m_typeCounts[4] = {};
};

// Actors that are an endpoint of a visible edge, plus, when "without relations" is on, actors with no relation
// at all or, with articles or dates selected, actors those articles name on no visible relation.
class ActorFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActorFilterModel(RelationFilterModel* relations, QObject* parent = nullptr);
    [[nodiscard]] QSet<QString> visibleActorIds() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RelationFilterModel* m_relations;
};

} // namespace diplograph::ui
