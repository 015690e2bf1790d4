#include "export/export_job.h"

#include "graphview/graph_scene.h"
#include "worker_pool.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPicture>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace diplograph::ui {

namespace {

constexpr qint64 kSliceMs = 20;

} // namespace

ExportJob* ExportJob::start(GraphScene* scene, QGraphicsView* view, const QString& path, const ImageExportOptions& options)
{
    auto* job = new ExportJob(scene, view, path, options);
    QTimer::singleShot(0, job, &ExportJob::begin);
    return job;
}

ExportJob::ExportJob(GraphScene* scene, QGraphicsView* view, const QString& path, const ImageExportOptions& options)
    : QObject(scene), m_exporter(scene, view), m_options(options), m_path(path), m_format(QFileInfo(path).suffix().toLower())
{
    connect(scene, &GraphScene::graphAboutToReset, this, [this] { m_aborted = true; });
}

ExportJob::~ExportJob() = default;

void ExportJob::begin()
{
    if (m_format != QLatin1String("png") && m_format != QLatin1String("svg") && m_format != QLatin1String("pdf")) {
        end(tr("%1: unknown image type; use .png, .svg or .pdf").arg(m_path));
        return;
    }
    m_picture = std::make_shared<QPicture>();
    if (!m_painter.begin(m_picture.get())) {
        end(tr("Could not start the export"));
        return;
    }
    m_exporter.paintPage(&m_painter, m_options);
    m_items = m_exporter.items(m_options);
    step();
}

void ExportJob::step()
{
    if (m_aborted) {
        m_painter.end();
        end(tr("The graph changed during the export; nothing was written"));
        return;
    }
    QElapsedTimer clock;
    clock.start();
    while (m_next < m_items.size() && clock.elapsed() < kSliceMs) {
        const qsizetype to = std::min(m_next + 100, m_items.size());
        m_exporter.paintItems(&m_painter, m_options, m_items, m_next, to);
        m_next = to;
    }
    Q_EMIT progressed(static_cast<int>(m_next), static_cast<int>(m_items.size()));
    if (m_next < m_items.size()) {
        QTimer::singleShot(0, this, &ExportJob::step);
        return;
    }
    m_painter.end();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] { end(watcher->result()); });
    // The worker replays the recorded picture into the file: rasterising, compressing and writing stay off
    // the GUI thread (QPainter may draw on images, pictures, PDF and SVG devices from any thread).
    watcher->setFuture(QtConcurrent::run(workerPool(), [picture = m_picture, page = m_exporter.pageSize(m_options),
                                                        options = m_options, path = m_path] {
        return ImageExporter::writeDevice(path, page, options,
                                          [&](QPainter* painter) { painter->drawPicture(0, 0, *picture); });
    }));
}

void ExportJob::end(const QString& error)
{
    Q_EMIT finished(error);
    deleteLater();
}

} // namespace diplograph::ui
