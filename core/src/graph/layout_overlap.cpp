// Overlap removal and component packing for core::layout. Footprints are axis-aligned boxes around each node's
// position (its shape and its label); see layout_algorithms.h for the contracts.
#include "graph/layout_algorithms.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace diplograph::core::layout_detail {

namespace {

// A footprint at its node's position, grown by half the gap on every side: two such boxes that do not
// intersect leave at least `gap` between the footprints.
struct Extent {
    double left, top, right, bottom;
};

Extent extentOf(Point p, const NodeBox& box, double halfGap)
{
    return {p.x - box.left - halfGap, p.y - box.top - halfGap, p.x + box.right + halfGap, p.y + box.bottom + halfGap};
}

bool intersects(const Extent& a, const Extent& b)
{
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// Pairs whose extents, each grown by `reach`, intersect: a sweep over the left edges, so O(n log n + pairs)
// unless many boxes share one vertical strip.
std::vector<std::pair<std::uint32_t, std::uint32_t>> closePairs(const std::vector<Extent>& extents, double reach)
{
    std::vector<std::uint32_t> order(extents.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return extents[a].left != extents[b].left ? extents[a].left < extents[b].left : a < b;
    });
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Extent& a = extents[order[i]];
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const Extent& b = extents[order[j]];
            if (b.left - reach >= a.right + reach) {
                break;
            }
            if (a.top - reach < b.bottom + reach && b.top - reach < a.bottom + reach) {
                pairs.emplace_back(std::min(order[i], order[j]), std::max(order[i], order[j]));
            }
        }
    }
    return pairs;
}

// How far the segment between two overlapping nodes must be stretched (along itself) to separate their
// extents: the smaller of the factors that clear the overlap in x or in y (PRISM's t_ij).
double stretchFactor(Point a, Point b, const NodeBox& boxA, const NodeBox& boxB, double gap)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double needX = dx >= 0 ? boxA.right + boxB.left + gap : boxA.left + boxB.right + gap;
    const double needY = dy >= 0 ? boxA.bottom + boxB.top + gap : boxA.top + boxB.bottom + gap;
    const double tx = std::abs(dx) > 1e-9 ? needX / std::abs(dx) : std::numeric_limits<double>::infinity();
    const double ty = std::abs(dy) > 1e-9 ? needY / std::abs(dy) : std::numeric_limits<double>::infinity();
    return std::max(1.0, std::min(tx, ty));
}

// A cell grid over placed extents for the final greedy pass.
class Grid {
  public:
    explicit Grid(double cell) : m_cell(cell) {}
    void add(std::uint32_t index, const Extent& e)
    {
        forCells(e, [&](std::int64_t key) { m_cells[key].push_back(index); });
    }
    template <typename F> bool anyHit(const Extent& e, F&& hits) const
    {
        bool hit = false;
        forCells(e, [&](std::int64_t key) {
            if (hit) {
                return;
            }
            if (const auto it = m_cells.find(key); it != m_cells.end()) {
                hit = std::any_of(it->second.begin(), it->second.end(), hits);
            }
        });
        return hit;
    }

  private:
    template <typename F> void forCells(const Extent& e, F&& f) const
    {
        const auto x0 = static_cast<std::int64_t>(std::floor(e.left / m_cell));
        const auto x1 = static_cast<std::int64_t>(std::floor(e.right / m_cell));
        const auto y0 = static_cast<std::int64_t>(std::floor(e.top / m_cell));
        const auto y1 = static_cast<std::int64_t>(std::floor(e.bottom / m_cell));
        for (auto x = x0; x <= x1; ++x) {
            for (auto y = y0; y <= y1; ++y) {
                f(x * 1000003 + y);
            }
        }
    }
    double m_cell;
    std::unordered_map<std::int64_t, std::vector<std::uint32_t>> m_cells;
};

// The guarantee behind removeOverlaps: nodes are placed one by one (pinned first, then by how little they must
// move), each at the free spot nearest its current position on a spiral of candidates.
void placeGreedily(std::vector<Point>& positions, const std::vector<NodeBox>& boxes, const std::vector<char>& pinned,
                   double gap)
{
    const std::size_t n = positions.size();
    double cell = 0;
    for (const auto& box : boxes) {
        cell = std::max({cell, box.left + box.right + gap, box.top + box.bottom + gap});
    }
    Grid grid(std::max(cell, 1.0));
    std::vector<Extent> placed(n);
    std::vector<char> isPlaced(n, 0);
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return pinned[a] > pinned[b]; });
    const auto clashes = [&](const Extent& e) {
        return grid.anyHit(e, [&](std::uint32_t other) { return isPlaced[other] && intersects(placed[other], e); });
    };
    for (const std::uint32_t i : order) {
        Extent e = extentOf(positions[i], boxes[i], gap / 2);
        if (!pinned[i] && clashes(e)) {
            // Rings of candidates, a few pixels apart, until one is free; the first ring that has a free spot
            // gives the nearest of them.
            const double step = std::max(2.0, gap);
            bool found = false;
            for (int ring = 1; !found && ring < 100000; ++ring) {
                const double radius = ring * step;
                const int count = std::max(8, static_cast<int>(2 * M_PI * radius / step));
                for (int k = 0; k < count; ++k) {
                    const double angle = 2 * M_PI * k / count;
                    const Point candidate{positions[i].x + radius * std::cos(angle),
                                          positions[i].y + radius * std::sin(angle)};
                    const Extent trial = extentOf(candidate, boxes[i], gap / 2);
                    if (!clashes(trial)) {
                        positions[i] = candidate;
                        e = trial;
                        found = true;
                        break;
                    }
                }
            }
        }
        placed[i] = e;
        isPlaced[i] = 1;
        grid.add(i, e);
    }
}

} // namespace

