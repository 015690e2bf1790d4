#include "export/report_printer.h"

#include <QFileInfo>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

namespace diplograph::ui {

QString printReportPdf(const QString& html, const QString& pdfPath, QPageSize::PageSizeId page)
{
    QTextDocument document;
    // Qt's rich text loads no data: URIs itself: each picture becomes a named resource.
    QString text = html;
    static const QRegularExpression dataUri(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
    int number = 0;
    for (auto match = dataUri.match(text); match.hasMatch(); match = dataUri.match(text, match.capturedStart())) {
        const QString name = QStringLiteral("report-image-%1.png").arg(++number);
        QImage image;
        image.loadFromData(QByteArray::fromBase64(match.captured(1).toLatin1()), "PNG");
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        text.replace(match.capturedStart(), match.capturedLength(), QStringLiteral("src=\"%1\"").arg(name));
    }
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document.setHtml(text);
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(page));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Diplograph"));
    document.print(&writer);
    if (!QFileInfo(pdfPath).exists() || QFileInfo(pdfPath).size() == 0) {
        return QObject::tr("could not write %1").arg(pdfPath);
    }
    return {};
}

} // namespace diplograph::ui
