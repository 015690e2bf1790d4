#pragma once

class QLabel;
class QVBoxLayout;
class QWidget;

namespace diplograph::ui {

// The panels' shared heading: a word-wrapped rich-text band on a calm background, added at the top of
// `layout` (whose margins and spacing it sets to zero so the band spans the panel).
[[nodiscard]] QLabel* addPanelHeading(QVBoxLayout* layout, QWidget* parent);

} // namespace diplograph::ui
