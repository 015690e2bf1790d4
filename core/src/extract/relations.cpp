// Relation rules over one analysed sentence: triggers, their subject and object phrases, voice,
// coordination, nominal patterns and references to earlier pacts and acts. docs/extraction.md lists them.
#include "extract/analysis.h"

#include <algorithm>
#include <set>

namespace diplograph::core::detail {

namespace {

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
    const TriggerHit* triggerAt(int i) const;
    bool blocked(const TriggerHit& hit) const;
    bool isBoundary(int i) const;
    int mentionStartingAt(int i) const;
    bool mentionEndingBefore(int i) const;
    bool nounTrigger(int i) const;
    bool indefiniteNameBefore(int i) const;
    std::vector<int> leftParticipants(int position, int limit = 0) const;
    std::vector<int> rightParticipants(int position, int* stop = nullptr) const;
    std::vector<int> participantsOf(int mentionIndex) const;
    std::vector<int> speaker() const;

    void proposalSponsors();
    void transitive(const TriggerHit& hit);
    void accusation(const TriggerHit& hit);
    void symmetric(const TriggerHit& hit);
    void nominal(const TriggerHit& hit);
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
    std::vector<Finding> m_findings;
};

constexpr double kStrongNoun = 0.7;          // weaker nominal triggers need a light verb ("has close ties with")
constexpr int kFirstParticipantWindow = 12; // tokens from the trigger to the first object
constexpr int kNextParticipantWindow = 7;   // tokens from one object to the next

bool isParticipant(const Mention& mention)
{
    return !mention.location && !mention.modifier && !mention.nonAgentHead && !mention.actors.empty();
}

bool isParticipantOrModifier(const Mention& mention)
{
    return !mention.location && !mention.nonAgentHead && !mention.actors.empty();
}

bool verbal(TriggerFrame frame)
{
    return frame == TriggerFrame::Transitive || frame == TriggerFrame::Symmetric || frame == TriggerFrame::Speech ||
           frame == TriggerFrame::Accusation;
}

} // namespace

std::vector<int> coordinatedGroup(const SentenceAnalysis& analysis, int index)
{
    const auto& mentions = analysis.mentions;
    const auto& tokens = analysis.tokens;
    // Only commas, "and", "as well as", "both" and articles may stand between coordinated mentions.
    auto joined = [&](const Mention& left, const Mention& right) {
        bool connector = false;
        if (right.begin - left.end > 5 || right.begin < left.end) {
            return false;
        }
        for (int i = left.end; i < right.begin; ++i) {
            const auto& lower = tokens[static_cast<std::size_t>(i)].lower;
            if (lower == "," || lower == "and" || lower == "&") {
                connector = true;
            } else if (lower != "as" && lower != "well" && lower != "the" && lower != "both") {
                return false;
            }
        }
        return connector;
    };
    std::vector<int> group{index};
    for (int m = index; m + 1 < static_cast<int>(mentions.size()); ++m) {
        const auto& next = mentions[static_cast<std::size_t>(m + 1)];
        if (next.location || !joined(mentions[static_cast<std::size_t>(m)], next)) {
            break;
        }
        group.push_back(m + 1);
    }
    for (int m = index; m > 0; --m) {
        const auto& previous = mentions[static_cast<std::size_t>(m - 1)];
        if (previous.location || !joined(previous, mentions[static_cast<std::size_t>(m)])) {
            break;
        }
        group.insert(group.begin(), m - 1);
    }
    return group;
}

std::vector<int> groupActors(const SentenceAnalysis& analysis, const std::vector<int>& group)
{
    std::vector<int> result;
    for (const int m : group) {
        for (const int actor : analysis.mentions[static_cast<std::size_t>(m)].actors) {
            if (std::find(result.begin(), result.end(), actor) == result.end()) {
                result.push_back(actor);
            }
        }
    }
    return result;
}

