#pragma once

#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <map>

namespace diplograph::ui {

class EdgeItem;
class NodeItem;

// The actor graph as items built from a GraphView snapshot and node positions. It never lays out:
// positions come from the controller, and drags go back to it through actorMoved.
class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);

    // Rebuilds every item; keeps the selection where ids survive.
    void setGraph(const core::GraphView& view, const std::map<std::string, core::NodePosition>& positions);
    // Moves one node (e.g. undo of a drag) without reporting it back.
    void setNodePosition(const QString& id, QPointF position);

    [[nodiscard]] NodeItem* node(const QString& id) const { return m_nodes.value(id); }
    [[nodiscard]] EdgeItem* edge(const QString& id) const { return m_edges.value(id); }
    [[nodiscard]] const QHash<QString, NodeItem*>& nodes() const { return m_nodes; }
    [[nodiscard]] const QHash<QString, EdgeItem*>& edges() const { return m_edges; }

    // Shows only these ids (what the filter proxies accept).
    void setVisibleItems(const QSet<QString>& nodeIds, const QSet<QString>& edgeIds);
    // Dims everything but `node`, its edges and neighbours; nullptr restores.
    void highlightNeighbourhood(NodeItem* node);
    // Marks the edges a hovered sentence supports; empty clears.
    void lightEdges(const QSet<QString>& edgeIds);
    // Bounding rectangle of the visible items, with a margin.
    [[nodiscard]] QRectF visibleItemsRect() const;

    [[nodiscard]] QStringList selectedNodeIds() const;
    [[nodiscard]] QStringList selectedEdgeIds() const;
    void selectOnly(const QString& nodeOrEdgeId);

    // Called by NodeItem after a drag.
    void reportMoved(NodeItem* node);

Q_SIGNALS:
    void actorMoved(const QString& id, QPointF position);

private:
    void assignBends();
    void placeLabels();

    QHash<QString, NodeItem*> m_nodes;
    QHash<QString, EdgeItem*> m_edges;
};

} // namespace diplograph::ui
