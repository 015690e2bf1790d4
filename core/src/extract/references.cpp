// References: known people and surnames, pronouns, descriptions ("the statement", "both nations").
#include "extract/analysis.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

const Token& at(const std::vector<Token>& tokens, int i)
{
    return tokens[static_cast<std::size_t>(i)];
}

void addMention(SentenceAnalysis& analysis, Mention mention)
{
    insertSorted(analysis.mentions, std::move(mention));
}

bool isParticipant(const Mention& mention)
{
    return !mention.location && !mention.modifier && !mention.actors.empty();
}

} // namespace

void findReferences(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors, Discourse& discourse)
{
    const auto& tokens = analysis.tokens;
    const int count = static_cast<int>(tokens.size());
    // Mentions found here start at the current token or later, so coverage known up front stays right.
    std::vector<bool> coveredTokens(static_cast<std::size_t>(count), false);
    for (const auto& mention : analysis.mentions) {
        for (int k = mention.begin; k < mention.end; ++k) {
            coveredTokens[static_cast<std::size_t>(k)] = true;
        }
    }
    for (int i = analysis.datelineEnd; i < count; ++i) {
        if (coveredTokens[static_cast<std::size_t>(i)] || at(tokens, i).kind != TokenKind::Word) {
            continue;
        }
        // Known people by full name ("Maria Zakharova"), then surnames and acronyms learned earlier.
        bool found = false;
        const auto* info = analysis.words[static_cast<std::size_t>(i)];
        const bool personStart = at(tokens, i).capitalised && info && info->personStart;
        for (int length = 4; length >= 1 && !found && personStart; --length) {
            if (i + length > count) {
                continue;
            }
            const std::string key = joinLower(tokens, i, i + length);
            // A short name ("Putin") stands for the full one, unless the article already named someone else so.
            std::string fullName;
            std::string displayName;
            if (const auto shortName = lexicon.personShortNames.find(key);
                shortName != lexicon.personShortNames.end() && !discourse.surnames.count(key)) {
                fullName = nameKey(shortName->second);
                displayName = shortName->second;
            }
            const auto person = lexicon.persons.find(fullName.empty() ? key : fullName);
            if (person == lexicon.persons.end()) {
                continue;
            }
            const auto entity = lexicon.entityByCode.find(person->second);
            if (entity == lexicon.entityByCode.end()) {
                continue;
            }
            const int owner = actors.entity(entity->second);
            std::string name;
            for (int k = i; k < i + length; ++k) {
                name += (k > i && at(tokens, k).spaceBefore ? " " : "") + std::string(at(tokens, k).text);
            }
            if (!displayName.empty()) {
                name = displayName;
            }
            const int actor = actors.agent(actors.at(owner).entity + "/" + slug(name), name, ActorKind::Person,
                                           actors.at(owner).entity, std::nullopt);
            registerPerson(discourse, fullName.empty() ? key : fullName, actor);
            Mention mention{i, i + length, MentionKind::Person, {actor}};
            mention.possessive = i + length < count && (at(tokens, i + length).lower == "'s" || at(tokens, i + length).lower == "'");
            addMention(analysis, mention);
            i += length - 1;
            found = true;
        }
        if (found) {
            continue;
        }
        const auto& lower = at(tokens, i).lower;
        if ((at(tokens, i).capitalised || at(tokens, i).allCaps) && discourse.surnames.count(lower)) {
            Mention mention{i, i + 1, MentionKind::Person, {discourse.surnames.at(lower)}};
            mention.possessive = i + 1 < count && (at(tokens, i + 1).lower == "'s" || at(tokens, i + 1).lower == "'");
            addMention(analysis, mention);
            continue;
        }
        // Multi-word references first: "the two countries", "both nations", "the statement".
        bool described = false;
        const bool phraseStart = info && info->phraseStart;
        for (int length = 3; length >= 2 && !described && phraseStart; --length) {
            if (i + length > count) {
                continue;
            }
            const auto it = lexicon.words.find(joinLower(tokens, i, i + length));
            if (it == lexicon.words.end() || !it->second.starts_with("reference.")) {
                continue;
            }
            Mention mention{i, i + length};
            mention.kind = it->second == "reference.pair"        ? MentionKind::Pair
                           : it->second == "reference.statement" ? MentionKind::Statement
                                                                 : MentionKind::Description;
            mention.plural = mention.kind == MentionKind::Pair;
            addMention(analysis, mention);
            i += length - 1;
            described = true;
        }
        if (described) {
            continue;
        }
        // "the South American country", "the Gulf state", "the oil-rich kingdom": a state described by up to
        // three modifiers before a state noun ("the Gulf state media" is a compound, not the state).
        if (phraseStart && lower == "the") {
            int head = -1;
            for (int j = i + 1; j < std::min(count, i + 5); ++j) {
                if (coveredTokens[static_cast<std::size_t>(j)] ||
                    (at(tokens, j).kind != TokenKind::Word && !(at(tokens, j).text == "-" && !at(tokens, j).spaceBefore))) {
                    break;
                }
                if (j > i + 1 && analysis.hasClass(j, "head.state")) {
                    head = j;
                    break;
                }
                const auto& word = at(tokens, j).lower;
                if ((info && info->personStart && at(tokens, j).capitalised) || discourse.surnames.count(word) ||
                    (analysis.words[static_cast<std::size_t>(j)] && analysis.words[static_cast<std::size_t>(j)]->personStart &&
                     at(tokens, j).capitalised) ||
                    word == "breakaway" || word == "separatist" || word == "rebel" || word == "self-declared" ||
                    word == "self-proclaimed" || word == "member" || word == "islamic") {
                    break; // "the Assad regime" is a person's; "the breakaway republic" no recognised state
                }
                if (analysis.hasClass(j, "determiner") || analysis.hasClass(j, "connective") ||
                    analysis.hasClass(j, "boundary") ||
                    (analysis.words[static_cast<std::size_t>(j)] &&
                     !analysis.words[static_cast<std::size_t>(j)]->triggers.empty())) {
                    break;
                }
            }
            // ("the South American country", "the Gulf state": which one needs geography the lexicon lacks, and
            // the last state named is often the wrong one; such a description is left unresolved.)
            for (int j = i + 1; head > 0 && j < head; ++j) {
                if (at(tokens, j).capitalised || analysis.hasClass(j, "modifier.region")) {
                    head = -1;
                }
            }
            // ("the member state department": a following word the lexicon does not know is a compound's head.)
            if (head > 0 && !(head + 1 < count && at(tokens, head + 1).kind == TokenKind::Word &&
                              !at(tokens, head + 1).capitalised && !analysis.words[static_cast<std::size_t>(head + 1)] &&
                              !analysis.hasClass(head + 1, "head.nonagent"))) {
                Mention mention{i, head + 1, MentionKind::Description};
                addMention(analysis, mention);
                i = head;
                continue;
            }
        }
        const auto word = lexicon.words.find(lower);
        if (word != lexicon.words.end() && word->second.starts_with("pronoun.")) {
            Mention mention{i, i + 1, MentionKind::Pronoun};
            mention.plural = word->second.starts_with("pronoun.plural");
            mention.possessive = word->second.ends_with(".possessive");
            mention.pronoun = word->second.starts_with("pronoun.person")    ? PronounKind::Person
                              : word->second.starts_with("pronoun.speaker") ? PronounKind::Speaker
                                                                            : PronounKind::Actor;
            addMention(analysis, mention);
        }
    }
}

