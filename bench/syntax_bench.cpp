// Tagger and parser throughput on one core (thread CPU time), model load time and memory.
// Usage: syntax-bench [--model FILE] [MEGABYTES=2] FILE...
// The files (news articles) are read as documents and repeated until MEGABYTES of text have been analysed.
#include "diplograph/syntax.h"

#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

// CPU time of this thread: throughput per core, not disturbed by other processes taking the core away.
struct Clock {
    using time_point = double;
    static double now()
    {
        timespec spec{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
        return double(spec.tv_sec) + double(spec.tv_nsec) * 1e-9;
    }
};

double since(double start)
{
    return Clock::now() - start;
}

long peakRssKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::atol(line.c_str() + 6);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace diplograph::core;
    std::string modelPath;
    double megabytes = 2.0;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--model" && i + 1 < argc) {
            modelPath = argv[++i];
        } else if (!arg.empty() && std::isdigit(static_cast<unsigned char>(arg[0])) && files.empty()) {
            megabytes = std::atof(arg.c_str());
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        files.push_back(std::string(DIPLOGRAPH_SOURCE_DIR) + "/resources/sample/seed.txt");
    }
    const auto loadStart = Clock::now();
    auto model = modelPath.empty() ? defaultSyntaxModel() : loadSyntaxModel(modelPath);
    if (!model) {
        std::fprintf(stderr, "syntax-bench: %s\n", model.error().message.c_str());
        return 1;
    }
    const double loadSeconds = since(loadStart);
    const long rssAfterLoad = peakRssKb();

    std::vector<Document> documents;
    std::vector<std::vector<std::vector<SyntaxToken>>> tokenized; // per document, per sentence
    std::size_t bytesPerPass = 0, tokensPerPass = 0;
    for (const auto& file : files) {
        auto document = readDocument(file);
        if (!document) {
            std::fprintf(stderr, "syntax-bench: %s\n", document.error().message.c_str());
            return 1;
        }
        bytesPerPass += document->text.size();
        documents.push_back(std::move(*document));
    }
    const auto tokenizeStart = Clock::now();
    for (const auto& document : documents) {
        auto& sentences = tokenized.emplace_back();
        for (const auto& sentence : splitSentences(document)) {
            sentences.push_back(syntaxTokens(document, sentence));
            tokensPerPass += sentences.back().size();
        }
    }
    const double tokenizeSeconds = since(tokenizeStart);
    const int passes = std::max(1, static_cast<int>(megabytes * 1e6 / double(std::max<std::size_t>(bytesPerPass, 1))));

    std::size_t tokens = 0;
    const auto tagStart = Clock::now();
    for (int pass = 0; pass < passes; ++pass) {
        for (auto& sentences : tokenized) {
            for (auto& sentence : sentences) {
                tagTokens(**model, sentence);
                tokens += sentence.size();
            }
        }
    }
    const double tagSeconds = since(tagStart);
    const auto parseStart = Clock::now();
    for (int pass = 0; pass < passes; ++pass) {
        for (auto& sentences : tokenized) {
            for (auto& sentence : sentences) {
                tagTokens(**model, sentence);
                parseTokens(**model, sentence);
            }
        }
    }
    const double parseSeconds = since(parseStart);
    std::printf("model load            %.0f ms (peak RSS after load %.1f MB)\n", loadSeconds * 1e3,
                rssAfterLoad / 1024.0);
    std::printf("text                  %.2f MB, %zu tokens (%d passes over %zu files)\n",
                double(bytesPerPass) * passes / 1e6, tokens, passes, files.size());
    std::printf("tokenizing            %.0f tokens/s\n", double(tokensPerPass) / tokenizeSeconds);
    std::printf("tagging               %.0f tokens/s\n", double(tokens) / tagSeconds);
    std::printf("tagging + parsing     %.0f tokens/s (%.2f MB/s)\n", double(tokens) / parseSeconds,
                double(bytesPerPass) * passes / 1e6 / parseSeconds);
    std::printf("peak RSS              %.1f MB\n", peakRssKb() / 1024.0);
    return 0;
}
