// Spring-electrical force layout with Barnes-Hut repulsion (Hu, "Efficient and high quality force-directed graph
// drawing", 2005): repulsion C K^2 / d, attraction d^2 / K, adaptive step length. docs/performance.md says why.
#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace diplograph::core::layout_detail {

namespace {

constexpr double kRepulsion = 1.0; // C: two linked nodes rest at about K
constexpr double kTheta = 1.0;     // Barnes-Hut opening criterion: cell size / distance
constexpr double kCooling = 0.9;   // Hu's t
constexpr int kMaxDepth = 24;

struct Cell {
    double x0 = 0, y0 = 0, size = 0; // square [x0, x0 + size) x [y0, y0 + size)
    double massX = 0, massY = 0;     // centre of mass
    double mass = 0;
    int firstChild = -1;              // four consecutive cells, or -1 for a leaf
    std::uint32_t begin = 0, end = 0; // leaf: range of `order`
};

class QuadTree {
  public:
    QuadTree(const std::vector<Point>& points) : m_points(points), m_order(points.size())
    {
        for (std::uint32_t i = 0; i < m_order.size(); ++i) {
            m_order[i] = i;
        }
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (const auto& p : points) {
            minX = std::min(minX, p.x), minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x), maxY = std::max(maxY, p.y);
        }
        Cell root;
        root.x0 = minX;
        root.y0 = minY;
        root.size = std::max({maxX - minX, maxY - minY, 1e-6}) * (1.0 + 1e-9);
        root.end = static_cast<std::uint32_t>(m_order.size());
        m_cells.reserve(points.size() * 2 + 1);
        m_cells.push_back(root);
        build(0, 0);
    }

    // Adds the repulsion every other point exerts on point `self` to (fx, fy).
    void repulsion(std::uint32_t self, double k2, double& fx, double& fy) const
    {
        const Point p = m_points[self];
        int stack[4 * kMaxDepth + 8];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell& cell = m_cells[stack[--top]];
            if (cell.firstChild < 0) {
                for (std::uint32_t at = cell.begin; at < cell.end; ++at) {
                    const std::uint32_t other = m_order[at];
                    if (other != self) {
                        push(p, m_points[other], 1.0, k2, self, other, fx, fy);
                    }
                }
                continue;
            }
            const double dx = p.x - cell.massX;
            const double dy = p.y - cell.massY;
            const double d2 = dx * dx + dy * dy;
            if (cell.size * cell.size < kTheta * kTheta * d2) {
                fx += kRepulsion * cell.mass * k2 * dx / d2;
                fy += kRepulsion * cell.mass * k2 * dy / d2;
                continue;
            }
            for (int c = 0; c < 4; ++c) {
                if (m_cells[cell.firstChild + c].mass > 0) {
                    stack[top++] = cell.firstChild + c;
                }
            }
        }
    }

  private:
    static void push(Point p, Point q, double mass, double k2, std::uint32_t self, std::uint32_t other, double& fx,
                     double& fy)
    {
        double dx = p.x - q.x;
        double dy = p.y - q.y;
        double d2 = dx * dx + dy * dy;
        if (d2 < 1e-12) {
            // Coincident points: separate them in a fixed direction that depends on the pair.
            const double angle = static_cast<double>((self * 2654435761u) ^ (other * 40503u)) * 1e-3;
            dx = std::cos(angle) * 1e-3;
            dy = std::sin(angle) * 1e-3;
            d2 = 1e-6;
        }
        fx += kRepulsion * mass * k2 * dx / d2;
        fy += kRepulsion * mass * k2 * dy / d2;
    }

    void build(int index, int depth)
    {
        Cell cell = m_cells[index];
        double sx = 0, sy = 0;
        for (std::uint32_t at = cell.begin; at < cell.end; ++at) {
            sx += m_points[m_order[at]].x;
            sy += m_points[m_order[at]].y;
        }
        cell.mass = cell.end - cell.begin;
        if (cell.mass > 0) {
            cell.massX = sx / cell.mass;
            cell.massY = sy / cell.mass;
        }
        if (cell.end - cell.begin <= 1 || depth >= kMaxDepth) {
            m_cells[index] = cell;
            return;
        }
        const double half = cell.size / 2;
        const double midX = cell.x0 + half;
        const double midY = cell.y0 + half;
        auto first = m_order.begin() + cell.begin;
        auto last = m_order.begin() + cell.end;
        auto splitY = std::partition(first, last, [&](std::uint32_t i) { return m_points[i].y < midY; });
        auto splitLow = std::partition(first, splitY, [&](std::uint32_t i) { return m_points[i].x < midX; });
        auto splitHigh = std::partition(splitY, last, [&](std::uint32_t i) { return m_points[i].x < midX; });
        const std::uint32_t bounds[5] = {cell.begin, static_cast<std::uint32_t>(splitLow - m_order.begin()),
                                         static_cast<std::uint32_t>(splitY - m_order.begin()),
                                         static_cast<std::uint32_t>(splitHigh - m_order.begin()), cell.end};
        cell.firstChild = static_cast<int>(m_cells.size());
        m_cells[index] = cell;
        for (int c = 0; c < 4; ++c) {
            Cell child;
            child.x0 = (c & 1) ? midX : cell.x0;
            child.y0 = (c & 2) ? midY : cell.y0;
            child.size = half;
            child.begin = bounds[c];
            child.end = bounds[c + 1];
            m_cells.push_back(child);
        }
        for (int c = 0; c < 4; ++c) {
            build(cell.firstChild + c, depth + 1);
        }
    }

    const std::vector<Point>& m_points;
    std::vector<std::uint32_t> m_order;
    std::vector<Cell> m_cells;
};

} // namespace

