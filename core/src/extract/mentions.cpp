// Mentions: gazetteer names, then agents built around role nouns, then persons and references.
#include "extract/analysis.h"

#include <algorithm>

namespace diplograph::core::detail {

namespace {

bool isWord(const Token& token)
{
    return token.kind == TokenKind::Word;
}

bool isCapitalisedWord(const Token& token)
{
    return token.kind == TokenKind::Word && (token.capitalised || token.allCaps);
}

bool isPossessiveMarker(const Token& token)
{
    return token.lower == "'s" || token.lower == "'";
}

// Does the text at `start` match this sense's spelling rules (exact capitals, or a capital first letter)?
bool spellingMatches(const NameSense& sense, const std::vector<Token>& tokens, int start)
{
    if (sense.caseSensitive) {
        for (std::size_t i = 0; i < sense.surface.size(); ++i) {
            if (tokens[static_cast<std::size_t>(start) + i].text != sense.surface[i]) {
                return false;
            }
        }
        return true;
    }
    const bool upperInLexicon =
        !sense.surface.empty() && !sense.surface.front().empty() && std::isupper(static_cast<unsigned char>(sense.surface.front()[0]));
    const auto& first = tokens[static_cast<std::size_t>(start)];
    return !upperInLexicon || first.capitalised || first.allCaps;
}

struct TrieMatch {
    int length = 0;
    const NameSense* sense = nullptr;
};

// `firstChild` is the trie node after tokens[start] (from the per-token vocabulary), or -1.
TrieMatch longestMatch(const NameTrie& trie, const std::vector<Token>& tokens, int start, bool checkSpelling,
                       int firstChild)
{
    TrieMatch best;
    int node = 0;
    for (int i = start; i < static_cast<int>(tokens.size()); ++i) {
        if (i == start) {
            if (firstChild < 0) {
                break;
            }
            node = firstChild;
        } else {
            const auto& children = trie.nodes[static_cast<std::size_t>(node)].children;
            const auto it = children.find(tokens[static_cast<std::size_t>(i)].lower);
            if (it == children.end()) {
                break;
            }
            node = it->second;
        }
        for (const auto& sense : trie.nodes[static_cast<std::size_t>(node)].senses) {
            if (!checkSpelling || spellingMatches(sense, tokens, start)) {
                best = {i - start + 1, &sense};
                break;
            }
        }
    }
    return best;
}

// An ambiguous name (Jordan, Georgia, Washington) counts only outside a run of capitalised words
// and not after a title or a possessive: "Michael Jordan", "Washington Post", "Mr. Chad" and "Peru's Congress"
// are not these actors.
bool ambiguousNameAccepted(const SentenceAnalysis& analysis, int begin, int end)
{
    const auto& tokens = analysis.tokens;
    if (begin > 0) {
        const auto& previous = tokens[static_cast<std::size_t>(begin - 1)];
        if (analysis.hasClass(begin - 1, "title")) {
            return false;
        }
        if (isCapitalisedWord(previous) && !analysis.hasClass(begin - 1, "determiner")) {
            return false;
        }
        // "Peru's Congress", "Chile's Senate": someone else's body of that name.
        if (previous.lower == "'s" || previous.lower == "'") {
            return false;
        }
    }
    if (end < static_cast<int>(tokens.size())) {
        const auto& next = tokens[static_cast<std::size_t>(end)];
        if (isCapitalisedWord(next) && next.spaceBefore) {
            return false;
        }
    }
    return true;
}

// Whether token `last` ends a multi-word trigger: the "at" of "lashed out at", "took aim at".
bool endsTriggerPhrase(const SentenceAnalysis& analysis, const LexiconData& lexicon, int last)
{
    for (int first = std::max(0, last - 3); first < last; ++first) {
        const auto* info = analysis.words[static_cast<std::size_t>(first)];
        if (!info) {
            continue;
        }
        for (const int index : info->triggers) {
            const auto& entry = lexicon.triggers[static_cast<std::size_t>(index)];
            if (static_cast<int>(entry.tokens.size()) != last - first + 1) {
                continue;
            }
            bool match = true;
            for (std::size_t k = 1; k < entry.tokens.size() && match; ++k) {
                match = analysis.tokens[static_cast<std::size_t>(first) + k].lower == entry.tokens[k];
            }
            if (match) {
                return true;
            }
        }
    }
    return false;
}

// "in Baghdad", "in the Taiwan Strait": a place, not a participant; "lashed out at Lima" names a target.
bool isLocation(const SentenceAnalysis& analysis, const LexiconData& lexicon, int begin, int end)
{
    const auto& tokens = analysis.tokens;
    int previous = begin - 1;
    if (previous >= 0 && tokens[static_cast<std::size_t>(previous)].lower == "the") {
        --previous;
    }
    if (previous >= 0 && analysis.hasClass(previous, "preposition.location") &&
        !endsTriggerPhrase(analysis, lexicon, previous)) {
        return true;
    }
    return end < static_cast<int>(tokens.size()) &&
           analysis.hasClass(end, "head.geo") &&
           tokens[static_cast<std::size_t>(end)].capitalised;
}

int findDatelineEnd(const SentenceAnalysis& analysis)
{
    const auto& tokens = analysis.tokens;
    if (tokens.size() < 3) {
        return 0;
    }
    const bool looksLikeDateline =
        analysis.sentence->dateline ||
        (tokens[0].allCaps && (tokens[1].lower == "," || tokens[1].lower == "-" || tokens[1].lower == "("));
    if (!looksLikeDateline) {
        return 0;
    }
    int end = 0;
    const int limit = std::min<int>(16, static_cast<int>(tokens.size()));
    for (int i = 1; i < limit; ++i) {
        const auto& text = tokens[static_cast<std::size_t>(i)].text;
        if (text == "-" || text == "--" || text == ":") {
            return i + 1;
        }
        if (text == ")" || (text == "/" && end > 0)) {
            end = i + 1;
        } else if (text == "/") {
            end = i + 1;
        } else if (end > 0 && text != "." && text != "/") {
            return end;
        }
    }
    return end;
}

} // namespace

void findAgents(SentenceAnalysis& analysis, const LexiconData& lexicon, ActorTable& actors, Discourse& discourse);

void findMentions(SentenceAnalysis& analysis, const Document& document, const LexiconData& lexicon,
                  ActorTable& actors, Discourse& discourse)
{
    (void)document;
    auto& tokens = analysis.tokens;
    const int count = static_cast<int>(tokens.size());
    analysis.datelineEnd = findDatelineEnd(analysis);
    for (int i = 0; i < count;) {
        const auto* info = analysis.words[static_cast<std::size_t>(i)];
        const auto match = isWord(tokens[static_cast<std::size_t>(i)]) && info && info->nameChild >= 0
                               ? longestMatch(lexicon.names, tokens, i, true, info->nameChild)
                               : TrieMatch{};
        // "South American", "Latin America", "Central Asian": a region named after a continent or a state.
        const bool region = match.sense && i > 0 && tokens[static_cast<std::size_t>(i - 1)].capitalised &&
                            analysis.hasClass(i - 1, "modifier.region");
        if (!match.sense || region || (match.sense->ambiguous && !ambiguousNameAccepted(analysis, i, i + match.length))) {
            ++i;
            continue;
        }
        const int end = i + match.length;
        if (i < analysis.datelineEnd) {
            if (!discourse.homeEntity) {
                discourse.homeEntity = match.sense->entity;
            }
            i = end;
            continue;
        }
        Mention mention;
        mention.begin = i;
        mention.end = end;
        const auto& definition = lexicon.entities[static_cast<std::size_t>(match.sense->entity)];
        const bool body = definition.entity != definition.code;
        mention.kind = body                                        ? MentionKind::Body
                       : match.sense->form == NameForm::Demonym ? MentionKind::Demonym
                       : match.sense->form == NameForm::Metonym ? MentionKind::Metonym
                                                                : MentionKind::Name;
        // "the E3", "the Quint": a grouping with no code of its own stands for its members.
        if (definition.entity.find('+') == std::string::npos) {
            mention.actors = {actors.entity(match.sense->entity)};
        } else {
            for (std::size_t from = 0; from <= definition.entity.size();) {
                const std::size_t plus = std::min(definition.entity.find('+', from), definition.entity.size());
                if (const auto it = lexicon.entityByCode.find(definition.entity.substr(from, plus - from));
                    it != lexicon.entityByCode.end()) {
                    mention.actors.push_back(actors.entity(it->second));
                }
                from = plus + 1;
            }
            mention.plural = true;
        }
        // "Brussels" is the EU once the article has named the EU, Belgium otherwise.
        if (mention.kind == MentionKind::Metonym && !lexicon.seats.empty()) {
            if (const auto seat = lexicon.seats.find(joinLower(tokens, i, end)); seat != lexicon.seats.end() &&
                actors.find(lexicon.entities[static_cast<std::size_t>(seat->second)].code) >= 0) {
                mention.actors = {actors.entity(seat->second)};
            }
        }
        mention.location = mention.kind != MentionKind::Demonym && isLocation(analysis, lexicon, i, end);
        mention.possessive = end < count && isPossessiveMarker(tokens[static_cast<std::size_t>(end)]);
        // "Iran-backed", "US-led": a compound adjective, not a participant of the clause.
        // ("Peru and Ecuador — over the bans": a spaced dash closes an aside; it joins no compound.)
        mention.modifier = end + 1 < count && tokens[static_cast<std::size_t>(end)].text == "-" &&
                           !tokens[static_cast<std::size_t>(end)].spaceBefore &&
                           !tokens[static_cast<std::size_t>(end + 1)].spaceBefore &&
                           !tokens[static_cast<std::size_t>(end + 1)].capitalised &&
                           tokens[static_cast<std::size_t>(end + 1)].kind == TokenKind::Word;
        // "Iraq's sovereignty", "the Iranian people", "Ivory Coast rebels", "Russian Jewish immigrants".
        const int head = mention.possessive ? end + 1 : end;
        for (int h = head; h < std::min(count, head + 2); ++h) {
            const auto& word = tokens[static_cast<std::size_t>(h)];
            if (analysis.hasClass(h, "head.nonagent") || (h == end && analysis.hasClass(h, "head.membership"))) {
                mention.nonAgentHead = true;
                break;
            }
            if (word.kind != TokenKind::Word || mention.kind != MentionKind::Demonym) {
                break;
            }
        }
        // "Washington Post", "Warsaw Pact": a capital inside another proper name.
        if (mention.kind == MentionKind::Metonym && end < count && tokens[static_cast<std::size_t>(end)].capitalised &&
            tokens[static_cast<std::size_t>(end)].kind == TokenKind::Word) {
            i = end;
            continue;
        }
        // "ethnic Albanians": a people, not a state.
        if (i > 0 && analysis.hasClass(i - 1, "modifier.ethnic")) {
            mention.nonAgentHead = true;
        }
        mention.plural = mention.kind == MentionKind::Demonym && tokens[static_cast<std::size_t>(end - 1)].lower.ends_with("s");
        analysis.mentions.push_back(std::move(mention));
        i = end;
    }
    findAgents(analysis, lexicon, actors, discourse);
    findReferences(analysis, lexicon, actors, discourse);
}

} // namespace diplograph::core::detail
