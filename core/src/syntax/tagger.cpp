#include "syntax/model.h"

#include <algorithm>

namespace diplograph::core {
namespace syntax {
namespace {

// "Xxxx" for "Paris", "dd" for "2024", "X.X." for "U.S.": character classes with runs folded to two.
std::string wordShape(std::string_view form)
{
    std::string shape;
    char last = 0;
    int run = 0;
    for (const char raw : form) {
        const auto c = static_cast<unsigned char>(raw);
        char cls;
        if (c >= 'A' && c <= 'Z') {
            cls = 'X';
        } else if (c >= 'a' && c <= 'z') {
            cls = 'x';
        } else if (c >= '0' && c <= '9') {
            cls = 'd';
        } else if (c >= 0x80) {
            cls = 'u';
        } else {
            cls = raw;
        }
        run = cls == last ? run + 1 : 1;
        last = cls;
        if (run <= 2) {
            shape.push_back(cls);
        }
        if (shape.size() >= 12) {
            break;
        }
    }
    return shape;
}

std::size_t utf8Chars(std::string_view text)
{
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// The last `n` characters of `text` (whole UTF-8 characters), or all of it.
std::string_view lastChars(std::string_view text, std::size_t n)
{
    std::size_t at = text.size();
    while (at > 0 && n > 0) {
        --at;
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
            --at;
        }
        --n;
    }
    return text.substr(at);
}

std::string_view firstChars(std::string_view text, std::size_t n)
{
    std::size_t at = 0;
    while (at < text.size() && n > 0) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
            ++at;
        }
        --n;
    }
    return text.substr(0, at);
}

} // namespace

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return lower;
}

WordHashes hashWord(std::string_view form)
{
    WordHashes hashes;
    const std::string lower = lowerAscii(form);
    hashes.lower = hashBytes(lower);
    hashes.form = hashBytes(form);
    hashes.shape = hashBytes(wordShape(form));
    const std::size_t chars = utf8Chars(lower);
    for (std::size_t k = 0; k < 3; ++k) {
        hashes.prefix[k] = chars > k + 1 ? hashBytes(firstChars(lower, k + 1)) : hashes.lower;
    }
    for (std::size_t k = 0; k < 4; ++k) {
        hashes.suffix[k] = chars > k + 1 ? hashBytes(lastChars(lower, k + 1)) : hashes.lower;
    }
    std::string folded = lower;
    for (char& c : folded) {
        if (c >= '0' && c <= '9') {
            c = '0';
        }
    }
    hashes.cluster = hashBytes(folded);
    return hashes;
}

std::size_t taggerFeatures(const std::vector<WordHashes>& words, const std::vector<int>& xposSoFar, std::size_t i,
                           std::uint64_t* out)
{
    static const WordHashes kStart = hashWord("<s>");
    static const WordHashes kEnd = hashWord("</s>");
    const auto at = [&](long j) -> const WordHashes& {
        if (j < 0) {
            return kStart;
        }
        return j >= static_cast<long>(words.size()) ? kEnd : words[static_cast<std::size_t>(j)];
    };
    const long p = static_cast<long>(i);
    const std::uint64_t t1 = i >= 1 ? static_cast<std::uint64_t>(xposSoFar[i - 1]) + 1 : 0;
    const std::uint64_t t2 = i >= 2 ? static_cast<std::uint64_t>(xposSoFar[i - 2]) + 1 : 0;
    const WordHashes& w = at(p);
    std::size_t n = 0;
    out[n++] = feature(1, 0);
    out[n++] = feature(2, w.cluster);
    out[n++] = feature(3, w.form);
    out[n++] = feature(4, w.shape);
    for (std::size_t k = 0; k < 4; ++k) {
        out[n++] = feature(5 + k, w.suffix[k]);
    }
    for (std::size_t k = 0; k < 3; ++k) {
        out[n++] = feature(9 + k, w.prefix[k]);
    }
    out[n++] = feature(12, at(p - 1).cluster);
    out[n++] = feature(13, at(p - 2).cluster);
    out[n++] = feature(14, at(p + 1).cluster);
    out[n++] = feature(15, at(p + 2).cluster);
    out[n++] = feature(16, at(p - 1).suffix[2]);
    out[n++] = feature(17, at(p + 1).suffix[2]);
    out[n++] = feature(18, at(p + 1).shape);
    out[n++] = feature(19, at(p - 1).shape);
    out[n++] = feature(20, t1);
    out[n++] = feature(21, t1, t2);
    out[n++] = feature(22, t1, w.cluster);
    out[n++] = feature(23, t1, w.suffix[2]);
    out[n++] = feature(24, w.cluster, at(p + 1).cluster);
    out[n++] = feature(25, at(p - 1).cluster, w.cluster);
    out[n++] = feature(26, i == 0 ? 1 : 0, w.shape);
    out[n++] = feature(27, at(p + 1).suffix[1], at(p + 2).suffix[1]);
    out[n++] = feature(28, t1, at(p + 1).cluster);
    out[n++] = feature(29, w.suffix[1], at(p + 1).shape);
    return n;
}

