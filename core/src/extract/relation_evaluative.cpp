// Evaluative rule: an actor's act called a violation, illegal, baseless ... is the caller's criticism of the actor.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

bool copula(std::string_view lower)
{
    return lower == "is" || lower == "are" || lower == "was" || lower == "were" || lower == "been" || lower == "be" ||
           lower == "constitutes" || lower == "constituted" || lower == "constitute" || lower == "represents" ||
           lower == "represented" || lower == "amounts" || lower == "amounted" || lower == "remains" ||
           lower == "remained";
}

} // namespace

// The owner named just before a noun phrase's head: "Peru's reckless move", "Peruvian aggression", "its lies".
std::vector<int> SentenceRules::ownerBefore(int position) const
{
    for (int i = position - 1, skipped = 0; i >= 0 && skipped <= 3; --i, ++skipped) {
        for (const auto& mention : m_analysis.mentions) {
            if (mention.end != i + 1 && !(is(i, "'s") && mention.end == i)) {
                continue;
            }
            if (!isParticipantOrModifier(mention)) {
                return {};
            }
            const bool owner = mention.possessive || mention.kind == MentionKind::Pronoun ||
                               mention.kind == MentionKind::Demonym || skipped == 0;
            return owner ? mention.actors : std::vector<int>{};
        }
        if (token(i).kind != TokenKind::Word || isBoundary(i) || wordClass(i, "determiner") || copula(token(i).lower) ||
            triggerAt(i)) {
            break;
        }
    }
    return {};
}

