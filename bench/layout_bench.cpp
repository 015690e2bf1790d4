// Layout time and picture quality on news-like graphs (hubs plus cross links); figures in docs/performance.md.
// usage: layout-bench [nodes...]   (default 300 1000 10000)
#include "diplograph/layout.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <queue>
#include <random>
#include <string>
#include <unordered_map>

using namespace diplograph::core;

namespace {

GraphView newsLikeView(int n, std::uint32_t seed)
{
    std::mt19937 generator(seed);
    GraphView view;
    for (int i = 0; i < n; ++i) {
        GraphNode node;
        node.id = "n" + std::to_string(100000 + i);
        view.nodes.push_back(node);
    }
    const int hubs = std::max(4, n / 50);
    auto addEdge = [&](int a, int b) {
        GraphEdge edge;
        edge.source = view.nodes[a].id;
        edge.target = view.nodes[b].id;
        view.edges.push_back(edge);
    };
    for (int i = 1; i < n; ++i) {
        // most actors hang off a few hubs (the big states), some also touch a random earlier actor
        addEdge(static_cast<int>(generator() % std::min(i, hubs)), i);
        if (i > hubs && generator() % 3 == 0) {
            addEdge(i, static_cast<int>(generator() % i));
        }
    }
    return view;
}

struct Quality {
    double stress = 0;           // normalised stress over sampled pairs (lower is better)
    double crossingsPerEdge = 0; // lower is better
};

bool crosses(Point a, Point b, Point c, Point d)
{
    auto orient = [](Point p, Point q, Point r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

Quality measure(const GraphView& view, const std::map<std::string, Point>& positions)
{
    const std::size_t n = view.nodes.size();
    std::unordered_map<std::string, int> index;
    std::vector<Point> p(n);
    for (std::size_t i = 0; i < n; ++i) {
        index[view.nodes[i].id] = static_cast<int>(i);
        p[i] = positions.at(view.nodes[i].id);
    }
    std::vector<std::vector<int>> adjacency(n);
    std::vector<std::pair<int, int>> edges;
    for (const auto& edge : view.edges) {
        const int a = index[edge.source], b = index[edge.target];
        adjacency[a].push_back(b);
        adjacency[b].push_back(a);
        edges.emplace_back(a, b);
    }
    // Stress against graph distance from 60 BFS sources, with the best uniform scale.
    std::mt19937 generator(1);
    std::vector<std::pair<double, double>> pairs; // (graph distance, drawn distance)
    for (int s = 0; s < 60; ++s) {
        const int source = static_cast<int>(generator() % n);
        std::vector<int> distance(n, -1);
        std::queue<int> queue;
        distance[source] = 0;
        queue.push(source);
        while (!queue.empty()) {
            const int v = queue.front();
            queue.pop();
            for (int w : adjacency[v]) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue.push(w);
                }
            }
        }
        for (std::size_t t = 0; t < n; t += std::max<std::size_t>(1, n / 2000)) {
            if (distance[t] > 0) {
                pairs.emplace_back(distance[t], std::hypot(p[t].x - p[source].x, p[t].y - p[source].y));
            }
        }
    }
    double numerator = 0, denominator = 0;
    for (const auto& [g, d] : pairs) {
        numerator += d / g;
        denominator += d * d / (g * g);
    }
    const double scale = numerator / denominator; // minimises sum ((scale d - g) / g)^2
    Quality quality;
    for (const auto& [g, d] : pairs) {
        quality.stress += (scale * d - g) * (scale * d - g) / (g * g);
    }
    quality.stress /= static_cast<double>(pairs.size());
    // Crossings on a sample of edge pairs (all pairs for small graphs).
    const std::size_t m = edges.size();
    const std::size_t samples = std::min<std::size_t>(m * (m - 1) / 2, 4000000);
    std::size_t crossings = 0;
    for (std::size_t i = 0; i < samples; ++i) {
        const auto& e = edges[generator() % m];
        const auto& f = edges[generator() % m];
        if (e.first == f.first || e.first == f.second || e.second == f.first || e.second == f.second) {
            continue;
        }
        crossings += crosses(p[e.first], p[e.second], p[f.first], p[f.second]);
    }
    const double allPairs = static_cast<double>(m) * static_cast<double>(m - 1) / 2;
    quality.crossingsPerEdge = static_cast<double>(crossings) / static_cast<double>(samples) * allPairs / m;
    return quality;
}

} // namespace

int main(int argc, char** argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i) {
        sizes.push_back(std::atoi(argv[i]));
    }
    if (sizes.empty()) {
        sizes = {300, 1000, 10000};
    }
    std::printf("%-8s %-11s %10s %10s %14s\n", "nodes", "algorithm", "seconds", "stress", "crossings/edge");
    for (int n : sizes) {
        const auto view = newsLikeView(n, 42);
        for (auto algorithm : {LayoutAlgorithm::BarnesHut, LayoutAlgorithm::FruchtermanReingold,
                               LayoutAlgorithm::KamadaKawai, LayoutAlgorithm::Auto}) {
            if ((algorithm == LayoutAlgorithm::FruchtermanReingold && n > 1000) ||
                (algorithm == LayoutAlgorithm::KamadaKawai && n > 300)) {
                continue; // minutes at 10,000 nodes (docs/performance.md)
            }
            LayoutOptions options;
            options.algorithm = algorithm;
            const auto start = std::chrono::steady_clock::now();
            const auto positions = layout(view, options);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!positions) {
                std::fprintf(stderr, "layout failed: %s\n", positions.error().message.c_str());
                return 1;
            }
            const auto quality = measure(view, *positions);
            std::printf("%-8d %-11s %10.3f %10.4f %14.2f\n", n, layoutAlgorithmName(algorithm), seconds, quality.stress,
                        quality.crossingsPerEdge);
        }
    }
    return 0;
}
