#include "panels/timeline_chart.h"

#include "graphview/graph_style.h"

#include <QPainter>

#include <algorithm>
#include <map>

namespace diplograph::ui {

namespace {

constexpr int kLabelHeight = 14;
constexpr int kCaptionHeight = 16;

} // namespace

TimelineChart::TimelineChart(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Quotes per month between the two actors"));
    setVisible(false);
}

void TimelineChart::setTimeline(core::PairTimeline timeline, const QString& firstName, const QString& secondName)
{
    m_timeline = std::move(timeline);
    m_first = firstName;
    m_second = secondName;
    setVisible(!m_timeline.months.empty());
    setToolTip(tr("Above the line: %1 → %2 (and cooperation); below: %2 → %1.%3")
                   .arg(m_first, m_second,
                        m_timeline.undated ? tr(" %n undated quote(s) not shown.", nullptr, m_timeline.undated)
                                           : QString()));
    update();
}

QSize TimelineChart::sizeHint() const
{
    return {240, 120};
}

void TimelineChart::paintEvent(QPaintEvent*)
{
    if (m_timeline.months.empty()) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style::uiFont(8));
    // Stack per month and side, in type order, so a bar reads the same in every month.
    std::map<std::pair<std::string, bool>, int> totals;
    int tallest = 1;
    for (const auto& bin : m_timeline.bins) {
        tallest = std::max(tallest, totals[{bin.month, bin.fromFirst}] += bin.quotes);
    }
    const QRectF area(4, kCaptionHeight, width() - 8, height() - kCaptionHeight - kLabelHeight);
    const qreal axis = area.top() + area.height() / 2;
    const qreal unit = (area.height() / 2 - 2) / tallest;
    const qreal slot = area.width() / static_cast<qreal>(m_timeline.months.size());
    painter.setPen(style::ink());
    painter.drawText(QRectF(4, 0, width() - 8, kCaptionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Quotes per month: ↑ %1 → %2   ↓ %2 → %1").arg(m_first, m_second));
    std::map<std::pair<std::string, bool>, qreal> stacked;
    for (const auto& bin : m_timeline.bins) {
        const auto index = std::find(m_timeline.months.begin(), m_timeline.months.end(), bin.month) -
                           m_timeline.months.begin();
        qreal& base = stacked[{bin.month, bin.fromFirst}];
        const qreal height = bin.quotes * unit;
        const qreal x = area.left() + index * slot + slot * 0.15;
        const QRectF bar(x, bin.fromFirst ? axis - base - height : axis + base, slot * 0.7, height);
        painter.fillRect(bar, style::relationColor(bin.type));
        base += height;
    }
    painter.setPen(QPen(style::ink(), 1));
    painter.drawLine(QPointF(area.left(), axis), QPointF(area.right(), axis));
    // Label the first and last month, and every month when they fit.
    const bool every = slot > 44;
    for (std::size_t i = 0; i < m_timeline.months.size(); ++i) {
        if (every || i == 0 || i + 1 == m_timeline.months.size()) {
            painter.drawText(QRectF(area.left() + i * slot - 10, area.bottom(), slot + 20, kLabelHeight),
                             Qt::AlignHCenter | Qt::AlignTop, QString::fromStdString(m_timeline.months[i]));
        }
    }
}

} // namespace diplograph::ui