namespace {

void SentenceRules::findTriggers()
{
    for (int i = 0; i < m_count; ++i) {
        const auto* info = m_analysis.words[static_cast<std::size_t>(i)];
        if (!info || info->triggers.empty()) {
            continue;
        }
        std::vector<const TriggerEntry*> best;
        std::size_t bestLength = 0;
        for (const int index : info->triggers) {
            const auto& entry = m_lexicon.triggers[static_cast<std::size_t>(index)];
            if (i + static_cast<int>(entry.tokens.size()) > m_count) {
                continue;
            }
            bool match = true;
            for (std::size_t k = 1; k < entry.tokens.size() && match; ++k) {
                match = token(i + static_cast<int>(k)).lower == entry.tokens[k];
            }
            if (!match || entry.tokens.size() < bestLength) {
                continue;
            }
            if (entry.tokens.size() > bestLength) {
                best.clear();
                bestLength = entry.tokens.size();
            }
            best.push_back(&entry);
        }
        if (best.empty()) {
            continue;
        }
        // A word that is both verb and noun ("support", "visit"): a determiner or possessive before it makes a noun.
        const bool nounContext = is(i + static_cast<int>(bestLength), "of") || (i > 0 && (wordClass(i - 1, "determiner") || is(i - 1, "'s") ||
                                           wordClass(i - 1, "pronoun.singular.possessive") ||
                                           wordClass(i - 1, "pronoun.plural.possessive") || is(i - 1, "of") ||
                                           is(i - 1, "-")));
        const TriggerEntry* chosen = nullptr;
        for (const auto* entry : best) {
            const bool nounFrame = !verbal(entry->frame);
            if (nounFrame == nounContext && entry->frame != TriggerFrame::Event && entry->frame != TriggerFrame::Pact) {
                chosen = entry;
                break;
            }
        }
        if (!chosen) {
            // "its allies", "a meeting": a verb trigger used as a noun carries no relation of its own,
            // but negation, modal, event and pact words work in any context.
            for (const auto* entry : best) {
                if (!verbal(entry->frame) || !nounContext) {
                    chosen = entry;
                    break;
                }
            }
        }
        if (!chosen) {
            i += static_cast<int>(bestLength) - 1;
            continue;
        }
        m_hits.push_back({i, i + static_cast<int>(bestLength), chosen});
        // A pact noun is also a cooperation noun; keep both readings.
        for (const auto* entry : best) {
            if (entry != chosen && (entry->frame == TriggerFrame::Pact || entry->frame == TriggerFrame::Event)) {
                m_hits.push_back({i, i + static_cast<int>(bestLength), entry});
            }
        }
        i += static_cast<int>(bestLength) - 1;
    }
}

const TriggerHit* SentenceRules::triggerAt(int i) const
{
    for (const auto& hit : m_hits) {
        if (hit.begin == i) {
            return &hit;
        }
    }
    return nullptr;
}

bool SentenceRules::isBoundary(int i) const
{
    const auto& lower = token(i).lower;
    return lower == ";" || lower == ":" || lower == "\"" || wordClass(i, "boundary");
}

// Negated ("did not condemn", "refused to sign"), hypothetical ("would reject", "if ... agree") or a question.
bool SentenceRules::blocked(const TriggerHit& hit) const
{
    if (m_count > 0 && token(m_count - 1).text == "?") {
        return true;
    }
    for (const auto& other : m_hits) {
        if (other.end > hit.begin || other.end < hit.begin - 3) {
            continue;
        }
        if (other.entry->frame == TriggerFrame::Negative || other.entry->frame == TriggerFrame::Modal) {
            // "no" before a noun trigger ("no agreement") negates it; before a verb it rarely does.
            if (other.entry->lemma == "no" && verbal(hit.entry->frame)) {
                continue;
            }
            return true;
        }
    }
    // "refused to ...": the refusal of an action is not a rejection of an actor.
    if (hit.entry->lemma == "refuse" && is(hit.end, "to")) {
        return true;
    }
    // "urged X to support Y", "threatened to sever ties": a directive or intention, not an act.
    if (hit.begin > 0 && is(hit.begin - 1, "to")) {
        for (int i = hit.begin - 2; i >= std::max(0, hit.begin - 8) && !isBoundary(i); --i) {
            if (wordClass(i, "verb.directive")) {
                return true;
            }
        }
    }
    // "demanded that its partners refuse to ...": the content of a demand has not happened.
    for (int i = hit.begin - 1; i > 0 && (verbal(hit.entry->frame) || hit.entry->frame == TriggerFrame::Negative); --i) {
        if (is(i, "that") && (wordClass(i - 1, "verb.directive") || (i > 1 && wordClass(i - 2, "verb.directive")))) {
            return true;
        }
    }
    // "if" or "unless" earlier in the same clause.
    for (int i = hit.begin - 1; i >= 0 && !is(i, ";") && !is(i, ","); --i) {
        if (is(i, "if") || is(i, "unless") || is(i, "whether")) {
            return true;
        }
    }
    return false;
}

bool SentenceRules::mentionEndingBefore(int i) const
{
    return std::any_of(m_analysis.mentions.begin(), m_analysis.mentions.end(),
                       [i](const Mention& mention) { return mention.end == i; });
}

// "a US offer": a name right before `i` that an indefinite article introduces.
bool SentenceRules::indefiniteNameBefore(int i) const
{
    return std::any_of(m_analysis.mentions.begin(), m_analysis.mentions.end(), [&](const Mention& mention) {
        return mention.end == i && mention.begin > 0 && (is(mention.begin - 1, "a") || is(mention.begin - 1, "an"));
    });
}

bool SentenceRules::nounTrigger(int i) const
{
    return std::any_of(m_hits.begin(), m_hits.end(), [i](const TriggerHit& hit) {
        return hit.begin == i && hit.entry->frame == TriggerFrame::Nominal;
    });
}

int SentenceRules::mentionStartingAt(int i) const
{
    for (std::size_t m = 0; m < m_analysis.mentions.size(); ++m) {
        if (m_analysis.mentions[m].begin == i) {
            return static_cast<int>(m);
        }
    }
    return -1;
}

std::vector<int> SentenceRules::participantsOf(int mentionIndex) const
{
    std::vector<int> group;
    for (const int m : coordinatedGroup(m_analysis, mentionIndex)) {
        if (isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
            group.push_back(m);
        }
    }
    return groupActors(m_analysis, group);
}

// The subject: the nearest participant before `position` within its clause.
std::vector<int> SentenceRules::leftParticipants(int position, int limit) const
{
    // "Tajikistan, which borders Afghanistan, hosts ...", "Rakhmon, whose government ..., made ...":
    // a parenthetical between the subject and its verb is skipped.
    for (int c = position - 1; c > 0; --c) {
        if (mentionEndingBefore(c + 1) || isBoundary(c)) {
            break;
        }
        if (!is(c, ",")) {
            continue;
        }
        int open = c - 1;
        while (open >= 0 && !is(open, ",") && !is(open, ";")) {
            --open;
        }
        if (open > 0 && is(open, ",") && (wordClass(open + 1, "boundary") || mentionStartingAt(open + 1) >= 0)) {
            position = open;
        }
        break;
    }
    int scanFrom = position;
    for (int m = static_cast<int>(m_analysis.mentions.size()) - 1; m >= 0; --m) {
        const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
        if (mention.end > position) {
            continue;
        }
        for (int i = mention.end; i < scanFrom; ++i) {
            if (isBoundary(i)) {
                // "Rakhmon, whose government has ...", "Egypt, which signed ...": the relative's antecedent.
                if ((is(i, "whose") || is(i, "which") || is(i, "who")) && i == mention.end + 1 && is(mention.end, ",") &&
                    isParticipant(mention)) {
                    return participantsOf(m);
                }
                return {};
            }
        }
        scanFrom = mention.begin;
        if (mention.begin < limit) {
            return {};
        }
        // "US mediation", "Iran's support": a name that modifies a noun is not the subject.
        if (isParticipant(mention) && !(mention.end < m_count && nounTrigger(mention.end))) {
            return participantsOf(m);
        }
    }
    return {};
}

// The object phrase: participants after `position` up to the end of the clause.
std::vector<int> SentenceRules::rightParticipants(int position, int* stop) const
{
    std::vector<int> result;
    bool sawReference = false;
    int lastParticipantEnd = position;
    const int limit = std::min(m_count, position + 30);
    int i = position;
    for (; i < limit; ++i) {
        if (isBoundary(i) && i > position) {
            break;
        }
        // "criticized X for opposing ...", "accused X of violating ...": the reason is a clause of its own.
        if ((is(i, "for") || is(i, "of")) && i + 1 < m_count &&
            (token(i + 1).lower.ends_with("ing") || wordClass(i + 1, "pronoun"))) {
            break;
        }
        // The object phrase names its participants early and together; far-off names belong to other phrases.
        if ((result.empty() && i - position > kFirstParticipantWindow) ||
            (!result.empty() && i - lastParticipantEnd > kNextParticipantWindow)) {
            break;
        }
        if (const auto* hit = triggerAt(i); hit && i > position && verbal(hit->entry->frame) && !is(i - 1, "to") &&
                                               hit->entry->frame != TriggerFrame::Speech) {
            // "opposes and strongly condemns the move": coordinated verbs share their object.
            bool coordinatedVerb = result.empty();
            for (int k = position; k < i && coordinatedVerb; ++k) {
                coordinatedVerb = is(k, "and") || is(k, ",") || token(k).lower.ends_with("ly");
            }
            if (!coordinatedVerb) {
                break;
            }
            i = hit->end - 1;
            continue;
        }
        // "... and expressed solidarity with Y": a second verb phrase starts.
        if (is(i, "and") && i + 1 < m_count && (wordClass(i + 1, "verb.light") || triggerAt(i + 1))) {
            break;
        }
        // "condemned X for its attacks", "opposed X's mediation in talks with Y": after the object,
        // a reason or a circumstance follows.
        if (!result.empty() && (is(i, "for") || wordClass(i, "preposition.circumstance"))) {
            break;
        }
        // ", the White House said": the attribution closes the object phrase.
        if (is(i, ",")) {
            bool attribution = false;
            for (int k = i + 1; k < std::min(m_count, i + 6); ++k) {
                if (const auto* speech = triggerAt(k); speech && speech->entry->frame == TriggerFrame::Speech) {
                    attribution = true;
                }
            }
            if (attribution) {
                break;
            }
        }
        // "any laws that could make ...", "warned that X would ...": a clause is not the object.
        if (is(i, "that")) {
            break;
        }
        // "summons X, invokes Y": a comma before a lowercase word starts another clause.
        if (!result.empty() && is(i, ",") && i + 1 < m_count && token(i + 1).kind == TokenKind::Word &&
            !token(i + 1).capitalised && !is(i + 1, "and") && !is(i + 1, "as") && !is(i + 1, "or") &&
            !wordClass(i + 1, "determiner") && !is(i + 1, "both")) {
            break;
        }
        // "X's support for Y in their struggle against Z": Z is the adversary of the phrase, not its object.
        if (!result.empty() && is(i, "against")) {
            break;
        }
        // "voted against it", "rejected the resolution": a recent proposal's sponsors.
        if (result.empty() && !m_discourse.proposalSponsors.empty() && m_discourse.sentencesSinceProposal <= 2 &&
            ((i == position && is(i, "it")) || (wordClass(i, "noun.proposal") && i > 0 && wordClass(i - 1, "determiner")))) {
            result = m_discourse.proposalSponsors;
            sawReference = true;
            continue;
        }
        if (const int m = mentionStartingAt(i); m >= 0) {
            const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
            if (isParticipant(mention)) {
                lastParticipantEnd = mention.end;
                for (const int actor : mention.actors) {
                    if (std::find(result.begin(), result.end(), actor) == result.end()) {
                        result.push_back(actor);
                    }
                }
            }
            i = mention.end - 1;
            continue;
        }
        // "the pact", "this agreement", "the move": an act or pact named earlier, when no party is named here.
        const bool determined = (i > 0 && (wordClass(i - 1, "determiner") || is(i - 1, "such"))) ||
                                (i > 1 && token(i - 1).kind == TokenKind::Word && wordClass(i - 2, "determiner"));
        if (!sawReference && result.empty() && determined) {
            for (const auto& hit : m_hits) {
                if (hit.begin != i) {
                    continue;
                }
                if (hit.entry->frame == TriggerFrame::Pact && !m_discourse.lastPactParties.empty()) {
                    result = m_discourse.lastPactParties;
                    sawReference = true;
                } else if (hit.entry->frame == TriggerFrame::Event) {
                    // "condemned the launch": the act last criticised, else the act the previous sentence reported.
                    result = !m_discourse.lastEventActors.empty() ? m_discourse.lastEventActors
                                                                  : m_discourse.previousSubject;
                    sawReference = !result.empty();
                }
            }
        }
    }
    if (stop) {
        *stop = i;
    }
    return result;
}

// Who speaks in this sentence: "X said", "said X", "according to X".
std::vector<int> SentenceRules::speaker() const
{
    for (const auto& hit : m_hits) {
        if (hit.entry->frame != TriggerFrame::Speech) {
            continue;
        }
        if (hit.entry->lemma == "according to") {
            if (const int m = mentionStartingAt(hit.end); m >= 0) {
                return participantsOf(m);
            }
            continue;
        }
        if (auto left = leftParticipants(hit.begin); !left.empty()) {
            return left;
        }
        for (int i = hit.end; i < std::min(m_count, hit.end + 3); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                return participantsOf(m);
            }
        }
    }
    return {};
}