void resolveReferences(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors,
                       Discourse& discourse)
{
    const auto& tokens = analysis.tokens;
    for (std::size_t m = 0; m < analysis.mentions.size(); ++m) {
        auto& mention = analysis.mentions[m];
        if (!mention.actors.empty()) {
            continue;
        }
        // An earlier participant of this sentence: "Lima stressed that it ...".
        std::vector<int> earlier;
        for (std::size_t e = 0; e < m; ++e) {
            if (isParticipant(analysis.mentions[e])) {
                earlier = groupActors(analysis, coordinatedGroup(analysis, static_cast<int>(e)));
                break;
            }
        }
        switch (mention.kind) {
        case MentionKind::Pronoun:
            if (mention.pronoun == PronounKind::Person) {
                if (discourse.lastPerson >= 0) {
                    mention.actors = {discourse.lastPerson};
                }
            } else if (mention.pronoun == PronounKind::Speaker) {
                if (discourse.lastSpeaker >= 0) {
                    mention.actors = {discourse.lastSpeaker};
                }
            } else if (mention.plural) {
                mention.actors = earlier.size() >= 2 ? earlier : discourse.lastPlural;
            } else if (earlier.size() == 1 && actors.at(earlier.front()).kind != ActorKind::Person) {
                mention.actors = earlier;
                // "X imposed tariffs on Y, accusing it of ...": an object pronoun right after a verb of the
                // relation lexicon stands for the last earlier name that is not the subject.
                const auto* before = mention.begin > 0 ? analysis.words[static_cast<std::size_t>(mention.begin - 1)] : nullptr;
                if (before && (!before->triggers.empty() || analysis.hasClass(mention.begin - 1, "verb.demand")) &&
                    !mention.possessive) {
                    for (std::size_t e = m; e-- > 0;) {
                        const auto& candidate = analysis.mentions[e];
                        if (isParticipant(candidate) && candidate.actors.size() == 1 && candidate.actors != earlier &&
                            actors.at(candidate.actors.front()).kind != ActorKind::Person) {
                            mention.actors = candidate.actors;
                            break;
                        }
                        if (isParticipant(candidate)) {
                            break;
                        }
                    }
                }
            } else if (discourse.lastSubject.size() == 1 &&
                       actors.at(discourse.lastSubject.front()).kind != ActorKind::Person) {
                mention.actors = discourse.lastSubject;
            }
            break;
        case MentionKind::Statement:
            if (discourse.lastSpeaker >= 0) {
                mention.actors = {discourse.lastSpeaker};
            }
            break;
        case MentionKind::Pair:
            mention.actors = !discourse.lastPactParties.empty() ? discourse.lastPactParties : discourse.lastPlural;
            break;
        case MentionKind::Description: {
            // "the kingdom", "the country": the last state; other heads: an acronym or role named before.
            const auto& head = tokens[static_cast<std::size_t>(mention.end - 1)].lower;
            if (discourse.surnames.count(head)) {
                mention.actors = {discourse.surnames.at(head)};
            } else if (const auto role = discourse.lastByRole.find(head); role != discourse.lastByRole.end()) {
                mention.actors = {role->second};
            } else if (analysis.hasClass(mention.end - 1, "head.state")) {
                // The last state named, in this sentence first ("suspended Peru and condemned the junta"). A
                // description after the verb is not its own clause's subject, which English would repeat with
                // "it" or "itself": "Chile criticised the country" is some other country, named before.
                const auto* before = mention.begin > 0 ? analysis.words[static_cast<std::size_t>(mention.begin - 1)] : nullptr;
                const bool object = mention.begin > 0 && !mention.possessive &&
                                    tokens[static_cast<std::size_t>(mention.begin - 1)].kind == TokenKind::Word &&
                                    tokens[static_cast<std::size_t>(mention.begin - 1)].lower != "that" &&
                                    !(before && std::any_of(before->triggers.begin(), before->triggers.end(),
                                                            [&](int t) {
                                                                return lexicon.triggers[static_cast<std::size_t>(t)].frame ==
                                                                       TriggerFrame::Speech;
                                                            }));
                int subject = -1;
                for (std::size_t e = 0; e < m && subject < 0; ++e) {
                    if (isParticipant(analysis.mentions[e]) && analysis.mentions[e].actors.size() == 1 &&
                        analysis.mentions[e].begin <= 2) {
                        subject = analysis.mentions[e].actors.front();
                    }
                }
                int state = -1;
                for (std::size_t e = 0; e < m; ++e) {
                    for (const int actor : analysis.mentions[e].actors) {
                        if (actors.at(actor).kind == ActorKind::State && !(object && actor == subject)) {
                            state = actor;
                        }
                    }
                }
                for (auto it = discourse.recentActors.rbegin(); state < 0 && it != discourse.recentActors.rend(); ++it) {
                    if (actors.at(*it).kind == ActorKind::State && !(object && *it == subject)) {
                        state = *it;
                    }
                }
                if (state >= 0) {
                    mention.actors = {state};
                }
            } else if (head == "administration" || head == "government") {
                if (!discourse.lastSubject.empty()) {
                    mention.actors = {actors.find(actors.entityCode(discourse.lastSubject.front()))};
                }
            }
            break;
        }
        default: break;
        }
        std::erase(mention.actors, -1);
    }
    (void)lexicon;
    // "'... the Quint supports them ...,' Vucic said": in a quotation, "they" and "them" are never the quoted
    // speaker's own side (who would say "we" and "us"), so such a pronoun bound to the speaker's entity is
    // unbound again. The speaker is the name right after the closing quotation mark.
    int closing = -1;
    for (int i = static_cast<int>(tokens.size()) - 1; i > 0 && closing < 0; --i) {
        if (tokens[static_cast<std::size_t>(i)].text == "\"") {
            closing = i;
        }
    }
    if (closing > 0) {
        const std::string* speakerEntity = nullptr;
        for (const auto& mention : analysis.mentions) {
            if (mention.begin > closing && mention.begin <= closing + 3 && isParticipant(mention) &&
                mention.kind != MentionKind::Pronoun) {
                speakerEntity = &actors.entityCode(mention.actors.front());
                break;
            }
        }
        for (auto& mention : analysis.mentions) {
            if (speakerEntity && mention.end <= closing && mention.kind == MentionKind::Pronoun &&
                mention.pronoun == PronounKind::Actor && mention.plural &&
                std::all_of(mention.actors.begin(), mention.actors.end(),
                            [&](int actor) { return actors.entityCode(actor) == *speakerEntity; })) {
                mention.actors.clear();
            }
        }
    }
    // What the next sentence may refer to. The mentions of one coordinated group (with no place in it) share
    // the group, so it is found once, not once per member: a long list made this quadratic.
    int groupFirst = -1;
    int groupLast = -2;
    std::vector<int> group;
    for (std::size_t m = 0; m < analysis.mentions.size(); ++m) {
        const auto& mention = analysis.mentions[m];
        if (!isParticipant(mention) || mention.nonAgentHead) {
            continue;
        }
        if (static_cast<int>(m) < groupFirst || static_cast<int>(m) > groupLast) {
            const auto members = coordinatedGroup(analysis, static_cast<int>(m));
            group = groupActors(analysis, members);
            const bool place = std::any_of(members.begin(), members.end(), [&](int member) {
                return analysis.mentions[static_cast<std::size_t>(member)].location;
            });
            groupFirst = place ? -1 : members.front();
            groupLast = place ? -2 : members.back();
        }
        if (group.size() >= 2 || mention.plural) {
            discourse.lastPlural = group;
        }
        for (const int actor : mention.actors) {
            discourse.recentActors.push_back(actor);
        }
    }
    discourse.previousSubject = discourse.lastSubject;
    for (std::size_t m = 0; m < analysis.mentions.size(); ++m) {
        if (isParticipant(analysis.mentions[m]) && !analysis.mentions[m].nonAgentHead) {
            discourse.lastSubject = groupActors(analysis, coordinatedGroup(analysis, static_cast<int>(m)));
            break;
        }
    }
}

} // namespace diplograph::core::detail
