// core::layout: splits the view into connected components, lays each out with the chosen algorithm, scales it
// to the requested edge length and packs the components side by side (docs/performance.md).
#include "diplograph/layout.h"

#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace diplograph::core {

namespace {

using layout_detail::LocalGraph;

constexpr std::size_t kMaxKamadaKawaiNodes = 300; // 5 s at 300 nodes, 200 s at 1,000: the force layout takes over

struct Component {
    std::vector<std::uint32_t> nodes; // view indices, ascending
    LocalGraph graph;
    bool anchored = false; // has pinned or previously placed nodes: keeps its coordinates
};

std::vector<Component> components(const GraphView& view)
{
    const std::size_t n = view.nodes.size();
    std::unordered_map<std::string_view, std::uint32_t> index;
    for (std::uint32_t i = 0; i < n; ++i) {
        index.emplace(view.nodes[i].id, i);
    }
    std::vector<std::uint32_t> root(n);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](std::uint32_t x) {
        while (root[x] != x) {
            x = root[x] = root[root[x]];
        }
        return x;
    };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (const auto& edge : view.edges) {
        const auto s = index.find(edge.source);
        const auto t = index.find(edge.target);
        if (s == index.end() || t == index.end() || s->second == t->second) {
            continue;
        }
        pairs.emplace_back(std::min(s->second, t->second), std::max(s->second, t->second));
        root[find(s->second)] = find(t->second);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::unordered_map<std::uint32_t, std::size_t> byRoot;
    std::vector<Component> result;
    std::vector<std::uint32_t> localIndex(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const auto [it, inserted] = byRoot.try_emplace(find(i), result.size());
        if (inserted) {
            result.emplace_back();
        }
        localIndex[i] = static_cast<std::uint32_t>(result[it->second].nodes.size());
        result[it->second].nodes.push_back(i);
    }
    for (const auto& [a, b] : pairs) {
        auto& component = result[byRoot[find(a)]];
        component.graph.edges.emplace_back(localIndex[a], localIndex[b]);
    }
    for (auto& component : result) {
        component.graph.nodeCount = component.nodes.size();
    }
    // Largest first; ties by the smallest node id (nodes are sorted by id), so packing is deterministic.
    std::stable_sort(result.begin(), result.end(),
                     [](const Component& a, const Component& b) { return a.nodes.size() > b.nodes.size(); });
    return result;
}

void circle(std::vector<Point>& positions, const std::vector<char>& pinned, double edgeLength)
{
    const std::size_t n = positions.size();
    const double radius = std::max(edgeLength / 2, edgeLength * static_cast<double>(n) / (2 * M_PI));
    for (std::size_t i = 0; i < n; ++i) {
        if (pinned[i]) {
            continue;
        }
        const double angle = 2 * M_PI * static_cast<double>(i) / static_cast<double>(n) - M_PI / 2;
        positions[i] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
}

// Centres the component on the origin and scales it so the mean edge is `edgeLength` long.
void normalise(std::vector<Point>& positions, const LocalGraph& graph, double edgeLength)
{
    double cx = 0, cy = 0;
    for (const auto& p : positions) {
        cx += p.x, cy += p.y;
    }
    cx /= static_cast<double>(positions.size());
    cy /= static_cast<double>(positions.size());
    double total = 0;
    for (const auto& [a, b] : graph.edges) {
        total += std::hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
    }
    const double mean = graph.edges.empty() ? 0 : total / static_cast<double>(graph.edges.size());
    const double scale = mean > 1e-9 ? edgeLength / mean : 1.0;
    for (auto& p : positions) {
        p = {(p.x - cx) * scale, (p.y - cy) * scale};
    }
}

double meanEdge(const std::vector<Point>& positions, const LocalGraph& graph)
{
    double total = 0;
    for (const auto& [a, b] : graph.edges) {
        total += std::hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
    }
    return graph.edges.empty() ? 0.0 : total / static_cast<double>(graph.edges.size());
}

// The spring-electrical model's natural edge length grows with the graph, so pinned nodes (which fix the scale)
// would leave the rest too spread out. Lay out freely first, measure that growth, then refine around the pins
// with a spring length shrunk by it.
bool layoutAroundPins(const LocalGraph& graph, layout_detail::ForceOptions force, std::vector<Point>& positions,
                      const std::vector<char>& hasStart, const std::vector<char>& pinned,
                      const layout_detail::KeepGoing& keepGoing)
{
    const double k = force.edgeLength;
    std::vector<Point> free = positions;
    if (!layout_detail::forceLayout(graph, force, free, hasStart, {}, keepGoing)) {
        return false;
    }
    const double growth = std::max(1.0, meanEdge(free, graph) / k);
    double shiftX = 0, shiftY = 0, pins = 0;
    for (std::size_t i = 0; i < free.size(); ++i) {
        free[i] = {free[i].x / growth, free[i].y / growth};
        if (pinned[i]) {
            shiftX += positions[i].x - free[i].x, shiftY += positions[i].y - free[i].y, pins += 1;
        }
    }
    for (std::size_t i = 0; i < free.size(); ++i) {
        free[i] = pinned[i] ? positions[i] : Point{free[i].x + shiftX / pins, free[i].y + shiftY / pins};
    }
    positions = std::move(free);
    const int iterations = force.iterations > 0 ? force.iterations : 150;
    return layout_detail::refine(graph, k / growth, 0.3 * k, iterations, positions, pinned, keepGoing);
}

bool layoutComponent(const Component& component, const LayoutOptions& options, std::vector<Point>& positions,
                     const std::vector<char>& hasStart, const std::vector<char>& pinned,
                     const layout_detail::KeepGoing& keepGoing)
{
    const std::size_t n = component.graph.nodeCount;
    const double k = options.edgeLength;
    if (options.algorithm == LayoutAlgorithm::Circle) {
        circle(positions, pinned, k);
        return true;
    }
    if (component.anchored) {
        layout_detail::ForceOptions force{k, options.seed, options.iterations, 0.0, false};
        if (std::find(pinned.begin(), pinned.end(), 1) == pinned.end()) {
            return layout_detail::forceLayout(component.graph, force, positions, hasStart, pinned, keepGoing);
        }
        return layoutAroundPins(component.graph, force, positions, hasStart, pinned, keepGoing);
    }
    if (n == 1) {
        positions[0] = {0, 0};
        return true;
    }
    const bool small = n <= kSmallGraphNodes;
    switch (options.algorithm) {
    case LayoutAlgorithm::KamadaKawai:
        if (n <= kMaxKamadaKawaiNodes) {
            return layout_detail::kamadaKawai(component.graph, k, positions);
        }
        break;
    case LayoutAlgorithm::FruchtermanReingold:
        return layout_detail::fruchtermanReingold(component.graph, k, options.seed, options.iterations, positions,
                                                  keepGoing);
    case LayoutAlgorithm::Auto:
        if (small) {
            return layout_detail::fruchtermanReingold(component.graph, k, options.seed, options.iterations, positions,
                                                      keepGoing);
        }
        break;
    default: break;
    }
    layout_detail::ForceOptions force{k, options.seed, options.iterations, 0.0, true};
    return layout_detail::forceLayout(component.graph, force, positions, hasStart, pinned, keepGoing);
}

// Moves a re-laid-out component back onto its previous picture: the scale and shift that best map the new
// positions of previously placed nodes onto their old ones (least squares), so a re-layout stays recognisable.
void fitToStart(std::vector<Point>& positions, const std::vector<Point>& start, const std::vector<char>& hasStart)
{
    double count = 0, px = 0, py = 0, qx = 0, qy = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (hasStart[i]) {
            count += 1, px += positions[i].x, py += positions[i].y, qx += start[i].x, qy += start[i].y;
        }
    }
    if (count == 0) {
        return;
    }
    px /= count, py /= count, qx /= count, qy /= count;
    double numerator = 0, denominator = 0;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (hasStart[i]) {
            const double ax = positions[i].x - px, ay = positions[i].y - py;
            numerator += ax * (start[i].x - qx) + ay * (start[i].y - qy);
            denominator += ax * ax + ay * ay;
        }
    }
    const double scale = denominator > 1e-12 && numerator > 0 ? numerator / denominator : 1.0;
    for (auto& p : positions) {
        p = {(p.x - px) * scale + qx, (p.y - py) * scale + qy};
    }
}

