#include "diplograph/syntax.h"

#include "syntax/model_file.h"
#include "syntax/parser.h"

#include <array>
#include <cstdlib>
#include <filesystem>
#include <mutex>

#ifndef DIPLOGRAPH_SOURCE_DIR
#define DIPLOGRAPH_SOURCE_DIR "."
#endif

namespace diplograph::core {
namespace {

constexpr std::array<const char*, kUposCount> kUposNames = {
    "_",    "ADJ",  "ADP",   "ADV",   "AUX",   "CCONJ", "DET",   "INTJ", "NOUN",
    "NUM",  "PART", "PRON",  "PROPN", "PUNCT", "SCONJ", "SYM",   "VERB", "X"};

constexpr const char* kModelName = "en-ewt.dgsyn";

std::vector<std::string> modelCandidates()
{
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("DIPLOGRAPH_SYNTAX_MODEL"); env != nullptr && *env != '\0') {
        candidates.emplace_back(env);
        return candidates;
    }
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto prefix = exe.parent_path().parent_path();
        candidates.push_back((prefix / "share" / "diplograph" / "models" / kModelName).string());
    }
    candidates.push_back(std::string(DIPLOGRAPH_SOURCE_DIR) + "/resources/models/" + kModelName);
    return candidates;
}

} // namespace

const char* uposName(Upos upos)
{
    const auto index = static_cast<std::size_t>(upos);
    return index < kUposNames.size() ? kUposNames[index] : "_";
}

Upos uposFromName(std::string_view name)
{
    for (std::size_t i = 1; i < kUposNames.size(); ++i) {
        if (name == kUposNames[i]) {
            return static_cast<Upos>(i);
        }
    }
    return Upos::Invalid;
}

Result<std::shared_ptr<const SyntaxModel>> loadSyntaxModel(const std::string& path)
{
    auto model = syntax::readModelFile(path);
    if (!model) {
        return model.error();
    }
    auto shared = std::make_shared<SyntaxModel>(std::move(model).value());
    for (std::size_t i = 0; i < shared->xposNames.size(); ++i) {
        shared->xposIndex[shared->xposNames[i]] = static_cast<int>(i);
    }
    shared->taggerWeights = syntax::mergeSparseTables(shared->uposWeights, shared->xposWeights);
    return std::shared_ptr<const SyntaxModel>(std::move(shared));
}

std::string defaultSyntaxModelPath()
{
    const auto candidates = modelCandidates();
    for (const auto& candidate : candidates) {
        std::error_code error;
        if (std::filesystem::exists(candidate, error)) {
            return candidate;
        }
    }
    return candidates.front();
}

Result<std::shared_ptr<const SyntaxModel>> defaultSyntaxModel()
{
    static std::once_flag once;
    static std::optional<Result<std::shared_ptr<const SyntaxModel>>> loaded;
    std::call_once(once, [] {
        const std::string path = defaultSyntaxModelPath();
        auto model = loadSyntaxModel(path);
        if (!model && model.error().code == ErrorCode::NotFound) {
            std::string looked;
            for (const auto& candidate : modelCandidates()) {
                looked += (looked.empty() ? "" : ", ") + candidate;
            }
            model = fail(ErrorCode::NotFound, "syntax model not found (looked for " + looked +
                                                  "); set DIPLOGRAPH_SYNTAX_MODEL to its path");
        }
        loaded.emplace(std::move(model));
    });
    return *loaded;
}

const std::string& syntaxModelLicence(const SyntaxModel& model)
{
    return model.licence;
}

void parseTokens(const SyntaxModel& model, std::vector<SyntaxToken>& tokens)
{
    syntax::parseWords(model, tokens, syntax::hashWords(tokens));
}

void syntax::parseWords(const SyntaxModel& model, std::vector<SyntaxToken>& tokens,
                        const std::vector<WordHashes>& words)
{
    if (tokens.empty()) {
        return;
    }
    syntax::ParserInput input;
    input.words.reserve(tokens.size());
    input.tags.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const SyntaxToken& token = tokens[i];
        const syntax::WordHashes& hashes = words[i];
        input.words.push_back(hashes.cluster);
        input.suffixes.push_back(hashes.suffix[2]);
        input.shapes.push_back(hashes.shape);
        const auto it = model.xposIndex.find(token.xpos);
        input.tags.push_back(it == model.xposIndex.end() ? 0 : it->second);
        input.upos.push_back(static_cast<int>(token.upos));
    }
    const syntax::ParserTables tables{&model.parserWeights, static_cast<int>(model.labelNames.size()),
                                      model.rootLabel};
    const syntax::ParserOutput output = syntax::parse(tables, input);
    const int n = static_cast<int>(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        tokens[i].head = output.heads[i] >= n ? -1 : output.heads[i];
        const auto label = static_cast<std::size_t>(output.labels[i]);
        tokens[i].deprel = label < model.labelNames.size() ? model.labelNames[label] : "dep";
    }
}

ParsedSentence parseSentence(const SyntaxModel& model, const Document& document, const Sentence& sentence)
{
    ParsedSentence parsed;
    parsed.sentence = sentence.id;
    parsed.tokens = syntaxTokens(document, sentence);
    const auto words = syntax::hashWords(parsed.tokens); // once, for the tagger and the parser
    syntax::tagWords(model, parsed.tokens, words);
    syntax::parseWords(model, parsed.tokens, words);
    return parsed;
}

std::string toConllu(const Document& document, const std::vector<ParsedSentence>& sentences)
{
    std::string out;
    for (const ParsedSentence& sentence : sentences) {
        if (sentence.tokens.empty()) {
            continue;
        }
        const std::size_t start = sentence.tokens.front().textRange.start;
        const std::size_t end = sentence.tokens.back().textRange.end;
        std::string text = document.text.substr(start, end - start);
        for (char& c : text) {
            c = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        }
        out += "# sent_id = " + std::to_string(sentence.sentence) + "\n# text = " + text + "\n";
        for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
            const SyntaxToken& token = sentence.tokens[i];
            out += std::to_string(i + 1) + '\t' + token.form + '\t' + (token.lemma.empty() ? "_" : token.lemma) +
                   '\t' + uposName(token.upos) + '\t' + (token.xpos.empty() ? "_" : token.xpos) + "\t_\t" +
                   std::to_string(token.head + 1) + '\t' + (token.deprel.empty() ? "_" : token.deprel) + "\t_\t" +
                   "TokenRange=" + std::to_string(token.range.start) + ':' + std::to_string(token.range.end) +
                   (token.spaceAfter ? "" : "|SpaceAfter=No") + '\n';
        }
        out += '\n';
    }
    return out;
}

} // namespace diplograph::core
