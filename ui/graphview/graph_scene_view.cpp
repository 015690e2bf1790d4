#include "graphview/graph_scene.h"

#include "graphview/edge_item.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"
#include "graphview/tie_item.h"

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
    // Greedy, heavier nodes first: each label takes the side facing away from its neighbours, or the side that
    // crosses fewest edges, but only a side that covers no other node and no other label, where a label not yet
    // placed counts as below its node. The layout keeps every node's shape-and-label-below footprint apart, so
    // below is always free and no two labels ever overlap.
    QVector<NodeItem*> order(m_nodes.begin(), m_nodes.end());
    if (order.size() > 400) {
        return; // big graphs keep their labels below: the layout already keeps those apart
    }
    std::sort(order.begin(), order.end(), [](NodeItem* a, NodeItem* b) {
        return a->weightedDegree() != b->weightedDegree() ? a->weightedDegree() > b->weightedDegree() : a->id() < b->id();
    });
    using P = NodeItem::LabelPlacement;
    QHash<const NodeItem*, QRectF> labels; // placed or, until then, below
    QVector<QPair<const NodeItem*, QRectF>> shapes;
    for (auto* node : std::as_const(order)) {
        const qreal r = node->radius();
        shapes.push_back({node, QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r))});
        labels.insert(node, node->labelRect(P::Below).translated(node->pos()));
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
    const auto collisions = [&](const NodeItem* node, const QRectF& rect) {
        int count = 0;
        for (const auto& [other, shape] : std::as_const(shapes)) {
            count += other != node && shape.intersects(rect) ? 1 : 0;
        }
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            count += it.key() != node && it.value().intersects(rect) ? 1 : 0;
        }
        return count;
    };
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
        P chosen = P::Below;
        int best = std::numeric_limits<int>::max();
        for (P placement : {preferred, P::Below, P::Above, P::Right, P::Left, P::BelowRight, P::BelowLeft, P::AboveRight,
                            P::AboveLeft}) {
            const QRectF rect = node->labelRect(placement).translated(node->pos());
            // A collision outweighs any number of crossings.
            const int score = collisions(node, rect) * 100000 + crossings(rect);
            if (score < best) {
                best = score;
                chosen = placement;
            }
        }
        node->setLabelPlacement(chosen);
        labels.insert(node, node->labelRect(chosen).translated(node->pos()));
    }
}

int GraphScene::updateLabels(qreal zoom)
{
    m_labelZoom = zoom;
    const qreal pixels = zoom * style::labelFont().pixelSize();
    const qreal growth = std::clamp(kMinLabelPixels / std::max(pixels, 1e-6), 1.0, 3.0);
    QVector<NodeItem*> order;
    for (auto* node : std::as_const(m_nodes)) {
        if (node->isVisible() && pixels * growth >= kMinLabelPixels - 0.01) {
            order.push_back(node);
        } else {
            node->setLabelScale(0);
        }
    }
    if (order.isEmpty()) {
        return 0;
    }
    std::sort(order.begin(), order.end(), [](NodeItem* a, NodeItem* b) {
        return a->weightedDegree() != b->weightedDegree() ? a->weightedDegree() > b->weightedDegree() : a->id() < b->id();
    });
    // Shown labels and every visible node's shape in a coarse grid, so this stays linear on big graphs.
    qreal cell = 64;
    for (auto* node : std::as_const(order)) {
        const QRectF label = node->sceneLabelRect(growth);
        cell = std::max({cell, label.width(), label.height()});
    }
    QHash<quint64, QVector<QPair<const NodeItem*, QRectF>>> grid;
    const auto forCells = [cell](const QRectF& rect, const auto& f) {
        const auto x0 = static_cast<qint64>(std::floor(rect.left() / cell)), x1 = static_cast<qint64>(std::floor(rect.right() / cell));
        const auto y0 = static_cast<qint64>(std::floor(rect.top() / cell)), y1 = static_cast<qint64>(std::floor(rect.bottom() / cell));
        for (auto x = x0; x <= x1; ++x) {
            for (auto y = y0; y <= y1; ++y) {
                f((static_cast<quint64>(x) << 32) ^ static_cast<quint32>(y));
            }
        }
    };
    const auto add = [&](const NodeItem* owner, const QRectF& rect) {
        forCells(rect, [&](quint64 key) { grid[key].push_back({owner, rect}); });
    };
    for (auto* node : std::as_const(order)) {
        const qreal r = node->radius();
        add(node, QRectF(node->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    const auto isFree = [&](const NodeItem* node, const QRectF& rect) {
        bool free = true;
        forCells(rect, [&](quint64 key) {
            for (const auto& [owner, other] : std::as_const(grid[key])) {
                free = free && (owner == node || !other.intersects(rect));
            }
        });
        return free;
    };
    // A grown label that does not fit may still fit smaller, down to its natural size while that is legible.
    const bool naturalLegible = growth > 1 && pixels >= kMinNaturalLabelPixels;
    int shown = 0;
    using P = NodeItem::LabelPlacement;
    for (auto* node : std::as_const(order)) {
        // Largest legible size first, at home (where placeLabels put it), then on the other sides.
        const P home = node->homePlacement();
        qreal scale = 0;
        P side = home;
        for (const qreal candidate : {growth, (growth + 1) / 2, 1.0}) {
            if (scale > 0 || (candidate != growth && !naturalLegible)) {
                continue;
            }
            for (const P placement : {home, P::Below, P::Above, P::Right, P::Left, P::BelowRight, P::BelowLeft,
                                      P::AboveRight, P::AboveLeft}) {
                if (isFree(node, node->sceneLabelRect(candidate, placement))) {
                    scale = candidate;
                    side = placement;
                    break;
                }
            }
        }
        node->setDrawnPlacement(side);
        node->setLabelScale(scale);
        if (scale > 0) {
            add(node, node->sceneLabelRect(scale));
            ++shown;
        }
    }
    return shown;
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
    for (auto* tie : std::as_const(m_ties)) {
        tie->setVisible(tie->agentNode()->isVisible() && tie->entityNode()->isVisible());
    }
    updateLabels(m_labelZoom);
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

QRectF GraphScene::visibleItemsRect(qreal zoom) const
{
    // Labels as drawn at `zoom`: grown ones reach further than the item's natural content.
    const qreal pixels = zoom * style::labelFont().pixelSize();
    const qreal growth = zoom > 0 ? std::clamp(kMinLabelPixels / std::max(pixels, 1e-6), 1.0, 3.0) : 1.0;
    const bool labelsShown = zoom <= 0 || pixels * growth >= kMinLabelPixels - 0.01;
    QRectF rect;
    for (auto* item : std::as_const(m_nodes)) {
        if (item->isVisible()) {
            rect = rect.united(item->contentRect().translated(item->pos()));
            if (labelsShown) {
                rect = rect.united(item->sceneLabelRect(growth));
            }
        }
    }
    for (auto* item : std::as_const(m_edges)) {
        if (isEdgeShown(item)) {
            rect = rect.united(item->sceneBoundingRect());
        }
    }
    return rect.adjusted(-16, -16, 16, 16);
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
