#include "graphview/graph_scene.h"

#include "graphview/edge_item.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"

#include <QLocale>

#include <algorithm>

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
    setSceneRect(itemsBoundingRect().adjusted(-400, -400, 400, 400));
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
    // Greedy: heavier nodes first keep their label below; later ones try the other sides on a collision.
    QVector<NodeItem*> order(m_nodes.begin(), m_nodes.end());
    std::sort(order.begin(), order.end(), [](NodeItem* a, NodeItem* b) {
        return a->weightedDegree() != b->weightedDegree() ? a->weightedDegree() > b->weightedDegree() : a->id() < b->id();
    });
    if (order.size() > 400) {
        return; // labels of big graphs are dropped by level of detail anyway
    }
    QVector<QRectF> taken;
    for (auto* node : std::as_const(order)) {
        taken.push_back(node->mapRectToScene(node->boundingRect().intersected(QRectF(-node->radius(), -node->radius(),
                                                                                     2 * node->radius(), 2 * node->radius()))));
    }
    for (auto* node : std::as_const(order)) {
        using P = NodeItem::LabelPlacement;
        P chosen = P::Below;
        for (P placement : {P::Below, P::Above, P::Right, P::Left}) {
            const QRectF rect = node->labelRect(placement).translated(node->pos());
            const bool clear = std::none_of(taken.begin(), taken.end(), [&](const QRectF& other) { return other.intersects(rect); });
            if (clear) {
                chosen = placement;
                break;
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