void SentenceRules::emit(RelationType type, const std::vector<int>& sources, const std::vector<int>& targets,
                         const TriggerHit& hit, const char* rule, double confidence)
{
    for (const int source : sources) {
        for (const int target : targets) {
            if (m_actors.entityCode(source) == m_actors.entityCode(target)) {
                continue; // relations to oneself are dropped
            }
            m_findings.push_back({type, source, target, hit.begin, hit.end, rule, confidence});
        }
    }
}

void SentenceRules::emitPairs(const std::vector<int>& group, const TriggerHit& hit, const char* rule,
                              double confidence)
{
    for (std::size_t a = 0; a < group.size(); ++a) {
        for (std::size_t b = a + 1; b < group.size(); ++b) {
            emit(RelationType::Cooperation, {group[a]}, {group[b]}, hit, rule, confidence);
        }
    }
    if (group.size() >= 2) {
        m_discourse.lastPactParties = group;
    }
}

void SentenceRules::transitive(const TriggerHit& hit)
{
    const auto type = hit.entry->type;
    double confidence = hit.entry->confidence;
    // "accused X of ... by supporting Y": the content of an allegation is not a reported act.
    if (token(hit.begin).lower.ends_with("ing") && hit.begin > 0 && (is(hit.begin - 1, "by") || is(hit.begin - 1, "of"))) {
        for (int i = hit.begin - 2; i >= 0 && !is(i, ";"); --i) {
            if (wordClass(i, "trigger.allegation")) {
                return;
            }
        }
    }
    // "the US deal to sell arms to Taiwan", "its intent to sell": the noun's owner acts.
    std::vector<int> infinitiveOwner;
    if (hit.begin > 1 && is(hit.begin - 1, "to")) {
        for (int i = hit.begin - 2; i >= std::max(0, hit.begin - 5); --i) {
            if (mentionEndingBefore(i + 1) || mentionEndingBefore(i)) {
                for (std::size_t m = 0; m < m_analysis.mentions.size(); ++m) {
                    const auto& mention = m_analysis.mentions[m];
                    if ((mention.end == i + 1 || mention.end == i) && isParticipantOrModifier(mention) &&
                        (mention.possessive || mention.kind == MentionKind::Pronoun || nounTrigger(mention.end) ||
                         (mention.end < m_count && token(mention.end).kind == TokenKind::Word && !token(mention.end).capitalised))) {
                        infinitiveOwner = participantsOf(static_cast<int>(m));
                    }
                }
                break;
            }
            if (token(i).kind != TokenKind::Word || isBoundary(i) || wordClass(i, "verb.light") || wordClass(i, "verb.directive")) {
                break;
            }
        }
    }
    // "with visiting ministers", "the ruling party": a participle used as an adjective.
    if (hit.begin > 0 && token(hit.begin).lower.ends_with("ing") &&
        (wordClass(hit.begin - 1, "determiner") || is(hit.begin - 1, "with"))) {
        return;
    }
    // "a resolution censuring X": a participle describing a thing, whose source is not an actor.
    if (hit.begin > 0 && token(hit.begin).lower.ends_with("ing")) {
        const auto& previous = token(hit.begin - 1);
        if (previous.kind == TokenKind::Word && !previous.capitalised && !previous.lower.ends_with("ly") &&
            !wordClass(hit.begin - 1, "pronoun") && !wordClass(hit.begin - 1, "connective") &&
            !wordClass(hit.begin - 1, "auxiliary") &&
            mentionStartingAt(hit.begin - 1) < 0) {
            bool ownMention = false;
            for (const auto& mention : m_analysis.mentions) {
                ownMention = ownMention || mention.end == hit.begin;
            }
            if (!ownMention) {
                return;
            }
        }
    }
    // "Iran-backed militias": the compound names the source, the noun after it the target.
    if (hit.begin >= 2 && is(hit.begin - 1, "-")) {
        for (const auto& mention : m_analysis.mentions) {
            if (mention.end == hit.begin - 1 && mention.modifier) {
                if (type == RelationType::Cooperation) {
                    return; // "Iran-backed militias": a description, not a reported act of support
                }
                for (int i = hit.end; i < std::min(m_count, hit.end + 4); ++i) {
                    if (const int m = mentionStartingAt(i); m >= 0) {
                        emit(type, mention.actors, participantsOf(m), hit, "compound.modifier", confidence * 0.9);
                        break;
                    }
                }
                return;
            }
        }
    }
    // Passive: "was criticized by X", "drafted ... and backed by X".
    const bool byFollows = hit.end < m_count && is(hit.end, "by");
    const bool beBefore = (hit.begin >= 1 && (is(hit.begin - 1, "was") || is(hit.begin - 1, "were") || is(hit.begin - 1, "been") ||
                                               is(hit.begin - 1, "is") || is(hit.begin - 1, "are") || is(hit.begin - 1, "being"))) ||
                          (hit.begin >= 2 && (is(hit.begin - 2, "was") || is(hit.begin - 2, "were") || is(hit.begin - 2, "been") ||
                                               is(hit.begin - 2, "is") || is(hit.begin - 2, "are")));
    if (byFollows || (beBefore && token(hit.begin).lower.ends_with("ed"))) {
        int agentStart = hit.end;
        while (agentStart < std::min(m_count, hit.end + 8) && !is(agentStart, "by")) {
            ++agentStart;
        }
        if (is(agentStart, "by")) {
            int stop = 0;
            const auto sources = rightParticipants(agentStart + 1, &stop);
            const auto targets = leftParticipants(hit.begin);
            if (type == RelationType::Cooperation && !sources.empty() && !targets.empty()) {
                emit(type, sources, targets, hit, "passive.by", confidence * 0.9);
            } else {
                emit(type, sources, targets, hit, "passive.by", confidence * 0.9);
            }
            return;
        }
    }
    auto sources = infinitiveOwner.empty() ? leftParticipants(hit.begin) : infinitiveOwner;
    const char* rule = infinitiveOwner.empty() ? "svo.active" : "svo.infinitive-owner";
    if (sources.empty()) {
        sources = speaker();
        rule = "svo.reported";
        confidence *= 0.85;
    }
    int stop = 0;
    const auto targets = rightParticipants(hit.end, &stop);
    emit(type, sources, targets, hit, rule, confidence);
    // "denounced as a lie a claim made by X": criticising a claim also rejects it.
    if (type == RelationType::Criticism && !targets.empty()) {
        for (int i = hit.end; i < stop; ++i) {
            if (wordClass(i, "noun.claim")) {
                emit(RelationType::Rejection, sources, targets, hit, "criticism.of-claim", confidence * 0.8);
                break;
            }
        }
    }
    if (type != RelationType::Cooperation && !targets.empty()) {
        m_discourse.lastEventActors = targets;
    }
    if (!sources.empty() && type != RelationType::Cooperation) {
        m_discourse.lastSpeaker = sources.front();
    }
    // "criticized X for opposing the pact": X is the source of the reason's relation.
    if (is(stop, "for") && stop + 1 < m_count && !wordClass(hit.begin, "trigger.allegation")) {
        if (const auto* reason = triggerAt(stop + 1); reason && verbal(reason->entry->frame) &&
                                                      reason->entry->frame != TriggerFrame::Speech) {
            const auto reasonTargets = rightParticipants(reason->end);
            emit(reason->entry->type, targets, reasonTargets, *reason, "reason.for", reason->entry->confidence * 0.85);
        }
    }
}

