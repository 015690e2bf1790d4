// GUI benchmark: time to first frame, frame time while zooming and panning, and the longest GUI-thread
// stall (a 5 ms QTimer heartbeat) during open, layout and export. Usage:
//   diplograph-gui-bench [--nodes N] [--edges M] [--workspace PATH] [--keep-positions] [--import DIR]
#include "bench_workspace.h"

#include "controller.h"
#include "export/export_job.h"
#include "export/image_exporter.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "main_window.h"
#include "sample_article.h"

#include "diplograph/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

using namespace diplograph;

namespace {

// Records the longest gap between ticks of a fast timer on the GUI thread.
class Heartbeat : public QObject {
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
        });
    }
    void start() { m_longest = 0; m_clock.start(); m_timer.start(); }
    qint64 stop() { m_timer.stop(); return std::max(m_longest, m_clock.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

bool waitIdle(ui::Controller& controller, const gui::MainWindow& window)
{
    return QTest::qWaitFor([&] { return !controller.isBusy() && !window.scene()->isBuilding(); }, 600000);
}

// Mean milliseconds per frame over a zoom-out, zoom-in and pan path around the whole graph. `flush` repaints
// the viewport through the window system (offscreen: a backing-store copy); otherwise the scene is drawn into
// an image the size of the viewport, which is the drawing cost alone.
double frameTimes(gui::MainWindow& window, bool flush, double* worst)
{
    auto* canvas = window.canvas();
    canvas->fitAll();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    double total = 0;
    *worst = 0;
    const int frames = 120;
    QImage image(canvas->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < frames; ++i) {
        if (i < 20) {
            canvas->zoomBy(1 / 1.025); // out to ~0.6x of the fitted zoom
        } else if (i < 60) {
            canvas->zoomBy(1.025);     // in to ~1.6x
        } else {
            const QPointF centre = canvas->mapToScene(canvas->viewport()->rect().center());
            canvas->centreOn(centre + QPointF(i % 20 < 10 ? 30 : -30, i % 40 < 20 ? 12 : -12) / canvas->zoom());
        }
        timer.start();
        if (flush) {
            canvas->viewport()->repaint();
        } else {
            QPainter painter(&image);
            painter.setRenderHints(canvas->renderHints());
            canvas->render(&painter, QRectF(), canvas->viewport()->rect());
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        total += ms;
        *worst = std::max(*worst, ms);
        if (qEnvironmentVariableIsSet("DIPLOGRAPH_BENCH_VERBOSE")) {
            std::printf("  frame %3d zoom %.3f overview %d: %.2f ms\n", i, canvas->zoom(), window.scene()->isOverview(), ms);
        }
    }
    return total / frames;
}

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("DIPLOGRAPH_NO_DIALOGS", "1");
    QApplication::setOrganizationName(QStringLiteral("DiplographBench"));
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    const QStringList args = app.arguments();
    const auto value = [&](const QString& name, const QString& fallback) {
        const auto at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const int nodes = value(QStringLiteral("--nodes"), QStringLiteral("2000")).toInt();
    const int edges = value(QStringLiteral("--edges"), QStringLiteral("10000")).toInt();
    const QString path = value(QStringLiteral("--workspace"), QDir::temp().filePath(QStringLiteral("diplograph-bench-%1-%2.diplograph").arg(nodes).arg(edges)));
    const bool keep = args.contains(QStringLiteral("--keep-positions"));

    QElapsedTimer clock;
    clock.start();
    if (const QString error = bench::generateWorkspace(path, nodes, edges); !error.isEmpty()) {
        std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    std::printf("workspace %s (generated or reused in %lld ms)\n", qPrintable(path), clock.elapsed());
    if (!keep) {
        // Drop stored positions so the first open includes a full layout (the worst case).
        if (auto workspace = core::Workspace::open(path.toStdString())) {
            for (auto level : {core::GraphLevel::Agent, core::GraphLevel::Entity}) {
                (void)workspace->savePositions(level, {});
            }
        }
    }

    Heartbeat heartbeat;
    ui::Controller controller;
    gui::MainWindow window(&controller);
    window.resize(1600, 1000);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);

    heartbeat.start();
    clock.restart();
    controller.openWorkspace(path);
    waitIdle(controller, window);
    window.canvas()->viewport()->repaint();
    const qint64 firstFrame = clock.elapsed();
    const qint64 openGap = heartbeat.stop();
    std::printf("graph: %zu nodes, %zu edges, %zu articles\n", controller.view().nodes.size(), controller.view().edges.size(),
                controller.articles().size());
    std::printf("time to first frame: %lld ms (target <= 3000)\n", firstFrame);
    std::printf("longest GUI-thread gap while opening: %lld ms\n", openGap);

    double worst = 0;
    double mean = frameTimes(window, false, &worst);
    std::printf("frame time (scene drawing), zooming and panning: mean %.2f ms, worst %.2f ms (target mean <= 16)\n", mean, worst);
    mean = frameTimes(window, true, &worst);
    std::printf("frame time (repaint through the window system): mean %.2f ms, worst %.2f ms\n", mean, worst);

    heartbeat.start();
    clock.restart();
    controller.relayout(core::LayoutAlgorithm::Auto);
    waitIdle(controller, window);
    std::printf("re-layout: %lld ms, longest GUI-thread gap %lld ms\n", clock.elapsed(), heartbeat.stop());

    for (const char* suffix : {"png", "svg", "pdf"}) {
        const QString out = QDir::temp().filePath(QStringLiteral("diplograph-bench.") + QLatin1String(suffix));
        heartbeat.start();
        clock.restart();
        ui::ImageExportOptions options;
        options.scale = 1.0;
        options.title = QStringLiteral("Benchmark");
        QString error;
        bool done = false;
        auto* job = ui::ExportJob::start(window.scene(), window.canvas(), out, options);
        QObject::connect(job, &ui::ExportJob::finished, [&](const QString& e) { error = e; done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 600000);
        std::printf("export %s: %lld ms, longest GUI-thread gap %lld ms%s\n", suffix, clock.elapsed(), heartbeat.stop(),
                    error.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + error + QLatin1Char(')')));
    }

    {
        // Reference: a worker burning CPU for 800 ms with the GUI thread idle, to tell scheduling from work.
        heartbeat.start();
        auto burn = QtConcurrent::run([] {
            QElapsedTimer t;
            t.start();
            volatile double x = 0;
            while (t.elapsed() < 800) {
                x = x + 1;
            }
        });
        (void)QTest::qWaitFor([&] { return burn.isFinished(); }, 10000);
        std::printf("reference: a CPU-bound worker for 800 ms, longest GUI-thread gap %lld ms\n", heartbeat.stop());
    }

    // Importing real articles through the window (extraction on workers), if a folder is given.
    const QString importDir = value(QStringLiteral("--import"), QString());
    if (!importDir.isEmpty()) {
        ui::Controller importing;
        gui::MainWindow importWindow(&importing);
        importWindow.show();
        heartbeat.start();
        clock.restart();
        importing.importPaths({importDir});
        waitIdle(importing, importWindow);
        std::printf("import of %zu articles from %s: %lld ms, longest GUI-thread gap %lld ms\n", importing.articles().size(),
                    qPrintable(importDir), clock.elapsed(), heartbeat.stop());
    }

    // The sample: import and export, same heartbeat.
    ui::Controller sample;
    gui::MainWindow sampleWindow(&sample);
    sampleWindow.show();
    heartbeat.start();
    clock.restart();
    sample.importItems({ui::sampleArticle()});
    waitIdle(sample, sampleWindow);
    std::printf("sample import: %lld ms, longest GUI-thread gap %lld ms\n", clock.elapsed(), heartbeat.stop());
    const QString samplePng = QDir::temp().filePath(QStringLiteral("diplograph-sample.png"));
    heartbeat.start();
    clock.restart();
    bool exported = false;
    QObject::connect(ui::ExportJob::start(sampleWindow.scene(), sampleWindow.canvas(), samplePng, ui::ImageExportOptions{}),
                     &ui::ExportJob::finished, [&](const QString&) { exported = true; });
    (void)QTest::qWaitFor([&] { return exported; }, 60000);
    std::printf("sample export png: %lld ms, longest GUI-thread gap %lld ms\n", clock.elapsed(), heartbeat.stop());
    return 0;
}
