#pragma once

#include <QWidget>

namespace diplograph::ui {

// Draws the legend (relation colours and dashes, actor shapes) so the screen and the exports agree.
class LegendPainter {
public:
    [[nodiscard]] static QSizeF size();
    // Paints a rounded card at `topLeft` in the painter's current coordinates.
    static void paint(QPainter* painter, QPointF topLeft);
};

// The legend as a small translucent card floating over the graph view.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(QWidget* parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace diplograph::ui
