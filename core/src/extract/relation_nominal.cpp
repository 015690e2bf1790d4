// Nominal rules: X-Y cooperation, X's criticism of Y, talks between X and Y, light verb + noun.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

// The inverse perspective: "Peru drew a rebuke from Chile", "came under fire from Chile", "faced criticism
// from Chile" (the source follows "from", the target is the subject, or the act the subject names: "the move
// drew criticism from Chile"); "in a snub to Peru, Chile skipped the summit" (the main clause's subject).
bool SentenceRules::inverse(const TriggerHit& hit)
{
    int from = hit.end;
    while (from < std::min(m_count, hit.end + 3) && !is(from, "from") && token(from).kind == TokenKind::Word) {
        ++from;
    }
    int verb = -1;
    for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 4) && !isBoundary(i); --i) {
        if (wordClass(i, "verb.receive")) {
            verb = i;
            break;
        }
    }
    if (is(from, "from") && verb >= 0) {
        auto sources = rightParticipants(from + 1);
        auto targets = participleSubject(verb);
        // "Y's decision to ... drew criticism from X": the subject is the owner's act.
        if (targets.empty()) {
            for (const auto& mention : m_analysis.mentions) {
                if (mention.begin >= verb) {
                    break;
                }
                bool clause = true;
                for (int k = mention.begin - 1; k >= 0 && clause; --k) {
                    clause = wordClass(k, "determiner") || wordClass(k, "modifier");
                }
                if (clause && mention.possessive && isParticipant(mention)) {
                    targets = mention.actors;
                }
                break;
            }
        }
        if (targets.empty()) {
            targets = leftParticipants(verb);
        }
        if (targets.empty()) {
            for (const auto& other : m_hits) {
                if (other.begin < verb && other.entry->frame == TriggerFrame::Event && other.begin > 0 &&
                    wordClass(other.begin - 1, "determiner")) {
                    targets = !m_discourse.lastEventActors.empty() ? m_discourse.lastEventActors : m_discourse.previousSubject;
                }
            }
        }
        emit(hit.entry->type, sources, targets, hit, "nominal.inverse", hit.entry->confidence * 0.85);
        return true;
    }
    // "In a snub to Peru, Chile ...".
    if (hit.begin >= 2 && hit.begin <= 3 && is(0, "in") && is(hit.end, "to")) {
        std::vector<int> targets;
        if (const int m = mentionStartingAt(hit.end + 1); m >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
            targets = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
        }
        int comma = hit.end + 1;
        while (comma < m_count && !is(comma, ",")) {
            ++comma;
        }
        for (int i = comma + 1; i < std::min(m_count, comma + 6); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                emit(hit.entry->type, m_analysis.mentions[static_cast<std::size_t>(m)].actors, targets, hit, "nominal.adverbial",
                     hit.entry->confidence * 0.8);
                break;
            }
        }
        return true;
    }
    return false;
}

