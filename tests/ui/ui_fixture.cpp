#include "ui_fixture.h"

#include "graphview/edge_item.h"
#include "graphview/graph_canvas.h"
#include "graphview/graph_scene.h"
#include "graphview/node_item.h"
#include "sample_article.h"

#include <QTest>

namespace diplograph::test {

SampleWindow::SampleWindow() : controller(std::make_unique<ui::Controller>())
{
    window = std::make_unique<gui::MainWindow>(controller.get());
    window->resize(1400, 900);
    window->show();
    (void)QTest::qWaitForWindowExposed(window.get());
    controller->importItems({ui::sampleArticle()});
    (void)waitIdle();
}

SampleWindow::~SampleWindow()
{
    window.reset();
    controller.reset();
}

bool SampleWindow::waitIdle(int timeoutMs)
{
    const bool idle = QTest::qWaitFor([this] { return !controller->isBusy(); }, timeoutMs);
    QCoreApplication::processEvents();
    return idle;
}

bool SampleWindow::setLevel(core::GraphLevel level)
{
    window->setLevel(level);
    const bool idle = waitIdle();
    window->canvas()->fitAll();
    return idle && controller->view().level == level;
}

bool SampleWindow::clickEdge(core::RelationType type, const QString& source, const QString& target)
{
    auto* scene = window->scene();
    auto* canvas = window->canvas();
    for (auto* edge : scene->edges()) {
        if (edge->relationType() != type || edge->sourceNode()->id() != source || edge->targetNode()->id() != target) {
            continue;
        }
        canvas->centreOn(edge->midPoint());
        QCoreApplication::processEvents();
        // Click where the curve is topmost (not under a node or its label).
        for (qreal t : {0.5, 0.42, 0.58, 0.35, 0.65, 0.28, 0.72}) {
            const QPointF scenePoint = edge->pointAt(t);
            const auto items = scene->items(scenePoint, Qt::IntersectsItemShape, Qt::DescendingOrder, canvas->transform());
            if (items.isEmpty() || items.front() != edge) {
                continue;
            }
            QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->mapFromScene(scenePoint));
            QCoreApplication::processEvents();
            return edge->isSelected();
        }
    }
    return false;
}

bool SampleWindow::clickNode(const QString& id)
{
    auto* node = window->scene()->node(id);
    if (!node) {
        return false;
    }
    window->canvas()->centreOn(node->pos());
    QCoreApplication::processEvents();
    QTest::mouseClick(window->canvas()->viewport(), Qt::LeftButton, {}, window->canvas()->mapFromScene(node->pos()));
    QCoreApplication::processEvents();
    return node->isSelected();
}

std::string SampleWindow::sampleBytes()
{
    return ui::sampleArticle().text.toStdString();
}

core::ByteRange sentenceRange(const std::string& text, const std::string& prefix)
{
    const auto start = text.find(prefix);
    if (start == std::string::npos) {
        return {};
    }
    const auto end = text.find('.', start);
    return {start, end == std::string::npos ? text.size() : end + 1};
}

} // namespace diplograph::test
