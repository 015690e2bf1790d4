// core::layout: splits the view into connected components, lays each out with the chosen algorithm, scales it
// to the requested edge length and packs the components side by side (docs/performance.md).
#include "diplograph/layout.h"

#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>
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

std::vector<Component> components(const GraphView& view, const std::vector<std::pair<std::string, std::string>>& ties)
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
    const auto link = [&](std::string_view source, std::string_view target) {
        const auto s = index.find(source);
        const auto t = index.find(target);
        if (s == index.end() || t == index.end() || s->second == t->second) {
            return;
        }
        pairs.emplace_back(std::min(s->second, t->second), std::max(s->second, t->second));
        root[find(s->second)] = find(t->second);
    };
    for (const auto& edge : view.edges) {
        link(edge.source, edge.target);
    }
    for (const auto& [agent, entity] : ties) {
        link(agent, entity);
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

// Nodes round a circle, each given an arc as long as its footprint is wide and tall on average, so
// neighbours on the circle clear each other whichever side of it they sit on.
void circle(std::vector<Point>& positions, const std::vector<char>& pinned, const std::vector<NodeBox>& boxes,
            double edgeLength, double gap)
{
    const std::size_t n = positions.size();
    std::vector<double> arc(n);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& box = boxes[i];
        arc[i] = std::max(0.35 * edgeLength, (box.left + box.right + box.top + box.bottom) / 2 + gap);
        total += arc[i];
    }
    const double radius = std::max(edgeLength / 2, total / (2 * M_PI));
    double along = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double angle = 2 * M_PI * (along + arc[i] / 2) / total - M_PI / 2;
        along += arc[i];
        if (!pinned[i]) {
            positions[i] = {radius * std::cos(angle), radius * std::sin(angle)};
        }
    }
}

// Centres the component on the origin and scales it so the mean edge is `edgeLength` long (0: no scaling).
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
    const double scale = mean > 1e-9 && edgeLength > 0 ? edgeLength / mean : 1.0;
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
                     const std::vector<NodeBox>& boxes, const layout_detail::KeepGoing& keepGoing)
{
    const std::size_t n = component.graph.nodeCount;
    const double k = options.edgeLength;
    if (options.algorithm == LayoutAlgorithm::Circle) {
        circle(positions, pinned, boxes, k, options.gap);
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
    void add(Point p, const NodeBox& box)
    {
        minX = std::min(minX, p.x - box.left), minY = std::min(minY, p.y - box.top);
        maxX = std::max(maxX, p.x + box.right), maxY = std::max(maxY, p.y + box.bottom);
    }
    [[nodiscard]] bool empty() const { return minX > maxX; }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }
};

// Whether the nodes with relations are few enough for whole footprints to be kept apart (kLabelledNodes); lone
// nodes do not count: they are packed apart, and the GUI hides them by default.
bool labelledView(const GraphView& view)
{
    std::set<std::string_view> related;
    for (const auto& edge : view.edges) {
        related.insert(edge.source);
        related.insert(edge.target);
    }
    return related.size() <= kLabelledNodes;
}

