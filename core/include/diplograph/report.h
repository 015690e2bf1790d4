#pragma once

#include "diplograph/graph.h"
#include "diplograph/result.h"

#include <ostream>
#include <string>
#include <vector>

// The briefing report: one self-contained HTML page an analyst hands on (docs/user-guide.md).
namespace diplograph::core {

struct ReportOptions {
    std::string title = "Diplograph briefing";
    std::string imagePng;            // the graph picture as PNG bytes; empty = no picture
    std::vector<Edit> edits;         // analyst edits applied to the graph, listed in the report
    std::vector<std::string> edges;  // edge ids to report, in this order; empty = every edge of the view
};

// Writes the report: summary, the picture with its legend, then per edge the two actors, type, weight and each
// quote with its article's title, outlet, URL and date. Plain HTML 4 tables and inline styles, so browsers and
// Qt's rich text (which prints the PDF) show the same. Io if the stream fails.
[[nodiscard]] Result<void> writeReportHtml(const GraphView& view, std::ostream& out, const ReportOptions& options = {});

// Standard base64 (RFC 4648, padded) of `bytes`, for data: URIs.
[[nodiscard]] std::string base64(std::string_view bytes);

} // namespace diplograph::core
