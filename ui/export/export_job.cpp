#include "export/export_job.h"

#include "graphview/graph_scene.h"
#include "worker_pool.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPageSize>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
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
    watcher->setFuture(QtConcurrent::run(workerPool(), [picture = m_picture, page = m_exporter.pageSize(m_options), options = m_options,
                                          path = m_path, format = m_format]() -> QString {
        // QPainter may draw on images, pictures, PDF and SVG devices outside the GUI thread.
        const QString failed = QObject::tr("Could not write %1").arg(path);
        if (format == QLatin1String("png")) {
            const qreal scale = std::clamp(options.scale, 1.0, 4.0);
            QImage image((page * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
            if (image.isNull()) {
                return QObject::tr("The picture is too large for memory; export the visible area or a smaller scale");
            }
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.scale(scale, scale);
            painter.drawPicture(0, 0, *picture);
            painter.end();
            return image.save(path, "PNG") ? QString() : failed;
        }
        QPainter painter;
        std::unique_ptr<QSvgGenerator> svg;
        std::unique_ptr<QPdfWriter> pdf;
        if (format == QLatin1String("svg")) {
            svg = std::make_unique<QSvgGenerator>();
            svg->setFileName(path);
            svg->setSize(page.toSize());
            svg->setViewBox(QRectF(QPointF(0, 0), page));
            svg->setResolution(96); // the default 72 dpi shrinks and shifts text
            svg->setTitle(options.title);
            if (!painter.begin(svg.get())) {
                return failed;
            }
        } else {
            pdf = std::make_unique<QPdfWriter>(path);
            pdf->setResolution(96);
            pdf->setPageSize(QPageSize(page * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf->setTitle(options.title);
            pdf->setCreator(QStringLiteral("Diplograph"));
            if (!painter.begin(pdf.get())) {
                return failed;
            }
        }
        painter.drawPicture(0, 0, *picture);
        painter.end();
        return QFileInfo(path).size() > 0 ? QString() : failed;
    }));
}

void ExportJob::end(const QString& error)
{
    Q_EMIT finished(error);
    deleteLater();
}

} // namespace diplograph::ui
