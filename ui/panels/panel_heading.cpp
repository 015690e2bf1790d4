#include "panels/panel_heading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace diplograph::ui {

QLabel* addPanelHeading(QVBoxLayout* layout, QWidget* parent)
{
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* heading = new QLabel(parent);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::RichText);
    heading->setContentsMargins(10, 8, 10, 8);
    heading->setStyleSheet(QStringLiteral("background:#F4F2EC; border-bottom:1px solid #E2DFD6;"));
    layout->addWidget(heading);
    return heading;
}

} // namespace diplograph::ui
