// Verbal rules: transitive and symmetric triggers, reported accusations.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

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
    // "the Chilean deal to sell jets to Peru", "its intent to sell": the noun's owner acts.
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
    // "mediation, brokering and trafficking of arms": gerunds in a list of nouns.
    if (token(hit.begin).lower.ends_with("ing") && hit.begin > 0 && is(hit.begin - 1, ",") && is(hit.end, "and")) {
        return;
    }
    // "with visiting ministers", "the ruling party": a participle used as an adjective.
    if (hit.begin > 0 && token(hit.begin).lower.ends_with("ing") &&
        (wordClass(hit.begin - 1, "determiner") || is(hit.begin - 1, "with"))) {
        return;
    }
    // "X issued a statement condemning Y": a statement's participle speaks for whoever issued it.
    if (hit.begin > 1 && token(hit.begin).lower.ends_with("ing") && wordClass(hit.begin - 1, "noun.statement")) {
        for (int verb = hit.begin - 2; verb >= std::max(0, hit.begin - 5) && !isBoundary(verb); --verb) {
            if (wordClass(verb, "verb.light")) {
                emit(type, leftParticipants(verb), rightParticipants(hit.end), hit, "statement.participle", confidence * 0.85);
                return;
            }
        }
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
    // "the militia, backed by Peru", "forces armed by Peru": a reduced relative describing a party is an
    // epithet, no reported act of support.
    if (type == RelationType::Cooperation && byFollows && !beBefore && hit.begin > 0 &&
        (!wordClass(hit.begin - 1, "auxiliary") || is(hit.begin - 1, "and")) && token(hit.begin).lower.ends_with("ed")) {
        return;
    }
    if (byFollows || (beBefore && token(hit.begin).lower.ends_with("ed"))) {
        int agentStart = hit.end;
        while (agentStart < std::min(m_count, hit.end + 8) && !is(agentStart, "by")) {
            ++agentStart;
        }
        if (is(agentStart, "by")) {
            int stop = 0;
            const auto sources = rightParticipants(agentStart + 1, &stop);
            auto targets = leftParticipants(hit.begin);
            // "Peru's recognition of Bolivia was welcomed by Chile": the subject is the owner's act, not the
            // name inside its "of" phrase.
            for (const auto& mention : m_analysis.mentions) {
                if (mention.begin >= hit.begin || !mention.possessive || !isParticipant(mention)) {
                    continue;
                }
                bool clause = true;
                bool of = false;
                for (int k = mention.end; k < hit.begin && clause; ++k) {
                    clause = !isBoundary(k) && !is(k, ",") && !(triggerAt(k) && verbal(triggerAt(k)->entry->frame));
                    of = of || is(k, "of");
                }
                if (clause && of) {
                    targets = mention.actors;
                }
                break;
            }
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
    // "Chile imposed tariffs on Peru, accusing it of dumping": the participle shares the sentence's subject.
    if (auto shared = participleSubject(hit.begin); !shared.empty() && infinitiveOwner.empty()) {
        sources = shared;
        rule = "svo.participle";
    }
    // "Chile joined Peru in condemning Bolivia": who is joined and who joins both act.
    if (hit.begin >= 3 && is(hit.begin - 1, "in") && token(hit.begin).lower.ends_with("ing") && infinitiveOwner.empty()) {
        if (const int m = mentionEndingAt(hit.begin - 1); m >= 0) {
            const auto& joined = m_analysis.mentions[static_cast<std::size_t>(m)];
            const std::string_view verb = joined.begin >= 1 ? std::string_view(token(joined.begin - 1).lower) : "";
            if (isParticipant(joined) && (verb == "joined" || verb == "joins" || verb == "join" || verb == "joining")) {
                sources = participantsOf(m);
                for (const int actor : leftParticipants(joined.begin - 1)) {
                    if (std::find(sources.begin(), sources.end(), actor) == sources.end()) {
                        sources.push_back(actor);
                    }
                }
                rule = "svo.joined";
            }
        }
    }
    // "X suspended Y and condemned Z": a coordinated verb shares the first verb's subject, not its object.
    int before = hit.begin - 1;
    while (before >= 0 && token(before).lower.ends_with("ly")) {
        --before;
    }
    if (before > 0 && (is(before, "and") || is(before, "but")) && infinitiveOwner.empty()) {
        for (const auto& other : m_hits) {
            const bool verb = (verbal(other.entry->frame) && other.entry->frame != TriggerFrame::Speech) ||
                              (other.entry->frame == TriggerFrame::Negative && !wordClass(other.begin, "negative.adverb"));
            if (other.begin < before && verb) {
                if (auto first = leftParticipants(other.begin); !first.empty()) {
                    sources = first;
                    rule = "svo.coordinated-verb";
                }
                break;
            }
        }
    }
    // "Hosting the rebels is a provocation, Chile said": a gerund that opens its clause is the clause's subject,
    // an act named, not one the speaker performs.
    if (sources.empty() && token(hit.begin).lower.ends_with("ing") &&
        (hit.begin == 0 || isBoundary(hit.begin - 1) || is(hit.begin - 1, ","))) {
        for (int i = hit.end; i < m_count && !isBoundary(i); ++i) {
            if (is(i, "is") || is(i, "was") || is(i, "are") || is(i, "were") || is(i, "constitutes") ||
                is(i, "amounts") || is(i, "represents") || is(i, "would") || is(i, "will")) {
                return;
            }
        }
    }
    if (sources.empty() && quotedOrSubjectless(hit.begin)) {
        sources = speaker();
        rule = "svo.reported";
        confidence *= 0.85;
    }
    int stop = 0;
    auto targets = rightParticipants(hit.end, &stop);
    // "Chile warned that Peru's actions would inflame the region": a warning about what an actor does is aimed
    // at that actor, named (or owning the act) at the head of the clause.
    if (targets.empty() && hit.entry->lemma == "warn" && is(hit.end, "that")) {
        for (int i = hit.end + 1; i < std::min(m_count, hit.end + 4) && !isBoundary(i); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                if (isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                    targets = participantsOf(m);
                }
                break;
            }
        }
    }
    // "voted for a resolution against Peru", "backed the sanctions against Peru": whom the supported act is
    // against is no partner; "sent a protest note to Peru": what is given is a criticism, no help.
    if (type == RelationType::Cooperation && !targets.empty()) {
        for (int i = hit.end; i < std::min(m_count, hit.end + 8) && !isBoundary(i); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                break;
            }
            if (is(i, "against")) {
                return;
            }
            if (const auto* noun = triggerAt(i); noun && noun->entry->frame == TriggerFrame::Nominal &&
                                                 noun->entry->type != RelationType::Cooperation) {
                return;
            }
        }
    }
    // "rejected all the options proposed by Peru", "dismissed the plan put forward by Peru": the author of
    // the rejected or criticised thing is the target.
    if (type != RelationType::Cooperation) {
        for (int i = hit.end; i + 2 < std::min(m_count, hit.end + 20) && !isBoundary(i) && !is(i, ";"); ++i) {
            if (wordClass(i, "verb.authorship") && (is(i + 1, "by") || (is(i + 1, "forward") && is(i + 2, "by")))) {
                const int by = is(i + 1, "by") ? i + 1 : i + 2;
                if (const int m = mentionStartingAt(by + 1); m >= 0) {
                    for (const int author : participantsOf(m)) {
                        if (std::find(targets.begin(), targets.end(), author) == targets.end()) {
                            targets.push_back(author);
                        }
                    }
                }
                break;
            }
        }
    }
    // "Chile accused Peru of spying, a charge Lima rejected": the object is the claim before the subject, whose
    // maker is the subject of the main clause.
    if (type == RelationType::Rejection && targets.empty()) {
        for (const auto& mention : m_analysis.mentions) {
            if (mention.end != hit.begin || mention.begin < 3 || !wordClass(mention.begin - 1, "noun.claim") ||
                !(is(mention.begin - 2, "a") || is(mention.begin - 2, "an") || is(mention.begin - 2, "the")) ||
                !is(mention.begin - 3, ",")) {
                continue;
            }
            for (const auto& other : m_hits) {
                if (other.begin < mention.begin - 3 && verbal(other.entry->frame) && other.entry->frame != TriggerFrame::Speech) {
                    targets = leftParticipants(other.begin);
                    break;
                }
            }
        }
    }
    // "the agreement, which Peru criticised", "Bolivia, which Peru condemned": an object gap in a relative
    // clause; the antecedent before ", which" is the object.
    if (targets.empty() && hit.begin >= 4) {
        for (const auto& mention : m_analysis.mentions) {
            if (mention.end != hit.begin && !(mention.end + 1 == hit.begin && token(mention.end).lower.ends_with("ly"))) {
                continue;
            }
            const int which = mention.begin - 1;
            if (which < 2 || !(is(which, "which") || is(which, "whom")) || !is(which - 1, ",")) {
                break;
            }
            const int antecedent = which - 2;
            for (const auto& other : m_hits) {
                if (other.begin == antecedent && other.entry->frame == TriggerFrame::Pact) {
                    targets = m_discourse.lastPactParties;
                }
            }
            // A name only when it opens the sentence ("Bolivia, which Peru condemned, said ..."): after a clause
            // ", which" may stand for the whole act ("X sanctioned Bolivia, which Peru condemned").
            for (const auto& named : m_analysis.mentions) {
                bool initial = true;
                for (int k = named.begin - 1; k >= 0 && initial; --k) {
                    initial = wordClass(k, "determiner") || wordClass(k, "modifier");
                }
                if (targets.empty() && named.end == which - 1 && isParticipant(named) && initial) {
                    targets = named.actors;
                }
            }
            break;
        }
    }
    // "Peru closed the border, a move (that) Chile condemned": an act noun in apposition to the clause before it
    // stands for that clause's act, whose doer is the clause's subject.
    if (targets.empty() && hit.begin >= 5) {
        const int m = mentionEndingAt(hit.begin);
        int k = m >= 0 ? m_analysis.mentions[static_cast<std::size_t>(m)].begin - 1 : -1;
        if (k > 0 && (is(k, "that") || is(k, "which"))) {
            --k;
        }
        const bool act = k > 1 && std::any_of(m_hits.begin(), m_hits.end(), [k](const TriggerHit& other) {
            return other.begin == k && other.entry->frame == TriggerFrame::Event;
        });
        if (act && (is(k - 1, "a") || is(k - 1, "an")) && is(k - 2, ",")) {
            const int mentions = static_cast<int>(m_analysis.mentions.size());
            for (int first = 0; first < mentions && m_analysis.mentions[static_cast<std::size_t>(first)].begin < k - 2; ++first) {
                const auto& mention = m_analysis.mentions[static_cast<std::size_t>(first)];
                if (isParticipant(mention) && mention.kind != MentionKind::Pronoun) {
                    targets = participantsOf(first);
                    break;
                }
            }
        }
    }
    // "Chile accused Peru, which denied the charge", "Peru rejected the allegations" after Chile accused it: a
    // denied charge with no owner named is the accuser's, when the one denying is the accused.
    if (type == RelationType::Rejection && targets.empty() && !sources.empty()) {
        int noun = hit.end;
        while (noun < std::min(m_count, hit.end + 3) && (wordClass(noun, "determiner") || wordClass(noun, "adjective.degree"))) {
            ++noun;
        }
        if (noun > hit.end && noun < m_count && wordClass(noun, "noun.claim")) {
            const auto accused = [&](const std::vector<int>& actors) {
                return std::any_of(actors.begin(), actors.end(), [&](int a) {
                    return std::any_of(sources.begin(), sources.end(),
                                       [&](int s) { return m_actors.entityCode(a) == m_actors.entityCode(s); });
                });
            };
            for (const auto& finding : m_findings) {
                if (finding.type == RelationType::Criticism && accused({finding.target}) &&
                    std::find(targets.begin(), targets.end(), finding.source) == targets.end()) {
                    targets.push_back(finding.source);
                }
            }
            if (targets.empty() && accused(m_discourse.lastEventActors)) {
                targets = m_discourse.lastEventCritics;
            }
            rule = "svo.denied-charge";
        }
    }
    // "Chile, which voted against, and Peru": a verb with no object before a coordinated name.
    if ((is(hit.end, "and") || is(hit.end, "or")) && hit.end + 1 < m_count) {
        int next = hit.end + 1;
        while (next < m_count && token(next).lower.ends_with("ly")) {
            ++next;
        }
        if (const auto* verb = triggerAt(next); !verb || !verbal(verb->entry->frame)) {
            targets.clear();
        }
    }
    // "Chile complained to the UN over Peru's raids": an organisation a complaint is brought to is its forum;
    // the one complained about is the target.
    if (type == RelationType::Criticism && !targets.empty() && is(hit.end, "to")) {
        if (const int m = mentionStartingAt(is(hit.end + 1, "the") ? hit.end + 2 : hit.end + 1); m >= 0) {
            const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
            if (mention.actors.size() == 1 && m_actors.at(mention.actors.front()).kind == ActorKind::Organisation) {
                const int forum = mention.actors.front();
                // ("... to the UN on Tuesday over Peru's raids": the topic may follow a time or place.)
                for (int k = mention.end; targets.size() == 1 && k < std::min(m_count, mention.end + 8) && !isBoundary(k);
                     ++k) {
                    if (is(k, "over") || is(k, "about")) {
                        for (const int owner : rightParticipants(k + 1)) {
                            if (owner != forum) {
                                targets.push_back(owner);
                            }
                        }
                        break;
                    }
                }
                if (targets.size() > 1) {
                    std::erase(targets, forum);
                }
            }
        }
    }
    // "condemned the attack on Chile", "the invasion of Chile's embassy": the victim of the criticised act
    // is not its target; nor is it the partner of one who praises or backs the act ("backed the strikes on Chile").
    if (!targets.empty()) {
        for (int i = hit.end; i + 1 < stop; ++i) {
            const bool act = std::any_of(m_hits.begin(), m_hits.end(), [i](const TriggerHit& other) {
                return other.begin == i && other.entry->frame == TriggerFrame::Event;
            });
            // ("the resolution of the Peruvian Senate", "the decision of Peru": a thing someone authors has its
            // author after "of", not a victim.)
            // ("blamed the attack on Peru": the one an act is blamed on is its author.)
            const bool blamedOn = hit.entry->lemma == "blame" && is(i + 1, "on");
            if (!act || blamedOn ||
                !(is(i + 1, "on") || is(i + 1, "against") || (is(i + 1, "of") && !wordClass(i, "noun.authored")))) {
                continue;
            }
            int at = i + 2;
            if (at < m_count && wordClass(at, "determiner")) {
                ++at;
            }
            if (const int m = mentionStartingAt(at); m >= 0 && !m_analysis.mentions[static_cast<std::size_t>(m)].possessive) {
                for (const int victim : participantsOf(m)) {
                    std::erase(targets, victim);
                }
            }
        }
    }
    // "Peru protested to Chile ... Peru opposes it": "it" is the act just criticised only when the same critic
    // goes on; "Bolivia voted against it" after someone else's motion against Chile does not reject Chile.
    if (is(hit.end, "it") && !targets.empty() && targets == m_discourse.lastEventActors &&
        std::none_of(sources.begin(), sources.end(), [&](int s) {
            return std::any_of(m_discourse.lastEventCritics.begin(), m_discourse.lastEventCritics.end(),
                               [&](int c) { return m_actors.entityCode(s) == m_actors.entityCode(c); });
        })) {
        targets.clear();
    }
    emit(type, sources, targets, hit, rule, confidence);
    // "condemned as baseless the claims made by X": criticising a claim also rejects it.
    if (type == RelationType::Criticism && !targets.empty()) {
        for (int i = hit.end; i < stop; ++i) {
            const bool inName = std::any_of(m_analysis.mentions.begin(), m_analysis.mentions.end(),
                                            [i](const Mention& mention) { return mention.begin <= i && i < mention.end; });
            if (wordClass(i, "noun.claim") && !inName) { // "Peru's charge d'affaires" is an envoy, not a charge
                emit(RelationType::Rejection, sources, targets, hit, "criticism.of-claim", confidence * 0.8);
                break;
            }
        }
    }
    if (type != RelationType::Cooperation && !targets.empty()) {
        m_discourse.lastEventActors = targets;
        m_discourse.lastEventCritics = sources;
    }
    if (!sources.empty() && type != RelationType::Cooperation) {
        m_discourse.lastSpeaker = sources.front();
    }
    // "criticized X for opposing the pact": X is the source of the reason's relation.
    if (is(stop, "for") && stop + 1 < m_count && !wordClass(hit.begin, "trigger.allegation")) {
        // ("criticised X for interfering in its affairs": an accused act is no relation of X's.)
        if (const auto* reason = triggerAt(stop + 1); reason && verbal(reason->entry->frame) &&
                                                      reason->entry->frame != TriggerFrame::Speech &&
                                                      reason->entry->frame != TriggerFrame::Accusation) {
            const auto reasonTargets = rightParticipants(reason->end);
            emit(reason->entry->type, targets, reasonTargets, *reason, "reason.for", reason->entry->confidence * 0.85);
        }
    }
}

