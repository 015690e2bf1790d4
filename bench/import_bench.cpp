// Imports generated news articles into a new workspace; figures in docs/performance.md.
// usage: import-bench [--articles N] [--db PATH] [--entities resources/lexicon/entities.tsv] [--threads T] [--prebuilt]
// With the builtin lexicon loading, each article goes through extractBytes (T threads) and one import transaction;
// with --prebuilt (or no lexicon) the relations planted by the generator are imported as hand-built results.
#include "diplograph/extract.h"
#include "diplograph/workspace.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <sys/resource.h>
#include <thread>

using namespace diplograph::core;
namespace fs = std::filesystem;

namespace {

struct Name {
    std::string code;
    std::string name;
};

// The first `count` unambiguous states and organisations of the gazetteer, so the extractor knows them.
std::vector<Name> loadNames(const fs::path& entities, std::size_t count)
{
    std::vector<Name> names;
    std::ifstream in(entities);
    std::string line;
    while (std::getline(in, line) && names.size() < count) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream stream(line);
        std::string field;
        while (std::getline(stream, field, '\t')) {
            fields.push_back(field);
        }
        if (fields.size() >= 4 && (fields[1] == "state" || fields[1] == "organisation") &&
            fields[3].find('?') == std::string::npos) {
            names.push_back({fields[0], fields[3]});
        }
    }
    return names;
}

struct Planted {
    RelationType type;
    std::size_t a, b;
    std::string sentence;
};

constexpr const char* kFiller[] = {
    "Markets were calm as analysts weighed the implications for regional trade and energy prices.",
    "The meeting took place behind closed doors and lasted for more than three hours, officials said.",
    "Observers noted that the statement came after weeks of quiet diplomacy in several capitals.",
    "Local media reported that security had been tightened around government buildings ahead of the visit.",
    "The spokesperson declined to comment on reports of further talks later this year.",
    "Economists warned that the dispute could weigh on growth if it is not resolved soon.",
    "The announcement was broadcast on state television and repeated on official social media accounts.",
    "Diplomats familiar with the matter said a joint communique was still being drafted on Tuesday.",
};

std::string article(std::mt19937& generator, const std::vector<Name>& names, int index, std::vector<Planted>& planted)
{
    // A few large states dominate real coverage: pick actors with a skewed distribution.
    std::geometric_distribution<std::size_t> skew(0.04);
    auto actor = [&] { return std::min(skew(generator), names.size() - 1); };
    std::string text = "Diplomatic roundup number " + std::to_string(index) + "\n\n";
    while (text.size() < 4000) {
        const std::size_t a = actor();
        std::size_t b = actor();
        if (b == a) {
            b = (a + 1) % names.size();
        }
        const auto& A = names[a].name;
        const auto& B = names[b].name;
        std::string sentence;
        RelationType type = RelationType::Invalid;
        switch (generator() % 6) {
        case 0:
            sentence = A + " condemned " + B + " on Monday over its latest military exercises.";
            type = RelationType::Criticism;
            break;
        case 1:
            sentence = A + " accused " + B + " of violating the ceasefire agreement.";
            type = RelationType::Criticism;
            break;
        case 2:
            sentence = A + " and " + B + " signed an agreement on energy cooperation.";
            type = RelationType::Cooperation;
            break;
        case 3:
            sentence = A + " rejected the proposal put forward by " + B + ".";
            type = RelationType::Rejection;
            break;
        case 4:
            sentence = "The foreign minister of " + A + " held talks with " + B + " in the capital.";
            type = RelationType::Cooperation;
            break;
        default: sentence = kFiller[generator() % std::size(kFiller)]; break;
        }
        if (type != RelationType::Invalid) {
            planted.push_back({type, a, b, sentence});
        }
        text += sentence + ' ' + kFiller[generator() % std::size(kFiller)] + ' ';
        if (generator() % 4 == 0) {
            text += "\n\n";
        }
    }
    return text;
}

