#pragma once

#include "diplograph/graph.h"
#include "diplograph/layout.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <map>
#include <memory>

namespace diplograph::ui {

class EdgeItem;
class NodeItem;
class TieItem;

// The actor graph as items built from a GraphView snapshot and node positions. It never lays out:
// positions come from the controller, and drags go back to it through actorMoved.
class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    // Rebuilds every item and emits graphReset when done; keeps the selection where ids survive. Big graphs
    // are built in slices across event-loop turns so the window stays responsive; `view` must stay alive
    // until graphReset (or the next setGraph).
    void setGraph(const core::GraphView& view, const std::map<std::string, core::NodePosition>& positions);
    // True while a sliced build is under way.
    [[nodiscard]] bool isBuilding() const { return m_build != nullptr; }
    // Moves one node (e.g. undo of a drag) without reporting it back.
    void setNodePosition(const QString& id, QPointF position);

    [[nodiscard]] NodeItem* node(const QString& id) const { return m_nodes.value(id); }
    [[nodiscard]] EdgeItem* edge(const QString& id) const { return m_edges.value(id); }
    [[nodiscard]] const QHash<QString, NodeItem*>& nodes() const { return m_nodes; }
    [[nodiscard]] const QHash<QString, EdgeItem*>& edges() const { return m_edges; }
    // Agent-to-entity ties (agent level only), under the edges.
    [[nodiscard]] const QVector<TieItem*>& ties() const { return m_ties; }

    // Shows only these ids (what the filter proxies accept).
    void setVisibleItems(const QSet<QString>& nodeIds, const QSet<QString>& edgeIds);
    // Dims everything but `node`, its edges and neighbours; nullptr restores.
    void highlightNeighbourhood(NodeItem* node);
    // Marks the edges a hovered sentence supports; empty clears.
    void lightEdges(const QSet<QString>& edgeIds);
    // Bounding rectangle of the visible items with their labels as drawn at `zoom` (0: at natural size),
    // with a margin.
    [[nodiscard]] QRectF visibleItemsRect(qreal zoom = 0) const;
    // Decides, for the view's `zoom`, which labels are drawn and how large: a label grows (up to 3x) to stay
    // kMinLabelPixels tall on screen, is dropped when even that is not enough, and is dropped when it would
    // cover a heavier node's label or another node. Returns how many labels are shown.
    int updateLabels(qreal zoom);
    [[nodiscard]] qreal labelZoom() const { return m_labelZoom; }
    // Labels on screen grow to be this many pixels tall (13 px text at 0.54x) ...
    static constexpr qreal kMinLabelPixels = 7.0;
    // ... or, where a grown label would not fit, stay at their natural size down to this height.
    static constexpr qreal kMinNaturalLabelPixels = 5.5;

    [[nodiscard]] QStringList selectedNodeIds() const;
    [[nodiscard]] QStringList selectedEdgeIds() const;
    void selectOnly(const QString& nodeOrEdgeId);

    // Called by NodeItem after a drag.
    void reportMoved(NodeItem* node, QPointF from);
    // Overview: edges are drawn as one batch of thin lines instead of 10,000 items (far zoom on big graphs).
    void setOverview(bool overview);
    [[nodiscard]] bool isOverview() const { return m_overview; }
    // Set by exporters while they paint items: pictures always get full detail.
    void setExporting(bool exporting) { m_exporting = exporting; }
    [[nodiscard]] bool drawsOverview() const { return m_overview && !m_exporting; }
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    // Whether the filters keep the edge (true even while the overview hides the items).
    [[nodiscard]] bool isEdgeShown(const EdgeItem* edge) const;
    // Called when an edge's geometry changed, so the overview lines are recomputed.
    void markOverviewDirty() { m_overviewDirty = true; }

Q_SIGNALS:
    // A node was dragged from `from` to `to` (scene coordinates).
    void actorMoved(const QString& id, QPointF from, QPointF to);
    // Emitted as setGraph starts, before any item is deleted.
    void graphAboutToReset();
    // Emitted at the end of setGraph: every item was replaced.
    void graphReset();

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    struct Build;
    void buildSlice();
    void finishBuild();
    void placeLabels();

    QHash<QString, NodeItem*> m_nodes;
    QHash<QString, EdgeItem*> m_edges;
    QVector<TieItem*> m_ties;
    qreal m_labelZoom = 1.0; // the zoom updateLabels last ran for
    QGraphicsItem* m_edgeLayer = nullptr; // parent of every edge, hidden as a whole in overview
    bool m_overview = false;
    bool m_exporting = false;
    bool m_overviewDirty = true;
    QVector<QLineF> m_overviewLines[4]; // by RelationType
    std::unique_ptr<Build> m_build;
};

} // namespace diplograph::ui
