// Image exports of the sample graph: each decodes, has the expected size and is not blank.
#include "ui_fixture.h"

#include "export/export_job.h"
#include "export/image_exporter.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace diplograph;
using diplograph::test::SampleWindow;

namespace {

// Pixels that are neither white nor transparent.
int inkedPixels(const QImage& image)
{
    int count = 0;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            count += qAlpha(line[x]) > 0 && (qRed(line[x]) < 235 || qGreen(line[x]) < 235 || qBlue(line[x]) < 235) ? 1 : 0;
        }
    }
    return count;
}

ui::ImageExportOptions options(double scale = 2.0)
{
    ui::ImageExportOptions options;
    options.scale = scale;
    options.title = QStringLiteral("Sample");
    return options;
}

} // namespace

TEST(ImageExportTest, PngDecodesWithTheExpectedSizeAndInk)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.png"));
    const ui::ImageExporter exporter(w.window->scene(), w.window->canvas());
    for (double scale : {1.0, 3.0}) {
        ASSERT_EQ(exporter.write(path, options(scale)), QString());
        QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), (exporter.pageSize(options(scale)) * scale).toSize());
        EXPECT_GT(inkedPixels(image), 2000 * scale * scale);
    }
}

TEST(ImageExportTest, TransparentPngKeepsTheBackgroundClear)
{
    SampleWindow w;
    auto opts = options(1.0);
    opts.transparent = true;
    const QImage image = ui::ImageExporter(w.window->scene()).renderImage(opts);
    EXPECT_EQ(qAlpha(image.pixel(1, 1)), 0);
    EXPECT_GT(inkedPixels(image), 1000);
}

TEST(ImageExportTest, VisibleAreaFollowsTheView)
{
    SampleWindow w;
    auto opts = options(1.0);
    opts.region = ui::ImageExportOptions::Region::Visible;
    const QImage image = ui::ImageExporter(w.window->scene(), w.window->canvas()).renderImage(opts);
    EXPECT_GE(image.width(), w.window->canvas()->viewport()->width());
}

TEST(ImageExportTest, SvgIsXmlWithTheNodeLabels)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_EQ(ui::ImageExporter(w.window->scene()).write(path, options()), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters) {
            text += xml.text();
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Iran")));
    EXPECT_TRUE(text.contains(QStringLiteral("United States")));
    EXPECT_TRUE(text.contains(QStringLiteral("Criticism"))); // the legend
    const QString rsvg = QStandardPaths::findExecutable(QStringLiteral("rsvg-convert"));
    if (!rsvg.isEmpty()) {
        const QString png = dir.filePath(QStringLiteral("svg.png"));
        ASSERT_EQ(QProcess::execute(rsvg, {QStringLiteral("-o"), png, path}), 0);
        EXPECT_GT(inkedPixels(QImage(png)), 2000);
    }
}

TEST(ImageExportTest, PdfStartsWithTheMagicAndIsNotBlank)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("graph.pdf"));
    ASSERT_EQ(ui::ImageExporter(w.window->scene()).write(path, options()), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        GTEST_SKIP() << "pdftoppm is not installed; the PDF was not rasterised";
    }
    ASSERT_EQ(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("48"),
                                           QStringLiteral("-singlefile"), path, dir.filePath(QStringLiteral("page"))}), 0);
    EXPECT_GT(inkedPixels(QImage(dir.filePath(QStringLiteral("page.png")))), 500);
}

TEST(ImageExportTest, SlicedExportJobWritesAllThreeFormats)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("job.") + QLatin1String(suffix));
        QString error = QStringLiteral("unfinished");
        auto* job = ui::ExportJob::start(w.window->scene(), w.window->canvas(), path, options(2.0));
        QObject::connect(job, &ui::ExportJob::finished, [&](const QString& e) { error = e; });
        ASSERT_TRUE(QTest::qWaitFor([&] { return error != QStringLiteral("unfinished"); }, 30000)) << suffix;
        EXPECT_EQ(error, QString()) << suffix;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << suffix;
        const QByteArray bytes = file.readAll();
        if (QLatin1String(suffix) == QLatin1String("png")) {
            const QImage image = QImage::fromData(bytes, "PNG");
            EXPECT_EQ(image.size(), (ui::ImageExporter(w.window->scene()).pageSize(options(2.0)) * 2.0).toSize());
            EXPECT_GT(inkedPixels(image), 8000);
        } else if (QLatin1String(suffix) == QLatin1String("svg")) {
            EXPECT_TRUE(bytes.contains("United States"));
        } else {
            EXPECT_TRUE(bytes.startsWith("%PDF"));
        }
    }
}

TEST(ImageExportTest, ARebuildDuringAnExportAbortsIt)
{
    SampleWindow w;
    QTemporaryDir dir;
    QString error = QStringLiteral("unfinished");
    auto* job = ui::ExportJob::start(w.window->scene(), w.window->canvas(), dir.filePath(QStringLiteral("x.png")), options());
    QObject::connect(job, &ui::ExportJob::finished, [&](const QString& e) { error = e; });
    w.window->setLevel(core::GraphLevel::Entity); // the scene is rebuilt before the job's first slice
    ASSERT_TRUE(QTest::qWaitFor([&] { return error != QStringLiteral("unfinished"); }, 30000));
    ASSERT_TRUE(w.waitIdle());
    SUCCEED() << error.toStdString(); // either written before the rebuild or aborted cleanly: no crash
}
