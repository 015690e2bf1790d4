#include "panels/review_panel.h"

#include "controller.h"
#include "graphview/graph_style.h"
#include "models/filter_models.h"
#include "models/quote_model.h"
#include "models/roles.h"
#include "panels/html_delegate.h"
#include "panels/panel_heading.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace diplograph::ui {

namespace {

QString nameOf(const core::GraphView& view, const std::string& id)
{
    const auto* node = view.findNode(id);
    return QString::fromStdString(node ? node->name : id);
}

} // namespace

ReviewPanel::ReviewPanel(Controller* controller, const RelationFilterModel* filter, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_filter(filter), m_order(new QComboBox(this)), m_status(new QLabel(this)),
      m_queue(new QListWidget(this)), m_quoteModel(new QuoteModel(controller, filter, this)), m_quotes(new QListView(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = addPanelHeading(layout, this);
    heading->setText(tr("<b>Review queue</b> <span style=\"color:#5F6368;\">— <b>A</b> accept · <b>R</b> reject · "
                        "<b>N</b> next · <b>P</b> previous</span>"));
    auto* top = new QHBoxLayout;
    m_order->addItem(tr("Lowest confidence first"), static_cast<int>(Order::LowestConfidence));
    m_order->addItem(tr("Not yet confirmed"), static_cast<int>(Order::Unconfirmed));
    top->addWidget(m_order);
    top->addWidget(m_status, 1);
    layout->addLayout(top);
    m_queue->setAccessibleName(tr("Relations to review"));
    m_queue->setFrameShape(QFrame::NoFrame);
    m_queue->setAlternatingRowColors(true);
    m_queue->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 2px; }"));
    m_queue->installEventFilter(this);
    m_quotes->setModel(m_quoteModel);
    m_quotes->setItemDelegate(new HtmlDelegate(m_quotes));
    m_quotes->setWordWrap(true);
    m_quotes->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_quotes->setFrameShape(QFrame::NoFrame);
    m_quotes->setAccessibleName(tr("Quotes of the relation under review"));
    m_quotes->installEventFilter(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_queue);
    split->addWidget(m_quotes);
    split->setSizes({300, 260});
    layout->addWidget(split, 1);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ReviewPanel::refresh);
    connect(m_queue, &QListWidget::currentRowChanged, this, &ReviewPanel::showCurrent);
    connect(controller, &Controller::viewChanged, this, &ReviewPanel::refresh);
    connect(filter, &RelationFilterModel::filtersChanged, this, &ReviewPanel::refresh);
    refresh();
}

QString ReviewPanel::currentEdgeId() const
{
    const auto* item = m_queue->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ReviewPanel::refresh()
{
    const QString keep = currentEdgeId();
    const int keepRow = m_queue->currentRow();
    const auto& view = m_controller->view();
    const auto order = static_cast<Order>(m_order->currentData().toInt());
    std::vector<const core::GraphEdge*> edges;
    int confirmed = 0;
    for (const auto& edge : view.edges) {
        if (!m_filter->visibleEdgeIds().contains(QString::fromStdString(edge.id)) || edge.rejected) {
            continue;
        }
        confirmed += edge.confirmation ? 1 : 0;
        if (order == Order::Unconfirmed && edge.confirmation) {
            continue;
        }
        edges.push_back(&edge);
    }
    std::stable_sort(edges.begin(), edges.end(), [](const core::GraphEdge* a, const core::GraphEdge* b) {
        if ((a->confirmation == nullptr) != (b->confirmation == nullptr)) {
            return a->confirmation == nullptr; // still to check before already checked
        }
        return a->maxConfidence != b->maxConfidence ? a->maxConfidence < b->maxConfidence : a->weight < b->weight;
    });
    const QSignalBlocker block(m_queue);
    m_queue->clear();
    int current = -1;
    for (const auto* edge : edges) {
        const QString id = QString::fromStdString(edge->id);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2 %3 %4   ·  %5 · %6 quote(s)")
                .arg(edge->confirmation ? QStringLiteral("✓") : QStringLiteral("○"), nameOf(view, edge->source),
                     style::relationArrow(edge->directed), nameOf(view, edge->target),
                     QLocale().toString(edge->maxConfidence, 'f', 2))
                .arg(m_filter->survivingWeight(*edge)),
            m_queue);
        item->setData(IdRole, id);
        item->setForeground(style::relationColor(edge->type).darker(125));
        item->setToolTip(tr("%1 · highest confidence %2").arg(style::relationLabel(edge->type),
                                                               QLocale().toString(edge->maxConfidence, 'f', 2)));
        if (id == keep) {
            current = m_queue->count() - 1;
        }
    }
    if (current < 0 && m_queue->count() > 0) {
        current = std::clamp(keepRow, 0, m_queue->count() - 1); // the edge left the queue: the one after it
    }
    m_queue->setCurrentRow(current);
    m_status->setText(tr("%1 to review · %2 confirmed").arg(edges.size()).arg(confirmed));
    showCurrent();
}

void ReviewPanel::showCurrent()
{
    const QString id = currentEdgeId();
    const auto* edge = m_controller->view().findEdge(id.toStdString());
    m_quoteModel->setEdge(edge);
    Q_EMIT edgeSelected(id);
}

void ReviewPanel::step(int by)
{
    if (m_queue->count() > 0) {
        m_queue->setCurrentRow(std::clamp(m_queue->currentRow() + by, 0, m_queue->count() - 1));
    }
}

void ReviewPanel::accept()
{
    const auto* edge = m_controller->view().findEdge(currentEdgeId().toStdString());
    if (!edge || edge->confirmation) {
        step(1);
        return;
    }
    const core::Edit edit = core::reviewEdit(core::EditKind::Confirm, *edge);
    step(1); // before the rebuild, so the queue moves on from this edge
    m_controller->addEdit(edit);
}

void ReviewPanel::reject()
{
    const auto* edge = m_controller->view().findEdge(currentEdgeId().toStdString());
    if (!edge) {
        return;
    }
    const core::Edit edit = core::reviewEdit(core::EditKind::RejectEdge, *edge);
    m_controller->addEdit(edit); // the edge leaves the queue; refresh selects the one after it
}

void ReviewPanel::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_A: accept(); break;
    case Qt::Key_R: reject(); break;
    case Qt::Key_N:
    case Qt::Key_Down: step(1); break;
    case Qt::Key_P:
    case Qt::Key_Up: step(-1); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

bool ReviewPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The lists have the focus while stepping through; the keys are the panel's.
    if (event->type() == QEvent::KeyPress && (watched == m_queue || watched == m_quotes)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier &&
            (key->key() == Qt::Key_A || key->key() == Qt::Key_R || key->key() == Qt::Key_N || key->key() == Qt::Key_P ||
             key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace diplograph::ui
