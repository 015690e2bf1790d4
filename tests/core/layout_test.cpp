#include "diplograph/layout.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace diplograph::core {
namespace {

// A view of `n` nodes "n0".."n{n-1}" with the given undirected edges.
GraphView makeView(int n, const std::vector<std::pair<int, int>>& edges)
{
    GraphView view;
    view.level = GraphLevel::Entity;
    for (int i = 0; i < n; ++i) {
        GraphNode node;
        node.id = "n" + std::to_string(i);
        node.name = node.id;
        view.nodes.push_back(node);
    }
    for (const auto& [a, b] : edges) {
        GraphEdge edge;
        edge.source = "n" + std::to_string(a);
        edge.target = "n" + std::to_string(b);
        edge.id = "cooperation:" + edge.source + "-" + edge.target;
        edge.type = RelationType::Cooperation;
        edge.weight = 1;
        view.edges.push_back(edge);
    }
    std::sort(view.nodes.begin(), view.nodes.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return view;
}

// A random graph with hubs, like news: a few states appear in most relations.
std::vector<std::pair<int, int>> newsLikeEdges(int n, int hubs, std::uint32_t seed)
{
    std::mt19937 generator(seed);
    std::vector<std::pair<int, int>> edges;
    for (int i = 1; i < n; ++i) {
        const int hub = static_cast<int>(generator() % std::min(i, hubs));
        edges.emplace_back(hub, i);
        if (i > hubs && generator() % 3 == 0) {
            edges.emplace_back(i, static_cast<int>(generator() % i));
        }
    }
    return edges;
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

double meanEdgeLength(const GraphView& view, const std::map<std::string, Point>& positions)
{
    double total = 0;
    for (const auto& edge : view.edges) {
        total += distance(positions.at(edge.source), positions.at(edge.target));
    }
    return total / static_cast<double>(view.edges.size());
}

// Mean distance between random non-adjacent pairs divided by the mean edge length; > 1 means clusters show.
double separation(const GraphView& view, const std::map<std::string, Point>& positions)
{
    std::mt19937 generator(7);
    double total = 0;
    for (int i = 0; i < 500; ++i) {
        const auto& a = view.nodes[generator() % view.nodes.size()].id;
        const auto& b = view.nodes[generator() % view.nodes.size()].id;
        total += distance(positions.at(a), positions.at(b));
    }
    return total / 500 / meanEdgeLength(view, positions);
}

class LayoutAlgorithmTest : public ::testing::TestWithParam<LayoutAlgorithm> {};

TEST_P(LayoutAlgorithmTest, PlacesEveryNodeDeterministicallyAtTheRequestedScale)
{
    const auto view = makeView(60, newsLikeEdges(60, 4, 3));
    LayoutOptions options;
    options.algorithm = GetParam();
    options.edgeLength = 100;
    const auto first = layout(view, options);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_EQ(first->size(), 60u);
    const auto second = layout(view, options);
    EXPECT_EQ(*first, *second) << "same input, same picture";
    for (const auto& [id, point] : *first) {
        EXPECT_TRUE(std::isfinite(point.x) && std::isfinite(point.y)) << id;
    }
    if (GetParam() != LayoutAlgorithm::Circle) {
        EXPECT_NEAR(meanEdgeLength(view, *first), 100.0, 1.0);
        EXPECT_GT(separation(view, *first), 1.2);
    }
    std::set<std::pair<long, long>> cells;
    for (const auto& [id, point] : *first) {
        EXPECT_TRUE(cells.emplace(std::lround(point.x), std::lround(point.y)).second) << "two nodes at one spot";
    }
}

INSTANTIATE_TEST_SUITE_P(Algorithms, LayoutAlgorithmTest,
                         ::testing::Values(LayoutAlgorithm::Auto, LayoutAlgorithm::FruchtermanReingold,
                                           LayoutAlgorithm::KamadaKawai, LayoutAlgorithm::BarnesHut,
                                           LayoutAlgorithm::Circle),
                         [](const auto& info) {
                             std::string name = layoutAlgorithmName(info.param);
                             name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
                             return name;
                         });

TEST(LayoutTest, ComponentsArePackedWithoutOverlap)
{
    // three triangles and an isolated node
    const auto view = makeView(10, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {6, 7}, {7, 8}, {8, 6}});
    const auto positions = layout(view);
    ASSERT_TRUE(positions);
    struct Box {
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
    };
    std::vector<Box> boxes(3);
    for (int i = 0; i < 9; ++i) {
        const Point p = positions->at("n" + std::to_string(i));
        auto& box = boxes[i / 3];
        box.minX = std::min(box.minX, p.x), box.maxX = std::max(box.maxX, p.x);
        box.minY = std::min(box.minY, p.y), box.maxY = std::max(box.maxY, p.y);
    }
    for (int a = 0; a < 3; ++a) {
        for (int b = a + 1; b < 3; ++b) {
            const bool apart = boxes[a].maxX < boxes[b].minX || boxes[b].maxX < boxes[a].minX ||
                               boxes[a].maxY < boxes[b].minY || boxes[b].maxY < boxes[a].minY;
            EXPECT_TRUE(apart) << "components " << a << " and " << b << " overlap";
        }
    }
    EXPECT_EQ(positions->count("n9"), 1u);
}

TEST(LayoutTest, PinnedNodesStayPut)
{
    const auto view = makeView(40, newsLikeEdges(40, 3, 5));
    LayoutOptions options;
    options.fixed["n0"] = {{1000, -500}, true};
    options.fixed["n7"] = {{-250.5, 333.25}, true};
    for (auto algorithm : {LayoutAlgorithm::Auto, LayoutAlgorithm::FruchtermanReingold, LayoutAlgorithm::Circle}) {
        options.algorithm = algorithm;
        const auto positions = layout(view, options);
        ASSERT_TRUE(positions);
        EXPECT_EQ(positions->at("n0"), (Point{1000, -500}));
        EXPECT_EQ(positions->at("n7"), (Point{-250.5, 333.25}));
        EXPECT_NE(positions->at("n1"), positions->at("n2"));
        if (algorithm != LayoutAlgorithm::Circle) {
            const double mean = meanEdgeLength(view, *positions);
            EXPECT_GT(mean, 0.5 * options.edgeLength) << layoutAlgorithmName(algorithm);
            EXPECT_LT(mean, 3.0 * options.edgeLength) << layoutAlgorithmName(algorithm) << ": pins blew it up";
        }
    }
}

TEST(LayoutTest, PreviousPositionsSeedARelayout)
{
    const auto view = makeView(30, newsLikeEdges(30, 3, 9));
    const auto first = layout(view);
    ASSERT_TRUE(first);
    LayoutOptions options;
    for (const auto& [id, point] : *first) {
        options.fixed[id] = {point, false};
    }
    const auto second = layout(view, options);
    ASSERT_TRUE(second);
    double moved = 0;
    for (const auto& [id, point] : *first) {
        moved += distance(point, second->at(id));
    }
    // A re-layout from a settled picture keeps it recognisable: nodes move less than an edge on average.
    EXPECT_LT(moved / 30, options.edgeLength);
}

TEST(LayoutTest, LargeGraphUsesBarnesHutAndStaysCompact)
{
    const auto view = makeView(2000, newsLikeEdges(2000, 30, 11));
    const auto positions = layout(view);
    ASSERT_TRUE(positions);
    EXPECT_NEAR(meanEdgeLength(view, *positions), 120.0, 1.2);
    EXPECT_GT(separation(view, *positions), 2.0);
    int longEdges = 0;
    for (const auto& edge : view.edges) {
        longEdges += distance(positions->at(edge.source), positions->at(edge.target)) > 4 * 120.0;
    }
    EXPECT_LT(longEdges, static_cast<int>(view.edges.size() / 20)) << "tangled: too many stretched edges";
}

TEST(LayoutTest, CancelsAndRejectsBadOptions)
{
    const auto view = makeView(400, newsLikeEdges(400, 5, 2));
    LayoutOptions options;
    options.progress = [](std::size_t, std::size_t) { return false; };
    EXPECT_EQ(layout(view, options).error().code, ErrorCode::Cancelled);
    LayoutOptions bad;
    bad.edgeLength = -1;
    EXPECT_EQ(layout(view, bad).error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(layout(GraphView{})->empty());
    EXPECT_EQ(layoutAlgorithmFromName("kk"), LayoutAlgorithm::KamadaKawai);
}

} // namespace
} // namespace diplograph::core
