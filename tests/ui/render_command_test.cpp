// `diplograph-cli render` draws the same picture without a display.
#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

int run(const QStringList& arguments, QString* errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(DIPLOGRAPH_CLI_EXE), arguments);
    process.waitForFinished(120000);
    if (errors) {
        *errors = QString::fromUtf8(process.readAllStandardError());
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

const QString kSeed = QStringLiteral(DIPLOGRAPH_SOURCE_DIR "/resources/sample/seed.txt");

} // namespace

TEST(RenderCommandTest, WritesPngSvgAndPdf)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("graph.png"));
    ASSERT_EQ(run({QStringLiteral("render"), kSeed, QStringLiteral("-o"), png, QStringLiteral("--scale"), QStringLiteral("1")}), 0);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 300);
    const QString svg = dir.filePath(QStringLiteral("graph.svg"));
    ASSERT_EQ(run({QStringLiteral("render"), kSeed, QStringLiteral("-o"), svg, QStringLiteral("--level"), QStringLiteral("agent")}), 0);
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svgFile.readAll().contains("Iran"));
    const QString pdf = dir.filePath(QStringLiteral("graph.pdf"));
    ASSERT_EQ(run({QStringLiteral("render"), kSeed, QStringLiteral("-o"), pdf}), 0);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));
}

TEST(RenderCommandTest, ReportsUsageAndMissingInput)
{
    QTemporaryDir dir;
    QString errors;
    EXPECT_EQ(run({QStringLiteral("render"), kSeed}, &errors), 1);
    EXPECT_TRUE(errors.contains(QStringLiteral("-o")));
    EXPECT_EQ(run({QStringLiteral("render"), kSeed, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.gif"))}), 1);
    EXPECT_EQ(run({QStringLiteral("render"), QStringLiteral("/nonexistent.txt"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))}), 2);
    EXPECT_EQ(run({QStringLiteral("render"), kSeed, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")),
                   QStringLiteral("--scale"), QStringLiteral("9")}), 1);
}