struct Box {
    double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
    void add(Point p)
    {
        minX = std::min(minX, p.x), minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x), maxY = std::max(maxY, p.y);
    }
    [[nodiscard]] bool empty() const { return minX > maxX; }
};

} // namespace

const char* layoutAlgorithmName(LayoutAlgorithm algorithm)
{
    switch (algorithm) {
    case LayoutAlgorithm::Auto: return "auto";
    case LayoutAlgorithm::FruchtermanReingold: return "fr";
    case LayoutAlgorithm::KamadaKawai: return "kk";
    case LayoutAlgorithm::BarnesHut: return "barnes-hut";
    case LayoutAlgorithm::Circle: return "circle";
    default: return "invalid";
    }
}

LayoutAlgorithm layoutAlgorithmFromName(std::string_view name)
{
    for (auto algorithm : {LayoutAlgorithm::Auto, LayoutAlgorithm::FruchtermanReingold, LayoutAlgorithm::KamadaKawai,
                           LayoutAlgorithm::BarnesHut, LayoutAlgorithm::Circle}) {
        if (name == layoutAlgorithmName(algorithm)) {
            return algorithm;
        }
    }
    return LayoutAlgorithm::Invalid;
}

Result<std::map<std::string, Point>> layout(const GraphView& view, const LayoutOptions& options)
{
    if (options.algorithm == LayoutAlgorithm::Invalid || !(options.edgeLength > 0) ||
        !std::isfinite(options.edgeLength) || options.iterations < 0) {
        return fail(ErrorCode::InvalidArgument,
                    "layout needs an algorithm, a positive edge length and iterations >= 0");
    }
    auto parts = components(view);
    std::vector<std::vector<Point>> placed(parts.size());
    Box anchoredBox;
    bool cancelled = false;
    for (std::size_t c = 0; c < parts.size() && !cancelled; ++c) {
        auto& component = parts[c];
        const std::size_t n = component.nodes.size();
        std::vector<Point> positions(n);
        std::vector<char> hasStart(n, 0), pinned(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const auto it = options.fixed.find(view.nodes[component.nodes[i]].id);
            if (it != options.fixed.end()) {
                positions[i] = it->second.point;
                hasStart[i] = 1;
                pinned[i] = it->second.pinned ? 1 : 0;
            }
        }
        component.anchored = std::find(hasStart.begin(), hasStart.end(), 1) != hasStart.end();
        const std::size_t total = parts.size();
        const layout_detail::KeepGoing keepGoing = [&options, c, total] {
            return !options.progress || options.progress(c, total);
        };
        const std::vector<Point> start = positions;
        if (!keepGoing() || !layoutComponent(component, options, positions, hasStart, pinned, keepGoing)) {
            cancelled = true;
            break;
        }
        if (component.anchored && std::find(pinned.begin(), pinned.end(), 1) == pinned.end()) {
            fitToStart(positions, start, hasStart);
        }
        if (component.anchored) {
            for (const auto& p : positions) {
                anchoredBox.add(p);
            }
        } else {
            normalise(positions, component.graph, options.edgeLength);
        }
        placed[c] = std::move(positions);
    }
    if (cancelled) {
        return fail(ErrorCode::Cancelled, "layout cancelled");
    }
    if (options.progress) {
        options.progress(parts.size(), parts.size());
    }

    // Shelf packing of the free components, largest first, below whatever the analyst has anchored.
    const double gap = options.edgeLength;
    double area = 0, widest = 0;
    std::vector<Box> boxes(parts.size());
    for (std::size_t c = 0; c < parts.size(); ++c) {
        for (const auto& p : placed[c]) {
            boxes[c].add(p);
        }
        if (!parts[c].anchored) {
            const double w = boxes[c].maxX - boxes[c].minX + gap;
            area += w * (boxes[c].maxY - boxes[c].minY + gap);
            widest = std::max(widest, w);
        }
    }
    const double rowWidth = std::max(widest, 1.3 * std::sqrt(area));
    const double left = anchoredBox.empty() ? 0.0 : anchoredBox.minX;
    double x = left;
    double y = anchoredBox.empty() ? 0.0 : anchoredBox.maxY + gap;
    double rowHeight = 0;
    std::map<std::string, Point> result;
    for (std::size_t c = 0; c < parts.size(); ++c) {
        double dx = 0, dy = 0;
        if (!parts[c].anchored) {
            const double w = boxes[c].maxX - boxes[c].minX;
            const double h = boxes[c].maxY - boxes[c].minY;
            if (x > left && x + w > left + rowWidth) {
                x = left;
                y += rowHeight + gap;
                rowHeight = 0;
            }
            dx = x - boxes[c].minX;
            dy = y - boxes[c].minY;
            x += w + gap;
            rowHeight = std::max(rowHeight, h);
        }
        for (std::size_t i = 0; i < parts[c].nodes.size(); ++i) {
            result.emplace(view.nodes[parts[c].nodes[i]].id, Point{placed[c][i].x + dx, placed[c][i].y + dy});
        }
    }
    return result;
}

} // namespace diplograph::core
