#include "graphview/graph_scene.h"

#include "graphview/edge_item.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace diplograph::ui {

void GraphScene::placeLabels()
{
    // Greedy, heavier nodes first: each label takes the side facing away from its neighbours unless that
    // side hits another label or node, or crosses more edges than another side.
    QVector<NodeItem*> order(m_nodes.begin(), m_nodes.end());
    if (order.size() > 400) {
        return; // labels of big graphs are dropped by level of detail anyway
    }
    std::sort(order.begin(), order.end(), [](NodeItem* a, NodeItem* b) {
        return a->weightedDegree() != b->weightedDegree() ? a->weightedDegree() > b->weightedDegree() : a->id() < b->id();
    });
    QVector<QRectF> taken;
    for (auto* node : std::as_const(order)) {
        const qreal r = node->radius();
        taken.push_back(QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    QVector<QLineF> chords;
    for (auto* edge : std::as_const(m_edges)) {
        chords.push_back(QLineF(edge->sourceNode()->pos(), edge->midPoint()));
        chords.push_back(QLineF(edge->midPoint(), edge->targetNode()->pos()));
    }
    const auto crossings = [&](const QRectF& rect) {
        int count = 0;
        const QLineF sides[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                                {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
        for (const auto& chord : std::as_const(chords)) {
            bool hit = rect.contains(chord.p1()) || rect.contains(chord.p2());
            for (const auto& side : sides) {
                hit = hit || side.intersects(chord, nullptr) == QLineF::BoundedIntersection;
            }
            count += hit ? 1 : 0;
        }
        return count;
    };
    using P = NodeItem::LabelPlacement;
    for (auto* node : std::as_const(order)) {
        QPointF away;
        for (auto* edge : node->edges()) {
            NodeItem* other = edge->sourceNode() == node ? edge->targetNode() : edge->sourceNode();
            const QPointF d = other->pos() - node->pos();
            const qreal length = std::hypot(d.x(), d.y());
            away -= length > 0 ? d / length : QPointF();
        }
        P preferred = P::Below;
        if (std::abs(away.x()) > 1.5 * std::abs(away.y())) {
            preferred = away.x() > 0 ? P::Right : P::Left;
        } else if (away.y() < -0.2) {
            preferred = P::Above;
        }
        P chosen = preferred;
        int best = std::numeric_limits<int>::max();
        for (P placement : {preferred, P::Below, P::Above, P::Right, P::Left}) {
            const QRectF rect = node->labelRect(placement).translated(node->pos());
            int score = crossings(rect);
            for (const auto& other : std::as_const(taken)) {
                score += other.intersects(rect) ? 100 : 0;
            }
            if (score < best) {
                best = score;
                chosen = placement;
            }
        }
        node->setLabelPlacement(chosen);
        taken.push_back(node->labelRect(chosen).translated(node->pos()));
    }
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent* event)
{
    // Tooltips are composed when asked for, not stored on 10,000 items.
    const QTransform transform = event->widget() && qobject_cast<QGraphicsView*>(event->widget()->parentWidget())
                                     ? qobject_cast<QGraphicsView*>(event->widget()->parentWidget())->transform()
                                     : QTransform();
    QString text;
    for (auto* item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        if (item->type() == NodeItem::Type) {
            text = static_cast<NodeItem*>(item)->toolTipText();
        } else if (item->type() == EdgeItem::Type) {
            text = static_cast<EdgeItem*>(item)->toolTipText();
        }
        if (!text.isEmpty()) {
            break;
        }
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->screenPos(), text, event->widget());
    }
    event->setAccepted(!text.isEmpty());
}

void GraphScene::setNodePosition(const QString& id, QPointF position)
{
    if (auto* item = m_nodes.value(id)) {
        item->setPos(position);
    }
}

void GraphScene::setVisibleItems(const QSet<QString>& nodeIds, const QSet<QString>& edgeIds)
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        it.value()->setVisible(nodeIds.contains(it.key()));
    }
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        it.value()->setVisible(edgeIds.contains(it.key()));
    }
    m_overviewDirty = true;
    if (m_overview) {
        update();
    }
}

