// Stances read from a verb's company rather than from a trigger: a negated acceptance is a refusal, and a demand
// that someone stop or undo something is criticism of them.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

const TriggerEntry kRefusal{"not accept", RelationType::Rejection, TriggerFrame::Transitive, 0.75, {}};

} // namespace

// "Chile said it would not accept ...": after a past speech verb, "would" is the reported "will" of the speaker.
bool SentenceRules::reportedBefore(int position) const
{
    return std::any_of(m_hits.begin(), m_hits.end(), [&](const TriggerHit& hit) {
        if (hit.entry->frame != TriggerFrame::Speech || hit.end > position || position - hit.end > 4 ||
            hit.entry->lemma == "according to") {
            return false;
        }
        const auto& verb = token(hit.end - 1).lower;
        return verb.ends_with("ed") || verb == "said" || verb == "told" || verb == "wrote";
    });
}

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
            if (other.entry->frame == TriggerFrame::Modal && other.entry->lemma != "will" &&
                !(other.entry->lemma == "would" && reportedBefore(other.begin))) {
                hypothetical = true; // "will not accept" is a refusal now; "would not accept" is not
            }
            if (other.entry->frame == TriggerFrame::Negative && wordClass(other.begin, "negative.adverb") &&
                other.entry->lemma != "no" && other.entry->lemma != "without") {
                negated = true;
            }
        }
        if (!negated || hypothetical || (m_count > 0 && token(m_count - 1).text == "?")) {
            continue;
        }
        // "will not recognise a government that excludes ...", "... unless it changes": a refusal of something
        // that does not exist yet, or on a condition, rejects no one.
        if (is(i + 1, "a") || is(i + 1, "an") || is(i + 1, "any")) {
            continue;
        }
        bool conditional = false;
        for (int k = i + 1; k < m_count; ++k) {
            conditional = conditional || is(k, "unless") || is(k, "if") || is(k, "until");
        }
        if (conditional) {
            continue;
        }
        const TriggerHit hit{i, i + 1, &kRefusal};
        const std::size_t before = m_findings.size();
        transitive(hit);
        // "did not recognise Kosovo's independence": refusing a state's independence, sovereignty or claim rejects
        // the state, though "Kosovo's independence" names no act of an actor elsewhere.
        if (m_findings.size() == before) {
            const int at = i + 1 < m_count && is(i + 1, "the") ? i + 2 : i + 1;
            if (const int m = mentionStartingAt(at); m >= 0) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                if (mention.possessive && !mention.location && !mention.actors.empty()) {
                    emit(RelationType::Rejection, leftParticipants(i), mention.actors, hit, "refusal.owner",
                         kRefusal.confidence * 0.9);
                }
            }
        }
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
        // '"Peru must withdraw its troops," Chile said': an obligation laid on a named actor in what a speaker
        // says is the same demand.
        {
            int modal = to;
            if (is(modal, "to") && modal > 0 && (is(modal - 1, "needs") || is(modal - 1, "need") || is(modal - 1, "has") ||
                                                 is(modal - 1, "have"))) {
                --modal;
            } else if (!is(modal, "must") && !is(modal, "should")) {
                modal = -1;
            }
            const int m = modal > 0 ? mentionEndingAt(modal) : -1;
            if (m >= 0 && !is(m_count - 1, "?") && !m_conditionalBefore[static_cast<std::size_t>(modal)]) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                const auto sources = mention.kind == MentionKind::Pronoun || !isParticipant(mention) ? std::vector<int>{}
                                                                                                    : speaker();
                if (!sources.empty()) {
                    const TriggerHit hit{modal, modal + 1, &kDemand};
                    emit(RelationType::Criticism, sources, participantsOf(m), hit, "demand.obligation",
                         kDemand.confidence * 0.85);
                }
                continue;
            }
        }
        const bool infinitive = is(to, "to");
        const bool clause = !infinitive && to > 0; // "demanded that Peru withdraw"
        // "demanded Peru withdraw its troops": the subjunctive clause without "that" names its subject first.
        if (const int m = !infinitive && to > 1 ? mentionEndingAt(to + 1) : -1; m >= 0) {
            const auto& addressee = m_analysis.mentions[static_cast<std::size_t>(m)];
            const int directive = addressee.begin - 1;
            if (wordClass(directive, "verb.demand") && !addressee.possessive) {
                const TriggerHit hit{directive, directive + 1, &kDemand};
                if (!blocked(hit) && isParticipant(addressee)) {
                    emit(RelationType::Criticism, leftParticipants(directive), participantsOf(m), hit,
                         "demand.corrective", kDemand.confidence);
                }
                continue;
            }
        }
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
        // An appeal to "both sides" or "all parties" to show restraint takes no side: no one is criticised.
        std::vector<int> targets;
        bool evenHanded = false;
        for (int k = directive + 1; k < (infinitive ? to : i) && targets.empty() && !evenHanded; ++k) {
            if (const int m = mentionStartingAt(k); m >= 0) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                evenHanded = mention.kind == MentionKind::Pair;
                targets = mention.kind == MentionKind::Pronoun ? mention.actors : participantsOf(m);
            } else if ((is(k, "all") || is(k, "both")) && k + 1 < m_count &&
                       (is(k + 1, "sides") || is(k + 1, "parties"))) {
                evenHanded = true;
            }
        }
        if (targets.empty() || evenHanded) {
            continue;
        }
        const TriggerHit hit{directive, directive + 1, &kDemand};
        if (blocked(hit)) {
            continue;
        }
        auto sources = leftParticipants(directive);
        // "X criticised Y and urged it to stop": the second verb shares the first one's subject.
        if (directive > 0 && is(directive - 1, "and")) {
            for (const auto& other : m_hits) {
                if (other.begin < directive - 1 && verbal(other.entry->frame) && other.entry->frame != TriggerFrame::Speech) {
                    if (auto first = leftParticipants(other.begin); !first.empty()) {
                        sources = first;
                    }
                    break;
                }
            }
        }
        double confidence = kDemand.confidence;
        const char* rule = "demand.corrective";
        if (sources.empty() && quotedOrSubjectless(directive)) {
            sources = speaker();
            confidence *= 0.85;
        }
        emit(RelationType::Criticism, sources, targets, hit, rule, confidence);
    }
}