std::size_t countOverlaps(const std::vector<Point>& positions, const std::vector<NodeBox>& boxes, double gap)
{
    std::vector<Extent> extents(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i) {
        extents[i] = extentOf(positions[i], boxes[i], gap / 2);
    }
    std::size_t count = 0;
    for (const auto& [a, b] : closePairs(extents, 0.0)) {
        count += intersects(extents[a], extents[b]) ? 1 : 0;
    }
    return count;
}

void removeOverlaps(std::vector<Point>& positions, const std::vector<NodeBox>& boxes, const std::vector<char>& pinned,
                    double gap, bool guarantee)
{
    const std::size_t n = positions.size();
    if (n < 2) {
        return;
    }
    const auto movable = [&](std::size_t i) { return pinned.empty() || !pinned[i]; };
    // Nodes on one spot have no direction to move apart in: spread them a little, deterministically.
    {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::tie(positions[a].x, positions[a].y, a) < std::tie(positions[b].x, positions[b].y, b);
        });
        for (std::size_t k = 1; k < n; ++k) {
            const Point& p = positions[order[k - 1]];
            Point& q = positions[order[k]];
            if (std::abs(p.x - q.x) < 1e-6 && std::abs(p.y - q.y) < 1e-6 && movable(order[k])) {
                const double angle = 2.399963 * static_cast<double>(k); // golden angle
                q = {q.x + std::cos(angle), q.y + std::sin(angle)};
            }
        }
    }
    double meanSize = 0;
    for (const auto& box : boxes) {
        meanSize += (box.left + box.right + box.top + box.bottom) / 2;
    }
    meanSize /= static_cast<double>(n);

    // PRISM (Gansner & Hu 2010), with the proximity graph taken as every pair within half a box of touching
    // instead of a Delaunay triangulation: overlapping pairs want to be t_ij (<= 1.5) times further apart, the
    // others want to stay as they are, and a few sweeps of stress majorisation balance the two. Repeated until
    // no proximity pair overlaps.
    // Big views (no guarantee) get a bounded budget: their dense piles would take many more rounds to settle.
    constexpr double kMaxStretch = 1.5;
    const int kRounds = guarantee ? 30 : 8;
    const int kSweeps = guarantee ? 4 : 2;
    std::vector<Extent> extents(n);
    struct Spring {
        std::uint32_t a, b;
        double length, weight;
    };
    std::vector<Spring> springs;
    std::vector<std::vector<std::uint32_t>> springsOf(n);
    for (int round = 0; round < kRounds; ++round) {
        for (std::size_t i = 0; i < n; ++i) {
            extents[i] = extentOf(positions[i], boxes[i], gap / 2);
        }
        const auto pairs = closePairs(extents, meanSize / 2);
        springs.clear();
        bool overlapping = false;
        for (const auto& [a, b] : pairs) {
            const double dx = positions[a].x - positions[b].x, dy = positions[a].y - positions[b].y;
            const double d = std::max(1e-3, std::sqrt(dx * dx + dy * dy));
            double length = d;
            if (intersects(extents[a], extents[b])) {
                overlapping = true;
                // PRISM's capped stretch, or, for nodes almost on one spot (where stretching a tiny distance gains
                // nothing), up to half a box further apart.
                const double t = stretchFactor(positions[a], positions[b], boxes[a], boxes[b], gap) * 1.02;
                length = std::max(std::min(t, kMaxStretch) * d, std::min(t * d, d + meanSize / 2));
            }
            springs.push_back({a, b, length, 1.0 / (length * length)});
        }
        if (!overlapping) {
            return;
        }
        if (round == kRounds - 1) {
            break; // the last round only checks
        }
        for (auto& list : springsOf) {
            list.clear();
        }
        for (std::uint32_t s = 0; s < springs.size(); ++s) {
            springsOf[springs[s].a].push_back(s);
            springsOf[springs[s].b].push_back(s);
        }
        for (int sweep = 0; sweep < kSweeps; ++sweep) {
            for (std::size_t i = 0; i < n; ++i) {
                if (!movable(i) || springsOf[i].empty()) {
                    continue;
                }
                // Localised SMACOF: each spring pulls i to the point at its rest length from the other end.
                double x = 0, y = 0, total = 0;
                for (const auto s : springsOf[i]) {
                    const Spring& spring = springs[s];
                    const std::uint32_t j = spring.a == i ? spring.b : spring.a;
                    const double dx = positions[i].x - positions[j].x, dy = positions[i].y - positions[j].y;
                    const double d = std::max(1e-6, std::sqrt(dx * dx + dy * dy)); // hypot's care costs 3x here
                    x += spring.weight * (positions[j].x + spring.length * dx / d);
                    y += spring.weight * (positions[j].y + spring.length * dy / d);
                    total += spring.weight;
                }
                positions[i] = {x / total, y / total};
            }
        }
    }
    if (!guarantee) {
        return;
    }
    // Dense piles (a hub's many leaves drawn on top of each other) are more than stretching can undo in a few
    // rounds: push each overlapping pair apart along the axis where they overlap least, half each, pair by pair
    // (scan-line detection, Gauss-Seidel moves), which spreads a pile outward from the inside.
    constexpr int kPushRounds = 400;
    for (int round = 0; round < kPushRounds; ++round) {
        for (std::size_t i = 0; i < n; ++i) {
            extents[i] = extentOf(positions[i], boxes[i], gap / 2);
        }
        const auto pairs = closePairs(extents, 0.0);
        bool overlapping = false;
        for (const auto& [a, b] : pairs) {
            const Extent ea = extentOf(positions[a], boxes[a], gap / 2);
            const Extent eb = extentOf(positions[b], boxes[b], gap / 2);
            if (!intersects(ea, eb) || (!movable(a) && !movable(b))) {
                continue;
            }
            overlapping = true;
            const double ox = std::min(ea.right, eb.right) - std::max(ea.left, eb.left);
            const double oy = std::min(ea.bottom, eb.bottom) - std::max(ea.top, eb.top);
            const double shareA = !movable(a) ? 0.0 : !movable(b) ? 1.0 : 0.5;
            const double shareB = 1.0 - shareA;
            if (ox <= oy) {
                const double sign = positions[a].x < positions[b].x || (positions[a].x == positions[b].x && a < b) ? -1 : 1;
                positions[a].x += sign * (ox + 0.01) * shareA;
                positions[b].x -= sign * (ox + 0.01) * shareB;
            } else {
                const double sign = positions[a].y < positions[b].y || (positions[a].y == positions[b].y && a < b) ? -1 : 1;
                positions[a].y += sign * (oy + 0.01) * shareA;
                positions[b].y -= sign * (oy + 0.01) * shareB;
            }
        }
        if (!overlapping) {
            return;
        }
    }
    // Whatever is left (rare: dense piles around pinned nodes) is settled greedily.
    placeGreedily(positions, boxes, pinned.empty() ? std::vector<char>(n, 0) : pinned, gap);
}