// "The statement said the pact violates Chile's sovereignty", "'... has been violated by Peru,' it said":
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
        // "the pact violates ...": a pact named before acts through its parties.
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
    // "Peru, Chile's closest ally, ...", "Peru is Chile's ally": a noun owned by one actor and said of another
    // relates the two.
    if (hit.entry->lemma == "ally" && !token(hit.begin).lower.ends_with("ed")) {
        int k = hit.begin - 1;
        while (k > 0 && hit.begin - k <= 3 && token(k).kind == TokenKind::Word && !token(k).capitalised &&
               !is(k, "'s") && !wordClass(k, "determiner")) {
            --k;
        }
        if (const int owner = is(k, "'s") ? mentionEndingAt(k) : -1;
            owner >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(owner)])) {
            const int begin = m_analysis.mentions[static_cast<std::size_t>(owner)].begin;
            std::vector<int> described;
            if (begin >= 2 && is(begin - 1, ",")) {
                if (const int m = mentionEndingAt(begin - 1); m >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                    described = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
                }
            } else if (begin >= 2 && (is(begin - 1, "is") || is(begin - 1, "was") || is(begin - 1, "remains"))) {
                described = leftParticipants(begin - 1);
            }
            if (!described.empty()) {
                emit(RelationType::Cooperation, {described.front()}, participantsOf(owner), hit, "symmetric.owned",
                     confidence * 0.85);
                return;
            }
        }
    }
    // "Chile, a longtime ally of Peru, ...": a noun in an apposition describes its name, an epithet (no edge).
    for (int i = hit.begin - 1; i >= std::max(1, hit.begin - 4); --i) {
        if ((is(i, "a") || is(i, "an")) && is(i - 1, ",") && mentionEndingBefore(i - 1)) {
            return;
        }
        if (token(i).kind != TokenKind::Word || token(i).capitalised) {
            break;
        }
    }
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
                // "signed by Chile and Peru": the signatories acted jointly; "signed in Lima by X" describes
                // the pact and is no new one.
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
        const bool direct = i - hit.end <= 1 || (i - hit.end == 2 && (is(hit.end, "the") || wordClass(hit.end, "determiner")));
        int m = mentionStartingAt(i);
        // "met his Peruvian counterpart": a possessive pronoun opens the partner's phrase.
        if (m >= 0 && m_analysis.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Pronoun &&
            m_analysis.mentions[static_cast<std::size_t>(m)].possessive) {
            continue;
        }
        // "discussed Peru" names a topic: such verbs take their partner only with "with".
        if (m >= 0 && direct && !token(hit.begin).lower.ends_with("ing") && !wordClass(hit.begin, "verb.topical")) {
            partners = participantsOf(m);
            break;
        }
        if (is(i, "with")) {
            partners = rightParticipants(i + 1);
            break;
        }
        if (m >= 0 || is(i, "against")) { // "an ally against Peru" is no partner of Peru
            break;
        }
    }
    if (!subjects.empty() && !partners.empty()) {
        emit(RelationType::Cooperation, subjects, {partners.front()}, hit, "symmetric.with", confidence * 0.9);
        std::vector<int> pair{subjects.front(), partners.front()};
        m_discourse.lastPactParties = pair;
    }
}

} // namespace diplograph::core::detail