// "The statement said the MOU violates Somalia's sovereignty", "'... has been violated by Ethiopia,' it said":
// reported speech that accuses someone is the speaker's criticism of them.
void SentenceRules::accusation(const TriggerHit& hit)
{
    auto speakers = speaker();
    if (speakers.empty()) {
        const bool quoted = std::any_of(m_tokens.begin(), m_tokens.end(), [](const Token& t) { return t.text == "\""; });
        if (quoted && m_discourse.lastSpeaker >= 0) {
            speakers = {m_discourse.lastSpeaker};
        }
    }
    if (speakers.empty()) {
        return;
    }
    std::vector<int> agents;
    int byAt = hit.end;
    while (byAt < std::min(m_count, hit.end + 3) && !is(byAt, "by")) {
        ++byAt;
    }
    if (is(byAt, "by")) {
        agents = rightParticipants(byAt + 1);
    } else {
        agents = leftParticipants(hit.begin);
        // "the MOU violates ...": a pact named before acts through its parties.
        if (agents.empty() && hit.begin >= 2 && wordClass(hit.begin - 2, "determiner")) {
            for (const auto& other : m_hits) {
                if (other.begin == hit.begin - 1 && other.entry->frame == TriggerFrame::Pact) {
                    agents = m_discourse.lastPactParties;
                }
            }
        }
    }
    std::erase_if(agents, [&](int actor) {
        return std::any_of(speakers.begin(), speakers.end(),
                           [&](int s) { return m_actors.entityCode(s) == m_actors.entityCode(actor); });
    });
    emit(RelationType::Criticism, speakers, agents, hit, "speech.accusation", hit.entry->confidence * 0.85);
}

