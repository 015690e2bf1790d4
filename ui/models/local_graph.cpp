#include "models/local_graph.h"

#include <algorithm>
#include <map>
#include <set>

namespace diplograph::ui {

namespace {

struct Owner {
    std::vector<core::GraphArticle> articles;
    std::vector<core::ArticleRecord> records;
};

std::string edgeId(core::RelationType type, const std::string& source, const std::string& target, bool directed)
{
    return std::string(core::relationTypeName(type)) + ":" + source + (directed ? ">" : "-") + target;
}

} // namespace

core::GraphView buildLocalView(const std::vector<core::GraphArticle>& articles, core::GraphLevel level,
                               const std::vector<core::Edit>& edits)
{
    auto owner = std::make_shared<Owner>();
    owner->articles = articles;
    owner->records.reserve(articles.size());
    for (const auto& article : articles) {
        owner->records.push_back(article.record);
    }

    std::map<std::string, std::string> mergedInto;
    std::map<std::string, std::string> renamed;
    std::set<std::string> hidden;
    for (const auto& edit : edits) {
        if (edit.kind == core::EditKind::Merge) {
            mergedInto[edit.actor] = edit.value;
        } else if (edit.kind == core::EditKind::Rename) {
            renamed[edit.actor] = edit.value;
        } else if (edit.kind == core::EditKind::Hide) {
            hidden.insert(edit.actor);
        }
    }
    const auto resolve = [&](std::string id) {
        for (int guard = 0; guard < 32; ++guard) {
            const auto it = mergedInto.find(id);
            if (it == mergedInto.end()) {
                break;
            }
            id = it->second;
        }
        return id;
    };

    // Collect nodes: at entity level an agent folds into its entity code.
    std::map<std::string, core::GraphNode> nodes;
    std::map<std::string, std::string> actorToNode; // per article actor id -> node id (same across articles)
    for (const auto& article : owner->articles) {
        for (const auto& actor : article.result->actors) {
            const std::string base = level == core::GraphLevel::Entity ? actor.entity : actor.id;
            const std::string id = resolve(base.empty() ? actor.id : base);
            actorToNode[actor.id] = id;
            auto& node = nodes[id];
            const bool isEntityItself = actor.id == actor.entity;
            if (node.id.empty() || (level == core::GraphLevel::Entity && isEntityItself && id == actor.id)) {
                node.id = id;
                node.name = (level == core::GraphLevel::Entity && !isEntityItself) ? id : actor.name;
                node.kind = (level == core::GraphLevel::Entity && !isEntityItself) ? core::ActorKind::State : actor.kind;
                node.entity = actor.entity;
            }
            node.mentionCount += static_cast<int>(actor.mentions.size());
            node.articleCount += 1;
        }
    }

    std::map<std::string, core::GraphEdge> edges;
    for (std::size_t a = 0; a < owner->articles.size(); ++a) {
        const auto& article = owner->articles[a];
        for (const auto& relation : article.result->relations) {
            std::string source = actorToNode[relation.source];
            std::string target = actorToNode[relation.target];
            if (source.empty() || target.empty() || source == target || hidden.count(source) || hidden.count(target)) {
                continue;
            }
            if (!relation.directed && target < source) {
                std::swap(source, target);
            }
            const std::string id = edgeId(relation.type, source, target, relation.directed);
            auto& edge = edges[id];
            edge.id = id;
            edge.type = relation.type;
            edge.source = source;
            edge.target = target;
            edge.directed = relation.directed;
            for (const auto& evidence : relation.evidence) {
                edge.evidence.push_back({article.record.id, &owner->records[a], &evidence, relation.id});
                edge.maxConfidence = std::max(edge.maxConfidence, evidence.confidence);
            }
            edge.weight = static_cast<int>(edge.evidence.size());
        }
    }

    core::GraphView view;
    view.level = level;
    std::map<std::string, std::set<std::string>> neighbours;
    for (auto& [id, edge] : edges) {
        neighbours[edge.source].insert(edge.target);
        neighbours[edge.target].insert(edge.source);
        nodes[edge.source].weightedDegree += edge.weight;
        nodes[edge.target].weightedDegree += edge.weight;
        view.edges.push_back(std::move(edge));
    }
    for (auto& [id, node] : nodes) {
        if (hidden.count(id)) {
            continue;
        }
        if (const auto it = renamed.find(id); it != renamed.end()) {
            node.name = it->second;
        }
        node.degree = static_cast<int>(neighbours[id].size());
        view.nodes.push_back(std::move(node));
    }
    view.articles = owner->records;
    view.componentCount = view.nodes.empty() ? 0 : 1;
    view.owner = owner;
    return view;
}

} // namespace diplograph::ui
