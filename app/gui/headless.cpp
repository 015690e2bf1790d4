#include "headless.h"

#include "controller.h"
#include "export/image_exporter.h"
#include "graphview/graph_scene.h"
#include "models/filter_models.h"
#include "models/graph_models.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace diplograph::gui {

bool waitUntilIdle(ui::Controller* controller, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Busy flips only through queued results, so processing events until it is clear is enough.
    while (controller->isBusy()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        QObject::connect(controller, &ui::Controller::busyChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

int renderHeadless(ui::Controller* controller, const QString& out, core::GraphLevel level, double scale)
{
    controller->setLevel(level);
    if (!waitUntilIdle(controller)) {
        std::fprintf(stderr, "diplograph: timed out building the graph\n");
        return 5;
    }
    const auto& view = controller->view();
    if (view.nodes.empty()) {
        std::fprintf(stderr, "diplograph: nothing to draw: no actors found\n");
        return 3;
    }
    ui::GraphScene scene;
    scene.setGraph(view, controller->positions());
    while (scene.isBuilding()) { // big graphs are built in slices
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // The window's default filters, so the picture matches what the GUI shows.
    ui::RelationModel relations;
    ui::ActorModel actors;
    relations.setView(&view);
    actors.setView(&view);
    ui::RelationFilterModel relationFilter;
    relationFilter.setRelationModel(&relations);
    ui::ActorFilterModel actorFilter(&relationFilter);
    actorFilter.setSourceModel(&actors);
    scene.setVisibleItems(actorFilter.visibleActorIds(), relationFilter.visibleEdgeIds());
    ui::ImageExportOptions options;
    options.scale = scale;
    const auto& articles = controller->articles();
    options.title = articles.size() == 1 ? QString::fromStdString(articles.front().record.title)
                                         : QObject::tr("Diplograph — %1 articles").arg(articles.size());
    const QString error = ui::ImageExporter(&scene).write(out, options);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "diplograph: %s\n", qPrintable(error));
        return 5;
    }
    return 0;
}

} // namespace diplograph::gui