void SentenceRules::symmetric(const TriggerHit& hit)
{
    const double confidence = hit.entry->confidence;
    // "signed between X and Y": the parties follow.
    if (is(hit.end, "between")) {
        for (int i = hit.end + 1; i < std::min(m_count, hit.end + 4); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                emitPairs(participantsOf(m), hit, "symmetric.between", confidence);
                break;
            }
        }
        return;
    }
    if (token(hit.begin).lower.ends_with("ed")) {
        for (int i = hit.end; i < std::min(m_count, hit.end + 6); ++i) {
            if (is(i, "by")) {
                // "drafted by Britain, France and Germany": the agents acted jointly; "signed in Baghdad by X"
                // describes the pact and is no new one.
                const auto agents = is(hit.end, "by") ? rightParticipants(i + 1) : std::vector<int>{};
                if (agents.size() >= 2) {
                    emitPairs(agents, hit, "symmetric.joint-agents", confidence * 0.8);
                }
                return;
            }
        }
    }
    auto subjects = leftParticipants(hit.begin);
    if (subjects.size() >= 2) {
        emitPairs(subjects, hit, "symmetric.coordinated", confidence);
        return;
    }
    if (subjects.empty()) {
        subjects = speaker();
    }
    // The partner: "met (with) Y" right after the verb, or "signed a deal with Y" a few words on.
    std::vector<int> partners;
    for (int i = hit.end; i < std::min(m_count, hit.end + 6) && !isBoundary(i) && !is(i, ","); ++i) {
        const bool direct = i - hit.end <= 1 || (i - hit.end == 2 && is(hit.end, "the"));
        const int m = mentionStartingAt(i);
        if (m >= 0 && direct && !token(hit.begin).lower.ends_with("ing")) {
            partners = participantsOf(m);
            break;
        }
        if (is(i, "with")) {
            partners = rightParticipants(i + 1);
            break;
        }
        if (m >= 0) {
            break;
        }
    }
    if (!subjects.empty() && !partners.empty()) {
        emit(RelationType::Cooperation, subjects, {partners.front()}, hit, "symmetric.with", confidence * 0.9);
        std::vector<int> pair{subjects.front(), partners.front()};
        m_discourse.lastPactParties = pair;
    }
}

