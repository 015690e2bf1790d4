// File > Export data goes through the core exporters with what the filters show.
#include "ui_fixture.h"

#include "export/data_exporter.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace diplograph;
using diplograph::test::SampleWindow;

TEST(DataExportTest, GraphMlAndJsonHoldTheActors)
{
    SampleWindow w;
    ASSERT_TRUE(w.setLevel(core::GraphLevel::Entity));
    QTemporaryDir dir;
    for (auto format : {core::ExportFormat::GraphMl, core::ExportFormat::Gexf, core::ExportFormat::Json}) {
        const QString path = dir.filePath(QStringLiteral("graph.") + ui::exportFormatSuffix(format));
        auto future = ui::exportDataAsync(w.controller->view(), {}, format, path);
        future.waitForFinished();
        ASSERT_EQ(future.result(), QString()) << path.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        EXPECT_TRUE(data.contains("IRN")) << path.toStdString();
        EXPECT_TRUE(data.contains("USA")) << path.toStdString();
    }
}