void SentenceRules::nominal(const TriggerHit& hit)
{
    const auto type = hit.entry->type;
    const double confidence = hit.entry->confidence;
    if (type != RelationType::Cooperation && inverse(hit)) {
        return;
    }
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
        // "X's actions violate the treaty": an owner never stands before a determiner of the noun's phrase.
        if (token(i).kind != TokenKind::Word || isBoundary(i) || wordClass(i, "determiner")) {
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
    // "X and Y traded accusations", "exchanged barbs": a reciprocal verb makes each party the other's critic.
    if (type == RelationType::Criticism) {
        for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 3); --i) {
            if (wordClass(i, "verb.reciprocal")) {
                const auto parties = leftParticipants(i);
                for (std::size_t a = 0; a < parties.size() && parties.size() >= 2; ++a) {
                    for (std::size_t b = 0; b < parties.size(); ++b) {
                        if (a != b) {
                            emit(type, {parties[a]}, {parties[b]}, hit, "nominal.reciprocal", confidence * 0.85);
                        }
                    }
                }
                return;
            }
            if (token(i).kind != TokenKind::Word || isBoundary(i)) {
                break;
            }
        }
    }
    // "In a joint statement, Chile and Peru condemned ...": the statement's signers, named after the comma.
    if (hit.entry->lemma == "joint statement" && hit.begin >= 1 && hit.begin <= 3 && is(0, "in")) {
        for (int comma = hit.end; comma < std::min(m_count - 1, hit.end + 6); ++comma) {
            if (!is(comma, ",")) {
                continue;
            }
            if (const int m = mentionStartingAt(comma + 1); m >= 0) {
                const auto signers = participantsOf(m);
                if (signers.size() >= 2) {
                    emitPairs(signers, hit, "nominal.joint-statement", confidence * 0.85);
                }
            }
            break;
        }
    }
    // "held talks with Y", "voiced criticism of Y", "filed a complaint at the court against Y": a light verb
    // before the noun makes the clause's subject its source.
    int verb = hit.begin - 1;
    // Skip determiners and modifiers, compound ones included ("a one-week ultimatum").
    // ("pledged ten million dollars in aid": "in" after an amount belongs to the noun phrase.)
    const auto amountIn = [&](int i) {
        return is(i, "in") && i > 0 && (token(i - 1).kind == TokenKind::Number || is(i - 1, "million") ||
                                        is(i - 1, "billion") || is(i - 1, "dollars") || is(i - 1, "euros"));
    };
    int reach = 5; // an amount before "in" widens it: "pledged $5 million in new military aid"
    while (verb >= 0 && hit.begin - verb <= reach && !wordClass(verb, "verb.light") && !is(verb, "that") &&
           (!is(verb, "in") || amountIn(verb)) && !is(verb, "at") && !is(verb, "during") &&
           (token(verb).kind == TokenKind::Word || token(verb).kind == TokenKind::Number || is(verb, "-") ||
            is(verb, "$") || is(verb, "€") || is(verb, "£")) &&
           !isBoundary(verb) && !(triggerAt(verb) && verbal(triggerAt(verb)->entry->frame))) {
        if (amountIn(verb)) {
            reach = 8;
        }
        --verb;
    }
    const bool situated = verb >= 0 && (is(verb, "in") || is(verb, "at") || is(verb, "during") || is(verb, "after") ||
                                        is(verb, "following")) && is(hit.end, "with");
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
    // "voiced concern over Y's drills", "raised concerns about Y": criticism also takes over and about.
    const auto linking = [&](int i) {
        return is(i, "with") || is(i, "of") || is(i, "to") || is(i, "for") || is(i, "against") || is(i, "behind") ||
               (type != RelationType::Cooperation && (is(i, "over") || is(i, "about")));
    };
    // "its rejection and condemnation of Y": nouns coordinated right after the trigger share its preposition.
    while (link < std::min(m_count, hit.end + 10) && !isBoundary(link) && !is(link, ",") &&
           !(nounTrigger(link) && !(link == hit.end + 1 && is(hit.end, "and"))) && !linking(link)) {
        ++link;
    }
    if (link < m_count && linking(link)) {
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
        // "Speaking after talks with Y, X said ...": a fronted phrase belongs to the main clause's subject.
        if (subjects.empty() && situated) {
            bool fronted = true;
            for (int i = verb - 1; i >= 0 && fronted; --i) {
                fronted = token(i).kind == TokenKind::Word && token(i).lower.ends_with("ing") && i == 0;
            }
            int comma = link + 1;
            while (fronted && comma < m_count && !is(comma, ",") && !isBoundary(comma)) {
                ++comma;
            }
            for (int i = comma + 1; fronted && is(comma, ",") && i < std::min(m_count, comma + 4); ++i) {
                if (const int m = mentionStartingAt(i); m >= 0) {
                    subjects = participantsOf(m);
                    break;
                }
            }
        }
        auto targets = rightParticipants(link + 1);
        // "filed a complaint with the UN against Peru": a criticism lodged with a body is against whom "against"
        // names.
        if (type == RelationType::Criticism && is(link, "with")) {
            for (int i = link + 1; i < std::min(m_count, link + 10) && !isBoundary(i); ++i) {
                if (is(i, "against")) {
                    if (auto against = rightParticipants(i + 1); !against.empty()) {
                        targets = against;
                    }
                    break;
                }
            }
        }
        // "concern over Peru's drills": "over" marks the topic here, not a place.
        if (targets.empty() && is(link, "over")) {
            for (int i = link + 1; i < std::min(m_count, link + 4) && targets.empty(); ++i) {
                if (const int m = mentionStartingAt(i); m >= 0 && !m_analysis.mentions[static_cast<std::size_t>(m)].nonAgentHead) {
                    targets = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
                }
            }
        }
        if (!subjects.empty() && !targets.empty()) {
            if (type != RelationType::Cooperation) {
                m_discourse.lastEventActors = targets; // "lodged representations with X ... opposes it"
                m_discourse.lastEventCritics = subjects;
            }
            emit(type, subjects, targets, hit, "nominal.light-verb", confidence * 0.8);
            if (type == RelationType::Cooperation) {
                m_discourse.lastPactParties = {subjects.front(), targets.front()};
            }
        }
    }
}
// Official visits told as travel: "the Chilean president arrived in Lima for talks", "flew to Peru on a
// two-day visit", "travelled to Lima to meet officials", and the fronted "On a visit to Peru, the Chilean
// minister said ...". The traveller and the state visited cooperate; a trip with no stated purpose is none.
void SentenceRules::visits()
{
    static const TriggerEntry kVisit{"visit", RelationType::Cooperation, TriggerFrame::Transitive, 0.65, {}};
    const auto destination = [&](int at) -> std::vector<int> {
        if (is(at, "the")) {
            ++at;
        }
        const int m = mentionStartingAt(at);
        if (m < 0) {
            return {};
        }
        const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
        if ((mention.kind != MentionKind::Name && mention.kind != MentionKind::Metonym) || mention.possessive ||
            mention.actors.size() != 1 || m_actors.at(mention.actors.front()).kind != ActorKind::State ||
            (mention.end < m_count && token(mention.end).kind == TokenKind::Word && !wordClass(mention.end, "connective") &&
             !wordClass(mention.end, "time"))) {
            return {}; // "in Peru's capital", "to Lima airport"
        }
        return mention.actors;
    };
    // The purpose: "for talks", "on a (state|two-day|official) visit", "to meet", "to hold talks".
    const auto purposeAfter = [&](int from) {
        for (int k = from; k < std::min(m_count, from + 12) && !isBoundary(k); ++k) {
            if (wordClass(k, "noun.visit") && k > from && (is(k - 1, "for") || wordClass(k - 1, "determiner") ||
                                                           token(k - 1).kind == TokenKind::Word)) {
                for (int b = k - 1; b >= from; --b) {
                    if (is(b, "for") || is(b, "on")) {
                        return true;
                    }
                }
            }
            if (is(k, "to") && (is(k + 1, "meet") || (is(k + 1, "hold") && is(k + 2, "talks")))) {
                return true;
            }
        }
        return false;
    };
    for (int i = 1; i + 2 < m_count; ++i) {
        if (!wordClass(i, "verb.motion") || !(is(i + 1, "to") || is(i + 1, "in"))) {
            continue;
        }
        const auto hosts = destination(i + 2);
        if (hosts.empty() || !purposeAfter(i + 2)) {
            continue;
        }
        const TriggerHit hit{i, i + 1, &kVisit};
        if (blocked(hit)) {
            continue;
        }
        emit(RelationType::Cooperation, leftParticipants(i), hosts, hit, "visit.travel", kVisit.confidence);
    }
    // "On a visit to Peru, X ...", "During a two-day visit to Lima, X ...".
    if (m_count > 6 && (is(0, "on") || is(0, "during") || is(0, "while"))) {
        int comma = 1;
        while (comma < std::min(m_count, 12) && !is(comma, ",")) {
            ++comma;
        }
        for (int k = 1; k + 2 < comma; ++k) {
            if (!wordClass(k, "noun.visit") || !is(k + 1, "to")) {
                continue;
            }
            const auto hosts = destination(k + 2);
            int at = comma + 1;
            if (is(at, "the")) {
                ++at;
            }
            const int m = mentionStartingAt(at);
            if (hosts.empty() || m < 0 || !isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                break;
            }
            const TriggerHit hit{k, k + 1, &kVisit};
            if (!blocked(hit)) {
                emit(RelationType::Cooperation, participantsOf(m), hosts, hit, "visit.fronted", kVisit.confidence);
            }
            break;
        }
    }
}

