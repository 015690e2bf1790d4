#pragma once

#include <QString>

namespace diplograph::bench {

// Writes (once; reused when present) a workspace with about `nodes` actors and `edges` aggregated edges
// spread over synthetic articles. Returns an error message, empty on success.
[[nodiscard]] QString generateWorkspace(const QString& path, int nodes, int edges);

} // namespace diplograph::bench