// One level of Hu's algorithm: every node moves `step` along its force; the step shrinks unless energy keeps falling.
bool refine(const LocalGraph& graph, double edgeLength, double initialStep, int maxIterations,
            std::vector<Point>& positions, const std::vector<char>& pinned, const KeepGoing& keepGoing)
{
    const std::size_t n = graph.nodeCount;
    const double k = edgeLength;
    const double k2 = k * k;
    double step = initialStep > 0 ? initialStep : k;
    double energy = 1e300;
    int progress = 0;
    std::vector<double> fx(n), fy(n);
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        if (keepGoing && iteration % 8 == 0 && !keepGoing()) {
            return false;
        }
        std::fill(fx.begin(), fx.end(), 0.0);
        std::fill(fy.begin(), fy.end(), 0.0);
        const QuadTree tree(positions);
        for (std::uint32_t i = 0; i < n; ++i) {
            if (!pinned.empty() && pinned[i]) {
                continue;
            }
            tree.repulsion(i, k2, fx[i], fy[i]);
        }
        for (const auto& [a, b] : graph.edges) {
            const double dx = positions[b].x - positions[a].x;
            const double dy = positions[b].y - positions[a].y;
            const double d = std::sqrt(dx * dx + dy * dy);
            fx[a] += dx * d / k, fy[a] += dy * d / k;
            fx[b] -= dx * d / k, fy[b] -= dy * d / k;
        }
        const double previous = energy;
        energy = 0;
        double moved = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (!pinned.empty() && pinned[i]) {
                continue;
            }
            const double f2 = fx[i] * fx[i] + fy[i] * fy[i];
            energy += f2;
            if (f2 > 0) {
                const double f = std::sqrt(f2);
                positions[i].x += step * fx[i] / f;
                positions[i].y += step * fy[i] / f;
                moved += step;
            }
        }
        if (energy < previous) {
            if (++progress >= 5) {
                progress = 0;
                step /= kCooling;
            }
        } else {
            progress = 0;
            step *= kCooling;
        }
        if (step < 0.01 * k || moved == 0) {
            break;
        }
    }
    return true;
}

} // namespace diplograph::core::layout_detail