// "Chile called Peru's move a violation of the treaty", "Chile said Peru's drills were reckless", "the launch
// was a provocation by Peru, the ministry said": whoever calls an actor's act one of these words criticises
// that actor. The act's owner comes from "by X", a possessive or demonym before the word, the subject of a
// copula, or the object of a verb of calling; the critic is that verb's subject or the sentence's speaker.
void SentenceRules::evaluative(const TriggerHit& hit)
{
    std::vector<int> owners;
    // "a provocation by Peru", "the illegal occupation by Peru", "a false flag operation by Peru".
    const int by = is(hit.end, "by") ? hit.end : (hit.end + 1 < m_count && token(hit.end).kind == TokenKind::Word && is(hit.end + 1, "by")) ? hit.end + 1 : -1;
    if (by >= 0) {
        for (int i = by + 1; i < std::min(m_count, by + 3); ++i) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                owners = participantsOf(m);
                break;
            }
        }
    }
    // ("Peru's enemies" are those hostile to Peru: a relational noun's owner is no one criticised.)
    if (owners.empty() && hit.entry->lemma != "enemy") {
        owners = ownerBefore(hit.begin);
    }
    // A verb of calling before the word: "branded Peru's plan a disaster", "described the raid as illegal".
    int call = -1;
    // ('described the raid as "a dangerous escalation"': a quotation mark may open the words.)
    for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 10) && (!isBoundary(i) || is(i, "\"")); --i) {
        if (wordClass(i, "verb.evaluation")) {
            call = i;
            break;
        }
    }
    // "called the move illegal", "the decision was a provocation": a definite act noun stands for the act
    // last reported, as in object phrases.
    const auto actBefore = [&](int from) -> std::vector<int> {
        for (const auto& other : m_hits) {
            if (other.begin >= from && other.begin < hit.begin && other.entry->frame == TriggerFrame::Event &&
                other.begin > 0 && wordClass(other.begin - 1, "determiner")) {
                // "This action is illegal": the act last named with its authors in an earlier sentence.
                const auto* act = recentAct(token(other.begin).lower);
                if (!act) {
                    act = recentAct({});
                }
                if (act && act->sentence < m_discourse.sentence) {
                    return act->owners;
                }
                return !m_discourse.lastEventActors.empty() ? m_discourse.lastEventActors : m_discourse.previousSubject;
            }
        }
        return {};
    };
    std::vector<int> sources;
    const char* rule = "evaluative.reported";
    if (call >= 0) {
        rule = "evaluative.call";
        // "rejected Peru's proposal, calling it unacceptable": "it" is the act the main clause just named, whose
        // owner that clause made its target.
        if (call > 0 && is(call - 1, ",") && (is(call + 1, "it") || is(call + 1, "them") || is(call + 1, "this"))) {
            for (auto f = m_findings.rbegin(); f != m_findings.rend() && owners.empty(); ++f) {
                if (f->triggerBegin < call && f->type != RelationType::Cooperation) {
                    owners = {f->target};
                    for (auto g = std::next(f); g != m_findings.rend() && g->triggerBegin == f->triggerBegin; ++g) {
                        if (g->type == f->type && std::find(owners.begin(), owners.end(), g->target) == owners.end()) {
                            owners.push_back(g->target);
                        }
                    }
                }
            }
        }
        if (owners.empty()) {
            for (int i = call + 1; i < hit.begin; ++i) {
                if (const int m = mentionStartingAt(i); m >= 0 && isParticipantOrModifier(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                    owners = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
                    break;
                }
            }
        }
        if (owners.empty()) {
            owners = actBefore(call + 1);
        }
        sources = leftParticipants(call);
        // "Chile rejected the plan, calling it ...": the participle speaks for the main clause's subject.
        if (auto shared = participleSubject(call); !shared.empty()) {
            sources = shared;
        }
        if (sources.empty() && quotedOrSubjectless(call)) {
            sources = speaker();
        }
    } else {
        // The subject of a copula: "Peru's drills were reckless", "the Peruvian claims are baseless".
        if (owners.empty()) {
            int be = -1;
            for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 5) && (!isBoundary(i) || is(i, "\"")) && !is(i, ","); --i) {
                if (copula(token(i).lower)) { // ('were "groundless"': a quotation mark may open the word)
                    be = i;
                    break;
                }
            }
            if (be > 0) {
                int clauseStart = be - 1;
                while (clauseStart > 0 && !isBoundary(clauseStart - 1) && !is(clauseStart - 1, ",")) {
                    --clauseStart;
                }
                for (int i = be - 1; i >= 0 && !isBoundary(i) && !is(i, ",") && !(triggerAt(i) && verbal(triggerAt(i)->entry->frame)); --i) {
                    const auto found = std::find_if(m_analysis.mentions.begin(), m_analysis.mentions.end(),
                                                    [&](const Mention& mention) { return mention.end == i + 1; });
                    if (found != m_analysis.mentions.end()) {
                        if (isParticipantOrModifier(*found)) {
                            owners = found->actors;
                        }
                        break;
                    }
                }
            }
        }
        if (owners.empty()) {
            for (int i = hit.begin - 1; i >= std::max(0, hit.begin - 5) && !isBoundary(i) && !is(i, ","); --i) {
                if (copula(token(i).lower)) {
                    int start = i;
                    while (start > 0 && !isBoundary(start - 1) && !is(start - 1, ",")) {
                        --start;
                    }
                    owners = actBefore(start);
                    break;
                }
            }
        }
        sources = speaker();
        // "The raids were illegal, Chile said of the Peruvian strikes": the act's owner follows "said of".
        if (owners.empty()) {
            for (const auto& other : m_hits) {
                if (other.entry->frame == TriggerFrame::Speech && other.begin > hit.begin && is(other.end, "of")) {
                    for (int i = other.end + 1; i < std::min(m_count, other.end + 4) && owners.empty(); ++i) {
                        if (const int m = mentionStartingAt(i); m >= 0 && isParticipantOrModifier(m_analysis.mentions[static_cast<std::size_t>(m)])) {
                            owners = m_analysis.mentions[static_cast<std::size_t>(m)].actors;
                        }
                    }
                }
            }
        }
        if (sources.empty()) {
            const bool quoted = std::any_of(m_tokens.begin(), m_tokens.end(), [](const Token& t) { return t.text == "\""; });
            if (quoted && m_discourse.lastSpeaker >= 0) {
                sources = {m_discourse.lastSpeaker};
            }
        }
    }
    emit(RelationType::Criticism, sources, owners, hit, rule, hit.entry->confidence * 0.8);
    // "called Peru's accusations baseless": a claim called false is also rejected.
    if (call >= 0 && !owners.empty()) {
        for (int i = call + 1; i < hit.begin; ++i) {
            if (wordClass(i, "noun.claim")) {
                emit(RelationType::Rejection, sources, owners, hit, "evaluative.claim", hit.entry->confidence * 0.7);
                break;
            }
        }
    }
}

} // namespace diplograph::core::detail
