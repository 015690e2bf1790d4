#include "diplograph/syntax_training.h"

#include "syntax/model_file.h"
#include "syntax/parser.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>

namespace diplograph::core {
namespace {

using syntax::TrainingWeights;

struct Vocabulary {
    std::map<std::string, int> xpos;
    std::map<std::string, int> labels;
};

std::string format(const char* pattern, double a, double b = 0, double c = 0)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, pattern, a, b, c);
    return buffer;
}

void log(const SyntaxTrainingOptions& options, const std::string& line)
{
    if (options.log) {
        options.log(line);
    }
}

// Deterministic on every platform, unlike std::shuffle's use of distributions.
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& random)
{
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[random() % i]);
    }
}

void buildTagDictionary(const std::vector<TreebankSentence>& train, const Vocabulary& vocabulary, SyntaxModel& model)
{
    std::map<std::string, std::map<std::pair<int, int>, int>> counts;
    for (const auto& sentence : train) {
        for (const auto& token : sentence.tokens) {
            ++counts[token.form][{static_cast<int>(token.upos), vocabulary.xpos.at(token.xpos)}];
        }
    }
    std::map<std::pair<int, int>, int> pairs;
    for (const auto& [form, tags] : counts) {
        for (const auto& [pair, count] : tags) {
            pairs[pair] += count;
        }
    }
    for (const auto& [pair, count] : pairs) {
        if (count >= 2 && pair.first != 0) {
            model.tagPairs.push_back({static_cast<Upos>(pair.first), static_cast<std::uint8_t>(pair.second)});
        }
    }
    for (const auto& [form, tags] : counts) {
        int total = 0;
        std::pair<std::pair<int, int>, int> best{{0, 0}, 0};
        for (const auto& entry : tags) {
            total += entry.second;
            if (entry.second > best.second) {
                best = entry;
            }
        }
        if (total >= 20 && best.second >= 0.97 * total && best.first.first != 0) {
            model.tagDictionary[form] = {static_cast<Upos>(best.first.first),
                                         static_cast<std::uint8_t>(best.first.second)};
        }
    }
}

syntax::LemmaRule ruleFor(const std::string& lower, const std::string& lemma)
{
    std::size_t common = 0;
    while (common < lower.size() && common < lemma.size() && lower[common] == lemma[common]) {
        ++common;
    }
    return {static_cast<std::uint8_t>(std::min<std::size_t>(lower.size() - common, 255)), lemma.substr(common)};
}

void buildLemmatizer(const std::vector<TreebankSentence>& train, SyntaxModel& model)
{
    constexpr std::size_t kLongest = 5;
    std::map<std::string, std::map<std::string, int>> known;
    std::map<std::string, std::map<std::pair<int, std::string>, int>> rules; // key -> (strip, append) -> count
    for (const auto& sentence : train) {
        for (const auto& token : sentence.tokens) {
            if (token.upos == Upos::Propn || token.lemma == "_") {
                continue;
            }
            const std::string lower = syntax::lowerAscii(token.form);
            const std::string lemma = syntax::lowerAscii(token.lemma);
            const std::string tag = std::to_string(static_cast<int>(token.upos));
            ++known[lower + '\t' + tag][lemma];
            const syntax::LemmaRule rule = ruleFor(lower, lemma);
            for (std::size_t k = 1; k <= kLongest && k < lower.size(); ++k) {
                ++rules[tag + '\t' + lower.substr(lower.size() - k)][{rule.strip, rule.append}];
            }
        }
    }
    const auto best = [](const auto& counts) {
        auto top = counts.begin();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            top = it->second > top->second ? it : top;
        }
        return top;
    };
    std::map<std::string, syntax::LemmaRule> chosen;
    for (const auto& [key, counts] : rules) {
        int total = 0;
        for (const auto& entry : counts) {
            total += entry.second;
        }
        if (total >= 3) {
            const auto top = best(counts);
            chosen[key] = {static_cast<std::uint8_t>(top->first.first), top->first.second};
        }
    }
    // A rule equal to the one for the next shorter suffix adds nothing: the lemmatiser falls back to it.
    for (const auto& [key, rule] : chosen) {
        const std::size_t tab = key.find('\t');
        const std::string suffix = key.substr(tab + 1);
        syntax::LemmaRule shorter;
        if (suffix.size() > 1) {
            if (const auto it = chosen.find(key.substr(0, tab + 1) + suffix.substr(1)); it != chosen.end()) {
                shorter = it->second;
            }
        }
        if (shorter.strip != rule.strip || shorter.append != rule.append) {
            model.lemmatizer.suffixes[key] = rule;
        }
    }
    model.lemmatizer.longestSuffix = static_cast<int>(kLongest);
    // Keep only the known words the rules get wrong.
    for (const auto& [key, lemmas] : known) {
        const std::string& lemma = best(lemmas)->first;
        const std::size_t tab = key.find('\t');
        const auto upos = static_cast<Upos>(std::stoi(key.substr(tab + 1)));
        if (syntax::lemmatize(model.lemmatizer, key.substr(0, tab), upos) != lemma) {
            model.lemmatizer.known[key] = lemma;
        }
    }
}