void SentenceRules::nominal(const TriggerHit& hit)
{
    const auto type = hit.entry->type;
    const double confidence = hit.entry->confidence;
    // Look left over a few modifiers: "Iraq-Iran security cooperation", "their recent agreement", "China's criticism".
    for (int i = hit.begin - 1, skipped = 0; i >= 0 && skipped <= 3; --i, ++skipped) {
        const int m = [&] {
            for (std::size_t k = 0; k < m_analysis.mentions.size(); ++k) {
                if (m_analysis.mentions[k].end == i + 1 || (is(i, "'s") && m_analysis.mentions[k].end == i)) {
                    return static_cast<int>(k);
                }
            }
            return -1;
        }();
        if (m >= 0) {
            const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
            if (mention.location) {
                break;
            }
            // "X-Y cooperation": a hyphenated pair; weak nouns ("US-China ties") name a topic, not an act.
            if (hit.entry->confidence < kStrongNoun) {
                break;
            }
            if (m > 0 && is(mention.begin - 1, "-") && m_analysis.mentions[static_cast<std::size_t>(m - 1)].end == mention.begin - 1) {
                if (type == RelationType::Cooperation) {
                    std::vector<int> pair = m_analysis.mentions[static_cast<std::size_t>(m - 1)].actors;
                    pair.insert(pair.end(), mention.actors.begin(), mention.actors.end());
                    emitPairs(pair, hit, "nominal.hyphen-pair", confidence);
                }
                return;
            }
            const auto owners = mention.kind == MentionKind::Pronoun ? mention.actors : participantsOf(m);
            const bool linkedAfter = hit.end < m_count && (is(hit.end, "of") || is(hit.end, "with") || is(hit.end, "to") ||
                                                           is(hit.end, "for") || is(hit.end, "against"));
            if (type == RelationType::Cooperation && owners.size() >= 2 && !linkedAfter &&
                (mention.possessive || mention.kind == MentionKind::Pronoun) && hit.entry->confidence >= kStrongNoun) {
                emitPairs(owners, hit, "nominal.joint-owner", confidence * 0.9);
                return;
            }
            const bool owner = mention.possessive || mention.kind == MentionKind::Pronoun ||
                               ((mention.kind == MentionKind::Demonym || !mention.actors.empty()) && skipped == 0);
            if (owner) {
                // "China's criticism of Y", "Iran's cooperation with Y", "US objections".
                const bool linked = hit.end < m_count && (is(hit.end, "of") || is(hit.end, "with") || is(hit.end, "to") ||
                                                           is(hit.end, "for") || is(hit.end, "against") ||
                                                           (type != RelationType::Cooperation && token(hit.end).lower.ends_with("ing")));
                if (linked) {
                    const auto targets = rightParticipants(hit.end + 1);
                    emit(type, owners, targets, hit, "nominal.possessor", confidence * 0.85);
                    if (type == RelationType::Cooperation && !owners.empty() && !targets.empty()) {
                        m_discourse.lastPactParties = {owners.front(), targets.front()};
                    }
                    return;
                }
                break; // "it had filed lawsuits ... against Y": the light-verb rule below decides
            }
        }
        if (token(i).kind != TokenKind::Word || isBoundary(i)) {
            break;
        }
    }
    // "cooperation between X and Y", "talks with Y" after a subject, "support to Y" after a subject.
    int between = hit.end;
    while (between < std::min(m_count, hit.end + 5) && !is(between, "between") && token(between).kind == TokenKind::Word &&
           !isBoundary(between)) {
        ++between;
    }
    if (between < m_count && is(between, "between") && (between == hit.end || wordClass(hit.begin, "noun.mediation"))) {
        for (int i = between + 1; i < std::min(m_count, between + 4); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                const auto parties = participantsOf(m);
                if (wordClass(hit.begin, "noun.mediation")) {
                    // "X's mediation between Y and Z": the mediator works with each party.
                    emit(RelationType::Cooperation, leftParticipants(hit.begin), parties, hit, "nominal.mediation",
                         confidence * 0.8);
                } else {
                    emitPairs(parties, hit, "nominal.between", confidence);
                }
                break;
            }
        }
        return;
    }
    // "held talks with Y", "voiced criticism of Y", "filed lawsuits at the WTO against Y": a light verb
    // before the noun makes the clause's subject its source.
    int verb = hit.begin - 1;
    // Skip determiners and modifiers, compound ones included ("a one-week ultimatum").
    while (verb >= 0 && hit.begin - verb <= 5 && !wordClass(verb, "verb.light") && !is(verb, "that") &&
           !is(verb, "in") && !is(verb, "at") && !is(verb, "during") &&
           (token(verb).kind == TokenKind::Word || token(verb).kind == TokenKind::Number || is(verb, "-")) &&
           !isBoundary(verb) && !(triggerAt(verb) && verbal(triggerAt(verb)->entry->frame))) {
        --verb;
    }
    const bool situated = verb >= 0 && (is(verb, "in") || is(verb, "at") || is(verb, "during")) && is(hit.end, "with");
    if (verb < 0 || (!wordClass(verb, "verb.light") && !situated)) {
        return;
    }
    // "a US offer to host": a light verb after a determiner or a name is itself a noun.
    if (verb > 0 && !situated && (wordClass(verb - 1, "determiner") || is(verb - 1, "'s") || indefiniteNameBefore(verb))) {
        return;
    }
    if (type == RelationType::Cooperation && !is(hit.end, "with") && !is(hit.end, "between")) {
        // "Israel and Lebanon renewed negotiations", "X and Y upgraded their ties": a joint act.
        const auto subjects = leftParticipants(verb);
        if (subjects.size() >= 2) {
            emitPairs(subjects, hit, "nominal.joint-subjects", confidence * 0.85);
            return;
        }
    }
    int link = hit.end;
    // The preposition must belong to this noun: another trigger noun on the way takes it ("mediation in talks with").
    while (link < std::min(m_count, hit.end + 10) && !isBoundary(link) && !is(link, ",") && !nounTrigger(link) &&
           !(is(link, "with") || is(link, "of") || is(link, "to") || is(link, "for") || is(link, "against"))) {
        ++link;
    }
    if (link < m_count && (is(link, "with") || is(link, "of") || is(link, "to") || is(link, "for") || is(link, "against"))) {
        auto subjects = leftParticipants(verb);
        // "X agreed to mediation in talks with Y": the talks belong to another verb's object, not to X.
        if (situated) {
            for (int i = verb - 1; i >= 0 && !isBoundary(i); --i) {
                if (const auto* other = triggerAt(i); other && verbal(other->entry->frame)) {
                    subjects.clear();
                    break;
                }
            }
        }
        const auto targets = rightParticipants(link + 1);
        if (type == RelationType::Criticism && is(link, "against") && !targets.empty()) {
            for (int i = hit.end; i < link; ++i) {
                if (wordClass(i, "noun.proposal")) {
                    m_discourse.proposalTargets = targets; // "a censure resolution against Iran"
                }
            }
        }
        if (!subjects.empty() && !targets.empty()) {
            emit(type, subjects, targets, hit, "nominal.light-verb", confidence * 0.8);
            if (type == RelationType::Cooperation) {
                m_discourse.lastPactParties = {subjects.front(), targets.front()};
            }
        }
    }
}

