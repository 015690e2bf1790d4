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

} // namespace

bool fruchtermanReingold(const LocalGraph& graph, double edgeLength, std::uint32_t seed, int iterations,
                         std::vector<Point>& positions, const KeepGoing& keepGoing)
{
    PlainGraph g(graph.nodeCount);
    for (const auto& [a, b] : graph.edges) {
        boost::add_edge(a, b, g);
    }
    // FR's natural distance is sqrt(area / n); square_topology(s) spans [-s, s], so the area is 4 s^2.
    const double halfSide = 0.5 * edgeLength * std::sqrt(static_cast<double>(graph.nodeCount)) * 1.5;
    boost::minstd_rand generator(seed == 0 ? 1 : seed);
    Topology topology(generator, halfSide);
    std::vector<Topology::point_type> points(graph.nodeCount);
    auto map = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, g));
    boost::random_graph_layout(g, map, topology);
    bool cancelled = false;
    CancellableCooling cooling{boost::linear_cooling<double>(iterations > 0 ? iterations : 200), &keepGoing,
                               &cancelled};
    boost::fruchterman_reingold_force_directed_layout(g, map, topology, boost::cooling(cooling));
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
