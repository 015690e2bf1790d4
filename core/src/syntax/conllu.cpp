#include "diplograph/syntax_training.h"

#include "syntax/model.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace diplograph::core {
namespace {

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

bool parseInt(std::string_view text, int& value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

} // namespace

Result<std::vector<TreebankSentence>> parseConllu(std::string_view text)
{
    std::vector<TreebankSentence> sentences;
    TreebankSentence current;
    std::size_t lineNumber = 0;
    const auto finish = [&]() -> bool {
        if (current.tokens.empty()) {
            current = {};
            return true;
        }
        for (const TreebankToken& token : current.tokens) {
            if (token.head >= static_cast<int>(current.tokens.size())) {
                return false;
            }
        }
        sentences.push_back(std::move(current));
        current = {};
        return true;
    };
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos) {
            eol = text.size();
        }
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        if (line.empty()) {
            if (!finish()) {
                return fail(ErrorCode::Parse, "CoNLL-U line " + std::to_string(lineNumber) + ": a head past the sentence");
            }
            continue;
        }
        if (line.front() == '#') {
            if (line.substr(0, 9) == "# text = ") {
                current.text = std::string(line.substr(9));
            }
            continue;
        }
        const auto fields = splitTabs(line);
        if (fields.size() != 10) {
            return fail(ErrorCode::Parse, "CoNLL-U line " + std::to_string(lineNumber) + ": expected 10 fields, found " +
                                              std::to_string(fields.size()));
        }
        if (fields[0].find_first_of("-.") != std::string_view::npos) {
            continue; // a multi-word token range or an empty node
        }
        int id = 0;
        int head = 0;
        if (!parseInt(fields[0], id) || id != static_cast<int>(current.tokens.size()) + 1) {
            return fail(ErrorCode::Parse, "CoNLL-U line " + std::to_string(lineNumber) + ": bad word id '" +
                                              std::string(fields[0]) + "'");
        }
        if (fields[6] == "_") {
            head = 0;
        } else if (!parseInt(fields[6], head) || head < 0) {
            return fail(ErrorCode::Parse, "CoNLL-U line " + std::to_string(lineNumber) + ": bad head '" +
                                              std::string(fields[6]) + "'");
        }
        TreebankToken token;
        token.form = std::string(fields[1]);
        token.lemma = std::string(fields[2]);
        token.upos = uposFromName(fields[3]);
        token.xpos = std::string(fields[4]);
        token.head = head - 1;
        token.deprel = std::string(fields[7]);
        current.tokens.push_back(std::move(token));
    }
    if (!finish()) {
        return fail(ErrorCode::Parse, "CoNLL-U: a head past the last sentence");
    }
    return sentences;
}

Result<std::vector<TreebankSentence>> readConllu(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::NotFound, "cannot read " + path);
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto sentences = parseConllu(buffer.view());
    if (!sentences) {
        return fail(sentences.error().code, path + ": " + sentences.error().message);
    }
    return sentences;
}

std::string treebankToConllu(const std::vector<TreebankSentence>& sentences)
{
    std::string out;
    for (const auto& sentence : sentences) {
        if (!sentence.text.empty()) {
            out += "# text = " + sentence.text + "\n";
        }
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            const auto& t = sentence.tokens[i];
            out += std::to_string(i + 1) + '\t' + t.form + '\t' + (t.lemma.empty() ? "_" : t.lemma) + '\t' +
                   uposName(t.upos) + '\t' + (t.xpos.empty() ? "_" : t.xpos) + "\t_\t" + std::to_string(t.head + 1) +
                   '\t' + (t.deprel.empty() ? "_" : t.deprel) + "\t_\t_\n";
        }
        out += '\n';
    }
    return out;
}

SyntaxScores evaluateSyntax(const SyntaxModel& model, const std::vector<TreebankSentence>& gold,
                            std::vector<TreebankSentence>* predicted)
{
    SyntaxScores scores;
    std::size_t upos = 0, xpos = 0, lemma = 0, heads = 0, labelled = 0;
    std::vector<SyntaxToken> tokens;
    for (const TreebankSentence& sentence : gold) {
        tokens.assign(sentence.tokens.size(), SyntaxToken{});
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            tokens[i].form = sentence.tokens[i].form;
        }
        tagTokens(model, tokens);
        parseTokens(model, tokens);
        if (predicted != nullptr) {
            TreebankSentence& out = predicted->emplace_back();
            out.text = sentence.text;
            for (const SyntaxToken& token : tokens) {
                out.tokens.push_back({token.form, token.lemma, token.upos, token.xpos, token.head, token.deprel});
            }
        }
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const TreebankToken& truth = sentence.tokens[i];
            upos += tokens[i].upos == truth.upos ? 1 : 0;
            xpos += tokens[i].xpos == truth.xpos ? 1 : 0;
            lemma += syntax::lowerAscii(tokens[i].lemma) == syntax::lowerAscii(truth.lemma) ? 1 : 0;
            if (tokens[i].head == truth.head) {
                ++heads;
                labelled += tokens[i].deprel == truth.deprel ? 1 : 0;
            }
        }
        scores.tokens += tokens.size();
    }
    const double n = scores.tokens == 0 ? 1.0 : static_cast<double>(scores.tokens);
    scores.upos = upos / n;
    scores.xpos = xpos / n;
    scores.lemma = lemma / n;
    scores.uas = heads / n;
    scores.las = labelled / n;
    return scores;
}

} // namespace diplograph::core
