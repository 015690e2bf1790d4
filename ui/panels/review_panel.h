#pragma once

#include "diplograph/graph.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;

namespace diplograph::ui {

class Controller;
class QuoteModel;
class RelationFilterModel;

// The review queue: the edges the filters show, lowest confidence first (or only those not yet confirmed),
// with the current edge's quotes below. Keys: A accepts (confirms), R rejects, N or Down goes to the next,
// P or Up to the previous. Accepting or rejecting moves on by itself.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    enum class Order { Invalid = 0, LowestConfidence, Unconfirmed };

    ReviewPanel(Controller* controller, const RelationFilterModel* filter, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* queue() const { return m_queue; }
    [[nodiscard]] QListView* quotes() const { return m_quotes; }
    [[nodiscard]] QComboBox* orderBox() const { return m_order; }
    [[nodiscard]] QString currentEdgeId() const;
    // Re-reads the view and the filters, keeping the current edge when it is still queued.
    void refresh();

Q_SIGNALS:
    // The queue's current edge changed (empty when the queue is empty).
    void edgeSelected(const QString& edgeId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void accept();
    void reject();
    void step(int by);
    void showCurrent();

    Controller* m_controller;
    const RelationFilterModel* m_filter;
    QComboBox* m_order;
    QLabel* m_status;
    QListWidget* m_queue;
    QuoteModel* m_quoteModel;
    QListView* m_quotes;
};

} // namespace diplograph::ui
