#pragma once

#include <QPageSize>
#include <QString>

namespace diplograph::ui {

// Prints a briefing report's HTML (core::writeReportHtml) to a PDF at `pdfPath` on `page` (A4 or Letter) with
// Qt's rich-text engine; its data: PNG pictures are decoded first. Returns an error message, empty on success.
[[nodiscard]] QString printReportPdf(const QString& html, const QString& pdfPath,
                                     QPageSize::PageSizeId page = QPageSize::A4);

} // namespace diplograph::ui