std::vector<Point> packBoxes(const std::vector<PackItem>& items, double gap, double stripWidth)
{
    // Skyline bottom-left packing, tallest first: tighter than shelves when heights differ (small components
    // fill the room beside big ones).
    std::vector<Point> at(items.size());
    if (items.empty()) {
        return at;
    }
    double widest = 0;
    for (const auto& item : items) {
        widest = std::max(widest, item.width + gap);
    }
    const double width = std::max(widest, stripWidth + gap);
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].height > items[b].height; });
    struct Segment {
        double x, width, y; // y: the skyline's bottom (the first free row) over [x, x + width)
    };
    std::vector<Segment> skyline{{0, width, 0}};
    for (const std::size_t index : order) {
        const double w = items[index].width + gap, h = items[index].height + gap;
        double bestY = std::numeric_limits<double>::infinity(), bestX = 0;
        for (std::size_t s = 0; s < skyline.size(); ++s) {
            const double x = skyline[s].x;
            if (x + w > width + 1e-9 && x > 0) {
                break;
            }
            double y = 0;
            for (std::size_t t = s; t < skyline.size() && skyline[t].x < x + w - 1e-9; ++t) {
                y = std::max(y, skyline[t].y);
            }
            if (y < bestY - 1e-9) {
                bestY = y, bestX = x;
            }
        }
        at[index] = {bestX, bestY};
        // Raise the skyline over [bestX, bestX + w) to bestY + h.
        std::vector<Segment> next;
        for (const auto& segment : skyline) {
            if (segment.x < bestX - 1e-9) {
                next.push_back({segment.x, std::min(segment.x + segment.width, bestX) - segment.x, segment.y});
            }
        }
        next.push_back({bestX, w, bestY + h});
        for (const auto& segment : skyline) {
            const double end = segment.x + segment.width;
            if (end > bestX + w + 1e-9) {
                const double start = std::max(segment.x, bestX + w);
                next.push_back({start, end - start, segment.y});
            }
        }
        // Merge neighbours of equal height so the candidate list stays short.
        skyline.clear();
        for (const auto& segment : next) {
            if (!skyline.empty() && std::abs(skyline.back().y - segment.y) < 1e-9 &&
                std::abs(skyline.back().x + skyline.back().width - segment.x) < 1e-9) {
                skyline.back().width += segment.width;
            } else {
                skyline.push_back(segment);
            }
        }
    }
    return at;
}

} // namespace diplograph::core::layout_detail
