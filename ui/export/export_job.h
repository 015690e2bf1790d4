#pragma once

#include "export/image_exporter.h"

#include <QObject>
#include <QPainter>

#include <memory>

class QPicture;

namespace diplograph::ui {

// Writes an image export without stalling the window: the items are recorded into a QPicture in slices of
// a few milliseconds on the GUI thread, then a worker thread replays the picture into the PNG, SVG or PDF
// (rasterising, compressing and writing). Deletes itself when done.
class ExportJob : public QObject {
    Q_OBJECT
public:
    // Starts at once; the scene must not be destroyed before `finished` (a rebuild aborts the job).
    static ExportJob* start(GraphScene* scene, QGraphicsView* view, const QString& path, const ImageExportOptions& options);
    ~ExportJob() override;

Q_SIGNALS:
    void progressed(int done, int total);
    // `error` is empty on success.
    void finished(const QString& error);

private:
    ExportJob(GraphScene* scene, QGraphicsView* view, const QString& path, const ImageExportOptions& options);
    void begin();
    void step();
    void end(const QString& error);

    ImageExporter m_exporter;
    ImageExportOptions m_options;
    QString m_path;
    QString m_format;
    std::shared_ptr<QPicture> m_picture;
    QPainter m_painter;
    QList<QGraphicsItem*> m_items;
    qsizetype m_next = 0;
    bool m_aborted = false;
};

} // namespace diplograph::ui
