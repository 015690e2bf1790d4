#pragma once

#include "diplograph/graph.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace diplograph::ui {

class NodeItem;

// An aggregated relation drawn as a curve from source to target: colour and dash by type, width by weight,
// an arrowhead when directed. `bend` (scene pixels) separates parallel and opposite edges of one pair.
class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    EdgeItem(const core::GraphEdge& edge, NodeItem* source, NodeItem* target, qreal bend = 0);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] core::RelationType relationType() const { return m_type; }
    [[nodiscard]] NodeItem* sourceNode() const { return m_source; }
    [[nodiscard]] NodeItem* targetNode() const { return m_target; }
    [[nodiscard]] int weight() const { return m_weight; }
    [[nodiscard]] bool isDirected() const { return m_directed; }
    // Rejected by the analyst (drawn grey and struck through); added by an analyst (a small diamond marker).
    [[nodiscard]] bool isRejected() const { return m_rejected; }
    [[nodiscard]] bool isAnalyst() const { return m_analyst; }
    [[nodiscard]] bool isConfirmed() const { return m_confirmed; }
    // Rich text saying what the edge is (built on demand by the scene's tooltip handler).
    [[nodiscard]] QString toolTipText() const;
    // The middle of the curve, in scene coordinates: where a user would click.
    [[nodiscard]] QPointF midPoint() const;
    // A point on the drawn curve at fraction `t` in [0, 1], in scene coordinates.
    [[nodiscard]] QPointF pointAt(qreal t) const { return mapToScene(m_path.pointAtPercent(t)); }

    void setBend(qreal bend);
    // Recomputes the curve after a node moved.
    void adjust();
    void setDimmed(bool dimmed);
    void setLit(bool lit); // supported by the hovered sentence
    [[nodiscard]] bool isLit() const { return m_lit; }
    [[nodiscard]] bool isDimmed() const { return m_dimmed; }

    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString m_id;
    core::RelationType m_type;
    NodeItem* m_source;
    NodeItem* m_target;
    int m_weight;
    bool m_directed;
    double m_maxConfidence = 0;
    qreal m_bend = 0;
    qreal m_width = 1.5;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_mid;
    QLineF m_chord; // straight stand-in used when zoomed far out
    QRectF m_bounds;
    bool m_dimmed = false;
    bool m_lit = false;
    bool m_rejected = false;
    bool m_analyst = false;
    bool m_confirmed = false;
};

} // namespace diplograph::ui
