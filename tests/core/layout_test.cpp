#include "diplograph/layout.h"

#include "extract_helpers.h"
#include "test_paths.h"

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
        // Scaled to the edge length, then stretched a little where overlap removal made room for labels.
        EXPECT_GT(meanEdgeLength(view, *first), 99.0);
        EXPECT_LT(meanEdgeLength(view, *first), 115.0);
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
    // The force layout piles a hub's leaves up; the bounded overlap removal spreads them, stretching some edges.
    EXPECT_GT(meanEdgeLength(view, *positions), 119.0);
    EXPECT_LT(meanEdgeLength(view, *positions), 150.0);
    EXPECT_GT(separation(view, *positions), 1.8);
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

// Names of made-up actors, long and short, so labels differ in width as real ones do.
std::string actorName(int i)
{
    static const char* parts[] = {"Ministry of Coastal Affairs", "Vel", "Northern Alliance Council", "Oru",
                                  "Spokesperson Ada Lindqvist", "Kesh Republic", "Tamar", "Office of the Envoy"};
    return std::string(parts[i % 8]) + " " + std::to_string(i);
}

// `view` with each node's weighted degree and a name, as the graph builder would give them.
GraphView withNamesAndDegrees(GraphView view)
{
    std::map<std::string, int> weighted;
    for (const auto& edge : view.edges) {
        weighted[edge.source] += 2, weighted[edge.target] += 2;
    }
    int i = 0;
    for (auto& node : view.nodes) {
        node.name = actorName(i++);
        node.weightedDegree = weighted[node.id];
        node.degree = weighted[node.id] > 0 ? 1 : 0;
    }
    return view;
}

TEST_P(LayoutAlgorithmTest, NoTwoFootprintsOverlapOnA200NodeGraph)
{
    // Hubs with dozens of leaves: the force layouts pile those up around the hub before overlap removal.
    const auto view = withNamesAndDegrees(makeView(200, newsLikeEdges(200, 5, 17)));
    LayoutOptions options;
    options.algorithm = GetParam();
    const auto positions = layout(view, options);
    ASSERT_TRUE(positions) << positions.error().message;
    ASSERT_EQ(positions->size(), 200u);
    EXPECT_EQ(countOverlaps(view, *positions, options), 0u);
    // Kept apart by the gap, not only by a hair.
    LayoutOptions grown = options;
    grown.footprint = [](const GraphNode& node) {
        NodeBox box = estimatedFootprint(node);
        box.left += 3, box.top += 3, box.right += 3, box.bottom += 3;
        return box;
    };
    EXPECT_EQ(countOverlaps(view, *positions, grown), 0u);
}

TEST(LayoutTest, ManySmallComponentsArePackedWithoutOverlapAndCompactly)
{
    // 30 pairs, 10 triangles and 20 lone nodes: the packing, not the force layout, decides this picture.
    std::vector<std::pair<int, int>> edges;
    for (int p = 0; p < 30; ++p) {
        edges.emplace_back(2 * p, 2 * p + 1);
    }
    for (int t = 0; t < 10; ++t) {
        const int a = 60 + 3 * t;
        edges.insert(edges.end(), {{a, a + 1}, {a + 1, a + 2}, {a + 2, a}});
    }
    const auto view = withNamesAndDegrees(makeView(110, edges));
    const auto positions = layout(view);
    ASSERT_TRUE(positions);
    EXPECT_EQ(countOverlaps(view, *positions), 0u);
    // The connected part is about square, and the lone nodes lie below it, not beside it.
    double minX = 1e9, maxX = -1e9, minY = 1e9, maxY = -1e9, loneTop = 1e9;
    for (const auto& node : view.nodes) {
        const Point p = positions->at(node.id);
        if (node.degree == 0) {
            loneTop = std::min(loneTop, p.y);
            continue;
        }
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x), minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
    }
    const double aspect = (maxX - minX) / (maxY - minY);
    EXPECT_GT(aspect, 0.5);
    EXPECT_LT(aspect, 2.0);
    EXPECT_GT(loneTop, maxY);
}

