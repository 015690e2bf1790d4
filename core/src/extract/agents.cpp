// Agents: role nouns bound to the entity beside them, people named after a title or known by name,
// and the references (pronouns, descriptions) that later rules resolve.
#include "extract/analysis.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

using Tokens = std::vector<Token>;

const Token& at(const Tokens& tokens, int i)
{
    return tokens[static_cast<std::size_t>(i)];
}

std::string joinText(const Tokens& tokens, int begin, int end)
{
    std::string text;
    for (int i = begin; i < end; ++i) {
        if (i > begin && at(tokens, i).spaceBefore) {
            text += ' ';
        }
        text += at(tokens, i).text;
    }
    return text;
}

// Index of the mention covering token i, or -1.
int mentionAt(const SentenceAnalysis& analysis, int i)
{
    for (std::size_t m = 0; m < analysis.mentions.size(); ++m) {
        if (analysis.mentions[m].begin <= i && i < analysis.mentions[m].end) {
            return static_cast<int>(m);
        }
    }
    return -1;
}

int mentionEndingAt(const SentenceAnalysis& analysis, int end, bool possessive)
{
    for (std::size_t m = 0; m < analysis.mentions.size(); ++m) {
        const auto& mention = analysis.mentions[m];
        // "Biden's administration": a person or agent owns a role only through a possessive.
        if (mention.end == end && !mention.location &&
            (possessive || (mention.kind != MentionKind::Agent && mention.kind != MentionKind::Person))) {
            return static_cast<int>(m);
        }
    }
    return -1;
}

// A person's name: capitalised words (with particles such as al-, bin) starting at `begin`.
int personNameEnd(const SentenceAnalysis& analysis, int begin)
{
    const auto& tokens = analysis.tokens;
    int end = begin;
    const int count = static_cast<int>(tokens.size());
    while (end < count && end - begin < 5 && mentionAt(analysis, end) < 0) {
        const auto& token = at(tokens, end);
        const bool particle = analysis.hasClass(end, "name.particle") && end + 1 < count;
        const bool hyphen = token.text == "-" && end > begin && !token.spaceBefore && end + 1 < count &&
                            at(tokens, end + 1).capitalised;
        if (!(token.kind == TokenKind::Word && token.capitalised && !token.allCaps) && !particle && !hyphen) {
            break;
        }
        if (token.kind == TokenKind::Word && (analysis.hasClass(end, "boundary") || analysis.hasClass(end, "time"))) {
            break;
        }
        ++end;
    }
    while (end > begin && (at(tokens, end - 1).text == "-" || analysis.hasClass(end - 1, "name.particle"))) {
        --end;
    }
    return end;
}

std::string ownerLabel(const LexiconData& lexicon, const Actor& owner)
{
    if (owner.kind == ActorKind::State) {
        const auto it = lexicon.entityByCode.find(owner.id);
        if (it != lexicon.entityByCode.end() && !lexicon.entities[static_cast<std::size_t>(it->second)].demonyms.empty()) {
            auto demonym = lexicon.entities[static_cast<std::size_t>(it->second)].demonyms.front();
            if (!demonym.empty() && demonym.back() == '?') {
                demonym.pop_back();
            }
            return demonym;
        }
    }
    return owner.name;
}

std::string titleCase(std::string text)
{
    bool start = true;
    for (auto& c : text) {
        if (start && c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        start = c == ' ';
    }
    return text;
}

} // namespace

void registerPerson(Discourse& discourse, const std::string& lowerName, int actor)
{
    discourse.surnames[lowerName] = actor;
    const auto space = lowerName.rfind(' ');
    if (space != std::string::npos) {
        discourse.surnames[lowerName.substr(space + 1)] = actor;
    }
    discourse.lastPerson = actor;
}

