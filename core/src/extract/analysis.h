#pragma once

#include "diplograph/extract.h"
#include "diplograph/syntax.h"
#include "lexicon/lexicon_data.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

namespace diplograph::core::detail {

enum class MentionKind { Invalid = 0, Name, Demonym, Metonym, Body, Agent, Person, Pronoun, Description, Pair, Statement };

// Whom a pronoun can stand for: "it"/"they" (an entity or agent), "she"/"he" (a person), "we" (the speaker).
enum class PronounKind { Invalid = 0, Actor, Person, Speaker };

// A stretch of a sentence's tokens that denotes one or more actors.
struct Mention {
    int begin = 0; // token index, inclusive
    int end = 0;   // token index, exclusive
    MentionKind kind = MentionKind::Invalid;
    std::vector<int> actors; // indexes into ActorTable; empty when unresolved
    bool location = false;   // "in Baghdad": a place, not a participant
    bool modifier = false;   // "Iran-backed": part of a compound adjective
    bool possessive = false; // followed by 's or '
    bool plural = false;
    bool nonAgentHead = false; // "Iraq's sovereignty", "the Iranian people"
    int roleIndex = -1;        // for agents: LexiconData::roles index
    PronounKind pronoun = PronounKind::Invalid;
};

struct SentenceAnalysis {
    const Sentence* sentence = nullptr;
    std::vector<Token> tokens;
    std::vector<Mention> mentions; // sorted by begin, non-overlapping
    int datelineEnd = 0;           // tokens before this index belong to the dateline
    std::vector<const WordInfo*> words; // per token: what the lexicon knows of it, or nullptr (looked up once)
    // The dependency parse, made on first use (parseTree()) and only for sentences a rule asks about: null
    // model means no parse. syntaxOf maps a token to the first treebank token inside it, tokenOf the reverse.
    const SyntaxModel* syntax = nullptr;
    const Document* document = nullptr;
    mutable bool parsed = false;
    mutable bool treeReady = false;
    mutable ParsedSentence tree;
    mutable std::vector<int> syntaxOf;
    mutable std::vector<int> tokenOf;

    // The parse of this sentence (made on the first call), or nullptr without a model.
    [[nodiscard]] const ParsedSentence* parseTree() const;

    // Whether token i belongs to a word class starting with `prefix` ("pronoun", "verb.light").
    [[nodiscard]] bool hasClass(int i, std::string_view prefix) const;
};

// Inserts `mention` into `mentions` (sorted by begin) after those that begin where it does; a push and a sort
// per mention made a sentence of many pronouns or roles quadratic.
inline void insertSorted(std::vector<Mention>& mentions, Mention mention)
{
    const auto at = std::upper_bound(mentions.begin(), mentions.end(), mention.begin,
                                     [](int begin, const Mention& other) { return begin < other.begin; });
    mentions.insert(at, std::move(mention));
}

// Classes of a comma-separated class list that start with `prefix`.
[[nodiscard]] bool classListHas(std::string_view classes, std::string_view prefix);

// The actors of one article; agents are created on first mention, entities on demand.
class ActorTable {
public:
    explicit ActorTable(const Lexicon& lexicon)
        : m_lexicon(lexicon), m_entityActors(lexicon.data().entities.size(), -1)
    {
    }

