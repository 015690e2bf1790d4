#include "export/data_exporter.h"

#include "worker_pool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace diplograph::ui {

QFuture<QString> exportDataAsync(core::GraphView view, std::map<std::string, core::Point> positions,
                                 core::ExportFormat format, const QString& path)
{
    return QtConcurrent::run(workerPool(), [view = std::move(view), positions = std::move(positions), format, path] {
        core::ExportOptions options;
        options.positions = positions;
        const auto written = core::exportGraph(view, format, path.toStdString(), options);
        return written ? QString() : QString::fromStdString(written.error().message);
    });
}

QString exportFormatFilter(core::ExportFormat format)
{
    switch (format) {
    case core::ExportFormat::GraphMl: return QObject::tr("GraphML (*.graphml)");
    case core::ExportFormat::Gexf: return QObject::tr("GEXF (*.gexf)");
    case core::ExportFormat::Dot: return QObject::tr("Graphviz DOT (*.dot)");
    case core::ExportFormat::Csv: return QObject::tr("CSV folder (writes FOLDER/nodes.csv and FOLDER/edges.csv) (*)");
    case core::ExportFormat::Json: return QObject::tr("JSON (*.json)");
    case core::ExportFormat::CytoscapeJson: return QObject::tr("Cytoscape JSON (*.cyjs)");
    default: return QObject::tr("All files (*)");
    }
}

QString exportFormatSuffix(core::ExportFormat format)
{
    switch (format) {
    case core::ExportFormat::GraphMl: return QStringLiteral("graphml");
    case core::ExportFormat::Gexf: return QStringLiteral("gexf");
    case core::ExportFormat::Dot: return QStringLiteral("dot");
    case core::ExportFormat::Json: return QStringLiteral("json");
    case core::ExportFormat::CytoscapeJson: return QStringLiteral("cyjs");
    default: return QString();
    }
}

} // namespace diplograph::ui
