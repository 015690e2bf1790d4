// Loads a workspace's graph (as import-bench left it) at both levels; figures in docs/performance.md.
// usage: graph-load-bench [WORKSPACE]
#include "diplograph/workspace.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <sys/resource.h>

using namespace diplograph::core;

int main(int argc, char** argv)
{
    const std::filesystem::path path =
        argc > 1 ? argv[1] : std::filesystem::temp_directory_path() / "diplograph-import-bench.diplograph";
    using Clock = std::chrono::steady_clock;
    const auto seconds = [](Clock::time_point since) {
        return std::chrono::duration<double>(Clock::now() - since).count();
    };
    auto start = Clock::now();
    auto workspace = Workspace::open(path, OpenMode::ReadOnly);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", workspace.error().message.c_str());
        return 1;
    }
    std::printf("open: %.3f s\n", seconds(start));
    start = Clock::now();
    auto articles = workspace->graphArticles();
    if (!articles) {
        std::fprintf(stderr, "%s\n", articles.error().message.c_str());
        return 1;
    }
    const double load = seconds(start);
    std::printf("read %zu articles with results: %.3f s\n", articles->size(), load);
    for (auto level : {GraphLevel::Entity, GraphLevel::Agent}) {
        start = Clock::now();
        const auto graph = Graph::build(*articles, level);
        const double build = seconds(start);
        start = Clock::now();
        const auto view = graph.view();
        const double snapshot = seconds(start);
        std::size_t quotes = 0;
        for (const auto& edge : view.edges) {
            quotes += edge.evidence.size();
        }
        std::printf("%s level: build %.3f s, view %.3f s: %zu nodes, %zu edges, %zu quotes, %zu components\n",
                    graphLevelName(level), build, snapshot, view.nodes.size(), view.edges.size(), quotes,
                    view.componentCount);
    }
    start = Clock::now();
    auto graph = workspace->buildGraph(GraphLevel::Entity);
    const auto view = graph->view();
    std::printf("workspace -> entity view, end to end: %.3f s\n", seconds(start));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
