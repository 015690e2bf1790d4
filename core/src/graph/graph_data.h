#pragma once

#include "diplograph/graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace diplograph::core {

// A quote of an aggregated edge, by index: articles[article].result->relations[relation].evidence[evidence].
struct EvidenceIndex {
    std::uint32_t article = 0;
    std::uint32_t relation = 0;
    std::uint32_t evidence = 0;
};

struct NodeProperties {
    std::string id;
    std::string name;
    ActorKind kind = ActorKind::Invalid;
    std::string entity;
    std::vector<std::pair<std::uint32_t, int>> mentions; // (article index, mention count), by article index
    std::vector<std::string> actors;                     // extracted actor ids folded in, sorted, unique
};

struct EdgeProperties {
    std::string id;
    RelationType type = RelationType::Invalid;
    std::vector<EvidenceIndex> evidence;
};

// Cooperation edges are stored once, source < target; their `directed` is false in snapshots.
using ActorGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProperties, EdgeProperties>;

struct GraphData {
    GraphLevel level = GraphLevel::Invalid;
    std::vector<GraphArticle> articles;
    ActorGraph graph;
    std::unordered_map<std::string, ActorGraph::vertex_descriptor> vertexById;
};

} // namespace diplograph::core