struct TaggerTrainer {
    TaggerTrainer(int xposClasses, int bucketBits) : upos(kUposCount, bucketBits), xpos(xposClasses, bucketBits) {}

    void train(const TreebankSentence& sentence, const SyntaxModel& model, const Vocabulary& vocabulary)
    {
        std::vector<syntax::WordHashes> words;
        for (const auto& token : sentence.tokens) {
            words.push_back(syntax::hashWord(token.form));
        }
        std::vector<int> history(words.size(), 0);
        std::uint64_t features[syntax::kMaxFeatures];
        std::vector<float> uposScores(kUposCount), xposScores(static_cast<std::size_t>(xpos.classes()));
        for (std::size_t i = 0; i < words.size(); ++i) {
            const auto& token = sentence.tokens[i];
            const int goldUpos = static_cast<int>(token.upos);
            const int goldXpos = vocabulary.xpos.at(token.xpos);
            if (const auto known = model.tagDictionary.find(token.form); known != model.tagDictionary.end()) {
                history[i] = known->second.xpos;
                continue;
            }
            const std::size_t n = syntax::taggerFeatures(words, history, i, features);
            upos.score(features, n, uposScores.data());
            xpos.score(features, n, xposScores.data());
            const int guessUpos = static_cast<int>(
                std::max_element(uposScores.begin() + 1, uposScores.end()) - uposScores.begin());
            const int guessXpos =
                static_cast<int>(std::max_element(xposScores.begin(), xposScores.end()) - xposScores.begin());
            if (goldUpos != 0 && guessUpos != goldUpos) {
                upos.update(features, n, goldUpos, 1.0f);
                upos.update(features, n, guessUpos, -1.0f);
            }
            if (guessXpos != goldXpos) {
                xpos.update(features, n, goldXpos, 1.0f);
                xpos.update(features, n, guessXpos, -1.0f);
            }
            upos.tick();
            xpos.tick();
            history[i] = model.tagPairs.empty()
                             ? guessXpos
                             : syntax::bestTagPair(model.tagPairs, uposScores.data(), 1.0f, xposScores.data(), 1.0f).xpos;
        }
    }

    TrainingWeights upos;
    TrainingWeights xpos;
};

double uposAccuracy(const SyntaxModel& model, const std::vector<TreebankSentence>& sentences, double* xposAccuracy)
{
    std::size_t right = 0, rightX = 0, total = 0;
    std::vector<SyntaxToken> tokens;
    for (const auto& sentence : sentences) {
        tokens.assign(sentence.tokens.size(), SyntaxToken{});
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            tokens[i].form = sentence.tokens[i].form;
        }
        tagTokens(model, tokens);
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            right += tokens[i].upos == sentence.tokens[i].upos ? 1 : 0;
            rightX += tokens[i].xpos == sentence.tokens[i].xpos ? 1 : 0;
        }
        total += tokens.size();
    }
    *xposAccuracy = total == 0 ? 0.0 : double(rightX) / double(total);
    return total == 0 ? 0.0 : double(right) / double(total);
}