int argmax(const std::int32_t* scores, int from, int to)
{
    int best = from;
    for (int c = from + 1; c < to; ++c) {
        if (scores[c] > scores[best]) {
            best = c;
        }
    }
    return best;
}

std::string lemmatize(const Lemmatizer& lemmatizer, std::string_view form, Upos upos)
{
    if (upos == Upos::Propn) {
        return std::string(form);
    }
    std::string lower = lowerAscii(form);
    const char tag[4] = {static_cast<char>('0' + static_cast<int>(upos) / 10), static_cast<char>('0' + static_cast<int>(upos) % 10), '\t', 0};
    const std::string_view tagText = static_cast<int>(upos) >= 10 ? std::string_view(tag, 2) : std::string_view(tag + 1, 1);
    thread_local std::string key;
    key.assign(lower).append(1, '\t').append(tagText);
    if (const auto it = lemmatizer.known.find(key); it != lemmatizer.known.end()) {
        return it->second;
    }
    const std::size_t chars = utf8Chars(lower);
    for (int k = std::min<int>(lemmatizer.longestSuffix, static_cast<int>(chars) - 1); k >= 1; --k) {
        key.assign(tagText).append(1, '\t').append(lastChars(lower, std::size_t(k)));
        const auto rule = lemmatizer.suffixes.find(key);
        if (rule != lemmatizer.suffixes.end() && rule->second.strip < lower.size()) {
            lower.resize(lower.size() - rule->second.strip);
            lower += rule->second.append;
            return lower;
        }
    }
    return lower;
}

} // namespace syntax

namespace syntax {

std::vector<WordHashes> hashWords(const std::vector<SyntaxToken>& tokens)
{
    std::vector<WordHashes> words;
    words.reserve(tokens.size());
    for (const SyntaxToken& token : tokens) {
        words.push_back(hashWord(token.form));
    }
    return words;
}

} // namespace syntax

void tagTokens(const SyntaxModel& model, std::vector<SyntaxToken>& tokens)
{
    syntax::tagWords(model, tokens, syntax::hashWords(tokens));
}

void syntax::tagWords(const SyntaxModel& model, std::vector<SyntaxToken>& tokens, const std::vector<WordHashes>& words)
{
    std::vector<int> xpos(tokens.size(), 0);
    std::uint64_t features[syntax::kMaxFeatures];
    // With the merged table, one lookup a feature fills both: UPOS scores, then XPOS scores.
    const bool merged = !model.taggerWeights.empty();
    std::vector<std::int32_t> scores(static_cast<std::size_t>(model.uposWeights.classes + model.xposWeights.classes));
    std::int32_t* uposScores = scores.data();
    std::int32_t* xposScores = scores.data() + model.uposWeights.classes;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Upos upos;
        if (const auto known = model.tagDictionary.find(tokens[i].form); known != model.tagDictionary.end()) {
            upos = known->second.upos;
            xpos[i] = known->second.xpos;
        } else {
            const std::size_t n = syntax::taggerFeatures(words, xpos, i, features);
            if (merged) {
                model.taggerWeights.score(features, n, scores.data());
            } else {
                model.uposWeights.score(features, n, uposScores);
                model.xposWeights.score(features, n, xposScores);
            }
            if (model.tagPairs.empty()) {
                upos = static_cast<Upos>(syntax::argmax(uposScores, 1, model.uposWeights.classes));
                xpos[i] = syntax::argmax(xposScores, 0, model.xposWeights.classes);
            } else {
                // Both tags at once, from the pairs the treebank uses: no "PROPN" with "RB".
                const auto pair = syntax::bestTagPair(model.tagPairs, uposScores, model.uposWeights.scale,
                                                      xposScores, model.xposWeights.scale);
                upos = pair.upos;
                xpos[i] = pair.xpos;
            }
        }
        tokens[i].upos = upos;
        tokens[i].xpos = static_cast<std::size_t>(xpos[i]) < model.xposNames.size()
                             ? model.xposNames[static_cast<std::size_t>(xpos[i])]
                             : std::string("_");
        tokens[i].lemma = syntax::lemmatize(model.lemmatizer, tokens[i].form, upos);
    }
}

} // namespace diplograph::core
