#include "graph/graph_data.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <memory>
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

// A relation's ends at both levels, after merges: what an edge edit's key may name.
struct RelationEnds {
    std::string agentSource, agentTarget, entitySource, entityTarget;
};

bool keyMatches(const EdgeEdit& key, RelationType type, const RelationEnds& ends)
{
    if (key.type != type) {
        return false;
    }
    const auto same = [&](const std::string& source, const std::string& target) {
        return (key.source == source && key.target == target) ||
               (type == RelationType::Cooperation && key.source == target && key.target == source);
    };
    return same(ends.agentSource, ends.agentTarget) || same(ends.entitySource, ends.entityTarget);
}

class Builder {
  public:
    Builder(GraphData& data, const std::vector<Edit>& edits) : m_data(data), m_edits(edits) {}

    void run()
    {
        addAnalystRelations();
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
    // Appends each AddRelation edit's relation to (a copy of) its article's result, rule "analyst".
    void addAnalystRelations()
    {
        std::map<std::uint32_t, std::shared_ptr<ArticleResult>> copies;
        for (std::uint32_t e = 0; e < m_data.edits.size(); ++e) {
            const Edit& edit = m_data.edits[e];
            if (edit.kind != EditKind::AddRelation || edit.edge.type == RelationType::Invalid) {
                continue;
            }
            const auto article = std::find_if(m_data.articles.begin(), m_data.articles.end(), [&](const GraphArticle& a) {
                return a.record.id == edit.edge.article && a.result;
            });
            if (article == m_data.articles.end()) {
                continue; // its article was removed
            }
            const auto index = static_cast<std::uint32_t>(article - m_data.articles.begin());
            auto& copy = copies[index];
            if (!copy) {
                copy = std::make_shared<ArticleResult>(*article->result);
            }
            for (const auto& actor : edit.edge.actors) {
                if (!copy->findActor(actor.id)) {
                    copy->actors.push_back(actor);
                }
            }
            for (const auto& id : {edit.edge.source, edit.edge.target}) {
                if (!copy->findActor(id)) {
                    Actor actor;
                    actor.id = id;
                    actor.name = id;
                    actor.entity = id.substr(0, id.find('/'));
                    actor.kind = id == actor.entity ? guessEntityKind(id) : ActorKind::Agency;
                    copy->actors.push_back(std::move(actor));
                }
            }
            Relation relation;
            relation.id = "analyst-" + std::to_string(edit.id);
            relation.type = edit.edge.type;
            relation.source = edit.edge.source;
            relation.target = edit.edge.target;
            relation.directed = edit.edge.type != RelationType::Cooperation;
            Evidence evidence;
            evidence.sentence = edit.edge.sentence;
            evidence.range = edit.edge.range;
            evidence.quote = edit.edge.quote;
            evidence.trigger = {{edit.edge.range.start, edit.edge.range.start}, {}};
            evidence.rule = "analyst";
            evidence.confidence = 1.0;
            relation.evidence.push_back(std::move(evidence));
            m_additions[{index, static_cast<std::uint32_t>(copy->relations.size())}] = e + 1;
            copy->relations.push_back(std::move(relation));
        }
        for (auto& [index, copy] : copies) {
            m_data.articles[index].result = std::move(copy);
        }
    }

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
    std::string nodeFor(const std::string& actorId) { return nodeAt(actorId, m_data.level); }

    std::string nodeAt(const std::string& actorId, GraphLevel level)
    {
        if (m_edits.hidden(actorId)) {
            return {};
        }
        std::string id = m_edits.resolve(actorId);
        if (level == GraphLevel::Entity) {
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
            RelationType type = relation.type;
            RelationEnds ends{nodeAt(relation.source, GraphLevel::Agent), nodeAt(relation.target, GraphLevel::Agent),
                              nodeAt(relation.source, GraphLevel::Entity), nodeAt(relation.target, GraphLevel::Entity)};
            std::uint32_t retype = 0;
            for (std::uint32_t e = 0; e < m_data.edits.size(); ++e) {
                const Edit& edit = m_data.edits[e];
                if (edit.kind == EditKind::Retype && keyMatches(edit.edge, type, ends)) {
                    retype = e + 1;
                    type = edit.edge.newType == RelationType::Invalid ? type : edit.edge.newType;
                    // Swap against the key's own order, so a reversed cooperation keeps the key's direction.
                    const bool keyReversed = edit.edge.source == ends.agentTarget || edit.edge.source == ends.entityTarget;
                    if (edit.edge.reverse != keyReversed) {
                        std::swap(ends.agentSource, ends.agentTarget);
                        std::swap(ends.entitySource, ends.entityTarget);
                    }
                }
            }
            std::string source = m_data.level == GraphLevel::Entity ? ends.entitySource : ends.agentSource;
            std::string target = m_data.level == GraphLevel::Entity ? ends.entityTarget : ends.agentTarget;
            if (source.empty() || target.empty() || source == target || type == RelationType::Invalid) {
                continue; // hidden, or collapsed into a self-loop at entity level
            }
            const bool directed = type != RelationType::Cooperation;
            if (!directed && target < source) {
                std::swap(source, target);
            }
            const auto key = std::make_tuple(type, source, target);
            auto it = m_edges.find(key);
            if (it == m_edges.end()) {
                const auto s = vertexFor(source);
                const auto t = vertexFor(target);
                EdgeProperties edge;
                edge.type = type;
                edge.id = std::string(relationTypeName(type)) + ':' + source + (directed ? ">" : "-") + target;
                it = m_edges.emplace(key, boost::add_edge(s, t, std::move(edge), m_data.graph).first).first;
            }
            auto& properties = m_data.graph[it->second];
            properties.retype = std::max(properties.retype, retype);
            // Review edits name the edge as the analyst saw it: after its retype.
            std::uint32_t rejectEdge = 0;
            for (std::uint32_t e = 0; e < m_data.edits.size(); ++e) {
                const Edit& edit = m_data.edits[e];
                if (edit.kind == EditKind::Confirm && keyMatches(edit.edge, type, ends)) {
                    properties.confirmation = e + 1;
                } else if (edit.kind == EditKind::RejectEdge && keyMatches(edit.edge, type, ends)) {
                    rejectEdge = e + 1;
                }
            }
            const auto addition = m_additions.find({article, r});
            for (std::uint32_t q = 0; q < relation.evidence.size(); ++q) {
                EvidenceIndex index{article, r, q};
                index.rejection = rejectEdge;
                index.addition = addition == m_additions.end() ? 0 : addition->second;
                const ByteRange& range = relation.evidence[q].range;
                for (std::uint32_t e = 0; e < m_data.edits.size() && index.rejection == 0; ++e) {
                    const Edit& edit = m_data.edits[e];
                    if (edit.kind == EditKind::RejectQuote && edit.edge.article == m_data.articles[article].record.id &&
                        edit.edge.range.start < range.end && range.start < edit.edge.range.end &&
                        keyMatches(edit.edge, type, ends)) {
                        index.rejection = e + 1;
                    }
                }
                properties.evidence.push_back(index);
            }
        }
    }

    GraphData& m_data;
    EditResolver m_edits;
    std::unordered_map<std::string, ActorInfo> m_info;
    std::map<std::tuple<RelationType, std::string, std::string>, ActorGraph::edge_descriptor> m_edges;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> m_additions; // (article, relation) -> edit
};

} // namespace

namespace {
constexpr const char* kEditKindNames[] = {"invalid",      "rename",       "merge",  "hide",    "alias",       "add-entity",
                                          "reject-edge",  "reject-quote", "retype", "confirm", "add-relation"};
} // namespace

const char* editKindName(EditKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    return index < std::size(kEditKindNames) ? kEditKindNames[index] : "invalid";
}

EditKind editKindFromName(std::string_view name)
{
    for (std::size_t i = 1; i < std::size(kEditKindNames); ++i) {
        if (name == kEditKindNames[i]) {
            return static_cast<EditKind>(i);
        }
    }
    return EditKind::Invalid;
}

bool isEdgeEdit(EditKind kind)
{
    return kind == EditKind::RejectEdge || kind == EditKind::RejectQuote || kind == EditKind::Retype ||
           kind == EditKind::Confirm || kind == EditKind::AddRelation;
}

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
    data->edits = edits;
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
