#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace diplograph::core {

// A half-open byte range [start, end).
struct ByteRange {
    std::size_t start = 0;
    std::size_t end = 0;

    [[nodiscard]] std::size_t size() const { return end - start; }
    [[nodiscard]] bool empty() const { return end <= start; }
    [[nodiscard]] bool contains(const ByteRange& other) const
    {
        return start <= other.start && other.end <= end;
    }
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// A sentence: `range` is in the ORIGINAL input bytes, `textRange` in Document::text.
struct Sentence {
    int id = 0;
    ByteRange range;
    ByteRange textRange;
    bool headline = false; // the article's title line
    bool dateline = false; // starts with a dateline such as "TEHRAN, Jun. 18 (MNA) -"
};

enum class ActorKind { Invalid = 0, State, Organisation, Group, Agency, Person };
enum class RelationType { Invalid = 0, Cooperation, Criticism, Rejection };

// Lower-case JSON names: "state", "organisation", ...; "cooperation", "criticism", "rejection".
[[nodiscard]] const char* actorKindName(ActorKind kind);
[[nodiscard]] const char* relationTypeName(RelationType type);
[[nodiscard]] ActorKind actorKindFromName(std::string_view name);     // Invalid if unknown
[[nodiscard]] RelationType relationTypeFromName(std::string_view name); // Invalid if unknown

// A state, organisation or group (entity == id), or an agent acting for one (entity = its code).
struct Actor {
    std::string id;                    // stable across articles: "IRN", "IRN/embassy-in-baghdad"
    std::string name;                  // display name: "Iran", "Iranian Embassy in Baghdad"
    ActorKind kind = ActorKind::Invalid;
    std::string entity;                // top-level code: ISO alpha-3, or UN, EU, HAMAS ...
    std::optional<std::string> parent; // the actor id this agent belongs to, if not the entity itself
    std::vector<ByteRange> mentions;   // original-input byte ranges, sorted
};

struct Trigger {
    ByteRange range; // original-input bytes
    std::string text;
};

// One supporting sentence for a relation.
struct Evidence {
    int sentence = 0;   // Sentence::id
    ByteRange range;    // the quote's original-input bytes
    std::string quote;  // exactly input[range.start, range.end)
    Trigger trigger;
    std::string rule;   // the rule that fired, e.g. "svo.active"
    double confidence = 0.0; // in [0, 1]
};

struct Relation {
    std::string id;     // "r1", "r2" ... within an article
    RelationType type = RelationType::Invalid;
    std::string source; // actor id; for cooperation the smaller id
    std::string target; // actor id
    bool directed = true;
    std::vector<Evidence> evidence; // sorted by sentence

    [[nodiscard]] int weight() const { return static_cast<int>(evidence.size()); }
};

struct ArticleInfo {
    std::optional<std::string> title;
    std::size_t bytes = 0;
    std::string sha256; // lower-case hex of the original input
};

// Everything extracted from one article; the value `diplograph-cli extract` prints.
struct ArticleResult {
    ArticleInfo article;
    std::vector<Sentence> sentences;
    std::vector<Actor> actors;
    std::vector<Relation> relations;
    std::vector<std::string> warnings; // e.g. "replaced 3 invalid UTF-8 sequences"

    [[nodiscard]] const Actor* findActor(std::string_view id) const;
};

} // namespace diplograph::core
