// diplograph-cli parse, eval-syntax and train-syntax: the tagger and dependency parser (docs/syntax.md).
#include "commands.h"

#include "diplograph/syntax.h"
#include "diplograph/syntax_training.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>

namespace diplograph::cli {
namespace {

constexpr const char* kParseUsage = "diplograph-cli parse [--model FILE] FILE|-";
constexpr const char* kEvalUsage = "diplograph-cli eval-syntax [--model FILE] [--output PREDICTED.conllu] TEST.conllu";
constexpr const char* kTrainUsage =
    "diplograph-cli train-syntax --train TRAIN.conllu --dev DEV.conllu -o MODEL [--seed N] [--tagger-epochs N] "
    "[--parser-epochs N] [--folds N]";

core::Result<std::shared_ptr<const core::SyntaxModel>> model(const std::string& path)
{
    return path.empty() ? core::defaultSyntaxModel() : core::loadSyntaxModel(path);
}

int runParse(const std::vector<std::string>& args)
{
    std::string modelPath;
    std::string input;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--model" && i + 1 < args.size()) {
            modelPath = args[++i];
        } else if (args[i] == "-h" || args[i] == "--help") {
            std::cout << "usage: " << kParseUsage << '\n';
            return 0;
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usageError("unknown option " + args[i], kParseUsage);
        } else if (input.empty()) {
            input = args[i];
        } else {
            return usageError("one input only", kParseUsage);
        }
    }
    if (input.empty()) {
        return usageError("no input file", kParseUsage);
    }
    auto loaded = model(modelPath);
    if (!loaded) {
        return reportError(loaded.error());
    }
    core::Result<core::Document> document = core::fail(core::ErrorCode::Invalid, "");
    if (input == "-") {
        std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        document = core::loadDocument(std::move(bytes));
    } else {
        document = core::readDocument(input);
    }
    if (!document) {
        return reportError(document.error());
    }
    std::vector<core::ParsedSentence> parsed;
    for (const core::Sentence& sentence : core::splitSentences(*document)) {
        parsed.push_back(core::parseSentence(**loaded, *document, sentence));
    }
    std::cout << core::toConllu(*document, parsed);
    std::cout.flush();
    return std::cout ? 0 : reportError(core::fail(core::ErrorCode::Io, "writing the output failed"));
}

int runEval(const std::vector<std::string>& args)
{
    std::string modelPath;
    std::string test;
    std::string output;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--model" && i + 1 < args.size()) {
            modelPath = args[++i];
        } else if (args[i] == "--output" && i + 1 < args.size()) {
            output = args[++i];
        } else if (args[i].size() > 1 && args[i][0] == '-') {
            return usageError("unknown option " + args[i], kEvalUsage);
        } else if (test.empty()) {
            test = args[i];
        } else {
            return usageError("one test file only", kEvalUsage);
        }
    }
    if (test.empty()) {
        return usageError("no test file", kEvalUsage);
    }
    auto loaded = model(modelPath);
    if (!loaded) {
        return reportError(loaded.error());
    }
    auto gold = core::readConllu(test);
    if (!gold) {
        return reportError(gold.error());
    }
    const auto started = std::chrono::steady_clock::now();
    std::vector<core::TreebankSentence> predicted;
    const core::SyntaxScores scores = core::evaluateSyntax(**loaded, *gold, output.empty() ? nullptr : &predicted);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!output.empty()) {
        std::ofstream file(output, std::ios::binary);
        file << core::treebankToConllu(predicted);
        if (!file) {
            return reportError(core::fail(core::ErrorCode::Io, "cannot write " + output));
        }
    }
    std::printf("tokens %zu  UPOS %.2f%%  XPOS %.2f%%  lemma %.2f%%  UAS %.2f%%  LAS %.2f%%  (%.0f tokens/s)\n",
                scores.tokens, 100 * scores.upos, 100 * scores.xpos, 100 * scores.lemma, 100 * scores.uas,
                100 * scores.las, seconds > 0 ? double(scores.tokens) / seconds : 0.0);
    return 0;
}

bool parseCount(const std::string& text, long long& value)
{
    try {
        std::size_t used = 0;
        value = std::stoll(text, &used);
        return used == text.size() && value >= 0;
    } catch (const std::exception&) {
        return false;
    }
}

int runTrain(const std::vector<std::string>& args)
{
    std::string trainPath, devPath, output;
    core::SyntaxTrainingOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool hasValue = i + 1 < args.size();
        long long number = 0;
        if (arg == "--train" && hasValue) {
            trainPath = args[++i];
        } else if (arg == "--dev" && hasValue) {
            devPath = args[++i];
        } else if (arg == "-o" && hasValue) {
            output = args[++i];
        } else if ((arg == "--seed" || arg == "--tagger-epochs" || arg == "--parser-epochs" || arg == "--folds") &&
                   hasValue) {
            if (!parseCount(args[++i], number)) {
                return usageError(arg + " takes a whole number", kTrainUsage);
            }
            if (arg == "--seed") {
                options.seed = static_cast<std::uint64_t>(number);
            } else if (arg == "--tagger-epochs") {
                options.taggerEpochs = static_cast<int>(std::min(number, 1000LL));
            } else if (arg == "--parser-epochs") {
                options.parserEpochs = static_cast<int>(std::min(number, 1000LL));
            } else {
                options.jackknifeFolds = static_cast<int>(std::min(number, 100LL));
            }
        } else {
            return usageError("unknown or incomplete option " + arg, kTrainUsage);
        }
    }
    if (trainPath.empty() || devPath.empty() || output.empty()) {
        return usageError("--train, --dev and -o are required", kTrainUsage);
    }
    auto train = core::readConllu(trainPath);
    if (!train) {
        return reportError(train.error());
    }
    auto dev = core::readConllu(devPath);
    if (!dev) {
        return reportError(dev.error());
    }
    options.log = [](const std::string& line) { std::cerr << line << std::endl; };
    const auto trained = core::trainSyntaxModel(*train, *dev, options, output);
    if (!trained) {
        return reportError(trained.error());
    }
    std::cerr << "wrote " << output << '\n';
    return 0;
}

const CommandRegistrar kParse({"parse", "parse [--model FILE] FILE|-   tags and dependency trees as CoNLL-U", runParse});
const CommandRegistrar kEval({"eval-syntax", "eval-syntax [--model FILE] TEST.conllu   UPOS, UAS and LAS", runEval});
const CommandRegistrar kTrain({"train-syntax", "train-syntax --train F --dev F -o MODEL   train the syntax model",
                               runTrain});

} // namespace
} // namespace diplograph::cli
