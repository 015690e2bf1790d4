// The multilevel driver of the force layout: coarsen by matching, lay out the coarsest graph, then prolong and
// refine level by level, so large graphs untangle in few O(n log n) iterations.
#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace diplograph::core::layout_detail {

namespace {

constexpr std::size_t kCoarsestNodes = 48;
constexpr int kCoarsestIterations = 300;
constexpr int kRefineIterations = 100;

std::vector<std::vector<std::uint32_t>> adjacency(const LocalGraph& graph)
{
    std::vector<std::vector<std::uint32_t>> neighbours(graph.nodeCount);
    for (const auto& [a, b] : graph.edges) {
        neighbours[a].push_back(b);
        neighbours[b].push_back(a);
    }
    return neighbours;
}

void randomStart(std::vector<Point>& positions, const std::vector<char>& hasStart, double edgeLength,
                 std::uint32_t seed, const LocalGraph& graph)
{
    std::mt19937 generator(seed);
    const double side = edgeLength * std::sqrt(static_cast<double>(std::max<std::size_t>(graph.nodeCount, 1)));
    std::uniform_real_distribution<double> uniform(-side / 2, side / 2);
    const auto neighbours = adjacency(graph);
    for (std::size_t i = 0; i < graph.nodeCount; ++i) {
        const double jitterX = uniform(generator);
        const double jitterY = uniform(generator);
        if (!hasStart.empty() && hasStart[i]) {
            continue;
        }
        // Beside a placed neighbour if there is one, so a new node joins its cluster rather than the void.
        const auto placed = std::find_if(neighbours[i].begin(), neighbours[i].end(),
                                         [&](std::uint32_t j) { return !hasStart.empty() && hasStart[j]; });
        if (placed != neighbours[i].end()) {
            positions[i] = {positions[*placed].x + jitterX * edgeLength / side,
                            positions[*placed].y + jitterY * edgeLength / side};
        } else {
            positions[i] = {jitterX, jitterY};
        }
    }
}

} // namespace

bool coarsen(const LocalGraph& graph, LocalGraph& coarse, std::vector<std::uint32_t>& parentOf)
{
    const std::size_t n = graph.nodeCount;
    const auto neighbours = adjacency(graph);
    constexpr std::uint32_t kNone = ~0u;
    std::vector<std::uint32_t> partner(n, kNone);
    std::vector<char> matched(n, 0);
    // Leaves of one hub pair up first: stars would otherwise shrink by one node per level.
    for (std::size_t hub = 0; hub < n; ++hub) {
        std::uint32_t waiting = kNone;
        for (std::uint32_t leaf : neighbours[hub]) {
            if (neighbours[leaf].size() != 1 || matched[leaf]) {
                continue;
            }
            if (waiting == kNone) {
                waiting = leaf;
            } else {
                partner[waiting] = leaf, partner[leaf] = waiting;
                matched[waiting] = matched[leaf] = 1;
                waiting = kNone;
            }
        }
    }
    // Then a matching that prefers low-degree neighbours, visiting low-degree nodes first.
    std::vector<std::uint32_t> order(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return neighbours[a].size() < neighbours[b].size(); });
    for (std::uint32_t node : order) {
        if (matched[node]) {
            continue;
        }
        std::uint32_t best = kNone;
        for (std::uint32_t other : neighbours[node]) {
            if (!matched[other] && other != node &&
                (best == kNone || neighbours[other].size() < neighbours[best].size())) {
                best = other;
            }
        }
        if (best != kNone) {
            partner[node] = best, partner[best] = node;
            matched[node] = matched[best] = 1;
        }
    }
    parentOf.assign(n, kNone);
    std::uint32_t next = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (parentOf[i] == kNone) {
            parentOf[i] = next;
            if (partner[i] != kNone) {
                parentOf[partner[i]] = next;
            }
            ++next;
        }
    }
    coarse.nodeCount = next;
    coarse.edges.clear();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    edges.reserve(graph.edges.size());
    for (const auto& [a, b] : graph.edges) {
        const auto pa = parentOf[a];
        const auto pb = parentOf[b];
        if (pa != pb) {
            edges.emplace_back(std::min(pa, pb), std::max(pa, pb));
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    coarse.edges = std::move(edges);
    return static_cast<double>(next) < 0.9 * static_cast<double>(n);
}

bool forceLayout(const LocalGraph& graph, const ForceOptions& options, std::vector<Point>& positions,
                 const std::vector<char>& hasStart, const std::vector<char>& pinned, const KeepGoing& keepGoing)
{
    const std::size_t n = graph.nodeCount;
    const double k = options.edgeLength;
    positions.resize(n);
    const bool anyPinned = std::find(pinned.begin(), pinned.end(), 1) != pinned.end();
    const auto started = static_cast<std::size_t>(std::count(hasStart.begin(), hasStart.end(), 1));
    const bool incremental = anyPinned || 2 * started >= n;
    if (incremental || !options.multilevel || n <= kCoarsestNodes) {
        randomStart(positions, hasStart, k, options.seed, graph);
        const double step = options.initialStep > 0 ? options.initialStep : (incremental ? 0.3 * k : k);
        const int iterations = options.iterations > 0 ? options.iterations : kCoarsestIterations;
        return refine(graph, k, step, iterations, positions, pinned, keepGoing);
    }

    std::vector<LocalGraph> levels{graph};
    std::vector<std::vector<std::uint32_t>> parents;
    while (levels.back().nodeCount > kCoarsestNodes && levels.size() < 40) {
        LocalGraph coarse;
        std::vector<std::uint32_t> parentOf;
        if (!coarsen(levels.back(), coarse, parentOf)) {
            break;
        }
        levels.push_back(std::move(coarse));
        parents.push_back(std::move(parentOf));
    }
    std::vector<Point> coarsePositions(levels.back().nodeCount);
    randomStart(coarsePositions, {}, k, options.seed, levels.back());
    const int coarsestIterations = options.iterations > 0 ? options.iterations : kCoarsestIterations;
    if (!refine(levels.back(), k, k, coarsestIterations, coarsePositions, {}, keepGoing)) {
        return false;
    }
    std::mt19937 generator(options.seed);
    std::uniform_real_distribution<double> jitter(-0.1 * k, 0.1 * k);
    for (std::size_t level = levels.size() - 1; level-- > 0;) {
        const auto& parentOf = parents[level];
        // Children start at their parent; the picture grows so each node keeps about the same room.
        const double scale =
            std::sqrt(static_cast<double>(levels[level].nodeCount) / static_cast<double>(levels[level + 1].nodeCount));
        std::vector<Point> fine(levels[level].nodeCount);
        for (std::size_t i = 0; i < fine.size(); ++i) {
            const Point parent = coarsePositions[parentOf[i]];
            fine[i] = {parent.x * scale + jitter(generator), parent.y * scale + jitter(generator)};
        }
        const int iterations = options.iterations > 0 ? options.iterations : kRefineIterations;
        if (!refine(levels[level], k, 0.5 * k, iterations, fine, {}, keepGoing)) {
            return false;
        }
        coarsePositions = std::move(fine);
    }
    positions = std::move(coarsePositions);
    return true;
}

} // namespace diplograph::core::layout_detail