// "The resolution, drafted by X, Y and Z and backed by W, ...": the sponsors of a proposal. When the
// proposal is against someone, its sponsors criticise that someone; co-drafters act jointly.
void SentenceRules::proposalSponsors()
{
    ++m_discourse.sentencesSinceProposal;
    int noun = -1;
    for (int i = 0; i < std::min(m_count, 4); ++i) {
        if (wordClass(i, "noun.proposal")) {
            noun = i;
            break;
        }
    }
    if (noun < 0) {
        return;
    }
    std::vector<int> sponsors;
    for (int i = noun + 1; i + 1 < m_count; ++i) {
        if (isBoundary(i)) {
            break;
        }
        if (!wordClass(i, "verb.sponsor") || !is(i + 1, "by")) {
            continue;
        }
        for (int k = i + 2; k < std::min(m_count, i + 5); ++k) {
            if (const int m = mentionStartingAt(k); m >= 0) {
                for (const int actor : participantsOf(m)) {
                    if (std::find(sponsors.begin(), sponsors.end(), actor) == sponsors.end()) {
                        sponsors.push_back(actor);
                    }
                }
                break;
            }
        }
    }
    if (sponsors.empty()) {
        return;
    }
    m_discourse.proposalSponsors = sponsors;
    m_discourse.sentencesSinceProposal = 0;
    if (!m_discourse.proposalTargets.empty()) {
        static const TriggerEntry kSponsorship{"sponsor", RelationType::Criticism, TriggerFrame::Transitive, 0.6, {}};
        const TriggerHit hit{noun, noun + 1, &kSponsorship};
        emit(RelationType::Criticism, sponsors, m_discourse.proposalTargets, hit, "proposal.sponsor", 0.6);
    }
}

