#pragma once

#include "diplograph/graph.h"
#include "diplograph/result.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>

namespace diplograph::core {

// A position in scene pixels (y grows downwards); neighbours end up roughly LayoutOptions::edgeLength apart.
struct Point {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Point&, const Point&) = default;
};

// A stored node position; pinned nodes keep their place in every re-layout.
struct NodePosition {
    Point point;
    bool pinned = false;
    friend bool operator==(const NodePosition&, const NodePosition&) = default;
};

// What a node covers around its position, in pixels: its shape and its label (distances to each side), and the
// shape's own reach (what is kept apart in views too big for every label to be shown).
struct NodeBox {
    double left = 14.0;
    double top = 14.0;
    double right = 14.0;
    double bottom = 14.0;
    double radius = 14.0;
    friend bool operator==(const NodeBox&, const NodeBox&) = default;
};

// Views up to this many nodes keep whole footprints (labels included) apart, guaranteed; bigger ones, where
// the screen shows only some labels anyway (the GUI declutters them), keep shapes apart as far as a bounded
// number of overlap-removal rounds gets (docs/performance.md).
inline constexpr std::size_t kLabelledNodes = 200;

// A footprint for `node` without a font: a circle sized by weighted degree and a 13 px label below it, wrapped
// at 150 px (the GUI passes its own, measured, through LayoutOptions::footprint).
[[nodiscard]] NodeBox estimatedFootprint(const GraphNode& node);

// Per connected component. Auto: Fruchterman-Reingold up to kSmallGraphNodes nodes, Barnes-Hut above
// (docs/performance.md says why). KamadaKawai above 300 nodes, and any component with pinned or previously placed
// nodes, use the Barnes-Hut force layout (Boost's layouts cannot hold nodes fixed).
enum class LayoutAlgorithm { Invalid = 0, Auto, FruchtermanReingold, KamadaKawai, BarnesHut, Circle };

// Graphs with more nodes than this use Barnes-Hut under LayoutAlgorithm::Auto.
inline constexpr std::size_t kSmallGraphNodes = 150;

[[nodiscard]] const char* layoutAlgorithmName(LayoutAlgorithm algorithm);     // "fr", "kk", "barnes-hut"...
[[nodiscard]] LayoutAlgorithm layoutAlgorithmFromName(std::string_view name); // Invalid if unknown

struct LayoutOptions {
    LayoutAlgorithm algorithm = LayoutAlgorithm::Auto;
    std::uint32_t seed = 1;                    // same view + options -> same positions, bit for bit
    double edgeLength = 120.0;                 // preferred neighbour distance in pixels
    std::map<std::string, NodePosition> fixed; // node id -> position; pinned entries never move,
                                               // unpinned ones seed the start (ids not in the view are ignored)
    int iterations = 0;                        // 0 = the algorithm's default
    Progress progress;                         // optional; false cancels (Cancelled)
    std::function<NodeBox(const GraphNode&)> footprint; // empty = estimatedFootprint; called once per node
    double gap = 8.0;                          // free pixels kept between any two footprints
    double aspectRatio = 1.0;                  // width / height the packed components aim at
    bool tieAgents = true;                     // an agent with relations is laid out beside its entity's node
};

// Positions for every node of `view`, by node id; components are laid out apart and packed side by side
// (pinned nodes excepted), and no two footprints come closer than options.gap (unless both are pinned).
// Errors: InvalidArgument (bad options), Cancelled.
[[nodiscard]] Result<std::map<std::string, Point>> layout(const GraphView& view, const LayoutOptions& options = {});

// Pairs of nodes of `view` whose footprints (options.footprint, else estimated) intersect at `positions`;
// nodes without a position are ignored.
[[nodiscard]] std::size_t countOverlaps(const GraphView& view, const std::map<std::string, Point>& positions,
                                        const LayoutOptions& options = {});

// The agent-to-entity ties layout() adds when tieAgents is set: (agent id, entity id) for every agent with
// relations whose entity is a node of `view` with relations too.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> agentTies(const GraphView& view);

} // namespace diplograph::core