    // The entity actor for a lexicon entity index (a state, organisation or group, or a named body).
    int entity(int lexiconIndex);
    // An agent with this id, created with the given name and kind if new.
    int agent(const std::string& id, const std::string& name, ActorKind kind, const std::string& entityCode,
              std::optional<std::string> parent);
    [[nodiscard]] const Actor& at(int index) const { return m_actors[static_cast<std::size_t>(index)]; }
    [[nodiscard]] Actor& at(int index) { return m_actors[static_cast<std::size_t>(index)]; }
    [[nodiscard]] int find(const std::string& id) const;
    [[nodiscard]] const std::vector<Actor>& all() const { return m_actors; }
    // The code of the top-level entity an actor belongs to.
    [[nodiscard]] const std::string& entityCode(int index) const { return at(index).entity; }

private:
    const Lexicon& m_lexicon;
    std::vector<Actor> m_actors;
    std::unordered_map<std::string, int> m_byId;
    std::vector<int> m_entityActors; // lexicon entity index -> actor index, -1 until first mentioned
};

// What the article has said so far, for references: "it", "the embassy", "the pact", "the statement".
struct Discourse {
    std::vector<int> lastSubject;       // actors of the latest analysed sentence's subject
    std::vector<int> previousSubject;   // the subject of the sentence before that
    std::vector<int> lastPlural;        // the last coordinated group or plural agent
    int lastPerson = -1;
    int lastSpeaker = -1;               // the issuer of the last statement
    std::vector<int> lastPactParties;   // the parties of the last agreement mentioned
    std::vector<int> lastEventActors;   // the actors of the last criticised or rejected act
    std::vector<int> lastEventCritics;  // who criticised or rejected that act
    std::map<std::string, int> surnames; // lower-case surname -> person actor
    std::map<std::string, int> lastByRole; // role name -> the last agent with that role
    std::vector<int> recentActors;       // every participant, most recent last
    std::optional<int> homeEntity;       // from the dateline: fallback owner of unowned roles
    int latestYear = 0;                  // the latest year the article names: a stand-in for its date
    std::optional<int> headlineEntity;   // the actor that opens the headline: the fallback when there is no dateline
    // Acts named with their authors ("the resolution drafted by X and Y", "X's proposal"), most recent last, so
    // "the resolution" or an unresolved "it" later in the article is the act of those actors.
    struct Act {
        std::string noun;        // lower-case, as written: "resolution", "sanctions"
        std::vector<int> owners; // who issued, drafted, signed or imposed it
        int sentence = 0;        // Discourse::sentence when it was named
    };
    std::vector<Act> acts;
    int sentence = 0; // counts analysed sentences
};

// The lower-case forms of tokens [begin, end) joined by single spaces (the key of lexicon phrase tables).
[[nodiscard]] std::string joinLower(const std::vector<Token>& tokens, int begin, int end);

// Lower-case ASCII slug for ids: "Embassy in Baghdad" -> "embassy-in-baghdad".
[[nodiscard]] std::string slug(std::string_view text);

// Finds names, demonyms, metonyms, bodies, agents, persons and references in one sentence.
void findMentions(SentenceAnalysis& analysis, const Document& document, const LexiconData& lexicon,
                  ActorTable& actors, Discourse& discourse);

// Resolves pronouns and descriptions, then records what later sentences may refer to.
void resolveReferences(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors,
                       Discourse& discourse);

// A relation found in one sentence, before aggregation.
struct Finding {
    RelationType type = RelationType::Invalid;
    int source = -1;
    int target = -1;
    int triggerBegin = 0; // token indexes
    int triggerEnd = 0;
    const char* rule = ""; // a string literal naming the rule
    double confidence = 0.0;
};

// Applies the relation rules to one analysed sentence.
[[nodiscard]] std::vector<Finding> findRelations(const SentenceAnalysis& analysis, const LexiconData& lexicon,
                                                 const ActorTable& actors, Discourse& discourse);

// Finds known people, surnames, pronouns and descriptions ("the statement", "both nations") in one sentence.
void findReferences(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors, Discourse& discourse);

// The mentions coordinated with mention `index` ("Iraq and Iran", "Britain, France and Germany"), in order.
[[nodiscard]] std::vector<int> coordinatedGroup(const SentenceAnalysis& analysis, int index);

// The actors a group of mentions stands for, without duplicates.
[[nodiscard]] std::vector<int> groupActors(const SentenceAnalysis& analysis, const std::vector<int>& group);

// Records a person and their surname so later mentions ("Bruce", "Mao") resolve to them.
void registerPerson(Discourse& discourse, const std::string& lowerName, int actor);

// Word-class helpers over words.tsv.
[[nodiscard]] bool hasClass(const LexiconData& lexicon, const std::string& word, std::string_view prefix);

} // namespace diplograph::core::detail
