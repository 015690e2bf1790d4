#include "graph/graph_data.h"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <map>
#include <unordered_map>

namespace diplograph::core {

namespace {

std::vector<char> keptArticles(const GraphData& data, const GraphFilter& filter)
{
    std::vector<char> kept(data.articles.size(), 1);
    for (std::size_t a = 0; a < data.articles.size(); ++a) {
        const auto& record = data.articles[a].record;
        if (filter.articles && filter.articles->count(record.id) == 0) {
            kept[a] = 0;
        }
        if (filter.dateFrom || filter.dateTo) {
            // ISO dates compare correctly as strings.
            if (!record.date || (filter.dateFrom && *record.date < *filter.dateFrom) ||
                (filter.dateTo && *record.date > *filter.dateTo)) {
                kept[a] = 0;
            }
        }
        if (!data.articles[a].result) {
            kept[a] = 0;
        }
    }
    return kept;
}

// Numbers connected components of the view's nodes: 0 = the largest, ties broken by the smallest node id.
std::size_t assignComponents(GraphView& view)
{
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected graph(view.nodes.size());
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        index.emplace(view.nodes[i].id, i);
    }
    for (const auto& edge : view.edges) {
        boost::add_edge(index.at(edge.source), index.at(edge.target), graph);
    }
    std::vector<int> component(view.nodes.size());
    const int count = view.nodes.empty() ? 0 : boost::connected_components(graph, component.data());
    // nodes are sorted by id, so the first node seen of each component is its smallest id
    std::vector<std::pair<std::size_t, std::size_t>> order(count, {0, 0}); // (size, first node)
    std::vector<char> seen(count, 0);
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        auto& entry = order[component[i]];
        ++entry.first;
        if (!seen[component[i]]) {
            seen[component[i]] = 1;
            entry.second = i;
        }
    }
    std::vector<int> ranks(count);
    std::vector<int> byRank(count);
    for (int c = 0; c < count; ++c) {
        byRank[c] = c;
    }
    std::sort(byRank.begin(), byRank.end(), [&](int a, int b) {
        return order[a].first != order[b].first ? order[a].first > order[b].first : order[a].second < order[b].second;
    });
    for (int r = 0; r < count; ++r) {
        ranks[byRank[r]] = r;
    }
    for (std::size_t i = 0; i < view.nodes.size(); ++i) {
        view.nodes[i].component = ranks[component[i]];
    }
    return static_cast<std::size_t>(count);
}

} // namespace

