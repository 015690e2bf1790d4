#pragma once

#include "diplograph/graph.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QAction;

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

    // The review buttons above the quotes: confirm, reject, change type (enabled while an edge is shown).
    [[nodiscard]] QPushButton* confirmButton() const { return m_confirm; }
    [[nodiscard]] QPushButton* rejectButton() const { return m_reject; }
    [[nodiscard]] QPushButton* retypeButton() const { return m_retype; }
    // "Reject this quote…" in the quote list's context menu (acts on the current quote).
    [[nodiscard]] QAction* rejectQuoteAction() const { return m_rejectQuote; }

Q_SIGNALS:
    void quoteActivated(core::ArticleId article, core::ByteRange range, int sentence);
    void confirmRequested();
    void rejectRequested();
    void retypeRequested();
    // The analyst rejects the quote in row `row` of the model.
    void rejectQuoteRequested(int row);

private:
    QuoteModel* m_model;
    QLabel* m_heading = nullptr;
    TimelineChart* m_timeline = nullptr;
    QListView* m_list;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_retype = nullptr;
    QAction* m_rejectQuote = nullptr;
    QLabel* m_review = nullptr;
};

} // namespace diplograph::ui
