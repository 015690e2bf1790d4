#pragma once

#include "diplograph/graph.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace diplograph::ui {

class GraphScene;

// The GUI's File ▸ Export report: the picture of `scene` (as drawn, whole graph) and the quotes of `edgeIds`
// (empty = every edge of `view`) written by the suffix of `path`: .html (self-contained) or .pdf on `page`.
// Returns an error message, empty on success. Runs on the GUI thread (it draws the scene).
[[nodiscard]] QString exportReport(const core::GraphView& view, GraphScene* scene, const QString& path,
                                   const QStringList& edgeIds, const std::vector<core::Edit>& edits,
                                   const QString& title, QPageSize::PageSizeId page = QPageSize::A4);

} // namespace diplograph::ui
