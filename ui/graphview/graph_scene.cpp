#include "graphview/graph_scene.h"

#include "graphview/edge_item.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace diplograph::ui {

namespace {

constexpr qreal kBendStep = 22; // scene pixels between parallel curves

QString edgeTooltip(const core::GraphEdge& edge, const NodeItem* source, const NodeItem* target)
{
    return QStringLiteral("<b>%1%2%3</b><br>%4 · %5 quote(s) · highest confidence %6<br><i>Click to read the quotes</i>")
        .arg(source->name().toHtmlEscaped(), style::relationArrow(edge.directed), target->name().toHtmlEscaped(),
             style::relationLabel(edge.type))
        .arg(edge.weight)
        .arg(QLocale().toString(edge.maxConfidence, 'f', 2));
}

} // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(style::sceneBackground());
    // Items move rarely; a BSP index makes hit tests and partial redraws cheap on large graphs.
    setItemIndexMethod(BspTreeIndex);
}

void GraphScene::setGraph(const core::GraphView& view, const std::map<std::string, core::NodePosition>& positions)
{
    const QStringList selected = selectedNodeIds() + selectedEdgeIds();
    // One selectionChanged after the rebuild, not one per deleted item.
    QSignalBlocker blocker(this);
    clear();
    m_nodes.clear();
    m_edges.clear();
    for (const auto& node : view.nodes) {
        auto* item = new NodeItem(node);
        if (const auto it = positions.find(node.id); it != positions.end()) {
            item->setPos(it->second.point.x, it->second.point.y);
        }
        addItem(item);
        m_nodes.insert(item->id(), item);
    }
    for (const auto& edge : view.edges) {
        auto* source = m_nodes.value(QString::fromStdString(edge.source));
        auto* target = m_nodes.value(QString::fromStdString(edge.target));
        if (!source || !target) {
            continue;
        }
        auto* item = new EdgeItem(edge, source, target, edgeTooltip(edge, source, target));
        addItem(item);
        m_edges.insert(item->id(), item);
    }
    assignBends();
    placeLabels();
    for (const auto& id : selected) {
        if (auto* item = m_nodes.value(id)) {
            item->setSelected(true);
        } else if (auto* edgeItem = m_edges.value(id)) {
            edgeItem->setSelected(true);
        }
    }
    blocker.unblock();
    Q_EMIT selectionChanged();
    // A generous margin so panning is never stopped by the edge of the scene.
    const QRectF bounds = itemsBoundingRect();
    const qreal margin = 2000 + std::max(bounds.width(), bounds.height());
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

void GraphScene::assignBends()
{
    // Edges of one unordered pair fan out symmetrically; offsets are measured in the pair's canonical
    // direction (smaller id first) so A→B and B→A bend to opposite sides instead of overlapping.
    QHash<QString, QVector<EdgeItem*>> pairs;
    for (auto* edge : std::as_const(m_edges)) {
        const QString& a = edge->sourceNode()->id();
        const QString& b = edge->targetNode()->id();
        pairs[a < b ? a + QChar(0) + b : b + QChar(0) + a].push_back(edge);
    }
    for (auto& group : pairs) {
        if (group.size() == 1) {
            group.front()->setBend(0);
            continue;
        }
        std::sort(group.begin(), group.end(), [](EdgeItem* x, EdgeItem* y) { return x->id() < y->id(); });
        for (int i = 0; i < group.size(); ++i) {
            EdgeItem* edge = group[i];
            const qreal offset = (i - (group.size() - 1) / 2.0) * kBendStep;
            const bool canonical = edge->sourceNode()->id() < edge->targetNode()->id();
            edge->setBend(canonical ? offset : -offset);
        }
    }
}

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
}

void GraphScene::highlightNeighbourhood(NodeItem* node)
{
    QSet<const QGraphicsItem*> keep;
    if (node) {
        keep.insert(node);
        for (auto* edge : node->edges()) {
            if (edge->isVisible()) {
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
            rect = rect.united(item->sceneBoundingRect());
        }
    }
    for (auto* item : std::as_const(m_edges)) {
        if (item->isVisible()) {
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

void GraphScene::reportMoved(NodeItem* node)
{
    Q_EMIT actorMoved(node->id(), node->pos());
}

} // namespace diplograph::ui