// Trains a tagger into `model` for `epochs` (or until dev stops improving when `dev` is given); returns the
// number of epochs that gave the best dev accuracy.
int trainTagger(const std::vector<const TreebankSentence*>& train, const std::vector<TreebankSentence>* dev,
                int epochs, int patience, const Vocabulary& vocabulary, std::mt19937_64& random,
                const SyntaxTrainingOptions& options, SyntaxModel& model)
{
    TaggerTrainer trainer(static_cast<int>(vocabulary.xpos.size()), std::clamp(options.taggerBucketBits, 6, 26));
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    double bestScore = -1.0;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        shuffle(order, random);
        for (const std::size_t i : order) {
            trainer.train(*train[i], model, vocabulary);
        }
        if (dev == nullptr) {
            if (epoch == epochs) {
                model.uposWeights = trainer.upos.freeze();
                model.xposWeights = trainer.xpos.freeze();
            }
            continue;
        }
        SyntaxModel candidate = model;
        candidate.uposWeights = trainer.upos.freeze();
        candidate.xposWeights = trainer.xpos.freeze();
        double xpos = 0.0;
        const double upos = uposAccuracy(candidate, *dev, &xpos);
        log(options, format("tagger epoch %.0f: dev UPOS %.2f%%, XPOS %.2f%%", epoch, 100 * upos, 100 * xpos));
        if (upos > bestScore) {
            bestScore = upos;
            bestEpoch = epoch;
            model.uposWeights = std::move(candidate.uposWeights);
            model.xposWeights = std::move(candidate.xposWeights);
        } else if (epoch - bestEpoch >= patience) {
            break;
        }
    }
    return dev == nullptr ? epochs : bestEpoch;
}

struct ParserExample {
    syntax::ParserInput input;
    std::vector<int> heads; // n for the root
    std::vector<int> labels;
};

ParserExample parserExample(const TreebankSentence& sentence, const std::vector<int>& tags,
                            const std::vector<int>& upos, const Vocabulary& vocabulary)
{
    ParserExample example;
    const int n = static_cast<int>(sentence.tokens.size());
    for (const auto& token : sentence.tokens) {
        const syntax::WordHashes hashes = syntax::hashWord(token.form);
        example.input.words.push_back(hashes.cluster);
        example.input.suffixes.push_back(hashes.suffix[2]);
        example.input.shapes.push_back(hashes.shape);
        example.heads.push_back(token.head < 0 ? n : token.head);
        const auto label = vocabulary.labels.find(token.deprel);
        example.labels.push_back(label == vocabulary.labels.end() ? 0 : label->second);
    }
    example.input.tags = tags;
    example.input.upos = upos;
    return example;
}

// Predicted XPOS classes and UPOS values.
std::pair<std::vector<int>, std::vector<int>> predictedTags(const SyntaxModel& model, const TreebankSentence& sentence)
{
    std::vector<SyntaxToken> tokens(sentence.tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        tokens[i].form = sentence.tokens[i].form;
    }
    tagTokens(model, tokens);
    std::vector<int> tags, upos;
    for (const auto& token : tokens) {
        const auto it = model.xposIndex.find(token.xpos);
        tags.push_back(it == model.xposIndex.end() ? 0 : it->second);
        upos.push_back(static_cast<int>(token.upos));
    }
    return {tags, upos};
}

std::pair<double, double> attachmentScores(const SyntaxModel& model, const std::vector<ParserExample>& examples)
{
    const syntax::ParserTables tables{&model.parserWeights, static_cast<int>(model.labelNames.size()),
                                      model.rootLabel};
    std::size_t heads = 0, labelled = 0, total = 0;
    for (const auto& example : examples) {
        const auto output = syntax::parse(tables, example.input);
        for (std::size_t i = 0; i < example.heads.size(); ++i) {
            if (output.heads[i] == example.heads[i]) {
                ++heads;
                labelled += output.labels[i] == example.labels[i] ? 1 : 0;
            }
        }
        total += example.heads.size();
    }
    const double n = total == 0 ? 1.0 : double(total);
    return {heads / n, labelled / n};
}

} // namespace

