#include "graph/graph_data.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

namespace diplograph::core {

namespace {

// Rename, merge and hide edits as lookups; later edits win, merge chains are followed, cycles are cut.
class EditResolver {
  public:
    explicit EditResolver(const std::vector<Edit>& edits)
    {
        for (const auto& edit : edits) {
            switch (edit.kind) {
            case EditKind::Rename: m_names[edit.actor] = edit.value; break;
            case EditKind::Merge:
                if (edit.actor != edit.value) {
                    m_merges[edit.actor] = edit.value;
                }
                break;
            case EditKind::Hide: m_hidden.insert(edit.actor); break;
            default: break;
            }
        }
    }

    [[nodiscard]] std::string resolve(const std::string& id) const
    {
        std::string current = id;
        for (std::size_t step = 0; step <= m_merges.size(); ++step) {
            const auto it = m_merges.find(current);
            if (it == m_merges.end()) {
                return current;
            }
            current = it->second;
        }
        return id; // a cycle of merges: ignore them for this id
    }
    [[nodiscard]] bool hidden(const std::string& id) const { return m_hidden.count(id) > 0; }
    [[nodiscard]] const std::string* name(const std::string& id) const
    {
        const auto it = m_names.find(id);
        return it == m_names.end() ? nullptr : &it->second;
    }

  private:
    std::map<std::string, std::string> m_names;
    std::map<std::string, std::string> m_merges;
    std::set<std::string> m_hidden;
};

struct ActorInfo {
    std::string name;
    ActorKind kind = ActorKind::Invalid;
    std::string entity;
};

// An entity never seen as an actor of its own gets a kind from its code's shape; the analyst can rename it.
ActorKind guessEntityKind(const std::string& code)
{
    const bool alpha3 =
        code.size() == 3 && std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c) != 0; });
    return alpha3 ? ActorKind::State : ActorKind::Organisation;
}

class Builder {
  public:
    Builder(GraphData& data, const std::vector<Edit>& edits) : m_data(data), m_edits(edits) {}

    void run()
    {
        collectActorInfo();
        for (std::uint32_t a = 0; a < m_data.articles.size(); ++a) {
            const auto& result = m_data.articles[a].result;
            if (!result) {
                continue;
            }
            addActors(a, *result);
            addRelations(a, *result);
        }
        for (auto v : boost::make_iterator_range(boost::vertices(m_data.graph))) {
            auto& mentions = m_data.graph[v].mentions;
            std::sort(mentions.begin(), mentions.end());
        }
    }

  private:
    void collectActorInfo()
    {
        for (const auto& article : m_data.articles) {
            if (!article.result) {
                continue;
            }
            for (const auto& actor : article.result->actors) {
                auto [it, inserted] = m_info.try_emplace(actor.id);
                if (inserted) {
                    it->second = {actor.name, actor.kind, actor.entity.empty() ? actor.id : actor.entity};
                }
            }
        }
    }

    // The node an extracted actor id belongs to at this level, or "" when hidden.
    std::string nodeFor(const std::string& actorId)
    {
        if (m_edits.hidden(actorId)) {
            return {};
        }
        std::string id = m_edits.resolve(actorId);
        if (m_data.level == GraphLevel::Entity) {
            const auto it = m_info.find(id);
            id = m_edits.resolve(it == m_info.end() ? id : it->second.entity);
        }
        return m_edits.hidden(id) ? std::string() : id;
    }

    ActorGraph::vertex_descriptor vertexFor(const std::string& id)
    {
        const auto found = m_data.vertexById.find(id);
        if (found != m_data.vertexById.end()) {
            return found->second;
        }
        NodeProperties node;
        node.id = id;
        const auto info = m_info.find(id);
        if (info != m_info.end()) {
            node.name = info->second.name;
            node.kind = info->second.kind;
            node.entity = m_data.level == GraphLevel::Entity ? id : m_edits.resolve(info->second.entity);
        } else {
            node.name = id;
            node.kind = guessEntityKind(id);
            node.entity = id;
        }
        if (const auto* renamed = m_edits.name(id)) {
            node.name = *renamed;
        }
        const auto v = boost::add_vertex(std::move(node), m_data.graph);
        m_data.vertexById.emplace(id, v);
        return v;
    }

