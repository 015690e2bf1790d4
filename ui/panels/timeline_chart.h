#pragma once

#include "diplograph/timeline.h"

#include <QString>
#include <QWidget>

namespace diplograph::ui {

// Quotes per month between two actors: bars above the axis for what the first did to the second (and
// cooperation), below it for the reverse, coloured by type. Hidden while the pair has no dated quote.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget* parent = nullptr);

    void setTimeline(core::PairTimeline timeline, const QString& firstName, const QString& secondName);
    [[nodiscard]] const core::PairTimeline& timeline() const { return m_timeline; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    core::PairTimeline m_timeline;
    QString m_first, m_second;
};

} // namespace diplograph::ui
