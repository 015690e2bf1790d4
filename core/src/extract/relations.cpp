// Relation rules over one analysed sentence: triggers, their subject and object phrases, voice,
// coordination, nominal patterns and references to earlier pacts and acts. docs/extraction.md lists them.
#include "extract/relation_rules.h"

#include <algorithm>
#include <set>

namespace diplograph::core::detail {

void SentenceRules::emit(RelationType type, const std::vector<int>& sources, const std::vector<int>& targets,
                         const TriggerHit& hit, const char* rule, double confidence)
{
    bool emitted = false;
    for (const int source : sources) {
        for (const int target : targets) {
            if (m_actors.entityCode(source) == m_actors.entityCode(target)) {
                continue; // relations to oneself are dropped
            }
            m_findings.push_back({type, source, target, hit.begin, hit.end, rule, confidence});
            emitted = true;
        }
    }
    // "Chile accused Peru of ... Peru rejected the accusations": the accusers are remembered for the claim nouns.
    // "... Peru dismissed the criticism": so are the critics.
    if (type == RelationType::Criticism && emitted) {
        rememberAct(kCriticismAct, sources);
        if (wordClass(hit.begin, "trigger.allegation")) {
            rememberAct(kClaimAct, sources);
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

// "In 2009, Chile and Peru signed ...": an act dated years before the latest year the article names is
// background, and background gives no edge (the corpus guideline); "since 2009" is not a past date.
bool SentenceRules::background() const
{
    if (m_discourse.latestYear == 0) {
        return false;
    }
    for (int i = 0; i + 1 < m_count; ++i) {
        if (!(is(i, "in") || is(i, "during"))) {
            continue;
        }
        int at = i + 1;
        if (wordClass(at, "time") && at + 1 < m_count) {
            ++at; // "in March 2009"
        }
        const auto& year = token(at);
        if (year.kind == TokenKind::Number && year.lower.size() == 4 && (year.lower[0] == '1' || year.lower[0] == '2') &&
            std::all_of(year.lower.begin(), year.lower.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            std::stoi(year.lower) <= m_discourse.latestYear - 3) {
            return true;
        }
    }
    return false;
}

std::vector<Finding> SentenceRules::run()
{
    findTriggers();
    if (background()) {
        return {};
    }
    recordActs();
    for (const auto& hit : m_hits) {
        if (hit.entry->lemma == "according to") {
            m_attributionBegin = hit.begin;
            m_attributionEnd = hit.end;
            while (m_attributionEnd < m_count && !is(m_attributionEnd, ",") && !isBoundary(m_attributionEnd)) {
                ++m_attributionEnd;
            }
            break;
        }
    }
    // "Speaking after a meeting with X, Y ...", "After talks with X, Y ...": a fronted phrase up to its comma is
    // kept apart from the main clause's subject, like an attribution.
    if (m_attributionBegin < 0 && m_count > 2 &&
        (token(0).lower.ends_with("ing") || is(0, "after") || is(0, "following") || is(0, "during") || is(0, "despite"))) {
        int comma = 1;
        while (comma < std::min(m_count, 16) && !is(comma, ",") && !is(comma, ";") && !is(comma, ":")) {
            ++comma;
        }
        if (is(comma, ",")) {
            m_attributionBegin = 0;
            m_attributionEnd = comma;
        }
    }
    std::vector<const TriggerHit*> unread; // relation triggers the surface rules left without a relation
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
            // "refused to meet Jordan's king": refusing an act towards someone rejects them; refusing to join
            // measures against someone does not ("refused to join the sanctions against Peru").
            bool against = false;
            for (int k = hit.end + 1; k < m_count && !isBoundary(k) && mentionStartingAt(k) < 0; ++k) {
                against = against || is(k, "against");
            }
            if (against) {
                continue;
            }
            const TriggerHit refusal{hit.begin, hit.begin + 1, hit.entry};
            auto targets = rightParticipants(hit.end + 1);
            if (targets.empty()) {
                targets = statehoodOwner(hit.end + 1, 2); // "refused to recognise Peru's sovereignty"
            }
            emit(RelationType::Rejection, leftParticipants(hit.begin), targets, refusal, "refusal.to", 0.7);
            continue;
        }
        if (hit.entry->type == RelationType::Invalid || blocked(hit) || negatedAcrossParenthetical(hit) || wishedFor(hit)) {
            continue;
        }
        const std::size_t before = m_findings.size();
        // "Peru was on Monday sharply criticised by Chile": a passive whose auxiliary stands further back than the
        // surface rules look is read from the tree, which knows the voice.
        if (hit.entry->frame == TriggerFrame::Transitive && distantPassive(hit)) {
            treeRule(hit);
            if (m_findings.size() != before) {
                continue;
            }
        }
        switch (hit.entry->frame) {
        case TriggerFrame::Accusation: accusation(hit); break;
        case TriggerFrame::Evaluative: evaluative(hit); break;
        case TriggerFrame::Transitive: transitive(hit); break;
        case TriggerFrame::Symmetric: symmetric(hit); break;
        case TriggerFrame::Nominal: nominal(hit); break;
        default: break;
        }
        // "rejected Peru's sovereignty over the islands": a state's claim to be a state is the state's position.
        if (m_findings.size() == before && hit.entry->frame == TriggerFrame::Transitive &&
            hit.entry->type == RelationType::Rejection) {
            if (auto owner = statehoodOwner(hit.end, 1); !owner.empty()) {
                emit(RelationType::Rejection, leftParticipants(hit.begin), owner, hit, "rejection.statehood",
                     hit.entry->confidence * 0.9);
                continue;
            }
        }
        if (m_findings.size() == before && (hit.entry->frame == TriggerFrame::Transitive ||
                                            hit.entry->frame == TriggerFrame::Symmetric ||
                                            hit.entry->frame == TriggerFrame::Nominal)) {
            unread.push_back(&hit);
        }
    }
    negatedAcceptance();
    correctiveDemand();
    nominalDemand();
    visits();
    protestActs();
    heldResponsible();
    const auto misread = verifySubjects();
    // What the surface rules could not read, or read wrongly, the tree may: parsed only when the sentence gave no
    // relation at all, as parsing costs more than the rest of extraction together (docs/performance.md).
    if (m_findings.empty()) {
        for (const auto& hit : m_hits) {
            if (std::find(misread.begin(), misread.end(), hit.begin) != misread.end()) {
                unread.push_back(&hit);
            }
        }
        for (const auto* hit : unread) {
            treeRule(*hit);
        }
    }
    brokers(); // after every rule, as it joins the mediator to the parties they found
    return m_findings;
}

// The state whose independence, sovereignty or statehood is named within `reach` tokens of `position` ("the
// independence of Peru", "Peru's sovereignty"), for a refusal of it; empty otherwise.
std::vector<int> SentenceRules::statehoodOwner(int position, int reach) const
{
    for (int i = position; i < std::min(m_count, position + reach + 1) && !isBoundary(i); ++i) {
        if (is(i, "the")) {
            ++reach;
            continue;
        }
        if (wordClass(i, "noun.statehood") && is(i + 1, "of")) {
            const int m = mentionStartingAt(i + 2);
            return m >= 0 ? m_analysis.mentions[static_cast<std::size_t>(m)].actors : std::vector<int>{};
        }
        if (const int m = mentionStartingAt(i); m >= 0) {
            const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
            if (mention.possessive && !mention.location && wordClass(mention.end + 1, "noun.statehood")) {
                return mention.actors;
            }
            return {};
        }
    }
    return {};
}

// Acts named with their authors: "X's proposal", "the Peruvian resolution", "the resolution, drafted by X and Y
// and backed by Z,", "the sanctions imposed by X", "a statement from X". A statement counts too.
void SentenceRules::recordActs()
{
    for (const auto& hit : m_hits) {
        if (hit.entry->frame != TriggerFrame::Event && !wordClass(hit.begin, "noun.statement")) {
            continue;
        }
        std::vector<int> owners;
        // Before the noun: a possessive name or a name used as a modifier ("Peru's plan", "the Peruvian plan").
        for (const auto& mention : m_analysis.mentions) {
            const bool possessive = mention.possessive && mention.end + 1 == hit.begin;
            // ("an Israeli air strike": one lowercase noun may stand between the name and the act.)
            const bool modifier = !mention.possessive &&
                                  (mention.end == hit.begin ||
                                   (mention.end + 1 == hit.begin && token(mention.end).kind == TokenKind::Word &&
                                    !token(mention.end).capitalised && !wordClass(mention.end, "determiner") &&
                                    !wordClass(mention.end, "connective") && !triggerAt(mention.end)));
            if ((possessive || modifier) && !mention.location && !mention.actors.empty() &&
                (mention.kind == MentionKind::Demonym || mention.kind == MentionKind::Name ||
                 mention.kind == MentionKind::Metonym || possessive)) {
                owners = mention.actors;
            }
        }
        // After it: "by X", "from X", "drafted by X and backed by Y", up to the clause's verb.
        for (int i = hit.end; owners.empty() && i < std::min(m_count, hit.end + 4); ++i) {
            if (!(is(i, "by") || is(i, "from"))) {
                continue;
            }
            for (int k = i; k < std::min(m_count, i + 16) && !isBoundary(k); ++k) {
                if (!(is(k, "by") || is(k, "from"))) {
                    continue;
                }
                if (const int m = mentionStartingAt(k + 1); m >= 0) {
                    for (const int actor : participantsOf(m)) {
                        if (std::find(owners.begin(), owners.end(), actor) == owners.end()) {
                            owners.push_back(actor);
                        }
                    }
                }
            }
        }
        if (!owners.empty()) {
            rememberAct(token(hit.begin).lower, owners);
        }
    }
}

// Remembers an act of this sentence and its owners; the memory keeps the latest 64.
void SentenceRules::rememberAct(std::string_view noun, const std::vector<int>& owners)
{
    m_discourse.acts.push_back({std::string(noun), owners, m_discourse.sentence});
    if (m_discourse.acts.size() > 64) {
        m_discourse.acts.erase(m_discourse.acts.begin());
    }
}

// The latest act named in this or the last three sentences ("" for any noun: "it", "this action"), or with this
// noun in the last ten ("the strike" stays the one named with its owner a few paragraphs up), or nullptr.
const Discourse::Act* SentenceRules::recentAct(std::string_view noun) const
{
    const int reach = noun.empty() || noun.starts_with('#') ? 3 : 10;
    for (auto it = m_discourse.acts.rbegin(); it != m_discourse.acts.rend(); ++it) {
        if (m_discourse.sentence - it->sentence > reach) {
            break;
        }
        // (Any act: one named in the text, not the remembered accusers and critics.)
        if ((noun.empty() && !it->noun.starts_with('#')) || it->noun == noun) {
            return &*it;
        }
    }
    return nullptr;
}

std::vector<Finding> findRelations(const SentenceAnalysis& analysis, const LexiconData& lexicon,
                                   const ActorTable& actors, Discourse& discourse)
{
    return SentenceRules(analysis, lexicon, actors, discourse).run();
}
} // namespace diplograph::core::detail
