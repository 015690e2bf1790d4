#pragma once

// The relation rules of one sentence, shared by relation_*.cpp: the scanning helpers (relation_scan.cpp), the
// verbal rules (relation_verbal.cpp), the nominal rules (relation_nominal.cpp) and the driver (relations.cpp).
#include "extract/analysis.h"

#include <string>
#include <vector>

namespace diplograph::core::detail {

struct TriggerHit {
    int begin = 0;
    int end = 0;
    const TriggerEntry* entry = nullptr;
};

class SentenceRules {
public:
    SentenceRules(const SentenceAnalysis& analysis, const LexiconData& lexicon, const ActorTable& actors,
                  Discourse& discourse)
        : m_analysis(analysis), m_tokens(analysis.tokens), m_lexicon(lexicon), m_actors(actors),
          m_discourse(discourse), m_count(static_cast<int>(analysis.tokens.size()))
    {
    }

    std::vector<Finding> run();

private:
    const Token& token(int i) const { return m_tokens[static_cast<std::size_t>(i)]; }
    bool is(int i, std::string_view lower) const { return i >= 0 && i < m_count && token(i).lower == lower; }
    bool wordClass(int i, std::string_view prefix) const
    {
        return m_analysis.hasClass(i, prefix);
    }

    void findTriggers();
    std::vector<TriggerHit>::const_iterator firstHitFrom(int i) const;
    const TriggerHit* triggerAt(int i) const;
    bool blocked(const TriggerHit& hit) const;
    bool isBoundary(int i) const;
    int firstMentionFrom(int i) const;
    int mentionStartingAt(int i) const;
    bool mentionEndingBefore(int i) const;
    int mentionEndingAt(int end) const; // the mention that ends at token `end`, or -1
    bool nounTrigger(int i) const;
    bool indefiniteNameBefore(int i) const;
    std::vector<int> leftParticipants(int position, int limit = 0) const;
    std::vector<int> rightParticipants(int position, int* stop = nullptr) const;
    std::vector<int> participantsOf(int mentionIndex) const;
    std::vector<int> statehoodOwner(int position, int reach) const;
    std::vector<int> speaker() const;
    std::vector<int> participleSubject(int position) const;
    bool quotedOrSubjectless(int position) const;

    void transitive(const TriggerHit& hit);
    void accusation(const TriggerHit& hit);
    void evaluative(const TriggerHit& hit);
    void negatedAcceptance();
    bool reportedBefore(int position) const;
    void correctiveDemand();
    void nominalDemand();
    void visits();
    void brokers();
    void heldResponsible();
    void protestActs();
    bool negatedAcrossParenthetical(const TriggerHit& hit) const;
    bool background() const;
    bool wishedFor(const TriggerHit& hit) const;
    std::vector<int> ownerBefore(int position) const;
    void symmetric(const TriggerHit& hit);
    void nominal(const TriggerHit& hit);
    bool inverse(const TriggerHit& hit);
    // The dependency-tree rules (relation_tree.cpp).
    int mentionAtToken(int i) const;
    int treeMention(int syntaxToken) const;
    std::vector<int> treePhrase(int head, int depth = 0) const;
    std::vector<int> treeOwners(int head, int depth) const;
    std::vector<int> treeSubject(int head) const;
    bool treeBlocked(int predicate) const;
    void treeRule(const TriggerHit& hit);
    std::vector<int> verifySubjects();
    void recordActs();
    void rememberAct(std::string_view noun, const std::vector<int>& owners);
    const Discourse::Act* recentAct(std::string_view noun) const;
    bool distantPassive(const TriggerHit& hit) const;
    bool nominalUndone(const TriggerHit& hit) const;

    void emit(RelationType type, const std::vector<int>& sources, const std::vector<int>& targets,
              const TriggerHit& hit, const char* rule, double confidence);
    void emitPairs(const std::vector<int>& group, const TriggerHit& hit, const char* rule, double confidence);

    const SentenceAnalysis& m_analysis;
    const std::vector<Token>& m_tokens;
    const LexiconData& m_lexicon;
    const ActorTable& m_actors;
    Discourse& m_discourse;
    int m_count = 0;
    std::vector<TriggerHit> m_hits;
    int m_attributionBegin = -1; // "according to X,", or a fronted phrase up to its comma: kept apart; -1 if none
    int m_attributionEnd = -1;
    static constexpr int kNone = 1 << 30;
    int m_longestHit = 1;               // tokens in the longest hit
    int m_firstDirectiveThat = kNone;   // token index of the first "that" after a directive verb
    int m_firstDenialThat = kNone;      // token index of the first "that" after "denied"
    std::vector<bool> m_conditionalBefore; // per token: an "if"/"unless"/"whether" before it in its clause
    std::vector<int> m_quotesBefore;       // per token: the '"' tokens before it
    std::vector<Finding> m_findings;
};

inline constexpr double kStrongNoun = 0.7;          // weaker nominal triggers need a light verb ("has close ties with")
inline constexpr int kFirstParticipantWindow = 12; // tokens from the trigger to the first object
inline constexpr int kNextParticipantWindow = 7;   // tokens from one object to the next

inline bool isParticipant(const Mention& mention)
{
    return !mention.location && !mention.modifier && !mention.nonAgentHead && !mention.actors.empty();
}

inline bool isParticipantOrModifier(const Mention& mention)
{
    return !mention.location && !mention.nonAgentHead && !mention.actors.empty();
}

// The key under which accusers are remembered as an act ("the accusations"); no word of text looks like it.
inline constexpr std::string_view kClaimAct = "#claim";
inline constexpr std::string_view kCriticismAct = "#criticism";

inline bool verbal(TriggerFrame frame)
{
    return frame == TriggerFrame::Transitive || frame == TriggerFrame::Symmetric || frame == TriggerFrame::Speech ||
           frame == TriggerFrame::Accusation;
}

} // namespace diplograph::core::detail
