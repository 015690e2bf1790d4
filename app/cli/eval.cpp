// diplograph-cli eval: scores the extractor against a folder of NAME.txt + NAME.gold.json.
#include "commands.h"

#include "diplograph/eval.h"

#include <cstdio>
#include <iostream>

namespace diplograph::cli {

namespace {

constexpr const char* kUsage = "diplograph-cli eval [--quiet] [--lexicon DIR] DIR";

std::string describe(const core::EntityRelation& relation)
{
    const char* arrow = relation.type == core::RelationType::Cooperation ? " -- " : " -> ";
    return std::string(core::relationTypeName(relation.type)) + " " + relation.source + arrow + relation.target;
}

int run(const std::vector<std::string>& args)
{
    std::string directory;
    std::string lexiconDir;
    bool quiet = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--quiet") {
            quiet = true;
        } else if (args[i] == "--lexicon" && i + 1 < args.size()) {
            lexiconDir = args[++i];
        } else if (directory.empty() && !args[i].starts_with("-")) {
            directory = args[i];
        } else {
            return usageError("unexpected argument " + args[i], kUsage);
        }
    }
    if (directory.empty()) {
        return usageError("no folder given", kUsage);
    }
    auto lexicon = lexiconDir.empty() ? core::Lexicon::builtin() : core::Lexicon::fromDirectory(lexiconDir);
    if (!lexicon) {
        return reportError(lexicon.error());
    }
    auto report = core::evaluateDirectory(directory, *lexicon);
    if (!report) {
        return reportError(report.error());
    }
    for (const auto& article : report->articles) {
        std::printf("%-10s tp %2zu  fp %2zu  miss %2zu\n", article.name.c_str(), article.truePositives.size(),
                    article.falsePositives.size(), article.misses.size());
        if (quiet) {
            continue;
        }
        for (const auto& relation : article.falsePositives) {
            std::printf("    + %s   (false positive)\n", describe(relation).c_str());
        }
        for (const auto& relation : article.misses) {
            std::printf("    - %s   (missed)\n", describe(relation).c_str());
        }
    }
    std::printf("\narticles %zu  gold %zu  found %zu  true positives %zu\n", report->articles.size(),
                report->truePositives + report->misses, report->truePositives + report->falsePositives,
                report->truePositives);
    std::printf("precision %.3f  recall %.3f  F1 %.3f\n", report->precision(), report->recall(), report->f1());
    return 0;
}

const CommandRegistrar kRegistrar({"eval", "eval DIR                 precision, recall and F1 against NAME.gold.json files", run});

} // namespace

} // namespace diplograph::cli