void findAgents(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors, Discourse& discourse)
{
    auto& tokens = analysis.tokens;
    const int count = static_cast<int>(tokens.size());
    for (int i = analysis.datelineEnd; i < count;) {
        // Only a role noun can start an agent: test that cheaply before anything else.
        const auto* info = analysis.words[static_cast<std::size_t>(i)];
        if (!info || info->roleChild < 0 || at(tokens, i).kind != TokenKind::Word || mentionAt(analysis, i) >= 0) {
            ++i;
            continue;
        }
        // Longest role match starting here.
        int node = 0;
        int roleLength = 0;
        int roleIndex = -1;
        for (int k = i; k < count && info && info->roleChild >= 0; ++k) {
            if (k == i) {
                node = info->roleChild;
            } else {
                const auto& children = lexicon.roleTrie.nodes[static_cast<std::size_t>(node)].children;
                const auto it = children.find(at(tokens, k).lower);
                if (it == children.end() || mentionAt(analysis, k) >= 0) {
                    break;
                }
                node = it->second;
            }
            if (!lexicon.roleTrie.nodes[static_cast<std::size_t>(node)].senses.empty()) {
                roleLength = k - i + 1;
                roleIndex = lexicon.roleTrie.nodes[static_cast<std::size_t>(node)].senses.front().entity;
            }
        }
        if (roleIndex < 0) {
            ++i;
            continue;
        }
        const Role& role = lexicon.roles[static_cast<std::size_t>(roleIndex)];
        // "military equipment", "government bonds": the role word as an adjective.
        if (role.adjectival && !role.plural && i + roleLength < count) {
            const auto& next = at(tokens, i + roleLength);
            if (next.kind == TokenKind::Word && !next.capitalised && !analysis.hasClass(i + roleLength, "auxiliary") &&
                !(analysis.words[static_cast<std::size_t>(i + roleLength)] &&
                  !analysis.words[static_cast<std::size_t>(i + roleLength)]->triggers.empty())) {
                i += roleLength;
                continue;
            }
        }
        int begin = i;
        int end = i + roleLength;
        std::string properName;
        if (role.proper) {
            // "Mainland Affairs Council": capitalised words before a capitalised head.
            if (!at(tokens, i).capitalised) {
                i = end;
                continue;
            }
            while (begin > 0 && mentionAt(analysis, begin - 1) < 0 && at(tokens, begin - 1).capitalised &&
                   at(tokens, begin - 1).kind == TokenKind::Word && !analysis.hasClass(begin - 1, "determiner")) {
                --begin;
            }
            // "Saudi Press Agency", "Tehran Times": media are not actors.
            bool media = false;
            for (int k = begin; k < end; ++k) {
                media = media || analysis.hasClass(k, "head.media");
            }
            if (begin == i || media) {
                i = end;
                continue;
            }
            properName = joinText(tokens, begin, end);
        }
        // The owner: "Iranian Embassy", "China's Foreign Ministry", "Moscow's acting envoy", "the embassy of X".
        int j = begin - 1;
        for (int skipped = 0; j >= 0 && skipped < 2 && analysis.hasClass(j, "modifier"); ++skipped) {
            --j;
        }
        const bool possessive = j >= 0 && (at(tokens, j).lower == "'s" || at(tokens, j).lower == "'");
        int ownerMention = mentionEndingAt(analysis, possessive ? j : j + 1, possessive);
        if (ownerMention < 0 && end + 1 < count && at(tokens, end).lower == "of") {
            const int next = at(tokens, end + 1).lower == "the" ? end + 2 : end + 1;
            const int m = mentionAt(analysis, next);
            if (m >= 0 && analysis.mentions[static_cast<std::size_t>(m)].begin == next &&
                analysis.mentions[static_cast<std::size_t>(m)].kind == MentionKind::Name) {
                ownerMention = m;
            }
        }
        int nameEnd = end;
        if (role.takesName && end < count && at(tokens, end).capitalised) {
            nameEnd = personNameEnd(analysis, end);
        }
        std::string personName = nameEnd > end ? joinText(tokens, end, nameEnd) : std::string();
        // "Chile's UN ambassador", "the Chilean EU envoy": an organisation between a state and the role names
        // where the agent serves; the state is whom it acts for.
        if (ownerMention >= 0 && !possessive) {
            const auto& serving = analysis.mentions[static_cast<std::size_t>(ownerMention)];
            if (!serving.actors.empty() && actors.at(serving.actors.front()).kind == ActorKind::Organisation &&
                serving.begin > 0) {
                const bool statePossessive = serving.begin >= 2 && (at(tokens, serving.begin - 1).lower == "'s" ||
                                                                    at(tokens, serving.begin - 1).lower == "'");
                const int state = mentionEndingAt(analysis, statePossessive ? serving.begin - 1 : serving.begin, statePossessive);
                if (state >= 0 && !analysis.mentions[static_cast<std::size_t>(state)].actors.empty() &&
                    actors.at(analysis.mentions[static_cast<std::size_t>(state)].actors.front()).kind == ActorKind::State &&
                    (statePossessive || analysis.mentions[static_cast<std::size_t>(state)].kind == MentionKind::Demonym)) {
                    ownerMention = state;
                }
            }
        }
        int owner = -1;
        if (ownerMention >= 0) {
            owner = analysis.mentions[static_cast<std::size_t>(ownerMention)].actors.front();
        } else if (!personName.empty() && lexicon.persons.count(joinLower(tokens, end, nameEnd))) {
            owner = actors.find(lexicon.persons.at(joinLower(tokens, end, nameEnd)));
            if (owner < 0) {
                const auto code = lexicon.persons.at(joinLower(tokens, end, nameEnd));
                if (const auto it = lexicon.entityByCode.find(code); it != lexicon.entityByCode.end()) {
                    owner = actors.entity(it->second);
                }
            }
        }
        const bool titled = at(tokens, i).capitalised || !personName.empty();
        if (owner < 0) {
            const bool definite = begin > 0 && analysis.hasClass(begin - 1, "determiner");
            const auto previous = discourse.lastByRole.find(role.name);
            if (previous != discourse.lastByRole.end() && (definite || titled) && personName.empty()) {
                // "the embassy", "the Foreign Ministry": the agent named before.
                Mention mention;
                mention.begin = definite ? begin - 1 : begin;
                mention.end = end;
                mention.kind = MentionKind::Description;
                mention.actors = {previous->second};
                mention.roleIndex = roleIndex;
                insertSorted(analysis.mentions, mention);
                i = end;
                continue;
            }
            // The headline's actor owns only unnamed titles ("the Foreign Minister"): a named person may be anyone's.
            if (titled && (discourse.homeEntity || discourse.headlineEntity)) {
                owner = actors.entity(discourse.homeEntity ? *discourse.homeEntity : *discourse.headlineEntity);
            } else if (titled && previous != discourse.lastByRole.end() && personName.empty()) {
                // A newly named person ("President Ana Ruiz") is not the earlier holder of that title's state.
                owner = actors.find(actors.entityCode(previous->second));
            }
        }
        if (owner < 0) {
            i = end;
            continue;
        }
        // A person's office belongs to their entity: "Biden's administration" is the US government.
        if (actors.at(owner).kind == ActorKind::Person) {
            owner = actors.find(actors.entityCode(owner));
            if (owner < 0) {
                i = end;
                continue;
            }
        }
        const Actor ownerActor = actors.at(owner);
        const std::string code = ownerActor.entity;
        std::optional<std::string> parent;
        if (ownerActor.kind == ActorKind::Agency) {
            parent = ownerActor.id;
        }
        // "the Iranian Embassy in Baghdad": the place names the agent, and is not an actor.
        std::string place;
        if (personName.empty() && !role.plural && role.kind == ActorKind::Agency && end + 1 < count &&
            at(tokens, end).lower == "in") {
            const int m = mentionAt(analysis, end + 1);
            if (m >= 0 && analysis.mentions[static_cast<std::size_t>(m)].begin == end + 1) {
                auto& placeMention = analysis.mentions[static_cast<std::size_t>(m)];
                place = joinText(tokens, placeMention.begin, placeMention.end);
                nameEnd = placeMention.end;
                placeMention.location = true;
            }
        }
        int actor = -1;
        if (!personName.empty()) {
            // Apposition or title: a named person acting for the owner.
            actor = actors.agent(code + "/" + slug(personName), personName, ActorKind::Person, code, parent);
            registerPerson(discourse, joinLower(tokens, end, nameEnd), actor);
        } else {
            const std::string surface = properName.empty() ? joinText(tokens, i, i + roleLength) : properName;
            const std::string label = ownerLabel(lexicon, ownerActor);
            std::string name = (ownerActor.kind == ActorKind::Agency ? ownerActor.name : label) + " " +
                               (properName.empty() ? titleCase(surface) : surface);
            std::string id = code + "/" + slug(properName.empty() ? role.name : properName);
            if (role.plural) {
                id = code + "/" + slug(surface);
                name = label + " " + surface;
            }
            if (!place.empty()) {
                name += " in " + place;
                id += "-in-" + slug(place);
            }
            actor = actors.agent(id, name, role.plural ? role.kind : role.kind, code, parent);
            if (role.kind == ActorKind::Person && !role.plural) {
                discourse.lastPerson = actor;
            }
            // "(MAC)" after a proper name: the acronym refers to the agent later on.
            if (!properName.empty() && nameEnd + 2 < count && at(tokens, nameEnd).text == "(" &&
                at(tokens, nameEnd + 1).allCaps && at(tokens, nameEnd + 2).text == ")") {
                discourse.surnames[at(tokens, nameEnd + 1).lower] = actor;
                nameEnd += 3;
            }
        }
        discourse.lastByRole[role.name] = actor;
        Mention mention;
        mention.begin = ownerMention >= 0 ? std::min(begin, analysis.mentions[static_cast<std::size_t>(ownerMention)].begin) : begin;
        mention.end = std::max(nameEnd, end);
        // "the Chilean envoy to the UN": the organisation an owned envoy is sent to is where it serves, not a
        // participant of its own. (A host state stays a mention: "Peru's ambassador to Chile was summoned" is
        // Chile's protest.)
        const bool envoy = role.name == "ambassador" || role.name == "mission" || role.name == "diplomat" ||
                           role.name == "official";
        if (envoy && personName.empty() && ownerMention >= 0 && mention.end + 1 < count &&
            at(tokens, mention.end).lower == "to") {
            const int next = at(tokens, mention.end + 1).lower == "the" ? mention.end + 2 : mention.end + 1;
            const int m = mentionAt(analysis, next);
            if (m >= 0 && analysis.mentions[static_cast<std::size_t>(m)].begin == next &&
                !analysis.mentions[static_cast<std::size_t>(m)].actors.empty() &&
                !analysis.mentions[static_cast<std::size_t>(m)].possessive &&
                actors.at(analysis.mentions[static_cast<std::size_t>(m)].actors.front()).kind == ActorKind::Organisation) {
                mention.end = analysis.mentions[static_cast<std::size_t>(m)].end;
            }
        }
        mention.kind = personName.empty() ? MentionKind::Agent : MentionKind::Person;
        mention.actors = {actor};
        mention.plural = role.plural;
        mention.roleIndex = roleIndex;
        mention.possessive = mention.end < count && (at(tokens, mention.end).lower == "'s" || at(tokens, mention.end).lower == "'");
        // The agent absorbs its owner's and its place's mentions.
        std::erase_if(analysis.mentions, [&](const Mention& other) {
            return other.begin >= mention.begin && other.end <= mention.end;
        });
        insertSorted(analysis.mentions, mention);
        i = mention.end;
    }
}

} // namespace diplograph::core::detail