// "Chile and Peru signed a deal brokered by Brazil", "agreed to a truce after talks mediated by Brazil": whoever
// brokers or mediates a deal or talks works with each party to them, the parties this sentence names as
// cooperating.
void SentenceRules::brokers()
{
    static const TriggerEntry kBroker{"broker", RelationType::Cooperation, TriggerFrame::Transitive, 0.65, {}};
    for (int i = 1; i + 2 < m_count; ++i) {
        if (!(is(i, "brokered") || is(i, "mediated") || is(i, "facilitated")) || !is(i + 1, "by")) {
            continue;
        }
        // The brokered thing stands right before: "a deal brokered", "the talks, mediated".
        bool deal = false;
        for (int k = i - 1; k >= std::max(0, i - 3) && !deal; --k) {
            const auto* hit = triggerAt(k);
            deal = (hit && hit->entry->type == RelationType::Cooperation && !verbal(hit->entry->frame)) ||
                   wordClass(k, "noun.settlement");
            if (!is(k, ",") && token(k).kind != TokenKind::Word) {
                break;
            }
        }
        const auto mediators = rightParticipants(i + 2);
        if (!deal || mediators.empty()) {
            continue;
        }
        std::vector<int> parties;
        for (const auto& finding : m_findings) {
            if (finding.type != RelationType::Cooperation) {
                continue;
            }
            for (const int actor : {finding.source, finding.target}) {
                if (std::find(parties.begin(), parties.end(), actor) == parties.end() &&
                    std::find(mediators.begin(), mediators.end(), actor) == mediators.end()) {
                    parties.push_back(actor);
                }
            }
        }
        if (!parties.empty()) {
            emit(RelationType::Cooperation, mediators, parties, TriggerHit{i, i + 1, &kBroker}, "cooperation.broker",
                 kBroker.confidence);
        }
    }
}

} // namespace diplograph::core::detail