// "Chile demanded the withdrawal of Peruvian troops", "called for an end to Peru's blockade", "demanded an
// apology from Peru", "called for the release of the sailors held by Peru": a demand named by its noun is the
// same corrective demand; the target owns the act to be undone. A released captive belongs to no one who is
// criticised, so "release" takes its target from "by" alone; an appeal to both sides of a conflict takes no side.
void SentenceRules::nominalDemand()
{
    static const TriggerEntry kDemand{"demand", RelationType::Criticism, TriggerFrame::Transitive, 0.6, {}};
    for (int i = 1; i + 1 < m_count; ++i) {
        if (!wordClass(i, "noun.corrective")) {
            continue;
        }
        // Back over the noun's determiner and adjectives to the demand: "called for the immediate and full".
        int directive = -1;
        int owner = -1; // "Peru's withdrawal"
        for (int k = i - 1; k >= std::max(0, i - 6) && !isBoundary(k); --k) {
            if (wordClass(k, "verb.demand") && !is(k + 1, "on")) {
                directive = k;
                break;
            }
            if (is(k, "for") && k > 0 && (wordClass(k - 1, "verb.demand") || is(k - 1, "sought"))) {
                directive = k - 1;
                break;
            }
            if (is(k, "'s") && k > 0) {
                owner = mentionEndingAt(k);
                continue;
            }
            if (token(k).kind != TokenKind::Word || is(k, "to") || is(k, "of") || triggerAt(k)) {
                break; // "called to end", "the end of", "condemned the end": not a demand for it
            }
        }
        // "a press release": a demand verb right before the noun must be "demand" itself ("demanded withdrawal");
        // "marched to demand an end": a purpose or an intention is not yet a demand made.
        if (directive < 0 || (directive == i - 1 && !token(directive).lower.starts_with("demand")) ||
            is(directive - 1, "to")) {
            continue;
        }
        const bool release = wordClass(i, "noun.corrective.captive");
        std::vector<int> targets;
        bool evenHanded = false;
        if (owner >= 0 && !release) {
            targets = participantsOf(owner);
        }
        // After the noun: "of", "to", "from" and the phrase that names the act's owner, up to the next
        // preposition of place or circumstance ("the withdrawal of Peruvian troops from Bolivia").
        bool agent = false;
        for (int k = i + 1; targets.empty() && k < std::min(m_count, i + 14) && !isBoundary(k); ++k) {
            if (is(k, "between") || ((is(k, "all") || is(k, "both")) && (is(k + 1, "sides") || is(k + 1, "parties")))) {
                evenHanded = true;
                break;
            }
            if (is(k, "by")) {
                agent = true;
                continue;
            }
            if (k > i + 1 && !agent && (is(k, ",") || is(k, "from") || is(k, "in") || is(k, "into") || is(k, "at") ||
                                        is(k, "on") || is(k, "for") || is(k, "over") || is(k, "against") ||
                                        is(k, "with") || is(k, "that"))) {
                if (!release) {
                    break;
                }
                continue;
            }
            if (const int m = mentionStartingAt(k); m >= 0) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
                evenHanded = mention.kind == MentionKind::Pair;
                if ((!release || agent) && mention.kind != MentionKind::Pronoun && isParticipantOrModifier(mention) &&
                    !mention.modifier) {
                    targets = participantsOf(m);
                    if (targets.empty()) {
                        targets = mention.actors; // "the Peruvian troops"
                    }
                }
                k = mention.end - 1;
            }
        }
        if (targets.empty() || evenHanded) {
            continue;
        }
        const TriggerHit hit{directive, directive + 1, &kDemand};
        if (blocked(hit)) {
            continue;
        }
        auto sources = leftParticipants(directive);
        double confidence = kDemand.confidence;
        if (sources.empty() && quotedOrSubjectless(directive)) {
            sources = speaker();
            confidence *= 0.85;
        }
        emit(RelationType::Criticism, sources, targets, hit, "demand.corrective-noun", confidence);
    }
}

