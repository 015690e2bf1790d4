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
    std::uint32_t rejection = 0; // 1 + index into GraphData::edits of the edit rejecting it; 0 = none
    std::uint32_t addition = 0;  // 1 + index of the AddRelation edit that made it; 0 = extracted
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
    std::uint32_t confirmation = 0; // 1 + index into GraphData::edits; 0 = none
    std::uint32_t retype = 0;
};

// Cooperation edges are stored once, source < target; their `directed` is false in snapshots.
using ActorGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProperties, EdgeProperties>;

struct GraphData {
    GraphLevel level = GraphLevel::Invalid;
    std::vector<GraphArticle> articles;
    std::vector<Edit> edits; // as given to build; views point into it
    ActorGraph graph;
    std::unordered_map<std::string, ActorGraph::vertex_descriptor> vertexById;
};

} // namespace diplograph::core