TEST(LayoutTest, AnAgentSitsBesideItsState)
{
    // The spokesperson's only relation is with a third party; the tie still brings it next to its state.
    GraphView view = makeView(0, {});
    const auto node = [&](std::string id, std::string entity, ActorKind kind) {
        GraphNode n;
        n.id = std::move(id), n.name = n.id, n.entity = std::move(entity), n.kind = kind, n.degree = 1;
        n.weightedDegree = 1;
        view.nodes.push_back(n);
    };
    node("KES", "KES", ActorKind::State);
    node("KES/spokesperson", "KES", ActorKind::Person);
    node("ORU", "ORU", ActorKind::State);
    node("VEL", "VEL", ActorKind::State);
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{{"KES/spokesperson", "VEL"}, {"KES", "ORU"}}) {
        GraphEdge edge;
        edge.id = "criticism:" + a + ">" + b, edge.source = a, edge.target = b, edge.type = RelationType::Criticism;
        edge.weight = 1;
        view.edges.push_back(edge);
    }
    EXPECT_EQ(agentTies(view), (std::vector<std::pair<std::string, std::string>>{{"KES/spokesperson", "KES"}}));
    LayoutOptions options;
    const auto positions = layout(view, options);
    ASSERT_TRUE(positions);
    EXPECT_LT(distance(positions->at("KES/spokesperson"), positions->at("KES")), 2.5 * options.edgeLength);
    EXPECT_EQ(countOverlaps(view, *positions), 0u);
    options.tieAgents = false;
    const auto apart = layout(view, options);
    ASSERT_TRUE(apart);
    EXPECT_EQ(countOverlaps(view, *apart), 0u);
}

TEST(LayoutTest, OverlapRemovalMovesOnlyUnpinnedNodes)
{
    // Every node starts on one spot; the pinned one keeps it and the rest make room around it.
    const auto view = withNamesAndDegrees(makeView(12, newsLikeEdges(12, 2, 4)));
    LayoutOptions options;
    for (const auto& node : view.nodes) {
        options.fixed[node.id] = {{50, 50}, node.id == "n3"};
    }
    const auto positions = layout(view, options);
    ASSERT_TRUE(positions);
    EXPECT_EQ(positions->at("n3"), (Point{50, 50}));
    EXPECT_EQ(countOverlaps(view, *positions), 0u);
}

// The footprints of the GUI's graph of `articles`, at both levels and for the three layouts a user can pick.
void expectNoOverlaps(const std::vector<GraphArticle>& articles, std::size_t* largest = nullptr)
{
    for (auto level : {GraphLevel::Entity, GraphLevel::Agent}) {
        GraphFilter filter;
        filter.includeIsolated = true; // what the GUI lays out
        const auto view = Graph::build(articles, level).view(filter);
        ASSERT_FALSE(view.nodes.empty());
        if (largest) {
            *largest = std::max(*largest, view.nodes.size());
        }
        for (auto algorithm : {LayoutAlgorithm::Auto, LayoutAlgorithm::KamadaKawai, LayoutAlgorithm::Circle}) {
            LayoutOptions options;
            options.algorithm = algorithm;
            const auto positions = layout(view, options);
            ASSERT_TRUE(positions) << positions.error().message;
            EXPECT_EQ(countOverlaps(view, *positions, options), 0u)
                << graphLevelName(level) << " level, " << layoutAlgorithmName(algorithm);
        }
    }
}

GraphArticle article(ArticleId id, const std::string& text)
{
    GraphArticle article;
    article.record.id = id;
    article.result = std::make_shared<const ArticleResult>(test::extractText(text));
    article.record.title = article.result->article.title.value_or("");
    return article;
}

TEST(LayoutTest, NoOverlapsOnTheBundledSample)
{
    const auto text = test::readFile(test::sourceDir() / "resources" / "sample" / "seed.txt");
    ASSERT_FALSE(text.empty());
    expectNoOverlaps({article(1, text)});
}

TEST(LayoutTest, NoOverlapsOnTheDevCorpus)
{
    const auto corpus = test::corpusDir();
    if (!corpus || !std::filesystem::is_directory(*corpus / "dev")) {
        GTEST_SKIP() << "../shared/corpus/dev not found";
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(*corpus / "dev")) {
        if (entry.path().extension() == ".txt") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<GraphArticle> articles;
    for (const auto& file : files) {
        articles.push_back(article(static_cast<ArticleId>(articles.size() + 1), test::readFile(file)));
    }
    std::size_t largest = 0;
    expectNoOverlaps(articles, &largest);
    EXPECT_GT(largest, 50u) << "the dev corpus should give a graph of real size";
}

} // namespace
} // namespace diplograph::core
