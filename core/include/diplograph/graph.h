#pragma once

#include "diplograph/result.h"
#include "diplograph/types.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph::core {

// A workspace article's row id (SQLite rowid); 0 = not stored. Stable for the life of the workspace.
using ArticleId = std::int64_t;

// Long work reports (done, total) and returns false to cancel (the operation then fails with Cancelled).
using Progress = std::function<bool(std::size_t done, std::size_t total)>;

// An article's metadata as listed by the workspace; also built by hand for graphs without a database.
struct ArticleRecord {
    ArticleId id = 0;
    std::string title;
    std::string source;              // URL or file path it came from; may be empty
    std::optional<std::string> date; // ISO yyyy-mm-dd
    std::string sha256;              // lower-case hex of the stored text
    std::size_t bytes = 0;           // size of the stored text
    std::size_t actorCount = 0;
    std::size_t relationCount = 0;
    std::size_t evidenceCount = 0;
};

// One article of a graph: its record and its extraction result, shared (never copied) by graphs and views.
struct GraphArticle {
    ArticleRecord record;
    std::shared_ptr<const ArticleResult> result;
};

// Agent: actors as extracted. Entity: each actor collapsed into its `entity` code (quotes kept).
enum class GraphLevel { Invalid = 0, Agent, Entity };

[[nodiscard]] const char* graphLevelName(GraphLevel level);         // "agent", "entity"
[[nodiscard]] GraphLevel graphLevelFromName(std::string_view name); // Invalid if unknown

enum class EditKind { Invalid = 0, Rename, Merge, Hide, Alias, AddEntity, RejectEdge, RejectQuote, Retype, Confirm, AddRelation };

[[nodiscard]] const char* editKindName(EditKind kind);         // "rename", ..., "reject-edge", "add-relation"
[[nodiscard]] EditKind editKindFromName(std::string_view name); // Invalid if unknown

// What an edge edit is about. The key (type, source, target) names the edge as drawn: actor ids at agent level,
// entity codes at entity level; it applies to every relation drawn as that edge at either level.
struct EdgeEdit {
    RelationType type = RelationType::Invalid;    // the key's type (AddRelation: the new relation's type)
    std::string source;                           // the key's ends (AddRelation: the new relation's actor ids)
    std::string target;
    RelationType newType = RelationType::Invalid; // Retype: the type it becomes (Invalid: unchanged)
    bool reverse = false;                         // Retype: source and target swap
    ArticleId article = 0;                        // RejectQuote, AddRelation: the quote's article
    int sentence = 0;                             // AddRelation: the quote's Sentence::id
    ByteRange range;                              // RejectQuote, AddRelation: the quote's bytes in the article
    std::string quote;                            // AddRelation: exactly those bytes
    std::string reason;                           // RejectEdge, RejectQuote: why (may be empty)
    std::vector<Actor> actors;                    // AddRelation: ends the article's actors lack (id, name, kind, entity)
};

// An analyst's correction, kept apart from extracted data and re-applied after every re-extraction.
struct Edit {
    std::int64_t id = 0; // workspace row id (for removeEdit); 0 when built by hand
    EditKind kind = EditKind::Invalid;
    std::string actor; // Rename/Hide: the actor id; Merge: the id merged away; Alias/AddEntity: entity code;
                       // edge edits: edge.source
    std::string value; // Rename: new name; Merge: the id merged into; Alias: the alias; AddEntity: name;
                       // edge edits: edge.target
    std::string author;    // who made it (the OS user name unless set); empty when unknown
    std::string createdAt; // UTC yyyy-mm-ddThh:mm:ssZ; empty when built by hand
    EdgeEdit edge;         // RejectEdge, RejectQuote, Retype, Confirm, AddRelation only
};

// Whether `kind` is about an edge (reject, retype, confirm, add) rather than an actor.
[[nodiscard]] bool isEdgeEdit(EditKind kind);

// Which evidence and edges a view keeps. Default: everything except isolated nodes.
struct GraphFilter {
    std::set<RelationType> types;                // empty = all three
    int minWeight = 1;                           // edges with fewer surviving quotes are dropped
    double minConfidence = 0.0;                  // quotes below this are dropped before weighing
    std::optional<std::set<ArticleId>> articles; // nullopt = every article
    std::optional<std::string> dateFrom;         // inclusive yyyy-mm-dd; undated articles drop out when set
    std::optional<std::string> dateTo;           // inclusive yyyy-mm-dd
    bool includeIsolated = false;                // keep actors mentioned in a kept article but on no kept edge
    bool includeRejected = false;                // keep rejected quotes and edges (flagged) instead of dropping them
};

