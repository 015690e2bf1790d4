#pragma once

#include "diplograph/extract.h"
#include "diplograph/types.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace diplograph::core {

enum class NameForm { Invalid = 0, Name, Demonym, Metonym };

// What a gazetteer name denotes.
struct NameSense {
    int entity = -1; // index into LexiconData::entities
    NameForm form = NameForm::Invalid;
    bool ambiguous = false;
    bool caseSensitive = false;      // written in capitals in the lexicon: the text must match exactly
    std::vector<std::string> surface; // the name's tokens as written, for case-sensitive matches
};

// A token-sequence trie over lower-case tokens; each node may end one or more names.
struct NameTrie {
    struct Node {
        std::unordered_map<std::string, int> children;
        std::vector<NameSense> senses;
    };
    std::vector<Node> nodes{Node{}};

    void insert(const std::vector<std::string>& lowerTokens, NameSense sense);
};

// A role noun that makes an agent of the entity beside it: "embassy", "foreign ministry", "spokesperson".
struct Role {
    std::string name;                      // canonical: "foreign ministry"
    ActorKind kind = ActorKind::Invalid;   // Agency or Person
    bool takesName = false;                // a person's name may follow: "spokesperson Tammy Bruce"
    bool plural = false;                   // "officials": a plural reference
    bool proper = false;                   // the head of a proper name: "Mainland Affairs Council"
    bool adjectival = false;               // also an adjective: "military equipment" is no agent
    std::vector<std::string> tokens;       // lower-case tokens of this form
};

enum class TriggerFrame {
    Invalid = 0,
    Transitive, // X criticized Y; X rejected Y's claim
    Symmetric,  // X and Y agreed; X met (with) Y; X signed a deal with Y
    Nominal,    // X's criticism of Y; X-Y cooperation; talks between X and Y
    Speech,     // said, stressed, argued: carries reported speech (not a relation itself)
    Negative,   // not, never: negates a nearby trigger
    Modal,      // would, could, if: makes a nearby trigger hypothetical
    Event,      // the move, the plan, the decision: refers back to the last act's participants
    Pact,       // agreement, pact, deal: refers back to the last pact's parties
    Accusation, // violate, undermine: in reported speech, the speaker criticises the verb's agent
    Evaluative, // violation, illegal, baseless: whoever calls an actor's act this criticises the actor
};

struct TriggerEntry {
    std::string lemma;
    RelationType type = RelationType::Invalid;
    TriggerFrame frame = TriggerFrame::Invalid;
    double confidence = 0.8;
    std::vector<std::string> tokens; // lower-case tokens of this inflected form
};

// Everything the lexicon knows about one lower-case word, so the extractor hashes each token once.
struct WordInfo {
    std::string classes;         // words.tsv classes, comma-separated
    int nameChild = -1;          // the names trie node after this word, from the root
    int roleChild = -1;          // the role trie node after this word, from the root
    std::vector<int> triggers;   // triggers whose first token this is
    bool personStart = false;    // may start a known person's name
    bool phraseStart = false;    // may start a multi-word words.tsv entry
};

struct LexiconData {
    std::vector<EntityDefinition> entities;
    std::unordered_map<std::string, int> entityByCode;
    NameTrie names;
    std::vector<Role> roles;
    NameTrie roleTrie;                 // senses.entity indexes roles here
    std::vector<TriggerEntry> triggers;
    std::unordered_map<std::string, std::vector<int>> triggersByFirstToken;
    // Seats: a place another entity's metonym names too ("Brussels^" for the EU beside Belgium's "Brussels"):
    // lower-case name -> entity index; it stands for that entity once the article has named it.
    std::unordered_map<std::string, int> seats;
    std::unordered_map<std::string, std::string> words; // words.tsv: word -> its classes, comma-separated
    std::unordered_map<std::string, std::string> persons; // lower-case full name -> entity code (persons.tsv)
    std::unordered_map<std::string, std::string> personShortNames; // lower-case short name ("putin") -> full name
    // First words of multi-word entries, so the extractor tries a phrase only where one can start.
    std::unordered_set<std::string> personFirstWords;
    std::unordered_set<std::string> phraseFirstWords;
    std::unordered_map<std::string, WordInfo> vocabulary; // built last, from all of the above
};

// Splits a lexicon name into match tokens exactly as the extractor tokenises text.
[[nodiscard]] std::vector<std::string> nameTokens(std::string_view name, bool lowerCase);

// The lower-case tokens of a name joined by single spaces: the key of person and phrase tables.
[[nodiscard]] std::string nameKey(std::string_view name);

} // namespace diplograph::core