Result<void> trainSyntaxModel(const std::vector<TreebankSentence>& train, const std::vector<TreebankSentence>& dev,
                              const SyntaxTrainingOptions& options, const std::string& outputPath)
{
    if (train.empty() || dev.empty()) {
        return fail(ErrorCode::InvalidArgument, "training needs a non-empty training and development treebank");
    }
    const auto started = std::chrono::steady_clock::now();
    const auto seconds = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    std::mt19937_64 random(options.seed);
    Vocabulary vocabulary;
    for (const auto& sentence : train) {
        for (const auto& token : sentence.tokens) {
            vocabulary.xpos.emplace(token.xpos, 0);
            vocabulary.labels.emplace(token.deprel, 0);
        }
    }
    if (vocabulary.xpos.size() > 255 || vocabulary.labels.size() > 255 || !vocabulary.labels.count("root")) {
        return fail(ErrorCode::InvalidArgument, "the treebank needs at most 255 XPOS tags and relations, and 'root'");
    }
    SyntaxModel model;
    model.licence = options.licence;
    for (auto* names : {&vocabulary.xpos, &vocabulary.labels}) {
        int index = 0;
        for (auto& [name, value] : *names) {
            value = index++;
        }
    }
    for (const auto& [name, index] : vocabulary.xpos) {
        model.xposNames.push_back(name);
        model.xposIndex[name] = index;
    }
    for (const auto& [name, index] : vocabulary.labels) {
        model.labelNames.push_back(name);
    }
    model.rootLabel = vocabulary.labels.at("root");
    buildTagDictionary(train, vocabulary, model);
    buildLemmatizer(train, model);
    log(options, format("lexicon: %.0f dictionary words, %.0f lemma exceptions, %.0f suffix rules",
                        double(model.tagDictionary.size()), double(model.lemmatizer.known.size()),
                        double(model.lemmatizer.suffixes.size())) +
                     format(", %.0f tag pairs", double(model.tagPairs.size())));

    std::vector<const TreebankSentence*> all;
    for (const auto& sentence : train) {
        all.push_back(&sentence);
    }
    const int taggerEpochs =
        trainTagger(all, &dev, options.taggerEpochs, options.patience, vocabulary, random, options, model);
    log(options, format("tagger: best after %.0f epochs (%.0f s)", taggerEpochs, seconds()));

    // Jackknifing: each fold's tags come from a tagger trained on the other folds, so the parser learns from
    // tags as wrong as the ones it will see.
    std::vector<std::pair<std::vector<int>, std::vector<int>>> tags(train.size());
    const int folds = std::max(options.jackknifeFolds, 1);
    for (int fold = 0; fold < folds; ++fold) {
        if (folds == 1) {
            for (std::size_t i = 0; i < train.size(); ++i) {
                tags[i] = predictedTags(model, train[i]);
            }
            break;
        }
        std::vector<const TreebankSentence*> rest;
        for (std::size_t i = 0; i < train.size(); ++i) {
            if (static_cast<int>(i % std::size_t(folds)) != fold) {
                rest.push_back(&train[i]);
            }
        }
        SyntaxModel foldModel = model;
        trainTagger(rest, nullptr, taggerEpochs, options.patience, vocabulary, random, options, foldModel);
        for (std::size_t i = std::size_t(fold); i < train.size(); i += std::size_t(folds)) {
            tags[i] = predictedTags(foldModel, train[i]);
        }
        log(options, format("jackknife fold %.0f of %.0f tagged (%.0f s)", fold + 1, folds, seconds()));
    }

    std::vector<ParserExample> examples;
    for (std::size_t i = 0; i < train.size(); ++i) {
        examples.push_back(parserExample(train[i], tags[i].first, tags[i].second, vocabulary));
    }
    std::vector<ParserExample> devExamples;
    for (const auto& sentence : dev) {
        const auto [xpos, upos] = predictedTags(model, sentence);
        devExamples.push_back(parserExample(sentence, xpos, upos, vocabulary));
    }
    syntax::ParserTrainer parser(static_cast<int>(vocabulary.labels.size()), std::clamp(options.parserBucketBits, 6, 26));
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    double bestLas = -1.0;
    int bestEpoch = 0;
    for (int epoch = 1; epoch <= options.parserEpochs; ++epoch) {
        shuffle(order, random);
        for (const std::size_t i : order) {
            parser.train(examples[i].input, examples[i].heads, examples[i].labels, model.rootLabel, epoch > 1,
                         random);
        }
        SyntaxModel candidate;
        candidate.rootLabel = model.rootLabel;
        candidate.labelNames = model.labelNames;
        candidate.parserWeights = parser.freeze();
        const auto [uas, las] = attachmentScores(candidate, devExamples);
        log(options, format("parser epoch %.0f: dev UAS %.2f%%, LAS %.2f%%", epoch, 100 * uas, 100 * las) +
                         format(" (%.0f s)", seconds()));
        if (las > bestLas) {
            bestLas = las;
            bestEpoch = epoch;
            model.parserWeights = std::move(candidate.parserWeights);
        } else if (epoch - bestEpoch >= options.patience) {
            break;
        }
    }
    log(options, format("parser: best after %.0f epochs; writing the model (%.0f s)", bestEpoch, seconds()));
    for (const auto* weights : {&model.uposWeights, &model.xposWeights, &model.parserWeights}) {
        log(options, format("table of %.0f classes: %.0f weights in %.0f buckets", weights->classes,
                            double(weights->dense.size() + weights->entries.size()),
                            double(weights->rows())));
    }
    return syntax::writeModelFile(model, outputPath);
}

} // namespace diplograph::core