std::vector<Finding> SentenceRules::run()
{
    findTriggers();
    proposalSponsors();
    for (const auto& hit : m_hits) {
        if (hit.entry->frame == TriggerFrame::Speech) {
            // The issuer of what follows: "X said", "X issued a statement", "according to X".
            std::vector<int> who;
            if (hit.entry->lemma == "according to") {
                if (const int m = mentionStartingAt(hit.end); m >= 0) {
                    who = participantsOf(m);
                }
            } else {
                who = leftParticipants(hit.begin);
            }
            if (who.size() == 1) {
                m_discourse.lastSpeaker = who.front();
            }
            continue;
        }
        if (hit.entry->frame == TriggerFrame::Pact && hit.begin > 0 && wordClass(hit.begin - 1, "determiner") &&
            m_discourse.lastPactParties.size() >= 2) {
            // "the pact", "this agreement": more evidence for the cooperation named before.
            emitPairs(m_discourse.lastPactParties, hit, "pact.reference", hit.entry->confidence * 0.8);
            continue;
        }
        if (hit.entry->lemma == "refused to" && hit.end + 1 < m_count && !blocked(hit)) {
            // "refused to meet Jordan's king": refusing an act towards someone rejects them.
            const TriggerHit refusal{hit.begin, hit.begin + 1, hit.entry};
            emit(RelationType::Rejection, leftParticipants(hit.begin), rightParticipants(hit.end + 1), refusal,
                 "refusal.to", 0.7);
            continue;
        }
        if (hit.entry->type == RelationType::Invalid || blocked(hit)) {
            continue;
        }
        switch (hit.entry->frame) {
        case TriggerFrame::Accusation: accusation(hit); break;
        case TriggerFrame::Transitive: transitive(hit); break;
        case TriggerFrame::Symmetric: symmetric(hit); break;
        case TriggerFrame::Nominal: nominal(hit); break;
        default: break;
        }
    }
    return m_findings;
}

} // namespace

std::vector<Finding> findRelations(const SentenceAnalysis& analysis, const LexiconData& lexicon,
                                   const ActorTable& actors, Discourse& discourse)
{
    return SentenceRules(analysis, lexicon, actors, discourse).run();
}

} // namespace diplograph::core::detail