GraphView Graph::view(const GraphFilter& filter) const
{
    const GraphData& data = *m_data;
    const auto& g = data.graph;
    GraphView view;
    view.level = data.level;
    view.owner = m_data;
    const std::vector<char> kept = keptArticles(data, filter);

    std::vector<char> nodeKept(boost::num_vertices(g), 0);
    std::vector<int> degree(boost::num_vertices(g), 0);
    std::vector<int> weighted(boost::num_vertices(g), 0);
    std::map<std::pair<std::size_t, std::size_t>, char> neighbours; // distinct unordered pairs
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto& properties = g[e];
        if (!filter.types.empty() && filter.types.count(properties.type) == 0) {
            continue;
        }
        GraphEdge edge;
        for (const auto& index : properties.evidence) {
            if (!kept[index.article] || (index.rejection != 0 && !filter.includeRejected)) {
                continue;
            }
            const auto& article = data.articles[index.article];
            const auto& relation = article.result->relations[index.relation];
            const Evidence& evidence = relation.evidence[index.evidence];
            if (evidence.confidence < filter.minConfidence) {
                continue;
            }
            const Edit* rejection = index.rejection ? &data.edits[index.rejection - 1] : nullptr;
            const Edit* addition = index.addition ? &data.edits[index.addition - 1] : nullptr;
            edge.evidence.push_back({article.record.id, &article.record, &evidence, relation.id, rejection, addition});
            if (!rejection) {
                edge.maxConfidence = std::max(edge.maxConfidence, evidence.confidence);
            }
        }
        std::stable_sort(edge.evidence.begin(), edge.evidence.end(), [](const EvidenceRef& a, const EvidenceRef& b) {
            if (a.article != b.article) {
                return a.article < b.article;
            }
            if (a.evidence->sentence != b.evidence->sentence) {
                return a.evidence->sentence < b.evidence->sentence;
            }
            if ((a.rejection == nullptr) != (b.rejection == nullptr)) {
                return a.rejection == nullptr; // a sentence some quote still stands on is not rejected
            }
            return a.evidence->confidence > b.evidence->confidence;
        });
        // A sentence is one piece of evidence, however many triggers or folded agents it holds: keep its
        // most confident quote.
        edge.evidence.erase(std::unique(edge.evidence.begin(), edge.evidence.end(),
                                        [](const EvidenceRef& a, const EvidenceRef& b) {
                                            return a.article == b.article && a.evidence->sentence == b.evidence->sentence;
                                        }),
                            edge.evidence.end());
        edge.weight = static_cast<int>(edge.evidence.size());
        if (edge.weight == 0 || edge.weight < filter.minWeight) {
            continue;
        }
        edge.rejected = std::all_of(edge.evidence.begin(), edge.evidence.end(),
                                    [](const EvidenceRef& ref) { return ref.rejection != nullptr; });
        edge.analyst = std::any_of(edge.evidence.begin(), edge.evidence.end(),
                                   [](const EvidenceRef& ref) { return ref.addition != nullptr; });
        edge.confirmation = properties.confirmation ? &data.edits[properties.confirmation - 1] : nullptr;
        edge.retype = properties.retype ? &data.edits[properties.retype - 1] : nullptr;
        if (edge.rejected) {
            edge.maxConfidence = 0.0;
            for (const auto& ref : edge.evidence) {
                edge.maxConfidence = std::max(edge.maxConfidence, ref.evidence->confidence);
            }
        }
        const auto s = boost::source(e, g);
        const auto t = boost::target(e, g);
        edge.id = properties.id;
        edge.type = properties.type;
        edge.source = g[s].id;
        edge.target = g[t].id;
        edge.directed = properties.type != RelationType::Cooperation;
        nodeKept[s] = nodeKept[t] = 1;
        weighted[s] += edge.weight;
        weighted[t] += edge.weight;
        if (neighbours.emplace(std::minmax(s, t), 1).second) {
            ++degree[s];
            ++degree[t];
        }
        view.edges.push_back(std::move(edge));
    }

    for (auto v : boost::make_iterator_range(boost::vertices(g))) {
        const auto& properties = g[v];
        GraphNode node;
        for (const auto& [article, count] : properties.mentions) {
            if (kept[article]) {
                ++node.articleCount;
                node.mentionCount += count;
                node.articleIds.push_back(data.articles[article].record.id);
            }
        }
        if (!nodeKept[v] && !(filter.includeIsolated && node.articleCount > 0)) {
            continue;
        }
        node.id = properties.id;
        node.name = properties.name;
        node.kind = properties.kind;
        node.entity = properties.entity;
        node.degree = degree[v];
        node.weightedDegree = weighted[v];
        node.actors = properties.actors;
        std::sort(node.articleIds.begin(), node.articleIds.end());
        view.nodes.push_back(std::move(node));
    }
    std::sort(view.nodes.begin(), view.nodes.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::sort(view.edges.begin(), view.edges.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (std::size_t a = 0; a < data.articles.size(); ++a) {
        if (kept[a]) {
            view.articles.push_back(data.articles[a].record);
        }
    }
    std::sort(view.articles.begin(), view.articles.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    view.componentCount = assignComponents(view);
    return view;
}

const GraphNode* GraphView::findNode(std::string_view id) const
{
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                                     [](const GraphNode& node, std::string_view key) { return node.id < key; });
    return it != nodes.end() && it->id == id ? &*it : nullptr;
}

const GraphEdge* GraphView::findEdge(std::string_view id) const
{
    const auto it = std::lower_bound(edges.begin(), edges.end(), id,
                                     [](const GraphEdge& edge, std::string_view key) { return edge.id < key; });
    return it != edges.end() && it->id == id ? &*it : nullptr;
}

Edit reviewEdit(EditKind kind, const GraphEdge& edge)
{
    Edit edit;
    edit.kind = kind;
    edit.actor = edge.source;
    edit.value = edge.target;
    edit.edge.type = edge.type;
    edit.edge.source = edge.source;
    edit.edge.target = edge.target;
    return edit;
}

} // namespace diplograph::core
