// The pipeline: document -> sentences -> tokens -> mentions -> references -> relations -> ArticleResult.
#include "extract/analysis.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace diplograph::core {

namespace {

using detail::ActorTable;
using detail::Discourse;
using detail::Finding;
using detail::SentenceAnalysis;

// Mentions that name an actor in the text are reported; pronouns and descriptions are references, not names.
bool reportsMention(detail::MentionKind kind)
{
    return kind != detail::MentionKind::Pronoun && kind != detail::MentionKind::Pair &&
           kind != detail::MentionKind::Statement;
}

// Sentences far longer than any real one (the longest in the corpora has a few hundred tokens) are analysed in
// windows of at most this many tokens: the rules scan a clause's neighbourhood, so a window changes nothing on
// real text, and a megabyte of "Iran, Iran, ..." costs windows times a bounded amount instead of its square.
constexpr std::size_t kWindowTokens = 2000;

// The end of the window starting at `begin`: after the last comma, semicolon or "and" of its final stretch, so
// a window rarely cuts through a name.
std::size_t windowEndAfter(const std::vector<Token>& tokens, std::size_t begin)
{
    const std::size_t end = std::min(tokens.size(), begin + kWindowTokens);
    if (end == tokens.size()) {
        return end;
    }
    for (std::size_t i = end - 1; i > end - kWindowTokens / 10; --i) {
        const auto& lower = tokens[i].lower;
        if (lower == "," || lower == ";" || lower == "and") {
            return i + 1;
        }
    }
    return end;
}

} // namespace

ArticleResult extract(const Document& document, const Lexicon& lexicon)
{
    const auto model = defaultSyntaxModel(); // loaded once per process
    return extract(document, lexicon, model ? model->get() : nullptr);
}