// The result the generator knows it planted: what a perfect extractor would return.
ArticleResult prebuilt(const std::string& text, const std::vector<Planted>& planted, const std::vector<Name>& names)
{
    ArticleResult result;
    result.article.bytes = text.size();
    std::vector<char> seen(names.size(), 0);
    int number = 0;
    for (const auto& plant : planted) {
        for (std::size_t who : {plant.a, plant.b}) {
            if (!seen[who]) {
                seen[who] = 1;
                result.actors.push_back(
                    {names[who].code, names[who].name, ActorKind::State, names[who].code, {}, {{0, 4}}});
            }
        }
        Relation relation;
        relation.id = "r" + std::to_string(++number);
        relation.type = plant.type;
        relation.source = names[plant.a].code;
        relation.target = names[plant.b].code;
        relation.directed = plant.type != RelationType::Cooperation;
        if (!relation.directed && relation.target < relation.source) {
            std::swap(relation.source, relation.target);
        }
        const auto at = text.find(plant.sentence);
        relation.evidence.push_back(
            {number, {at, at + plant.sentence.size()}, plant.sentence, {{at, at + 4}, "x"}, "bench", 0.8});
        result.relations.push_back(std::move(relation));
    }
    return result;
}

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    int count = 10000;
    fs::path db = fs::temp_directory_path() / "diplograph-import-bench.diplograph";
    fs::path entities = "resources/lexicon/entities.tsv";
    unsigned threads = std::max(1u, std::thread::hardware_concurrency());
    bool forcePrebuilt = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--articles" && i + 1 < argc)
            count = std::atoi(argv[++i]);
        else if (arg == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (arg == "--entities" && i + 1 < argc)
            entities = argv[++i];
        else if (arg == "--threads" && i + 1 < argc)
            threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (arg == "--prebuilt")
            forcePrebuilt = true;
    }
    const auto names = loadNames(entities, 200);
    if (names.size() < 20) {
        std::fprintf(stderr, "cannot read actor names from %s (run from the source folder)\n", entities.c_str());
        return 1;
    }
    auto lexicon = Lexicon::builtin();
    const bool extract = lexicon && !forcePrebuilt;
    if (!lexicon && !forcePrebuilt) {
        std::fprintf(stderr, "builtin lexicon unavailable (%s): importing pre-built results\n",
                     lexicon.error().message.c_str());
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(db.string() + suffix);
    }
    auto workspace = Workspace::open(db);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", workspace.error().message.c_str());
        return 1;
    }

    // Producers generate and extract; the main thread imports in order of arrival, one transaction per article.
    std::mutex mutex;
    std::condition_variable ready, space;
    std::deque<ImportItem> queue;
    std::atomic<int> next{0};
    std::atomic<std::size_t> bytes{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < (extract ? threads : 1u); ++t) {
        workers.emplace_back([&] {
            for (int index; (index = next++) < count;) {
                std::mt19937 generator(static_cast<std::uint32_t>(index) * 7919u + 1);
                std::vector<Planted> planted;
                ImportItem item;
                item.input.text = article(generator, names, index, planted);
                item.input.title = "Diplomatic roundup number " + std::to_string(index);
                item.input.date = "2024-0" + std::to_string(1 + index % 9) + "-1" + std::to_string(index % 10);
                bytes += item.input.text.size();
                if (extract) {
                    auto result = extractBytes(item.input.text, *lexicon);
                    item.result = result ? std::move(*result) : ArticleResult{};
                } else {
                    item.result = prebuilt(item.input.text, planted, names);
                }
                std::unique_lock lock(mutex);
                space.wait(lock, [&] { return queue.size() < 64; });
                queue.push_back(std::move(item));
                ready.notify_one();
            }
        });
    }
    std::size_t relations = 0, imported = 0;
    for (int done = 0; done < count; ++done) {
        ImportItem item;
        {
            std::unique_lock lock(mutex);
            ready.wait(lock, [&] { return !queue.empty(); });
            item = std::move(queue.front());
            queue.pop_front();
            space.notify_one();
        }
        relations += item.result.relations.size();
        auto outcome = workspace->importArticle(item.input, item.result);
        if (!outcome) {
            std::fprintf(stderr, "import failed: %s\n", outcome.error().message.c_str());
            return 1;
        }
        imported += !outcome->duplicate;
    }
    for (auto& worker : workers) {
        worker.join();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("mode: %s (%u threads)\narticles: %zu imported of %d, %.1f MB of text, %zu relations\n"
                "time: %.2f s (%.0f articles/s, %.2f MB/s)\npeak RSS: %ld MB\nworkspace: %s, %.1f MB\n",
                extract ? "extract + import" : "pre-built results + import", extract ? threads : 1u, imported, count,
                static_cast<double>(bytes) / 1e6, relations, seconds, count / seconds,
                static_cast<double>(bytes) / 1e6 / seconds, peakRssMb(), db.c_str(),
                static_cast<double>(fs::file_size(db)) / 1e6);
    return 0;
}