// Diplomatic protest acts, criticism of the state they are aimed at: "Chile cut diplomatic ties with Peru",
// "severed relations with Peru", "expelled Peru's ambassador", "expelled two Peruvian diplomats", "recalled its
// envoy from Lima".
void SentenceRules::protestActs()
{
    static const TriggerEntry kProtest{"diplomatic protest", RelationType::Criticism, TriggerFrame::Transitive, 0.75, {}};
    for (const auto& hit : m_hits) {
        const auto& lemma = hit.entry->lemma;
        // ("downgraded relations with Peru", "froze ties with Peru", "suspended diplomatic relations with Peru".)
        if (hit.entry->frame != TriggerFrame::Negative ||
            (lemma != "break" && lemma != "sever" && lemma != "cut" && lemma != "downgrade" && lemma != "freeze" &&
             lemma != "suspend")) {
            continue;
        }
        for (int i = hit.end; i + 2 < std::min(m_count, hit.end + 6); ++i) {
            if (!(is(i, "ties") || is(i, "relations")) || !is(i + 1, "with")) {
                continue;
            }
            const TriggerHit act{hit.begin, hit.end, &kProtest};
            if (!blocked(act)) {
                emit(RelationType::Criticism, leftParticipants(hit.begin), rightParticipants(i + 2), act,
                     "protest.cut-ties", kProtest.confidence);
            }
            break;
        }
    }
    // "Peru's ambassador to Chile was summoned": the host state summons the envoy of the other.
    for (const auto& hit : m_hits) {
        if (hit.entry->lemma != "summon" || hit.begin < 3 || !(is(hit.begin - 1, "was") || is(hit.begin - 1, "were")) ||
            is(hit.end, "by")) {
            continue;
        }
        int envoy = -1;
        for (int k = hit.begin - 2; k >= std::max(0, hit.begin - 8) && !isBoundary(k); --k) {
            if (wordClass(k, "head.envoy")) {
                envoy = k;
                break;
            }
        }
        if (envoy < 0 || !is(envoy + 1, "to")) {
            continue;
        }
        std::vector<int> owner;
        for (const auto& mention : m_analysis.mentions) {
            if (mention.end <= envoy + 1 && mention.end >= envoy - 2 && isParticipantOrModifier(mention)) {
                owner = mention.actors;
            }
        }
        const int host = mentionStartingAt(envoy + 2);
        if (host >= 0 && !owner.empty() && !blocked(hit)) {
            emit(RelationType::Criticism, m_analysis.mentions[static_cast<std::size_t>(host)].actors, owner, hit,
                 "protest.envoy-summoned", kProtest.confidence);
        }
    }
    // "declared the Peruvian ambassador persona non grata" expels the envoy too.
    bool nonGrata = false;
    for (int i = 2; i < m_count && !nonGrata; ++i) {
        nonGrata = is(i, "grata") && is(i - 1, "non");
    }
    for (int i = 1; i + 1 < m_count; ++i) {
        // "ordered the Peruvian ambassador to leave the country" expels the envoy in other words.
        const bool order = is(i, "ordered") || is(i, "orders") || is(i, "told") || is(i, "asked") || is(i, "gave");
        if (!wordClass(i, "verb.expulsion") && !order &&
            !(nonGrata && (is(i, "declared") || is(i, "declares") || is(i, "declaring")))) {
            continue;
        }
        // The envoy must be named within the object phrase: "expelled the Peruvian ambassador".
        int envoy = -1;
        for (int k = i + 1; k < std::min(m_count, i + 6) && !isBoundary(k); ++k) {
            if (wordClass(k, "head.envoy")) {
                envoy = k;
                break;
            }
        }
        if (envoy < 0) {
            continue;
        }
        if (order && !wordClass(i, "verb.expulsion")) {
            bool leave = false;
            for (int k = envoy + 1; k + 1 < std::min(m_count, envoy + 8) && !leave && !isBoundary(k); ++k) {
                leave = is(k, "to") && is(k + 1, "leave");
            }
            if (!leave) {
                continue;
            }
        }
        const TriggerHit act{i, i + 1, &kProtest};
        if (blocked(act)) {
            continue;
        }
        std::vector<int> targets;
        for (const auto& mention : m_analysis.mentions) {
            // ("recalled its ambassador": the subject's own envoy names no target.)
            const bool own = wordClass(mention.begin, "pronoun.singular.possessive") ||
                             wordClass(mention.begin, "pronoun.plural.possessive") ||
                             wordClass(mention.begin, "pronoun.person.possessive") || is(mention.begin, "our");
            if (mention.begin > i && mention.end <= envoy + 1 && isParticipantOrModifier(mention) &&
                mention.kind != MentionKind::Pronoun && !own) {
                targets = mention.actors; // "Peru's ambassador", "the Peruvian envoy"
            }
        }
        if (targets.empty() && (is(envoy + 1, "from") || is(envoy + 1, "to"))) {
            if (const int m = mentionStartingAt(envoy + 2); m >= 0) {
                targets = m_analysis.mentions[static_cast<std::size_t>(m)].actors; // "recalled its envoy from Lima"
            }
        }
        // "In response to Peru's decision, Chile recalled its ambassador", "recalled its envoy in protest over
        // Peru's decision", "responded to Peru's move by recalling its envoy": the protested act's owner.
        for (int k = 0; targets.empty() && k + 2 < m_count; ++k) {
            const bool response = (is(k, "response") && is(k + 1, "to")) || (is(k, "responded") && is(k + 1, "to")) ||
                                  (is(k, "protest") && (is(k + 1, "at") || is(k + 1, "over") || is(k + 1, "against")));
            for (int j = k + 2; response && j < std::min(m_count, k + 6) && !isBoundary(j); ++j) {
                if (const int m = mentionStartingAt(j); m >= 0) {
                    if (isParticipantOrModifier(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                        targets = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
                    }
                    break;
                }
            }
        }
        auto sources = leftParticipants(i);
        // "Chile responded to Peru's move by recalling its envoy": the gerund's subject is the clause's.
        if (i > 0 && is(i - 1, "by") && token(i).lower.ends_with("ing")) {
            for (int k = i - 2; k >= 0; --k) {
                if (is(k, "responded") || is(k, "reacted") || is(k, "retaliated")) {
                    if (auto subject = leftParticipants(k); !subject.empty()) {
                        sources = subject;
                    }
                    break;
                }
            }
        }
        if (sources.empty() && quotedOrSubjectless(i)) {
            sources = speaker();
        }
        emit(RelationType::Criticism, sources, targets, act, "protest.envoy", kProtest.confidence);
    }
}

// "Chile did not, as many had expected, condemn Peru": a negation or modal before a parenthetical that ends
// right before the trigger.
bool SentenceRules::negatedAcrossParenthetical(const TriggerHit& hit) const
{
    if (hit.begin < 2 || !is(hit.begin - 1, ",")) {
        return false;
    }
    int open = hit.begin - 2;
    while (open > 0 && hit.begin - open < 12 && !is(open, ",") && !isBoundary(open)) {
        --open;
    }
    if (!is(open, ",")) {
        return false;
    }
    return std::any_of(m_hits.begin(), m_hits.end(), [&](const TriggerHit& other) {
        return other.end <= open && other.end >= open - 2 &&
               (other.entry->frame == TriggerFrame::Negative || other.entry->frame == TriggerFrame::Modal);
    });
}

// "Chile hopes Peru will support the bid", "Chile called for dialogue between Peru and Bolivia": what a
// wish, an expectation or an appeal is about has not happened.
bool SentenceRules::wishedFor(const TriggerHit& hit) const
{
    for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 12) && !isBoundary(i) && !is(i, ";"); --i) {
        if (wordClass(i, "verb.wish")) {
            return true;
        }
        if (is(i, "for") && i > 0 && (wordClass(i - 1, "verb.demand") || wordClass(i - 1, "verb.wish"))) {
            return true; // "called for", "pressed for", "hoped for"
        }
    }
    return false;
}

