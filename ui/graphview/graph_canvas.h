#pragma once

#include <QGraphicsView>

namespace diplograph::ui {

class GraphScene;
class LegendWidget;

// The graph's view: wheel zoom around the cursor, +/- keys, drag the background to pan, Shift+drag for a
// rubber band, F to fit. Everything else (selection handling, exports) lives elsewhere.
class GraphCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphCanvas(GraphScene* scene, QWidget* parent = nullptr);

    [[nodiscard]] GraphScene* graphScene() const { return m_scene; }
    [[nodiscard]] qreal zoom() const;
    void zoomBy(qreal factor);
    // Fits the visible items and their labels, as drawn at the new zoom, into the part of the viewport the
    // legend leaves free (never zooming in past 1.6x).
    void fitAll();
    // Shows or hides the legend card (the View menu's toggle); fitAll then uses the whole viewport.
    void setLegendVisible(bool visible);
    [[nodiscard]] bool isLegendVisible() const;
    // Centres on a scene point without changing the zoom.
    void centreOn(QPointF point);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void placeLegend();
    // Switches the scene's overview on when too many edges would be on screen.
    void chooseDetail();

    GraphScene* m_scene;
    LegendWidget* m_legend;
};

} // namespace diplograph::ui