std::vector<NodeBox> footprints(const GraphView& view, const LayoutOptions& options, bool labelled)
{
    std::vector<NodeBox> boxes;
    boxes.reserve(view.nodes.size());
    for (const auto& node : view.nodes) {
        NodeBox box = options.footprint ? options.footprint(node) : estimatedFootprint(node);
        if (!labelled) {
            box = {box.radius, box.radius, box.radius, box.radius, box.radius};
        }
        boxes.push_back(box);
    }
    return boxes;
}

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
    auto parts = components(view, options.tieAgents ? agentTies(view) : std::vector<std::pair<std::string, std::string>>{});
    const bool labelled = labelledView(view);
    const std::vector<NodeBox> boxes = footprints(view, options, labelled);
    std::vector<std::vector<Point>> placed(parts.size());
    std::vector<char> anchored(parts.size(), 0);
    std::vector<char> pinnedNode(view.nodes.size(), 0);
    Box anchoredBox;
    bool cancelled = false;
    for (std::size_t c = 0; c < parts.size() && !cancelled; ++c) {
        auto& component = parts[c];
        const std::size_t n = component.nodes.size();
        std::vector<Point> positions(n);
        std::vector<char> hasStart(n, 0), pinned(n, 0);
        std::vector<NodeBox> local(n);
        for (std::size_t i = 0; i < n; ++i) {
            local[i] = boxes[component.nodes[i]];
            const auto it = options.fixed.find(view.nodes[component.nodes[i]].id);
            if (it != options.fixed.end()) {
                positions[i] = it->second.point;
                hasStart[i] = 1;
                pinned[i] = it->second.pinned ? 1 : 0;
                pinnedNode[component.nodes[i]] = pinned[i];
            }
        }
        anchored[c] = std::find(hasStart.begin(), hasStart.end(), 1) != hasStart.end();
        component.anchored = anchored[c];
        const Component& run = component;
        const std::size_t total = parts.size();
        const layout_detail::KeepGoing keepGoing = [&options, c, total] {
            return !options.progress || options.progress(c, total);
        };
        const std::vector<Point> start = positions;
        if (!keepGoing() || !layoutComponent(run, options, positions, hasStart, pinned, local, keepGoing)) {
            cancelled = true;
            break;
        }
        if (run.anchored && std::find(pinned.begin(), pinned.end(), 1) == pinned.end()) {
            fitToStart(positions, start, hasStart);
        }
        if (!run.anchored) {
            // A circle is already sized by its footprints; other layouts are brought to the edge length.
            normalise(positions, run.graph, options.algorithm == LayoutAlgorithm::Circle ? 0.0 : options.edgeLength);
        }
        layout_detail::removeOverlaps(positions, local, pinned, options.gap, labelled);
        if (run.anchored) {
            for (std::size_t i = 0; i < n; ++i) {
                anchoredBox.add(positions[i], local[i]);
            }
        }
        placed[c] = std::move(positions);
    }
    if (cancelled) {
        return fail(ErrorCode::Cancelled, "layout cancelled");
    }
    if (options.progress) {
        options.progress(parts.size(), parts.size());
    }

    // The free components are packed below whatever the analyst has anchored: the connected ones first, in a
    // strip of the wanted aspect ratio, then the lone nodes (often hidden by the filters) in a block below them,
    // so they never widen the picture of the rest.
    const double gap = std::max(options.gap * 4, 0.2 * options.edgeLength);
    std::vector<Box> extents(parts.size());
    std::vector<std::size_t> connected, lone;
    double area = 0;
    for (std::size_t c = 0; c < parts.size(); ++c) {
        for (std::size_t i = 0; i < parts[c].nodes.size(); ++i) {
            extents[c].add(placed[c][i], boxes[parts[c].nodes[i]]);
        }
        if (!anchored[c]) {
            (parts[c].nodes.size() > 1 ? connected : lone).push_back(c);
            if (parts[c].nodes.size() > 1) {
                area += (extents[c].width() + gap) * (extents[c].height() + gap);
            }
        }
    }
    const double aspect = options.aspectRatio > 0 && std::isfinite(options.aspectRatio) ? options.aspectRatio : 1.0;
    double stripWidth = std::sqrt(area * aspect);
    if (!anchoredBox.empty()) {
        stripWidth = std::max(stripWidth, anchoredBox.width());
    }
    const double left = anchoredBox.empty() ? 0.0 : anchoredBox.minX;
    double top = anchoredBox.empty() ? 0.0 : anchoredBox.maxY + gap;
    std::vector<Point> shift(parts.size());
    for (const auto* group : {&connected, &lone}) {
        std::vector<layout_detail::PackItem> items;
        for (const auto c : *group) {
            items.push_back({extents[c].width(), extents[c].height()});
        }
        if (items.empty()) {
            continue;
        }
        if (group == &lone && connected.empty() && anchoredBox.empty()) {
            double loneArea = 0;
            for (const auto& item : items) {
                loneArea += (item.width + gap) * (item.height + gap);
            }
            stripWidth = std::sqrt(loneArea * aspect);
        }
        const auto corners = layout_detail::packBoxes(items, gap, stripWidth);
        double bottom = top;
        for (std::size_t k = 0; k < group->size(); ++k) {
            const auto c = (*group)[k];
            shift[c] = {left + corners[k].x - extents[c].minX, top + corners[k].y - extents[c].minY};
            bottom = std::max(bottom, top + corners[k].y + extents[c].height());
        }
        top = bottom + gap;
    }
    std::vector<Point> all(view.nodes.size());
    for (std::size_t c = 0; c < parts.size(); ++c) {
        for (std::size_t i = 0; i < parts[c].nodes.size(); ++i) {
            all[parts[c].nodes[i]] = {placed[c][i].x + shift[c].x, placed[c][i].y + shift[c].y};
        }
    }
    // Packing keeps free components apart; anchored ones may still touch each other or a new neighbour.
    if (!anchoredBox.empty() && layout_detail::countOverlaps(all, boxes, options.gap) > 0) {
        layout_detail::removeOverlaps(all, boxes, pinnedNode, options.gap, labelled);
    }
    std::map<std::string, Point> result;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        result.emplace(view.nodes[i].id, all[i]);
    }
    return result;
}

} // namespace diplograph::core
