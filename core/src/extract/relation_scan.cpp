// Scanning helpers for the relation rules: triggers, clause boundaries, subjects, objects and speakers.
#include "extract/relation_rules.h"

#include <algorithm>

namespace diplograph::core::detail {

std::vector<int> coordinatedGroup(const SentenceAnalysis& analysis, int index)
{
    const auto& mentions = analysis.mentions;
    const auto& tokens = analysis.tokens;
    // Only commas, "and", "as well as", "both" and articles may stand between coordinated mentions.
    auto joined = [&](const Mention& left, const Mention& right) {
        bool connector = false;
        bool conjunction = false;
        if (right.begin - left.end > 5 || right.begin < left.end) {
            return false;
        }
        for (int i = left.end; i < right.begin; ++i) {
            const auto& lower = tokens[static_cast<std::size_t>(i)].lower;
            if (lower == "," || lower == "and" || lower == "&") {
                connector = true;
                conjunction = conjunction || lower != ",";
            } else if (lower != "as" && lower != "well" && lower != "the" && lower != "both" && lower != "'s") {
                return false;
            }
        }
        // "Peru, Chile's ally, ...", "Chile's ally, Peru, ...": a possessive after a bare comma opens an
        // apposition, not a list.
        if (!conjunction && (left.possessive || right.possessive)) {
            return false;
        }
        return connector;
    };
    // Collected backwards, then reversed: inserting at the front made a long list of names quadratic. Callers
    // ask once per mention, so the group is also capped: real lists name a few dozen actors at most, and a
    // window of "Iran, Iran, ..." would otherwise cost the square of its mentions.
    constexpr int kMaxReach = 64;
    std::vector<int> group;
    for (int m = index; m > 0 && index - m < kMaxReach; --m) {
        const auto& previous = mentions[static_cast<std::size_t>(m - 1)];
        if (previous.location || !joined(previous, mentions[static_cast<std::size_t>(m)])) {
            break;
        }
        group.push_back(m - 1);
    }
    std::reverse(group.begin(), group.end());
    group.push_back(index);
    for (int m = index; m + 1 < static_cast<int>(mentions.size()) && m - index < kMaxReach; ++m) {
        const auto& next = mentions[static_cast<std::size_t>(m + 1)];
        if (next.location || !joined(mentions[static_cast<std::size_t>(m)], next)) {
            break;
        }
        group.push_back(m + 1);
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

void SentenceRules::findTriggers()
{
    // The first "that" after a directive ("demanded that", "urged them that") and after a denial ("denied
    // that"), so blocked() need not rescan the sentence for every trigger.
    for (int i = 1; i < m_count && (m_firstDirectiveThat == kNone || m_firstDenialThat == kNone); ++i) {
        // "rejected accusations that it supplied arms to Peru": a claim's content is not asserted (but "Chile
        // claims that ...", a verb after its subject, reports speech).
        const bool claimNoun = i > 1 && wordClass(i - 1, "noun.claim") && !mentionEndingBefore(i - 1) &&
                               !wordClass(i - 2, "pronoun");
        if (is(i, "that") && m_firstDenialThat == kNone && (wordClass(i - 1, "verb.denial") || claimNoun)) {
            m_firstDenialThat = i;
        }
        if (is(i, "that") && m_firstDirectiveThat == kNone &&
            (wordClass(i - 1, "verb.directive") || (i > 1 && wordClass(i - 2, "verb.directive")))) {
            m_firstDirectiveThat = i;
        }
    }
    // Per token: whether "if", "unless" or "whether" stands before it with no ";" or "," in between, so
    // blocked() need not walk back through a long clause for every trigger.
    m_conditionalBefore.assign(static_cast<std::size_t>(m_count) + 1, false);
    m_quotesBefore.assign(static_cast<std::size_t>(m_count) + 1, 0);
    for (int i = 0; i < m_count; ++i) {
        const bool open = is(i, "if") || is(i, "unless") || is(i, "whether") ||
                          (m_conditionalBefore[static_cast<std::size_t>(i)] && !is(i, ";") && !is(i, ","));
        m_conditionalBefore[static_cast<std::size_t>(i) + 1] = open;
        m_quotesBefore[static_cast<std::size_t>(i) + 1] = m_quotesBefore[static_cast<std::size_t>(i)] + (is(i, "\"") ? 1 : 0);
    }
    // A word inside a name is no trigger: "Rapid Support Forces", "Cooperation Council".
    std::vector<bool> inName(static_cast<std::size_t>(m_count), false);
    for (const auto& mention : m_analysis.mentions) {
        if (mention.kind == MentionKind::Name || mention.kind == MentionKind::Body) {
            for (int k = mention.begin; k < mention.end; ++k) {
                inName[static_cast<std::size_t>(k)] = true;
            }
        }
    }
    for (int i = 0; i < m_count; ++i) {
        const auto* info = m_analysis.words[static_cast<std::size_t>(i)];
        if (!info || info->triggers.empty() || inName[static_cast<std::size_t>(i)]) {
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
        const bool nounBefore = i > 0 && (wordClass(i - 1, "determiner") || is(i - 1, "'s") ||
                                          wordClass(i - 1, "pronoun.singular.possessive") ||
                                          wordClass(i - 1, "pronoun.plural.possessive") || is(i - 1, "of") ||
                                          is(i - 1, "-") || (is(i - 1, "in") && !token(i).lower.ends_with("ing")) || // "in protest", not "in condemning"
                                          (i > 1 && wordClass(i - 1, "adjective.degree") && wordClass(i - 2, "determiner")));
        // "the Peruvian claims": after a demonym used as an adjective the word is a noun ("Peruvians claim" is not).
        const bool afterAdjective = i > 0 && std::any_of(m_analysis.mentions.begin(), m_analysis.mentions.end(), [&](const Mention& mention) {
            return mention.end == i && mention.kind == MentionKind::Demonym && !token(i - 1).lower.ends_with("s");
        });
        const bool nounContext = is(i + static_cast<int>(bestLength), "of") || nounBefore || afterAdjective;
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
            // but negation, modal, event and pact words work in any context; a verb with no noun reading
            // stays a verb before "of" ("said of the raids", "warned of consequences").
            for (const auto* entry : best) {
                if (!verbal(entry->frame) || !nounContext || !(nounBefore || afterAdjective)) {
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
        m_longestHit = std::max(m_longestHit, static_cast<int>(bestLength));
        // A pact noun is also a cooperation noun; keep both readings.
        for (const auto* entry : best) {
            if (entry != chosen && (entry->frame == TriggerFrame::Pact || entry->frame == TriggerFrame::Event)) {
                m_hits.push_back({i, i + static_cast<int>(bestLength), entry});
            }
        }
        i += static_cast<int>(bestLength) - 1;
    }
}

// The hits are in order of `begin` (findTriggers scans left to right), so lookups are binary searches.
std::vector<TriggerHit>::const_iterator SentenceRules::firstHitFrom(int i) const
{
    return std::lower_bound(m_hits.begin(), m_hits.end(), i,
                            [](const TriggerHit& hit, int position) { return hit.begin < position; });
}

const TriggerHit* SentenceRules::triggerAt(int i) const
{
    const auto it = firstHitFrom(i);
    return it != m_hits.end() && it->begin == i ? &*it : nullptr;
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
    // Only hits that begin before this one and end at most three tokens before it can negate it.
    for (auto it = firstHitFrom(hit.begin); it != m_hits.begin();) {
        const auto& other = *--it;
        if (other.begin + m_longestHit < hit.begin - 3) {
            break;
        }
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
    // "once praised", "once backed": an act of the past, or one that waits on a condition ("once Chile agrees").
    if (hit.begin > 0 && is(hit.begin - 1, "once") && verbal(hit.entry->frame)) {
        return true;
    }
    // "refused to ...": the refusal of an action is not a rejection of an actor.
    if (hit.entry->lemma == "refuse" && is(hit.end, "to")) {
        return true;
    }
    // "urged X to support Y", "threatened to sever ties": a directive or intention, not an act; nor is a named
    // act further inside it ("urged X and Y to settle their dispute through dialogue").
    for (int to = hit.begin - 1; to >= std::max(0, hit.begin - 8) && !isBoundary(to) && !is(to, ","); --to) {
        if (!is(to, "to") || (to < hit.begin - 1 && hit.entry->frame != TriggerFrame::Nominal)) {
            continue;
        }
        for (int i = to - 1; i >= std::max(0, to - 7) && !isBoundary(i); --i) {
            if (wordClass(i, "verb.directive")) {
                return true;
            }
        }
        break;
    }
    // "demanded that its partners refuse to ...": the content of a demand has not happened.
    // "denied that it had held talks with ...": not even a named act in what is denied happened ("demanded that
    // Chile match Peru's support" presupposes Peru's support).
    if ((verbal(hit.entry->frame) || hit.entry->frame == TriggerFrame::Negative) &&
        m_firstDirectiveThat <= hit.begin - 1) {
        return true;
    }
    if (m_firstDenialThat <= hit.begin - 1) {
        return true;
    }
    // "if" or "unless" earlier in the same clause.
    if (m_conditionalBefore[static_cast<std::size_t>(hit.begin)]) {
        return true;
    }
    // "the talks with Peru were postponed".
    return nominalUndone(hit);
}

bool SentenceRules::mentionEndingBefore(int i) const
{
    return mentionEndingAt(i) >= 0;
}

int SentenceRules::mentionEndingAt(int end) const
{
    const auto& mentions = m_analysis.mentions;
    const auto it = std::find_if(mentions.begin(), mentions.end(), [end](const Mention& mention) { return mention.end == end; });
    return it == mentions.end() ? -1 : static_cast<int>(it - mentions.begin());
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
    for (auto it = firstHitFrom(i); it != m_hits.end() && it->begin == i; ++it) {
        if (it->entry->frame == TriggerFrame::Nominal) {
            return true;
        }
    }
    return false;
}

// Mentions are sorted by `begin`: the first at or after token i, by binary search.
int SentenceRules::firstMentionFrom(int i) const
{
    const auto& mentions = m_analysis.mentions;
    return static_cast<int>(
        std::lower_bound(mentions.begin(), mentions.end(), i,
                         [](const Mention& mention, int position) { return mention.begin < position; }) -
        mentions.begin());
}

int SentenceRules::mentionStartingAt(int i) const
{
    const int m = firstMentionFrom(i);
    return m < static_cast<int>(m_analysis.mentions.size()) &&
                   m_analysis.mentions[static_cast<std::size_t>(m)].begin == i
               ? m
               : -1;
}

std::vector<int> SentenceRules::participantsOf(int mentionIndex) const
{
    // "According to Chile and Peru, Bolivia ...": the attribution is not coordinated with the name after its comma.
    const int attributionBegin = m_attributionBegin;
    const int attributionEnd = m_attributionEnd;
    const auto inAttribution = [&](int m) {
        const int begin = m_analysis.mentions[static_cast<std::size_t>(m)].begin;
        return begin >= attributionBegin && begin < attributionEnd;
    };
    const bool self = attributionBegin >= 0 && inAttribution(mentionIndex);
    std::vector<int> group;
    for (const int m : coordinatedGroup(m_analysis, mentionIndex)) {
        if (isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)]) &&
            (attributionBegin < 0 || inAttribution(m) == self)) {
            group.push_back(m);
        }
    }
    return groupActors(m_analysis, group);
}

// The subject: the nearest participant before `position` within its clause.
std::vector<int> SentenceRules::leftParticipants(int position, int limit) const
{
    // "Chile, which borders Peru, hosts ...", "Boric, whose government ..., made ...":
    // a parenthetical between the subject and its verb is skipped.
    int appositionStart = -1;
    // The comma is looked for within a clause's reach: a run of words with no boundary (a sentence without
    // punctuation thousands of tokens long) is not scanned back to its start from every trigger.
    constexpr int kParentheticalReach = 40;
    for (int c = position - 1; c > 0 && position - c <= kParentheticalReach; --c) {
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
        // ("Chile, a close ally of Peru, hosts ...": an apposition opens with a determiner.)
        if (open > 0 && is(open, ",") &&
            (wordClass(open + 1, "boundary") || mentionStartingAt(open + 1) >= 0 || is(open + 1, "a") ||
             is(open + 1, "an") || is(open + 1, "the"))) {
            position = open;
            appositionStart = open + 1;
        }
        break;
    }
    // "Ana Ruiz, the Peruvian envoy to the UN, condemned ...": when the name before the apposition is no actor
    // the tokenizer knows, the apposition says whom the subject acts for.
    const auto apposition = [&]() -> std::vector<int> {
        if (appositionStart < 0) {
            return {};
        }
        for (int k = appositionStart; k <= appositionStart + 1 && k < m_count; ++k) {
            if (const int m = mentionStartingAt(k); m >= 0 && isParticipant(m_analysis.mentions[static_cast<std::size_t>(m)]) &&
                                                    m_analysis.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Pronoun) {
                // The subject before the comma must be a capitalised word no known name ends in.
                const bool named = appositionStart >= 2 && token(appositionStart - 2).capitalised &&
                                   !mentionEndingBefore(appositionStart - 1);
                return named ? participantsOf(m) : std::vector<int>{};
            }
        }
        return {};
    };
    int scanFrom = position;
    // A subject further back than this is another clause's (and walking back over every earlier mention from
    // every trigger would be quadratic in a sentence of thousands of names).
    constexpr int kSubjectReach = 80;
    // Mentions that begin at or after `position` also end after it and would be skipped.
    for (int m = firstMentionFrom(position) - 1; m >= 0; --m) {
        const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
        if (mention.end > position) {
            continue;
        }
        for (int i = mention.end; i < scanFrom; ++i) {
            if (isBoundary(i)) {
                // "Boric, whose government has ...", "Chile, which signed ...": the relative's antecedent.
                if ((is(i, "whose") || is(i, "which") || is(i, "who")) && i == mention.end + 1 && is(mention.end, ",") &&
                    isParticipant(mention)) {
                    return participantsOf(m);
                }
                return {};
            }
        }
        scanFrom = mention.begin;
        if (mention.begin < limit || position - mention.begin > kSubjectReach) {
            return {};
        }
        // "Chile's ambassador to Peru said": the state an envoy is posted to is part of the subject's phrase,
        // whom the subject acts for is named before it.
        {
            int before = mention.begin - 1;
            if (before > 0 && is(before, "the")) {
                --before;
            }
            if (before > 0 && (is(before, "to") || is(before, "in")) && wordClass(before - 1, "head.envoy") &&
                mentionEndingAt(before) >= 0) {
                continue;
            }
        }
        // "US mediation", "Iran's support": a name that modifies a noun is not the subject.
        if (isParticipant(mention) && !(mention.end < m_count && nounTrigger(mention.end))) {
            return participantsOf(m);
        }
    }
    return apposition();
}

// The object phrase: participants after `position` up to the end of the clause.
std::vector<int> SentenceRules::rightParticipants(int position, int* stop) const
{
    std::vector<int> result;
    bool sawReference = false;
    bool topic = false; // after "over" or "about" once a target is named
    int lastParticipantEnd = position;
    const int limit = std::min(m_count, position + 30);
    int i = position;
    for (; i < limit; ++i) {
        if (isBoundary(i) && i > position && !is(i, "\"")) { // quotes inside an object phrase: denounced as "a lie"
            break;
        }
        // "lashed out at X over its arms sales to Y": once the target is named, "over" and "about" open the
        // topic; a name the topic's own prepositions introduce there is a recipient or place, not a target
        // (the topic's owners still are: "over the X-Y pact").
        if (!result.empty() && (is(i, "over") || is(i, "about"))) {
            topic = true;
        }
        // "condemned X's decision to send arms to Y": an infinitive describes the target's act, and the names
        // its prepositions bring in are recipients and places, as in a topic.
        if (!result.empty() && is(i, "to") && i + 1 < m_count && token(i + 1).kind == TokenKind::Word &&
            !token(i + 1).capitalised && !wordClass(i + 1, "determiner") && !wordClass(i + 1, "pronoun") &&
            mentionStartingAt(i + 1) < 0) {
            topic = true;
        }
        if (topic && i > position && (is(i - 1, "to") || is(i - 1, "in") || is(i - 1, "into") || is(i - 1, "from") ||
                                      is(i - 1, "on") || is(i - 1, "with"))) {
            if (const int m = mentionStartingAt(i); m >= 0) {
                i = m_analysis.mentions[static_cast<std::size_t>(m)].end - 1;
                continue;
            }
        }
        // "objected to the Dalai Lama's visit to India": an act owned by someone who is no actor is no target's,
        // and the names its prepositions bring in are places and recipients.
        if (result.empty() && is(i, "'s") && i > position && token(i - 1).capitalised && !mentionEndingBefore(i)) {
            topic = true;
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
        // ("opposes and condemns the move": a verb coordinated right after the trigger shares its object.)
        if (is(i, "and") && i + 1 < m_count &&
            (wordClass(i + 1, "verb.light") || wordClass(i + 1, "verb.directive") || triggerAt(i + 1)) &&
            !(result.empty() && i == position && triggerAt(i + 1) && verbal(triggerAt(i + 1)->entry->frame))) {
            break;
        }
        // "condemned X for its attacks", "opposed X's mediation in talks with Y": after the object,
        // a reason or a circumstance follows.
        if (!result.empty() && (is(i, "for") || wordClass(i, "preposition.circumstance"))) {
            break;
        }
        // ", the White House said", '," the Chilean foreign minister said': the attribution closes the object phrase.
        if (is(i, ",")) {
            bool attribution = false;
            for (int k = i + 1; k < std::min(m_count, i + 8); ++k) {
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
        // "criticised Peru, Bolivia's closest ally,": a possessive name after a bare comma opens an apposition.
        if (!result.empty() && is(i, ",") && i + 1 < m_count) {
            if (const int m = mentionStartingAt(i + 1); m >= 0 && m_analysis.mentions[static_cast<std::size_t>(m)].possessive &&
                                                       m_analysis.mentions[static_cast<std::size_t>(m)].kind != MentionKind::Pronoun) {
                const int after = m_analysis.mentions[static_cast<std::size_t>(m)].end + 1;
                bool list = false; // "Peru, Chile's and Bolivia's ..." is still a list
                for (int k = after; k < std::min(m_count, after + 4) && !list && !is(k, ","); ++k) {
                    list = is(k, "and") || is(k, "or");
                }
                if (!list) {
                    break;
                }
            }
        }
        // "opened talks with X, a decision Y had opposed": an apposition after the object describes the act.
        if (!result.empty() && is(i, ",") && i + 1 < m_count && (is(i + 1, "a") || is(i + 1, "an")) &&
            mentionStartingAt(i + 1) < 0) {
            break;
        }
        // "summons X, invokes Y": a comma before a lowercase word starts another clause.
        if (!result.empty() && is(i, ",") && i + 1 < m_count && token(i + 1).kind == TokenKind::Word &&
            !token(i + 1).capitalised && !is(i + 1, "and") && !is(i + 1, "as") && !is(i + 1, "or") &&
            !wordClass(i + 1, "determiner") && !is(i + 1, "both")) {
            break;
        }
        // "condemned X's plan to annex Y": an infinitive after the object is the act, whose object is no target
        // (unless the act is itself a cooperation, "X's plan to sell arms to Y", whose parties are both
        // criticised); "Y's move drew criticism from Z": a verb of receiving starts the predicate.
        if (!result.empty() && is(i, "to") && i + 1 < m_count && token(i + 1).kind == TokenKind::Word &&
            !token(i + 1).capitalised && !wordClass(i + 1, "determiner") && mentionStartingAt(i + 1) < 0 &&
            !(triggerAt(i + 1) && triggerAt(i + 1)->entry->type == RelationType::Cooperation)) {
            break;
        }
        if (!result.empty() && wordClass(i, "verb.receive")) {
            break;
        }
        // "X's support for Y has angered Z": a finite verb after the object starts the predicate.
        if (!result.empty() && (is(i, "has") || is(i, "have") || is(i, "had") || is(i, "is") || is(i, "are") ||
                                is(i, "was") || is(i, "were") || is(i, "will") || is(i, "would"))) {
            break;
        }
        // "X's support for Y in their struggle against Z": Z is the adversary of the phrase, not its object.
        if (!result.empty() && is(i, "against")) {
            break;
        }
        // "The resolution, drafted by X, passed. Y voted against it.": an "it" the references left unresolved,
        // right after a rejection or criticism verb, is the act last named with its authors.
        if (result.empty() && i == position && is(i, "it")) {
            const int m = mentionStartingAt(i);
            bool unresolved = m < 0 || m_analysis.mentions[static_cast<std::size_t>(m)].actors.empty();
            // An object pronoun is not its own clause's subject ("Bolivia rejected it" is not Bolivia): bound to
            // a name earlier in this sentence, it is as good as unresolved.
            if (!unresolved) {
                unresolved = std::all_of(m_analysis.mentions[static_cast<std::size_t>(m)].actors.begin(),
                                         m_analysis.mentions[static_cast<std::size_t>(m)].actors.end(), [&](int actor) {
                                             return std::any_of(m_analysis.mentions.begin(), m_analysis.mentions.begin() + m,
                                                                [&](const Mention& before) {
                                                                    return std::find(before.actors.begin(), before.actors.end(),
                                                                                     actor) != before.actors.end();
                                                                });
                                         });
            }
            const auto* act = unresolved ? recentAct({}) : nullptr;
            for (const auto& hit : m_hits) {
                if (act && act->sentence < m_discourse.sentence && hit.end == position &&
                    (hit.entry->type == RelationType::Rejection || hit.entry->type == RelationType::Criticism)) {
                    result = act->owners;
                    sawReference = true;
                }
            }
            if (sawReference) {
                continue;
            }
        }
        // "China firmly opposes it": right after an act was criticised, "it" is that act.
        if (result.empty() && i == position && is(i, "it") && !m_discourse.lastEventActors.empty()) {
            for (const auto& hit : m_hits) {
                if (hit.end == position && hit.entry->type != RelationType::Cooperation &&
                    hit.entry->type != RelationType::Invalid) {
                    result = m_discourse.lastEventActors;
                    sawReference = true;
                }
            }
            if (sawReference) {
                continue;
            }
        }
        if (const int m = mentionStartingAt(i); m >= 0) {
            const auto& mention = m_analysis.mentions[static_cast<std::size_t>(m)];
            // "Peru's OECD bid": a name between an owner and its noun only classifies the noun.
            const bool classifier = !result.empty() && i > 0 && is(i - 1, "'s") && !mention.possessive &&
                                    mention.end < m_count && token(mention.end).kind == TokenKind::Word &&
                                    !token(mention.end).capitalised && !wordClass(mention.end, "connective");
            if (isParticipant(mention) && !classifier) {
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
        // "rejected the accusations": the accusers of the last three sentences; "dismissed the criticism": the
        // critics.
        if (!sawReference && result.empty() && determined && !is(i + 1, "by") && !is(i + 1, "from") &&
            !is(i + 1, "of")) {
            const auto* act = wordClass(i, "noun.claim") ? recentAct(kClaimAct) : nullptr;
            if (!act) {
                for (auto it = firstHitFrom(i); it != m_hits.end() && it->begin == i && !act; ++it) {
                    if (it->entry->frame == TriggerFrame::Nominal && it->entry->type == RelationType::Criticism) {
                        act = recentAct(kCriticismAct);
                    }
                }
            }
            if (act) {
                result = act->owners;
                sawReference = true;
            }
        }
        if (!sawReference && result.empty() && determined) {
            for (const auto& hit : m_hits) {
                if (hit.begin != i) {
                    continue;
                }
                if (hit.entry->frame == TriggerFrame::Pact && !m_discourse.lastPactParties.empty()) {
                    result = m_discourse.lastPactParties;
                    sawReference = true;
                } else if (hit.entry->frame == TriggerFrame::Event) {
                    // "rejected the resolution": the authors of the resolution named before; else the act last
                    // criticised, else the act the previous sentence reported.
                    if (const auto* act = recentAct(token(i).lower); act && hit.end == i + 1 && !is(i + 1, "by")) {
                        result = act->owners;
                    } else {
                        // (No one made the claims a sentence rejects just by being the last sentence's subject.)
                        const bool claim = wordClass(i, "noun.claim");
                        result = !m_discourse.lastEventActors.empty() ? m_discourse.lastEventActors
                                 : claim                              ? std::vector<int>{}
                                                                      : m_discourse.previousSubject;
                        // "Chile rejected a ruling ordering it to pay. Peru welcomed the decision.": the act's
                        // critics, named in its object, are not its owners for whoever welcomes it.
                        const bool welcoming = std::any_of(m_hits.begin(), m_hits.end(), [&](const TriggerHit& verb) {
                            return verb.end == position && verb.entry->type == RelationType::Cooperation;
                        });
                        if (welcoming && hit.end == i + 1 && !m_discourse.lastEventActors.empty()) {
                            std::erase_if(result, [&](int actor) {
                                return std::any_of(m_discourse.lastEventCritics.begin(),
                                                   m_discourse.lastEventCritics.end(), [&](int critic) {
                                                       return m_actors.entityCode(critic) == m_actors.entityCode(actor);
                                                   });
                            });
                        }
                    }
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

// The subject a participle after a comma shares: "Chile imposed tariffs on Peru, accusing it of ..." -> Chile,
// the first participant of the sentence when it stands before the main clause's first word that is no name.
std::vector<int> SentenceRules::participleSubject(int position) const
{
    if (position < 2 || !is(position - 1, ",") || !token(position).lower.ends_with("ing")) {
        return {};
    }
    for (std::size_t m = 0; m < m_analysis.mentions.size(); ++m) {
        const auto& mention = m_analysis.mentions[m];
        if (mention.begin >= position - 1) {
            break;
        }
        if (isParticipant(mention)) {
            // Only a clause-initial subject: nothing but determiners and modifiers before it.
            // A short fronted adverbial before a comma may open the sentence ("Earlier this month, Chinese
            // warships ...", "On Monday, Chile ..."): no verb in it, and no name but places.
            bool initial = true;
            for (int k = mention.begin - 1; k >= 0 && initial; --k) {
                if (is(k, ",") && k <= 8) {
                    bool verb = false;
                    for (auto it = m_hits.begin(); it != m_hits.end() && it->begin < k && !verb; ++it) {
                        verb = verbal(it->entry->frame);
                    }
                    if (!verb) {
                        break;
                    }
                }
                initial = wordClass(k, "determiner") || wordClass(k, "modifier") || token(k).text == "\"";
            }
            return initial ? participantsOf(static_cast<int>(m)) : std::vector<int>{};
        }
    }
    return {};
}

// Whether the speaker may stand in for a missing subject: the trigger is inside a quotation, or nothing but
// adverbs and pronouns stands before it in its clause ("Workers blocked ..." has a subject, just no actor).
bool SentenceRules::quotedOrSubjectless(int position) const
{
    if (m_quotesBefore[static_cast<std::size_t>(position)] % 2 == 1) {
        return true;
    }
    // The clause's first word: "In a letter handed over to X, ..." opens with a preposition, so the words before
    // the verb are inside a prepositional phrase and no subject.
    if (position <= 0) {
        return true; // the trigger opens the sentence
    }
    int start = position - 1;
    while (start > 0 && !isBoundary(start - 1) && !is(start - 1, ",")) {
        --start;
    }
    if (start < position && (wordClass(start, "preposition") || is(start, "with") || is(start, "by"))) {
        return true;
    }
    for (int i = position - 1; i >= start; --i) {
        if (token(i).kind == TokenKind::Word && !token(i).lower.ends_with("ly") && !wordClass(i, "pronoun") &&
            !wordClass(i, "auxiliary") && !wordClass(i, "connective")) {
            return false;
        }
    }
    return true;
}

// Who speaks in this sentence: "X said", "said X", "according to X".
std::vector<int> SentenceRules::speaker() const
{
    for (const auto& hit : m_hits) {
        if (hit.entry->frame != TriggerFrame::Speech) {
            continue;
        }
        if (hit.entry->lemma == "according to") {
            // "according to Chile", "according to the Chilean foreign ministry".
            for (int i = hit.end; i < std::min(m_count, hit.end + 2); ++i) {
                if (const int m = mentionStartingAt(i); m >= 0) {
                    return participantsOf(m);
                }
            }
            continue;
        }
        // "Chile criticised Peru, saying ...": a participle after a comma speaks for the main clause's subject,
        // not for the object before the comma.
        if (hit.begin > 1 && is(hit.begin - 1, ",") && token(hit.begin).lower.ends_with("ing")) {
            for (int k = hit.begin - 2; k >= 0; --k) {
                if (const auto* verb = triggerAt(k); verb && verbal(verb->entry->frame)) {
                    if (auto subject = leftParticipants(verb->begin); !subject.empty()) {
                        return subject;
                    }
                    break;
                }
            }
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
} // namespace diplograph::core::detail
