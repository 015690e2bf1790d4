#pragma once

#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <QGraphicsItem>
#include <QString>
#include <QVector>

namespace diplograph::ui {

class EdgeItem;
class TieItem;

// An actor: a shape by kind, sized by weighted degree, with its name below. Knows its edges only to
// keep their ends attached while dragged; drags are reported through GraphScene::actorMoved.
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    // Where the label sits relative to the shape; the scene moves labels apart when they collide.
    enum class LabelPlacement { Below, Above, Right, Left, BelowRight, BelowLeft, AboveRight, AboveLeft };

    explicit NodeItem(const core::GraphNode& node);

    // What the item will cover around its position with the label below: the layout keeps these apart.
    // Measures text, so it may run on a worker thread (QFontMetricsF is reentrant).
    [[nodiscard]] static core::NodeBox footprint(const core::GraphNode& node);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] core::ActorKind kind() const { return m_kind; }
    [[nodiscard]] qreal radius() const { return m_radius; }
    [[nodiscard]] int weightedDegree() const { return m_weightedDegree; }
    // Rich text saying what the node is (built on demand by the scene's tooltip handler).
    [[nodiscard]] QString toolTipText() const;

    void addEdge(EdgeItem* edge) { m_edges.push_back(edge); }
    [[nodiscard]] const QVector<EdgeItem*>& edges() const { return m_edges; }
    void addTie(TieItem* tie) { m_ties.push_back(tie); }

    // The label's rectangle in item coordinates for `placement`.
    [[nodiscard]] QRectF labelRect(LabelPlacement placement) const;
    [[nodiscard]] QPointF anchorOf(LabelPlacement placement) const;
    [[nodiscard]] LabelPlacement labelPlacement() const { return m_placement; }
    // The point of the label nearest the shape; labels grow from there when zoomed out.
    [[nodiscard]] QPointF labelAnchor() const;
    // Sets the label's side as the scene planned it for natural size (its home) and draws it there.
    void setLabelPlacement(LabelPlacement placement);
    [[nodiscard]] LabelPlacement homePlacement() const { return m_homePlacement; }
    // Draws the label on another side for now (a grown label that does not fit at home); home is kept.
    void setDrawnPlacement(LabelPlacement placement);
    void setDimmed(bool dimmed);
    [[nodiscard]] bool isDimmed() const { return m_dimmed; }
    // How the label is drawn on screen, set by the scene from the zoom: 0 = hidden, else its growth (>= 1)
    // around labelAnchor(). Exports always draw it at 1.
    void setLabelScale(qreal scale);
    [[nodiscard]] qreal labelScale() const { return m_labelScale; }
    // The label's rectangle in scene coordinates at `scale` around its anchor.
    [[nodiscard]] QRectF sceneLabelRect(qreal scale) const { return sceneLabelRect(scale, m_placement); }
    [[nodiscard]] QRectF sceneLabelRect(qreal scale, LabelPlacement placement) const;

    // The shape and its label at normal size (boundingRect also covers a label grown for far zoom).
    [[nodiscard]] QRectF contentRect() const;
    [[nodiscard]] QRectF boundingRect() const override;
    [[nodiscard]] QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString m_id;
    QString m_name;
    QString m_label; // the name wrapped onto at most two lines
    core::ActorKind m_kind;
    int m_weightedDegree = 0;
    int m_degree = 0;
    int m_mentions = 0;
    int m_articles = 0;
    qreal m_radius = 14;
    QSizeF m_labelSize;
    QPainterPath m_shape;
    LabelPlacement m_placement = LabelPlacement::Below;
    LabelPlacement m_homePlacement = LabelPlacement::Below;
    QVector<EdgeItem*> m_edges;
    QVector<TieItem*> m_ties;
    QPointF m_pressPosition;
    bool m_dimmed = false;
    qreal m_labelScale = 1.0;
};

} // namespace diplograph::ui