ArticleResult extract(const Document& document, const Lexicon& lexicon, const SyntaxModel* syntax)
{
    const auto& data = lexicon.data();
    ArticleResult result;
    result.article.title = document.title;
    result.article.bytes = document.original.size();
    result.article.sha256 = sha256Hex(document.original);
    result.warnings = document.warnings;
    result.sentences = splitSentences(document);

    ActorTable actors(lexicon);
    Discourse discourse;
    std::vector<bool> used; // actors that appear as participants or named mentions
    using Key = std::tuple<RelationType, int, int>;
    std::map<Key, Relation> relations;
    std::vector<Key> order;

    // The latest year the text names stands in for the article's date: "in 2009" is background in a 2024 report.
    {
        const auto& text = document.text;
        for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
            const auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
            if ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) {
                if (digit(i + 2) && digit(i + 3) && !digit(i + 4) && (i == 0 || !digit(i - 1))) {
                    discourse.latestYear = std::max(discourse.latestYear, std::stoi(text.substr(i, 4)));
                    i += 3;
                }
            }
        }
    }

    SentenceAnalysis analysis; // reused: its buffers keep their capacity from sentence to sentence
    std::vector<Token> sentenceTokens;
    for (const auto& sentence : result.sentences) {
        sentenceTokens = tokenize(document, sentence.textRange);
        const bool windowed = sentenceTokens.size() > kWindowTokens;
        for (std::size_t windowBegin = 0; windowBegin == 0 || windowBegin < sentenceTokens.size();) {
            const std::size_t windowEnd =
                windowed ? windowEndAfter(sentenceTokens, windowBegin) : sentenceTokens.size();
            analysis.sentence = &sentence;
            analysis.document = &document;
            analysis.syntax = windowed ? nullptr : syntax;
            analysis.parsed = false;
            analysis.mentions.clear();
            analysis.words.clear();
            analysis.datelineEnd = 0;
            ByteRange evidenceRange = sentence.range;
            if (windowed) {
                analysis.tokens.assign(sentenceTokens.begin() + static_cast<std::ptrdiff_t>(windowBegin),
                                       sentenceTokens.begin() + static_cast<std::ptrdiff_t>(windowEnd));
                // A window's quote is the window, so a megabyte sentence is not copied into every piece of evidence.
                evidenceRange =
                    document.toOriginal({analysis.tokens.front().range.start, analysis.tokens.back().range.end});
            } else {
                analysis.tokens = std::move(sentenceTokens);
            }
            windowBegin = std::max<std::size_t>(windowEnd, 1);
            analysis.words.reserve(analysis.tokens.size());
            for (const auto& token : analysis.tokens) {
                // Numbers and punctuation (but for "'s", "n't") are in no lexicon: skip the lookup.
                const bool lookup = token.kind == TokenKind::Word || (!token.lower.empty() && token.lower[0] == '\'');
                const auto it = lookup ? data.vocabulary.find(token.lower) : data.vocabulary.end();
                analysis.words.push_back(it == data.vocabulary.end() ? nullptr : &it->second);
            }
            detail::findMentions(analysis, document, data, actors, discourse);
            detail::resolveReferences(analysis, data, actors, discourse);
            // "Chile rejects ...", "Chilean minister says ...": the actor that opens the headline is the article's
            // home when no dateline names one, the owner of later unowned titles ("the Foreign Minister").
            if (sentence.headline && !analysis.mentions.empty() && analysis.mentions.front().begin == 0 &&
                analysis.mentions.front().actors.size() == 1 && !analysis.mentions.front().location) {
                const auto& code = actors.entityCode(analysis.mentions.front().actors.front());
                if (const auto it = data.entityByCode.find(code); it != data.entityByCode.end()) {
                    discourse.headlineEntity = it->second;
                }
            }
            const auto findings = detail::findRelations(analysis, data, actors, discourse);
            ++discourse.sentence;

            used.resize(actors.all().size(), false);
            for (const auto& mention : analysis.mentions) {
                if (mention.location || mention.actors.empty() || !reportsMention(mention.kind)) {
                    continue;
                }
                const ByteRange textRange{analysis.tokens[static_cast<std::size_t>(mention.begin)].range.start,
                                          analysis.tokens[static_cast<std::size_t>(mention.end - 1)].range.end};
                for (const int actor : mention.actors) {
                    actors.at(actor).mentions.push_back(document.toOriginal(textRange));
                    used[static_cast<std::size_t>(actor)] = true;
                }
            }
            for (const auto& finding : findings) {
                int source = finding.source;
                int target = finding.target;
                if (finding.type == RelationType::Cooperation && actors.at(target).id < actors.at(source).id) {
                    std::swap(source, target);
                }
                const Key key{finding.type, source, target};
                auto [it, inserted] = relations.try_emplace(key);
                Relation& relation = it->second;
                if (inserted) {
                    relation.type = finding.type;
                    relation.source = actors.at(source).id;
                    relation.target = actors.at(target).id;
                    relation.directed = finding.type != RelationType::Cooperation;
                    order.push_back(key);
                }
                used[static_cast<std::size_t>(source)] = true;
                used[static_cast<std::size_t>(target)] = true;
                if (!relation.evidence.empty() && relation.evidence.back().sentence == sentence.id) {
                    auto& last = relation.evidence.back();
                    last.confidence = std::max(last.confidence, finding.confidence);
                    continue; // one piece of evidence per sentence
                }
                Evidence evidence;
                evidence.sentence = sentence.id;
                evidence.range = evidenceRange;
                evidence.quote = document.original.substr(evidenceRange.start, evidenceRange.size());
                const ByteRange triggerText{
                    analysis.tokens[static_cast<std::size_t>(finding.triggerBegin)].range.start,
                    analysis.tokens[static_cast<std::size_t>(finding.triggerEnd - 1)].range.end};
                evidence.trigger.range = document.toOriginal(triggerText);
                evidence.trigger.text =
                    document.original.substr(evidence.trigger.range.start, evidence.trigger.range.size());
                evidence.rule = finding.rule;
                evidence.confidence = std::clamp(finding.confidence, 0.0, 1.0);
                relation.evidence.push_back(std::move(evidence));
            }
        }
    }

    // Actors: every participant and named mention, plus the entity each agent belongs to.
    used.resize(actors.all().size(), false);
    for (std::size_t i = 0; i < actors.all().size(); ++i) {
        if (!used[i]) {
            continue;
        }
        const int entity = actors.find(actors.at(static_cast<int>(i)).entity);
        if (entity >= 0) {
            used[static_cast<std::size_t>(entity)] = true;
        }
        if (const auto& parent = actors.at(static_cast<int>(i)).parent) {
            if (const int p = actors.find(*parent); p >= 0) {
                used[static_cast<std::size_t>(p)] = true;
            }
        }
    }
    for (std::size_t i = 0; i < actors.all().size(); ++i) {
        if (used[i]) {
            Actor actor = actors.at(static_cast<int>(i));
            std::sort(actor.mentions.begin(), actor.mentions.end(),
                      [](const ByteRange& a, const ByteRange& b) { return a.start < b.start; });
            actor.mentions.erase(std::unique(actor.mentions.begin(), actor.mentions.end()), actor.mentions.end());
            result.actors.push_back(std::move(actor));
        }
    }
    int next = 1;
    for (const auto& key : order) {
        Relation relation = std::move(relations.at(key));
        relation.id = "r" + std::to_string(next++);
        result.relations.push_back(std::move(relation));
    }
    return result;
}

Result<ArticleResult> extractBytes(std::string bytes, const Lexicon& lexicon, InputFormat format)
{
    auto document = loadDocument(std::move(bytes), format);
    if (!document) {
        return document.error();
    }
    return extract(*document, lexicon);
}

} // namespace diplograph::core
