#pragma once

#include "diplograph/export.h"

#include <QFuture>
#include <QString>

namespace diplograph::ui {

// Writes `view` through the core exporters on a worker thread; the future's result is an error message,
// empty on success. `view` is copied (its evidence is shared, not copied).
[[nodiscard]] QFuture<QString> exportDataAsync(core::GraphView view, std::map<std::string, core::Point> positions,
                                               core::ExportFormat format, const QString& path);

// The file-dialog filter and default suffix of each format.
[[nodiscard]] QString exportFormatFilter(core::ExportFormat format);
[[nodiscard]] QString exportFormatSuffix(core::ExportFormat format);

} // namespace diplograph::ui
