#pragma once

// Per-component layout algorithms behind core::layout (layout.cpp). Positions are in pixels.
#include "diplograph/layout.h"

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace diplograph::core::layout_detail {

// One connected component with local node indices 0..nodeCount-1; edges are unique unordered pairs.
struct LocalGraph {
    std::size_t nodeCount = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
};

// Polled now and then; false stops the algorithm early (the caller reports Cancelled).
using KeepGoing = std::function<bool()>;

// Boost's Fruchterman-Reingold from seeded random positions; O(n^2) per iteration.
[[nodiscard]] bool fruchtermanReingold(const LocalGraph& graph, double edgeLength, std::uint32_t seed, int iterations,
                                       std::vector<Point>& positions, const KeepGoing& keepGoing);
// Boost's Kamada-Kawai from a circle; O(n^2) memory.
[[nodiscard]] bool kamadaKawai(const LocalGraph& graph, double edgeLength, std::vector<Point>& positions);

struct ForceOptions {
    double edgeLength = 120.0;
    std::uint32_t seed = 1;
    int iterations = 0;       // per level; 0 = adaptive default
    double initialStep = 0.0; // 0 = edgeLength (a fresh layout); smaller keeps a previous picture
    bool multilevel = true;   // coarsen first (ignored when nodes are pinned)
};

// Spring-electrical layout (Hu 2005) with Barnes-Hut repulsion; `positions` holds the start for nodes with
// hasStart, and `pinned` nodes never move. O(n log n) per iteration.
[[nodiscard]] bool forceLayout(const LocalGraph& graph, const ForceOptions& options, std::vector<Point>& positions,
                               const std::vector<char>& hasStart, const std::vector<char>& pinned,
                               const KeepGoing& keepGoing);

// One level of force iterations from the current positions; pinned nodes push but never move.
[[nodiscard]] bool refine(const LocalGraph& graph, double edgeLength, double initialStep, int maxIterations,
                          std::vector<Point>& positions, const std::vector<char>& pinned, const KeepGoing& keepGoing);

// Coarsens `graph` by matching (leaves of one hub pair up first); parentOf maps each node to a coarse node.
// Returns false when the graph barely shrinks.
[[nodiscard]] bool coarsen(const LocalGraph& graph, LocalGraph& coarse, std::vector<std::uint32_t>& parentOf);

// Moves unpinned nodes until no two `boxes` (footprints around `positions`) come closer than `gap`, keeping the
// picture's shape: PRISM-style stretching of overlapping proximity pairs, then (if `guarantee`) pair-by-pair
// pushes and a greedy pass that make sure of it. Without `guarantee` only the PRISM rounds run: fewer overlaps,
// in bounded time.
void removeOverlaps(std::vector<Point>& positions, const std::vector<NodeBox>& boxes, const std::vector<char>& pinned,
                    double gap, bool guarantee = true);
// Pairs of footprints closer than `gap`.
[[nodiscard]] std::size_t countOverlaps(const std::vector<Point>& positions, const std::vector<NodeBox>& boxes,
                                        double gap);

struct PackItem {
    double width = 0;
    double height = 0;
};
// Top-left corners for `items` packed without overlap, `gap` apart, into a strip `width` wide (skyline,
// tallest first); the strip's top is y = 0.
[[nodiscard]] std::vector<Point> packBoxes(const std::vector<PackItem>& items, double gap, double width);

} // namespace diplograph::core::layout_detail
