// File > Export report: the picture the scene draws and the quotes of the chosen edges, as HTML and as PDF.
#include "ui_fixture.h"

#include "export/report_exporter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace diplograph;
using diplograph::test::SampleWindow;

TEST(ReportExportTest, HtmlEmbedsThePictureAndEveryQuoteOfTheSelection)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    const auto& view = w.controller->view();
    ASSERT_FALSE(view.edges.empty());
    const auto& edge = view.edges.front();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.html"));
    ASSERT_EQ(ui::exportReport(view, w.window->scene(), path, {QString::fromStdString(edge.id)}, {}, QStringLiteral("Brief")),
              QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    EXPECT_TRUE(html.contains("src=\"data:image/png;base64,iVBORw0KGgo")); // a PNG signature, base64
    EXPECT_TRUE(html.contains("1 selected below"));
    for (const auto& ref : edge.evidence) {
        // Quotes are escaped for HTML; the sample's quotes hold no markup characters at their start.
        EXPECT_TRUE(html.contains(QByteArray::fromStdString(ref.evidence->quote.substr(0, 20))));
    }
    EXPECT_NE(ui::exportReport(view, nullptr, dir.filePath(QStringLiteral("brief.txt")), {}, {}, {}), QString());
}

TEST(ReportExportTest, PdfOnLetterPages)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("brief.pdf"));
    ASSERT_EQ(ui::exportReport(w.controller->view(), w.window->scene(), path, {}, {}, QStringLiteral("Brief"),
                               QPageSize::Letter),
              QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
        GTEST_SKIP() << "poppler-utils' pdfinfo is not installed";
    }
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(out.contains(QStringLiteral("612 x 792 pts (letter)"))) << out.toStdString();
}
