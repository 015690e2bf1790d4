#pragma once

#include "diplograph/graph.h"
#include "diplograph/result.h"

#include <cstdint>
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
};

// Positions for every node of `view`, by node id; components are laid out apart and packed side by side
// (pinned nodes excepted). Errors: InvalidArgument (bad options), Cancelled.
[[nodiscard]] Result<std::map<std::string, Point>> layout(const GraphView& view, const LayoutOptions& options = {});

} // namespace diplograph::core