// "Chile held Peru responsible for the attack", "holds Peru accountable": blame laid on the one held.
void SentenceRules::heldResponsible()
{
    static const TriggerEntry kBlame{"hold responsible", RelationType::Criticism, TriggerFrame::Transitive, 0.7, {}};
    for (int i = 1; i + 2 < m_count; ++i) {
        if (!(is(i, "held") || is(i, "holds") || is(i, "hold") || is(i, "holding"))) {
            continue;
        }
        const int m = mentionStartingAt(i + 1);
        if (m < 0) {
            continue;
        }
        const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
        int after = mention.end;
        if (is(after, "fully") || is(after, "directly") || is(after, "solely") || is(after, "entirely")) {
            ++after;
        }
        if (!(is(after, "responsible") || is(after, "accountable") || is(after, "liable")) || !isParticipant(mention)) {
            continue;
        }
        const TriggerHit hit{i, after + 1, &kBlame};
        if (blocked(hit)) {
            continue;
        }
        auto sources = leftParticipants(i);
        if (sources.empty() && quotedOrSubjectless(i)) {
            sources = speaker();
        }
        emit(RelationType::Criticism, sources, participantsOf(m), hit, "blame.held-responsible", kBlame.confidence);
    }
}

} // namespace diplograph::core::detail
