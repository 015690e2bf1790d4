#pragma once

#include "diplograph/graph.h"

#include <QWidget>

class QLabel;
class QListView;

namespace diplograph::ui {

class QuoteModel;
class TimelineChart;

// The evidence for the selected edge: a heading (who, what, how many quotes) over the list of quotes.
// Clicking a quote emits quoteActivated.
class QuotePanel : public QWidget {
    Q_OBJECT
public:
    QuotePanel(QuoteModel* model, QWidget* parent = nullptr);

    // Shows `edge`'s quotes; nullptr shows the hint. Names are the nodes' display names.
    void setEdge(const core::GraphEdge* edge, const QString& sourceName, const QString& targetName);
    [[nodiscard]] QListView* list() const { return m_list; }
    [[nodiscard]] QuoteModel* model() const { return m_model; }
    // The chart of the selected pair's quotes per month, above the list.
    [[nodiscard]] TimelineChart* timeline() const { return m_timeline; }

Q_SIGNALS:
    void quoteActivated(core::ArticleId article, core::ByteRange range, int sentence);

private:
    QuoteModel* m_model;
    QLabel* m_heading = nullptr;
    TimelineChart* m_timeline = nullptr;
    QListView* m_list;
};

} // namespace diplograph::ui
