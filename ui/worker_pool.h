#pragma once

class QThreadPool;

namespace diplograph::ui {

// The thread pool for Diplograph's own long work (graph building, layout, exports). Not Qt's global pool:
// the raster paint engine hands parts of big fills and line batches to global-pool threads and waits for
// them, so a window repaint must never queue behind an export or a layout.
[[nodiscard]] QThreadPool* workerPool();

} // namespace diplograph::ui
