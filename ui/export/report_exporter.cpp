#include "export/report_exporter.h"

#include "export/image_exporter.h"
#include "export/report_printer.h"

#include "diplograph/report.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSaveFile>

#include <sstream>

namespace diplograph::ui {

QString exportReport(const core::GraphView& view, GraphScene* scene, const QString& path, const QStringList& edgeIds,
                     const std::vector<core::Edit>& edits, const QString& title, QPageSize::PageSizeId page)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)) {
        return QObject::tr("a report is written as .html or .pdf");
    }
    core::ReportOptions options;
    options.title = title.toStdString();
    options.edits = edits;
    for (const auto& id : edgeIds) {
        options.edges.push_back(id.toStdString());
    }
    if (scene) {
        ImageExportOptions image;
        image.scale = 2;
        image.title = title;
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        ImageExporter(scene).renderImage(image).save(&buffer, "PNG");
        options.imagePng = png.toStdString();
    }
    std::ostringstream html;
    if (auto written = core::writeReportHtml(view, html, options); !written) {
        return QString::fromStdString(written.error().message);
    }
    if (pdf) {
        return printReportPdf(QString::fromStdString(html.str()), path, page);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return file.errorString();
    }
    const std::string text = html.str();
    file.write(text.data(), static_cast<qint64>(text.size()));
    return file.commit() ? QString() : file.errorString();
}

} // namespace diplograph::ui
