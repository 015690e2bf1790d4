// Footprints, overlap counts and agent ties: the parts of core::layout's contract the GUI and tests use on
// their own.
#include "diplograph/layout.h"

#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>

namespace diplograph::core {

NodeBox estimatedFootprint(const GraphNode& node)
{
    // The GUI's sizes (ui/graphview/node_item.cpp) with an average DejaVu Sans advance of 7.3 px at 13 px.
    const double radius = std::min(48.0, 11 + 4.5 * std::sqrt(static_cast<double>(std::max(node.weightedDegree, 0))));
    const std::string& name = node.name.empty() ? node.id : node.name;
    double width = 7.3 * static_cast<double>(name.size());
    double lines = 1;
    if (width > 150 && name.find(' ') != std::string::npos) {
        width = std::max(width / 2 + 12, 0.0);
        lines = 2;
    }
    const double labelWidth = width + 6;
    const double labelHeight = 16 * lines + 6;
    const double half = std::max(radius, labelWidth / 2);
    return {half, radius, half, radius + 4 + labelHeight, radius};
}

std::size_t countOverlaps(const GraphView& view, const std::map<std::string, Point>& positions,
                          const LayoutOptions& options)
{
    std::vector<Point> points;
    std::vector<NodeBox> boxes;
    for (const auto& node : view.nodes) {
        if (const auto it = positions.find(node.id); it != positions.end()) {
            points.push_back(it->second);
            boxes.push_back(options.footprint ? options.footprint(node) : estimatedFootprint(node));
        }
    }
    return layout_detail::countOverlaps(points, boxes, 0.0);
}

std::vector<std::pair<std::string, std::string>> agentTies(const GraphView& view)
{
    std::vector<std::pair<std::string, std::string>> ties;
    for (const auto& node : view.nodes) {
        if (node.degree == 0 || node.entity.empty() || node.entity == node.id) {
            continue;
        }
        const GraphNode* entity = view.findNode(node.entity);
        if (entity && entity->degree > 0) {
            ties.emplace_back(node.id, node.entity);
        }
    }
    return ties;
}

} // namespace diplograph::core