bool GraphScene::isEdgeShown(const EdgeItem* edge) const
{
    return edge->isVisibleTo(m_edgeLayer);
}

void GraphScene::setOverview(bool overview)
{
    if (overview == m_overview) {
        return;
    }
    m_overview = overview;
    if (m_edgeLayer) {
        m_edgeLayer->setVisible(!overview);
    }
    update();
}

void GraphScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (!m_overview) {
        return;
    }
    if (m_overviewDirty) {
        for (auto& lines : m_overviewLines) {
            lines.clear();
        }
        for (auto* edge : std::as_const(m_edges)) {
            if (isEdgeShown(edge)) {
                m_overviewLines[static_cast<int>(edge->relationType()) & 3].push_back(
                    QLineF(edge->sourceNode()->pos(), edge->targetNode()->pos()));
            }
        }
        m_overviewDirty = false;
    }
    // Thin cosmetic lines without antialiasing: three draw calls for the whole graph.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (auto type : {core::RelationType::Cooperation, core::RelationType::Criticism, core::RelationType::Rejection}) {
        QColor color = style::relationColor(type);
        color.setAlpha(150);
        painter->setPen(QPen(color, 0));
        painter->drawLines(m_overviewLines[static_cast<int>(type)]);
    }
    // A selected edge stays findable in the overview: a thick line over the hairlines.
    for (auto* item : selectedItems()) {
        if (item->type() == EdgeItem::Type) {
            auto* edge = static_cast<EdgeItem*>(item);
            painter->setRenderHint(QPainter::Antialiasing, true);
            const qreal width = 4 / std::max(painter->worldTransform().m11(), 0.01); // 4 px on screen
            painter->setPen(QPen(style::relationColor(edge->relationType()), width, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QLineF(edge->sourceNode()->pos(), edge->targetNode()->pos()));
        }
    }
    painter->restore();
}

void GraphScene::highlightNeighbourhood(NodeItem* node)
{
    QSet<const QGraphicsItem*> keep;
    if (node) {
        keep.insert(node);
        for (auto* edge : node->edges()) {
            if (isEdgeShown(edge)) {
                keep.insert(edge);
                keep.insert(edge->sourceNode());
                keep.insert(edge->targetNode());
            }
        }
    }
    for (auto* item : std::as_const(m_nodes)) {
        item->setDimmed(node && !keep.contains(item));
    }
    for (auto* item : std::as_const(m_edges)) {
        item->setDimmed(node && !keep.contains(item));
    }
}

void GraphScene::lightEdges(const QSet<QString>& edgeIds)
{
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it) {
        it.value()->setLit(edgeIds.contains(it.key()));
    }
}

QRectF GraphScene::visibleItemsRect() const
{
    QRectF rect;
    for (auto* item : std::as_const(m_nodes)) {
        if (item->isVisible()) {
            rect = rect.united(item->contentRect().translated(item->pos()));
        }
    }
    for (auto* item : std::as_const(m_edges)) {
        if (isEdgeShown(item)) {
            rect = rect.united(item->sceneBoundingRect());
        }
    }
    return rect.adjusted(-24, -24, 24, 24);
}

QStringList GraphScene::selectedNodeIds() const
{
    QStringList ids;
    for (auto* item : selectedItems()) {
        if (item->type() == NodeItem::Type) {
            ids << static_cast<NodeItem*>(item)->id();
        }
    }
    return ids;
}

QStringList GraphScene::selectedEdgeIds() const
{
    QStringList ids;
    for (auto* item : selectedItems()) {
        if (item->type() == EdgeItem::Type) {
            ids << static_cast<EdgeItem*>(item)->id();
        }
    }
    return ids;
}

void GraphScene::selectOnly(const QString& id)
{
    clearSelection();
    if (auto* item = m_nodes.value(id)) {
        item->setSelected(true);
    } else if (auto* edgeItem = m_edges.value(id)) {
        edgeItem->setSelected(true);
    }
}

void GraphScene::reportMoved(NodeItem* node, QPointF from)
{
    Q_EMIT actorMoved(node->id(), from, node->pos());
}

} // namespace diplograph::ui
