// Stances read from a verb's company rather than from a trigger: a negated acceptance is a refusal, and a demand
// that someone stop or undo something is criticism of them.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

const TriggerEntry kRefusal{"not accept", RelationType::Rejection, TriggerFrame::Transitive, 0.75, {}};

} // namespace

// "Chile will not accept Peru's demands", "Chile does not recognise the vote", "never approved Peru's bid":
// the negated acceptance verb is a rejection of the thing's owner.
void SentenceRules::negatedAcceptance()
{
    for (int i = 1; i < m_count; ++i) {
        if (!wordClass(i, "verb.acceptance")) {
            continue;
        }
        bool negated = false;
        bool hypothetical = false;
        for (const auto& other : m_hits) {
            if (other.end > i || other.end < i - 3) {
                continue;
            }
            if (other.entry->frame == TriggerFrame::Modal) {
                hypothetical = true;
            }
            if (other.entry->frame == TriggerFrame::Negative && wordClass(other.begin, "negative.adverb") &&
                other.entry->lemma != "no" && other.entry->lemma != "without") {
                negated = true;
            }
        }
        if (!negated || hypothetical || (m_count > 0 && token(m_count - 1).text == "?")) {
            continue;
        }
        const TriggerHit hit{i, i + 1, &kRefusal};
        transitive(hit);
    }
}

// "Chile called on Peru to withdraw its troops", "urged Peru to stop the tests", "demanded that Peru release":
// a demand that the target stop, undo or respect something says that the target is in the wrong.
void SentenceRules::correctiveDemand()
{
    static const TriggerEntry kDemand{"demand", RelationType::Criticism, TriggerFrame::Transitive, 0.7, {}};
    for (int i = 2; i < m_count; ++i) {
        if (!wordClass(i, "verb.corrective")) {
            continue;
        }
        int to = i - 1;
        while (to > 0 && token(to).lower.ends_with("ly")) {
            --to; // "to immediately stop"
        }
        const bool infinitive = is(to, "to");
        const bool clause = !infinitive && to > 0; // "demanded that Peru withdraw"
        int directive = -1;
        for (int k = to - 1; k >= std::max(0, to - 10) && !isBoundary(k); --k) {
            if (wordClass(k, "verb.demand")) {
                directive = k;
                break;
            }
        }
        if (directive < 0 || (!infinitive && !(clause && is(directive + 1, "that")))) {
            continue;
        }
        // The addressee: the first participant between the directive verb and the demanded act.
        std::vector<int> targets;
        for (int k = directive + 1; k < (infinitive ? to : i) && targets.empty(); ++k) {
            if (const int m = mentionStartingAt(k); m >= 0) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                targets = mention.kind == MentionKind::Pronoun ? mention.actors : participantsOf(m);
            }
        }
        if (targets.empty()) {
            continue;
        }
        const TriggerHit hit{directive, directive + 1, &kDemand};
        if (blocked(hit)) {
            continue;
        }
        auto sources = leftParticipants(directive);
        double confidence = kDemand.confidence;
        const char* rule = "demand.corrective";
        if (sources.empty() && quotedOrSubjectless(directive)) {
            sources = speaker();
            confidence *= 0.85;
        }
        emit(RelationType::Criticism, sources, targets, hit, rule, confidence);
    }
}

} // namespace diplograph::core::detail
