#include "graph/layout_algorithms.h"

// Boost's Kamada-Kawai (its all-pairs shortest paths) trips GCC 12's -Wmaybe-uninitialized; not our code.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>
#include <boost/random/uniform_real.hpp>
#include <cmath>

namespace diplograph::core::layout_detail {

namespace {

using Topology = boost::square_topology<boost::minstd_rand>;
using PlainGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using WeightedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                            boost::property<boost::edge_weight_t, double>>;

// Stops Boost's FR loop when the caller cancels: the cooling schedule returning 0 ends it.
struct CancellableCooling {
    boost::linear_cooling<double> cooling;
    const KeepGoing* keepGoing;
    bool* cancelled;
    double operator()()
    {
        if (*keepGoing && !(*keepGoing)()) {
            *cancelled = true;
            return 0.0;
        }
        return cooling();
    }
};

// Boost's default tolerance stops when the largest gradient changes by < 0.1% between sweeps, which on hub-heavy
// graphs happens long before the picture settles; stop on a small gradient or an iteration budget instead.
struct KamadaKawaiDone {
    double epsilon = 1e-4;
    std::size_t maxGlobal = 0;
    std::size_t global = 0;
    int local = 0;
    template <typename G>
    bool operator()(double delta, typename boost::graph_traits<G>::vertex_descriptor, const G&, bool isGlobal)
    {
        if (isGlobal) {
            local = 0;
            return delta < epsilon || ++global >= maxGlobal;
        }
        return delta < epsilon || ++local >= 10;
    }
};

// FR's forces with k fixed to the edge length rather than derived from the frame's area.
struct FixedAttraction {
    double k;
    template <typename Edge, typename G> double operator()(Edge, double, double distance, const G&) const
    {
        return distance * distance / k;
    }
};

struct FixedRepulsion {
    double k;
    template <typename Vertex, typename G> double operator()(Vertex, Vertex, double, double distance, const G&) const
    {
        return k * k / distance;
    }
};

} // namespace

bool fruchtermanReingold(const LocalGraph& graph, double edgeLength, std::uint32_t seed, int iterations,
                         std::vector<Point>& positions, const KeepGoing& keepGoing)
{
    PlainGraph g(graph.nodeCount);
    for (const auto& [a, b] : graph.edges) {
        boost::add_edge(a, b, g);
    }
    // Boost derives FR's k from the frame (sqrt(area / n)) and clamps nodes to the frame, so pictures fill it and
    // leaves pile up on its border. Fix k to the edge length instead and make the frame (square_topology(s) spans
    // [-s, s]) far larger than the picture will be, so the border is never reached.
    const double spread = edgeLength * std::sqrt(static_cast<double>(graph.nodeCount));
    boost::minstd_rand generator(seed == 0 ? 1 : seed);
    const Topology topology(generator, 20 * spread);
    std::vector<Topology::point_type> points(graph.nodeCount);
    boost::uniform_real<double> uniform(-spread / 2, spread / 2);
    for (auto& point : points) {
        point[0] = uniform(generator);
        point[1] = uniform(generator);
    }
    auto map = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    bool cancelled = false;
    // Boost's default schedule starts at iterations / 10 (20 px): too cold to untangle a picture hundreds of pixels
    // wide. Start at a fifth of the picture and cool linearly to zero.
    const int rounds = iterations > 0 ? iterations : 200;
    CancellableCooling cooling{boost::linear_cooling<double>(rounds, spread * 0.2), &keepGoing, &cancelled};
    const FixedAttraction attraction{edgeLength};
    const FixedRepulsion repulsion{edgeLength};
    // Exact pairs: for the sizes FR is used at the grid saves nothing.
    boost::fruchterman_reingold_force_directed_layout(g, map, topology,
                                                      boost::attractive_force(attraction)
                                                          .repulsive_force(repulsion)
                                                          .cooling(cooling)
                                                          .force_pairs(boost::all_force_pairs()));
    positions.resize(graph.nodeCount);
    for (std::size_t i = 0; i < graph.nodeCount; ++i) {
        positions[i] = {points[i][0], points[i][1]};
    }
    return !cancelled;
}

bool kamadaKawai(const LocalGraph& graph, double edgeLength, std::vector<Point>& positions)
{
    WeightedGraph g(graph.nodeCount);
    for (const auto& [a, b] : graph.edges) {
        boost::add_edge(a, b, 1.0, g);
    }
    using Point2 = boost::convex_topology<2>::point_type;
    std::vector<Point2> points(graph.nodeCount);
    auto map = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    boost::circle_graph_layout(g, map, edgeLength * std::sqrt(static_cast<double>(graph.nodeCount)));
    const boost::square_topology<> topology(edgeLength * std::sqrt(static_cast<double>(graph.nodeCount)));
    const bool converged = boost::kamada_kawai_spring_layout(g, map, boost::get(boost::edge_weight, g), topology,
                                                             boost::edge_length(edgeLength),
                                                             KamadaKawaiDone{1e-4 / edgeLength, 10 * graph.nodeCount});
    positions.resize(graph.nodeCount);
    for (std::size_t i = 0; i < graph.nodeCount; ++i) {
        positions[i] = {points[i][0], points[i][1]};
    }
    return converged || true; // an unconverged KK picture is still a picture
}

} // namespace diplograph::core::layout_detail