// One supporting quote of an edge. Pointers stay valid while the view (or its Graph) lives.
struct EvidenceRef {
    ArticleId article = 0;
    const ArticleRecord* record = nullptr; // title, source, date of the article
    const Evidence* evidence = nullptr;    // quote, range, trigger, rule, confidence
    std::string relation;                  // the relation id within the article ("r3"; "analyst-<edit id>")
    const Edit* rejection = nullptr;       // the RejectQuote or RejectEdge edit that struck it, if any
    const Edit* addition = nullptr;        // the AddRelation edit behind an analyst's quote, if any
};

// A node as the UI and exporters see it; counts are within the view.
struct GraphNode {
    std::string id;   // actor id (Agent) or entity code (Entity); after merges, the surviving id
    std::string name; // display name, after renames
    ActorKind kind = ActorKind::Invalid;
    std::string entity;
    int degree = 0;         // distinct neighbours over kept edges
    int weightedDegree = 0; // sum of kept edge weights
    int articleCount = 0;   // kept articles mentioning it
    int mentionCount = 0;   // mentions in kept articles
    int component = 0;      // connected component index, 0 = the largest
    std::vector<std::string> actors;   // the extracted actor ids folded into it (merges, entity level), sorted
    std::vector<ArticleId> articleIds; // kept articles mentioning it, by id
};

// An aggregated edge: one per (type, source, target) over all kept articles.
struct GraphEdge {
    std::string id; // stable: "criticism:IRN>USA", "cooperation:CHN-RUS"
    RelationType type = RelationType::Invalid;
    std::string source; // for cooperation the smaller id
    std::string target;
    bool directed = true; // false for cooperation
    int weight = 0;       // kept distinct sentences (a sentence with two triggers or two folded agents counts once)
    double maxConfidence = 0.0;
    std::vector<EvidenceRef> evidence; // one per kept sentence, sorted by article id, then sentence
    bool rejected = false;             // every kept quote is rejected (only with GraphFilter::includeRejected)
    bool analyst = false;              // some quote was added by an analyst
    const Edit* confirmation = nullptr; // the analyst's Confirm edit, if any
    const Edit* retype = nullptr;       // the Retype edit that gave it its type or direction, if any
};

// A review edit (confirm, reject, retype ...) of an edge as drawn: its type, source and target.
[[nodiscard]] Edit reviewEdit(EditKind kind, const GraphEdge& edge);

// A filtered snapshot: plain values, sorted by id; evidence is referenced, never copied.
struct GraphView {
    GraphLevel level = GraphLevel::Invalid;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
    std::vector<ArticleRecord> articles; // the kept articles, by id
    std::size_t componentCount = 0;
    std::shared_ptr<const void> owner; // keeps the referenced evidence alive

    [[nodiscard]] const GraphNode* findNode(std::string_view id) const; // nullptr if absent
    [[nodiscard]] const GraphEdge* findEdge(std::string_view id) const; // nullptr if absent
};

struct GraphData; // defined in core/src/graph

// The actor graph at one level over many articles; immutable, cheap to copy (shared data).
class Graph {
  public:
    // Aggregates `articles` at `level`, applying Rename/Merge/Hide and the edge edits (AddRelation adds its
    // quote to its article; Alias and AddEntity act through re-extraction and are ignored here).
    [[nodiscard]] static Graph build(std::vector<GraphArticle> articles, GraphLevel level,
                                     const std::vector<Edit>& edits = {});
    // A graph of one extraction result (article id 1, title from the result), e.g. for `extract` output.
    [[nodiscard]] static Graph fromResult(const ArticleResult& result, GraphLevel level);

    [[nodiscard]] GraphLevel level() const;
    [[nodiscard]] std::size_t nodeCount() const; // every actor of every article, after edits
    [[nodiscard]] std::size_t edgeCount() const; // unfiltered aggregated edges
    [[nodiscard]] const std::vector<GraphArticle>& articles() const;

    // A filtered snapshot; O(evidence) time, no evidence copied.
    [[nodiscard]] GraphView view(const GraphFilter& filter = {}) const;

  private:
    explicit Graph(std::shared_ptr<const GraphData> data) : m_data(std::move(data)) {}
    std::shared_ptr<const GraphData> m_data;
};

} // namespace diplograph::core
