#include "models/local_layout.h"

#include <cmath>
#include <numbers>
#include <random>
#include <unordered_map>

namespace diplograph::ui {

std::map<std::string, core::Point> localLayout(const core::GraphView& view, const core::LayoutOptions& options)
{
    const std::size_t n = view.nodes.size();
    std::vector<double> x(n), y(n);
    std::vector<bool> pinned(n, false);
    std::unordered_map<std::string, std::size_t> index;
    const double k = options.edgeLength;
    const double radius = k * std::max(1.0, std::sqrt(static_cast<double>(n)) * 0.8);
    std::mt19937 random(options.seed);
    std::uniform_real_distribution<double> jitter(-0.1 * k, 0.1 * k);
    for (std::size_t i = 0; i < n; ++i) {
        index[view.nodes[i].id] = i;
        const double angle = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(std::max<std::size_t>(n, 1));
        x[i] = radius * std::cos(angle) + jitter(random);
        y[i] = radius * std::sin(angle) + jitter(random);
        if (const auto it = options.fixed.find(view.nodes[i].id); it != options.fixed.end()) {
            x[i] = it->second.point.x;
            y[i] = it->second.point.y;
            pinned[i] = it->second.pinned;
        }
    }
    if (options.algorithm != core::LayoutAlgorithm::Circle && n > 1) {
        std::vector<std::pair<std::size_t, std::size_t>> links;
        for (const auto& edge : view.edges) {
            links.emplace_back(index.at(edge.source), index.at(edge.target));
        }
        const int iterations = options.iterations > 0 ? options.iterations : (n > 500 ? 60 : 300);
        double temperature = radius * 0.3;
        std::vector<double> dx(n), dy(n);
        for (int iteration = 0; iteration < iterations; ++iteration) {
            std::fill(dx.begin(), dx.end(), 0.0);
            std::fill(dy.begin(), dy.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                for (std::size_t j = i + 1; j < n; ++j) {
                    const double ex = x[i] - x[j], ey = y[i] - y[j];
                    const double d2 = std::max(ex * ex + ey * ey, 1.0);
                    const double force = k * k / d2;
                    dx[i] += ex * force, dy[i] += ey * force;
                    dx[j] -= ex * force, dy[j] -= ey * force;
                }
            }
            for (const auto& [a, b] : links) {
                const double ex = x[a] - x[b], ey = y[a] - y[b];
                const double d = std::max(std::sqrt(ex * ex + ey * ey), 1.0);
                const double force = d / k;
                dx[a] -= ex * force, dy[a] -= ey * force;
                dx[b] += ex * force, dy[b] += ey * force;
            }
            for (std::size_t i = 0; i < n; ++i) {
                // Gravity keeps disconnected parts on screen.
                dx[i] -= x[i] * 0.02, dy[i] -= y[i] * 0.02;
                if (pinned[i]) {
                    continue;
                }
                const double length = std::max(std::sqrt(dx[i] * dx[i] + dy[i] * dy[i]), 1e-9);
                const double step = std::min(length, temperature);
                x[i] += dx[i] / length * step;
                y[i] += dy[i] / length * step;
            }
            temperature = std::max(temperature * 0.97, 1.0);
            if (options.progress && !options.progress(static_cast<std::size_t>(iteration), static_cast<std::size_t>(iterations))) {
                break;
            }
        }
    }
    std::map<std::string, core::Point> result;
    for (std::size_t i = 0; i < n; ++i) {
        result[view.nodes[i].id] = {x[i], y[i]};
    }
    return result;
}

} // namespace diplograph::ui
