// Extraction throughput on one core over a generated multi-megabyte corpus, and lexicon load time.
// Usage: extract-bench [--parse] [MEGABYTES=16] [FILE...]
// --parse also tags and parses every sentence with the syntax model, as the parse-based rules will.
// Files, if given, are measured instead of generated text, each an article, repeated until MEGABYTES is reached.
#include "diplograph/extract.h"
#include "diplograph/syntax.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// News-like sentences over many actors, with agents, quotes, references and distractors.
std::string generateCorpus(std::size_t bytes)
{
    const std::vector<std::string> states = {"Iran", "Iraq", "the United States", "China", "Russia", "Ukraine",
                                             "France", "Germany", "Japan", "India", "Pakistan", "Turkey", "Egypt",
                                             "Saudi Arabia", "Israel", "Brazil", "Nigeria", "Kenya", "Poland",
                                             "South Korea", "North Korea", "Qatar", "Jordan", "Mexico"};
    const std::vector<std::string> demonyms = {"Iranian", "Iraqi", "American", "Chinese", "Russian", "Ukrainian",
                                               "French", "German", "Japanese", "Indian", "Turkish", "Egyptian"};
    const std::vector<std::string> templates = {
        "{S} on Monday strongly condemned {T} for its attacks near the border.",
        "The {D} Foreign Ministry said {T} had violated the ceasefire agreement.",
        "{S} and {T} signed a new security agreement in the capital on Tuesday.",
        "\xE2\x80\x9CWe reject the accusations made by {T},\xE2\x80\x9D the {D} embassy said in a statement.",
        "It also criticized {T} for opposing the deal.",
        "Officials from {S} held talks with {T} about trade and energy cooperation.",
        "{S} did not condemn the move, according to diplomats in Geneva.",
        "The weather in the region remained mild as markets opened higher.",
        "{D} President Ali Hassan welcomed the decision and praised {T} for its support.",
        "Would {S} reject the proposal from {T} if the talks collapse?"};
    std::mt19937 random(2024);
    std::string text;
    text.reserve(bytes + 4096);
    int article = 0;
    while (text.size() < bytes) {
        text += "Article " + std::to_string(++article) + " headline\n\n";
        for (int sentence = 0; sentence < 12; ++sentence) {
            std::string line = templates[random() % templates.size()];
            auto replace = [&](const std::string& key, const std::string& value) {
                for (auto at = line.find(key); at != std::string::npos; at = line.find(key)) {
                    line.replace(at, key.size(), value);
                }
            };
            replace("{S}", states[random() % states.size()]);
            replace("{T}", states[random() % states.size()]);
            replace("{D}", demonyms[random() % demonyms.size()]);
            text += line + (sentence % 4 == 3 ? "\n" : " ");
        }
        text += "\n";
    }
    return text;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace diplograph::core;
    const auto loadStart = Clock::now();
    auto lexicon = Lexicon::fromFiles({}); // warm the allocator; the real load follows
    (void)lexicon;
    const auto builtinStart = Clock::now();
    auto builtin = Lexicon::builtin();
    const auto builtinEnd = Clock::now();
    if (!builtin) {
        std::fprintf(stderr, "lexicon: %s\n", builtin.error().message.c_str());
        return 1;
    }
    (void)loadStart;
    std::printf("lexicon: %zu entities, %zu trigger forms, loaded in %.1f ms\n", builtin->entityCount(),
                builtin->triggerCount(),
                std::chrono::duration<double, std::milli>(builtinEnd - builtinStart).count());

    std::vector<std::string> inputs;
    std::size_t megabytes = 16;
    std::shared_ptr<const SyntaxModel> syntax;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--parse") {
            const auto modelStart = Clock::now();
            auto model = defaultSyntaxModel();
            if (!model) {
                std::fprintf(stderr, "syntax: %s\n", model.error().message.c_str());
                return 1;
            }
            syntax = *model;
            std::printf("syntax model loaded in %.1f ms\n",
                        std::chrono::duration<double, std::milli>(Clock::now() - modelStart).count());
        } else if (std::all_of(arg.begin(), arg.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            megabytes = std::stoul(arg);
        } else {
            std::ifstream in(arg, std::ios::binary);
            std::ostringstream content;
            content << in.rdbuf();
            inputs.push_back(content.str());
        }
    }
    if (!inputs.empty()) {
        std::size_t total = 0;
        for (const auto& input : inputs) {
            total += input.size();
        }
        const auto files = inputs;
        while (total > 0 && total < megabytes * 1024 * 1024) {
            for (const auto& input : files) {
                inputs.push_back(input);
                total += input.size();
            }
        }
    }
    if (inputs.empty()) {
        // Articles of ~4 KB, as an analyst's folder would hold.
        const auto corpus = generateCorpus(megabytes * 1024 * 1024);
        for (std::size_t start = 0; start < corpus.size();) {
            auto end = corpus.find("\nArticle ", start + 1);
            end = end == std::string::npos ? corpus.size() : end + 1;
            inputs.push_back(corpus.substr(start, end - start));
            start = end;
        }
    }
    std::size_t bytes = 0;
    std::size_t relations = 0;
    std::size_t actors = 0;
    std::size_t tokens = 0;
    const auto start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    for (auto& input : inputs) {
        bytes += input.size();
        auto result = extractBytes(input, *builtin);
        if (syntax) {
            if (auto document = loadDocument(input)) {
                for (const Sentence& sentence : splitSentences(*document)) {
                    tokens += parseSentence(*syntax, *document, sentence).tokens.size();
                }
            }
        }
        if (result) {
            relations += result->relations.size();
            actors += result->actors.size();
        }
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    // CPU time is what one core spends; wall time also counts waiting for a busy machine.
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double processedMegabytes = static_cast<double>(bytes) / 1e6;
    std::printf("extracted %zu articles, %.1f MB: wall %.2f s (%.1f MB/s), cpu %.2f s (%.1f MB/s on one core); "
                "%zu actors, %zu relations\n",
                inputs.size(), processedMegabytes, seconds, processedMegabytes / seconds, cpuSeconds, processedMegabytes / cpuSeconds, actors,
                relations);
    if (syntax) {
        std::printf("with every sentence tagged and parsed: %zu tokens\n", tokens);
    }
    return 0;
}
