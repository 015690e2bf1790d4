#include "graphview/graph_scene.h"

#include "graphview/edge_item.h"
#include "graphview/graph_style.h"
#include "graphview/node_item.h"
#include "graphview/tie_item.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace diplograph::ui {

namespace {

constexpr qreal kBendStep = 22;           // scene pixels between parallel curves
constexpr int kSynchronousItems = 3000;   // smaller graphs are built in one go
constexpr qint64 kSliceMs = 25;           // a slice of a big build stays well under a 100 ms stall

// The edges' common parent: draws nothing itself; hiding it skips all edges in one step.
class EdgeLayer : public QGraphicsItem {
public:
    EdgeLayer() { setFlag(ItemHasNoContents); }
    [[nodiscard]] QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

} // namespace

struct GraphScene::Build {
    const core::GraphView* view = nullptr;
    std::map<std::string, core::NodePosition> positions;
    std::vector<qreal> bends; // per view edge
    QStringList selected;
    std::size_t nextNode = 0;
    std::size_t nextEdge = 0;
};

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent)
{
    setBackgroundBrush(style::sceneBackground());
    // Edges hang under one layer item, so the top level holds only nodes: a linear scan is as quick as a
    // BSP tree here and costs nothing to keep up to date while nodes are dragged or laid out.
    setItemIndexMethod(NoIndex);
    // The overview draws the selected edge in drawBackground, which item updates do not repaint.
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_overview) {
            update();
        }
    });
}

GraphScene::~GraphScene()
{
    // ~QGraphicsScene removes the items and so emits selectionChanged after this object's members are gone
    // (UBSan: member access in the handler); the handler must not outlive ~GraphScene.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void GraphScene::setGraph(const core::GraphView& view, const std::map<std::string, core::NodePosition>& positions)
{
    Q_EMIT graphAboutToReset();
    auto build = std::make_unique<Build>();
    build->view = &view;
    build->positions = positions;
    build->selected = m_build ? m_build->selected : selectedNodeIds() + selectedEdgeIds();
    // Edges of one unordered pair fan out symmetrically; offsets are measured in the pair's canonical
    // direction (smaller id first) so A->B and B->A bend to opposite sides instead of overlapping.
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> pairs;
    for (std::size_t i = 0; i < view.edges.size(); ++i) {
        const auto& edge = view.edges[i];
        pairs[std::minmax(edge.source, edge.target)].push_back(i);
    }
    build->bends.assign(view.edges.size(), 0.0);
    for (const auto& [pair, members] : pairs) {
        if (members.size() < 2) {
            continue;
        }
        for (std::size_t k = 0; k < members.size(); ++k) { // members are in id order: the view is sorted
            const auto& edge = view.edges[members[k]];
            const qreal offset = (static_cast<qreal>(k) - (members.size() - 1) / 2.0) * kBendStep;
            build->bends[members[k]] = edge.source < edge.target ? offset : -offset;
        }
    }
    {
        // One selectionChanged after the rebuild, not one per deleted item.
        const QSignalBlocker blocker(this);
        clear();
    }
    m_nodes.clear();
    m_edges.clear();
    m_ties.clear();
    m_edgeLayer = new EdgeLayer;
    m_edgeLayer->setVisible(!m_overview);
    addItem(m_edgeLayer);
    m_overviewDirty = true;
    m_build = std::move(build);
    if (view.nodes.size() + view.edges.size() <= kSynchronousItems) {
        buildSlice();
    } else {
        QTimer::singleShot(0, this, [this, build = m_build.get()] {
            if (m_build.get() == build) {
                buildSlice();
            }
        });
    }
}

void GraphScene::buildSlice()
{
    Build& build = *m_build;
    const auto& view = *build.view;
    const bool sliced = view.nodes.size() + view.edges.size() > kSynchronousItems;
    QElapsedTimer clock;
    clock.start();
    const auto outOfTime = [&] { return sliced && clock.elapsed() >= kSliceMs; };
    while (build.nextNode < view.nodes.size() && !outOfTime()) {
        for (int k = 0; k < 200 && build.nextNode < view.nodes.size(); ++k) {
            const auto& node = view.nodes[build.nextNode++];
            auto* item = new NodeItem(node);
            if (const auto it = build.positions.find(node.id); it != build.positions.end()) {
                item->setPos(it->second.point.x, it->second.point.y);
            }
            addItem(item);
            m_nodes.insert(item->id(), item);
        }
    }
    while (build.nextEdge < view.edges.size() && !outOfTime()) {
        for (int k = 0; k < 200 && build.nextEdge < view.edges.size(); ++k) {
            const std::size_t index = build.nextEdge++;
            const auto& edge = view.edges[index];
            auto* source = m_nodes.value(QString::fromStdString(edge.source));
            auto* target = m_nodes.value(QString::fromStdString(edge.target));
            if (!source || !target) {
                continue;
            }
            auto* item = new EdgeItem(edge, source, target, build.bends[index]);
            item->setParentItem(m_edgeLayer);
            m_edges.insert(item->id(), item);
        }
    }
    if (build.nextNode < view.nodes.size() || build.nextEdge < view.edges.size()) {
        QTimer::singleShot(0, this, [this, current = m_build.get()] {
            if (m_build.get() == current) {
                buildSlice();
            }
        });
        return;
    }
    if (view.level == core::GraphLevel::Agent) {
        for (const auto& [agent, entity] : core::agentTies(view)) {
            auto* from = m_nodes.value(QString::fromStdString(agent));
            auto* to = m_nodes.value(QString::fromStdString(entity));
            if (from && to) {
                auto* tie = new TieItem(from, to);
                tie->setParentItem(m_edgeLayer);
                m_ties.push_back(tie);
            }
        }
    }
    finishBuild();
}

void GraphScene::finishBuild()
{
    const QStringList selected = m_build->selected;
    m_build.reset();
    placeLabels();
    updateLabels(m_labelZoom);
    {
        const QSignalBlocker blocker(this);
        for (const auto& id : selected) {
            if (auto* item = m_nodes.value(id)) {
                item->setSelected(true);
            } else if (auto* edgeItem = m_edges.value(id)) {
                edgeItem->setSelected(true);
            }
        }
    }
    // A generous margin so panning is never stopped by the edge of the scene.
    const QRectF bounds = itemsBoundingRect();
    const qreal margin = 2000 + std::max(bounds.width(), bounds.height());
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
    Q_EMIT selectionChanged();
    Q_EMIT graphReset();
}

} // namespace diplograph::ui