    void addActors(std::uint32_t article, const ArticleResult& result)
    {
        for (const auto& actor : result.actors) {
            const std::string id = nodeFor(actor.id);
            if (id.empty()) {
                continue;
            }
            auto& node = m_data.graph[vertexFor(id)];
            if (std::find(node.actors.begin(), node.actors.end(), actor.id) == node.actors.end()) {
                node.actors.insert(std::lower_bound(node.actors.begin(), node.actors.end(), actor.id), actor.id);
            }
            auto& mentions = node.mentions;
            const int count = static_cast<int>(actor.mentions.size());
            if (!mentions.empty() && mentions.back().first == article) {
                mentions.back().second += count;
            } else {
                mentions.emplace_back(article, count);
            }
        }
    }

    void addRelations(std::uint32_t article, const ArticleResult& result)
    {
        for (std::uint32_t r = 0; r < result.relations.size(); ++r) {
            const auto& relation = result.relations[r];
            std::string source = nodeFor(relation.source);
            std::string target = nodeFor(relation.target);
            if (source.empty() || target.empty() || source == target || relation.type == RelationType::Invalid) {
                continue; // hidden, or collapsed into a self-loop at entity level
            }
            const bool directed = relation.type != RelationType::Cooperation;
            if (!directed && target < source) {
                std::swap(source, target);
            }
            const auto key = std::make_tuple(relation.type, source, target);
            auto it = m_edges.find(key);
            if (it == m_edges.end()) {
                const auto s = vertexFor(source);
                const auto t = vertexFor(target);
                EdgeProperties edge;
                edge.type = relation.type;
                edge.id = std::string(relationTypeName(relation.type)) + ':' + source + (directed ? ">" : "-") + target;
                it = m_edges.emplace(key, boost::add_edge(s, t, std::move(edge), m_data.graph).first).first;
            }
            auto& evidence = m_data.graph[it->second].evidence;
            for (std::uint32_t e = 0; e < relation.evidence.size(); ++e) {
                evidence.push_back({article, r, e});
            }
        }
    }

    GraphData& m_data;
    EditResolver m_edits;
    std::unordered_map<std::string, ActorInfo> m_info;
    std::map<std::tuple<RelationType, std::string, std::string>, ActorGraph::edge_descriptor> m_edges;
};

} // namespace

const char* graphLevelName(GraphLevel level)
{
    switch (level) {
    case GraphLevel::Agent: return "agent";
    case GraphLevel::Entity: return "entity";
    default: return "invalid";
    }
}

GraphLevel graphLevelFromName(std::string_view name)
{
    if (name == "agent") {
        return GraphLevel::Agent;
    }
    if (name == "entity") {
        return GraphLevel::Entity;
    }
    return GraphLevel::Invalid;
}

Graph Graph::build(std::vector<GraphArticle> articles, GraphLevel level, const std::vector<Edit>& edits)
{
    auto data = std::make_shared<GraphData>();
    data->level = level == GraphLevel::Entity ? GraphLevel::Entity : GraphLevel::Agent;
    data->articles = std::move(articles);
    Builder(*data, edits).run();
    return Graph(std::move(data));
}

Graph Graph::fromResult(const ArticleResult& result, GraphLevel level)
{
    GraphArticle article;
    article.record.id = 1;
    article.record.title = result.article.title.value_or(std::string());
    article.record.sha256 = result.article.sha256;
    article.record.bytes = result.article.bytes;
    article.record.actorCount = result.actors.size();
    article.record.relationCount = result.relations.size();
    for (const auto& relation : result.relations) {
        article.record.evidenceCount += relation.evidence.size();
    }
    article.result = std::make_shared<const ArticleResult>(result);
    std::vector<GraphArticle> articles;
    articles.push_back(std::move(article));
    return build(std::move(articles), level);
}

GraphLevel Graph::level() const
{
    return m_data->level;
}

std::size_t Graph::nodeCount() const
{
    return boost::num_vertices(m_data->graph);
}

std::size_t Graph::edgeCount() const
{
    return boost::num_edges(m_data->graph);
}

const std::vector<GraphArticle>& Graph::articles() const
{
    return m_data->articles;
}

} // namespace diplograph::core
