#include "panels/filter_panel.h"

#include "graphview/graph_style.h"
#include "models/filter_models.h"
#include "models/graph_models.h"
#include "models/roles.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>

namespace diplograph::ui {

namespace {

constexpr core::RelationType kTypes[] = {core::RelationType::Cooperation, core::RelationType::Criticism,
                                         core::RelationType::Rejection};

// A short line sample in the type's colour and dash, so the checkbox doubles as a legend entry.
QIcon typeIcon(core::RelationType type)
{
    QPixmap pixmap(28, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(style::relationColor(type), 2.4, style::relationPenStyle(type), Qt::FlatCap));
    painter.drawLine(QPointF(1, 6), QPointF(27, 6));
    return QIcon(pixmap);
}

} // namespace

FilterPanel::FilterPanel(RelationFilterModel* filter, ArticleModel* articles, QWidget* parent)
    : QWidget(parent), m_filter(filter), m_articleModel(articles)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);

    auto* typesBox = new QGroupBox(tr("Relations"), this);
    auto* typesLayout = new QVBoxLayout(typesBox);
    for (int i = 0; i < 3; ++i) {
        m_types[i] = new QCheckBox(typesBox);
        m_types[i]->setChecked(true);
        m_types[i]->setIcon(typeIcon(kTypes[i]));
        m_types[i]->setIconSize(QSize(28, 12));
        m_types[i]->setObjectName(QString::fromLatin1(core::relationTypeName(kTypes[i])));
        typesLayout->addWidget(m_types[i]);
        connect(m_types[i], &QCheckBox::toggled, this, [this, i](bool on) { m_filter->setTypeEnabled(kTypes[i], on); });
    }
    m_isolated = new QCheckBox(tr("Actors without relations"), typesBox);
    m_isolated->setToolTip(tr("Also show actors that are mentioned but take part in no relation"));
    typesLayout->addWidget(m_isolated);
    connect(m_isolated, &QCheckBox::toggled, m_filter, &RelationFilterModel::setShowIsolated);
    m_rejected = new QCheckBox(tr("Show rejected (struck through)"), typesBox);
    m_rejected->setObjectName(QStringLiteral("showRejected"));
    m_rejected->setToolTip(tr("Bring back the relations and quotes the analyst rejected, drawn grey and crossed out"));
    m_isolated->parentWidget()->layout()->addWidget(m_rejected);
    connect(m_rejected, &QCheckBox::toggled, m_filter, &RelationFilterModel::setShowRejected);
    layout->addWidget(typesBox);

    auto* thresholds = new QGroupBox(tr("Thresholds"), this);
    auto* form = new QFormLayout(thresholds);
    m_weight = new QSlider(Qt::Horizontal, thresholds);
    m_weight->setRange(1, 10);
    m_weightLabel = new QLabel(thresholds);
    m_confidence = new QSlider(Qt::Horizontal, thresholds);
    m_confidence->setRange(0, 100);
    m_confidence->setSingleStep(5);
    m_confidenceLabel = new QLabel(thresholds);
    form->addRow(m_weightLabel, m_weight);
    form->addRow(m_confidenceLabel, m_confidence);
    connect(m_weight, &QSlider::valueChanged, this, [this](int value) {
        m_weightLabel->setText(tr("Quotes ≥ %1").arg(value));
        m_filter->setMinWeight(value);
    });
    connect(m_confidence, &QSlider::valueChanged, this, [this](int value) {
        m_confidenceLabel->setText(tr("Confidence ≥ %1").arg(value / 100.0, 0, 'f', 2));
        m_filter->setMinConfidence(value / 100.0);
    });
    m_weightLabel->setText(tr("Quotes ≥ %1").arg(1));
    m_confidenceLabel->setText(tr("Confidence ≥ %1").arg(0.0, 0, 'f', 2));
    layout->addWidget(thresholds);

    auto* dates = new QGroupBox(tr("Dates"), this);
    auto* datesLayout = new QFormLayout(dates);
    m_useDates = new QCheckBox(tr("Only articles dated"), dates);
    m_useDates->setObjectName(QStringLiteral("useDates"));
    m_from = new QDateEdit(dates);
    m_to = new QDateEdit(dates);
    for (auto* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &FilterPanel::applyDates);
    }
    datesLayout->addRow(m_useDates);
    datesLayout->addRow(tr("From"), m_from);
    datesLayout->addRow(tr("To"), m_to);
    m_month = new QSlider(Qt::Horizontal, dates);
    m_month->setAccessibleName(tr("Month"));
    m_month->setPageStep(1);
    m_monthLabel = new QLabel(tr("All months"), dates);
    datesLayout->addRow(m_monthLabel, m_month);
    connect(m_month, &QSlider::valueChanged, this, &FilterPanel::applyMonth);
    connect(m_useDates, &QCheckBox::toggled, this, &FilterPanel::applyDates);
    layout->addWidget(dates);
    m_datesBox = dates;

    auto* articlesBox = new QGroupBox(tr("Articles"), this);
    auto* articlesLayout = new QVBoxLayout(articlesBox);
    auto* hint = new QLabel(tr("Select articles to show only their relations."), articlesBox);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:#5F6368;"));
    articlesLayout->addWidget(hint);
    m_articles = new QListView(articlesBox);
    m_articles->setModel(articles);
    m_articles->setAccessibleName(tr("Articles"));
    m_articles->setModelColumn(ArticleModel::TitleColumn);
    m_articles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articles->setTextElideMode(Qt::ElideRight);
    m_articles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long titles end in "…" (full on hover)
    m_articles->setUniformItemSizes(true);
    articlesLayout->addWidget(m_articles);
    connect(m_articles->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FilterPanel::applyArticles);
    connect(m_articles, &QListView::clicked, this, [this](const QModelIndex& index) {
        Q_EMIT articleActivated(index.data(ArticleIdRole).toLongLong());
    });
    auto* remove = new QAction(tr("Remove from workspace"), m_articles);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_articles->addAction(remove);
    m_articles->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        QList<core::ArticleId> ids;
        for (const auto& index : m_articles->selectionModel()->selectedIndexes()) {
            ids << index.data(ArticleIdRole).toLongLong();
        }
        if (!ids.isEmpty()) {
            m_articles->clearSelection();
            Q_EMIT articlesRemovalRequested(ids);
        }
    });
    auto* setDate = new QAction(tr("Set date…"), m_articles);
    m_articles->addAction(setDate);
    connect(setDate, &QAction::triggered, this, [this] {
        const QModelIndex index = m_articles->currentIndex();
        if (!index.isValid()) {
            return;
        }
        bool ok = false;
        const QString date = QInputDialog::getText(this, tr("Article date"), tr("Date (yyyy-mm-dd; empty for none)"),
                                                   QLineEdit::Normal,
                                                   index.siblingAtColumn(ArticleModel::DateColumn).data().toString(), &ok);
        if (ok) {
            Q_EMIT articleDateEdited(index.data(ArticleIdRole).toLongLong(), date.trimmed());
        }
    });
    layout->addWidget(articlesBox, 1);

    connect(m_filter, &RelationFilterModel::filtersChanged, this, &FilterPanel::refresh);
    connect(articles, &QAbstractItemModel::modelReset, this, &FilterPanel::refresh);
    refresh();
}

QCheckBox* FilterPanel::typeCheckBox(int relationType) const
{
    return relationType >= 1 && relationType <= 3 ? m_types[relationType - 1] : nullptr;
}

void FilterPanel::refresh()
{
    for (int i = 0; i < 3; ++i) {
        m_types[i]->setText(QStringLiteral("%1  (%2)").arg(style::relationLabel(kTypes[i])).arg(m_filter->typeCount(kTypes[i])));
    }
    QString first, last;
    for (const auto& article : m_articleModel->articles()) {
        if (article.date) {
            const QString date = QString::fromStdString(*article.date);
            first = first.isEmpty() || date < first ? date : first;
            last = last.isEmpty() || date > last ? date : last;
        }
    }
    const bool dated = !first.isEmpty();
    m_useDates->setEnabled(dated);
    m_datesBox->setVisible(dated); // a date range only means something when articles carry dates
    m_from->setEnabled(dated && m_useDates->isChecked());
    m_to->setEnabled(dated && m_useDates->isChecked());
    if (dated && !m_useDates->isChecked()) {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(QDate::fromString(first, Qt::ISODate));
        m_to->setDate(QDate::fromString(last, Qt::ISODate));
    }
    m_useDates->setToolTip(dated ? QString() : tr("None of the articles has a date."));
    if (dated) {
        const QDate firstDay = QDate::fromString(first, Qt::ISODate), lastDay = QDate::fromString(last, Qt::ISODate);
        m_firstMonth = QDate(firstDay.year(), firstDay.month(), 1);
        const int months = (lastDay.year() - firstDay.year()) * 12 + lastDay.month() - firstDay.month() + 1;
        const QSignalBlocker block(m_month);
        m_month->setRange(0, months);
    }
}

void FilterPanel::applyArticles()
{
    const auto rows = m_articles->selectionModel()->selectedIndexes();
    if (rows.isEmpty()) {
        m_filter->setArticles(std::nullopt);
        return;
    }
    QSet<core::ArticleId> ids;
    for (const auto& index : rows) {
        ids.insert(index.data(ArticleIdRole).toLongLong());
    }
    m_filter->setArticles(ids);
}

void FilterPanel::applyMonth(int step)
{
    if (step <= 0 || !m_firstMonth.isValid()) {
        m_monthLabel->setText(tr("All months"));
        m_useDates->setChecked(false);
        return;
    }
    const QDate start = m_firstMonth.addMonths(step - 1);
    m_monthLabel->setText(start.toString(QStringLiteral("yyyy-MM")));
    const QSignalBlocker blockFrom(m_from), blockTo(m_to), blockUse(m_useDates);
    m_from->setDate(start);
    m_to->setDate(start.addMonths(1).addDays(-1));
    m_useDates->setChecked(true);
    applyDates();
}

void FilterPanel::applyDates()
{
    if (sender() == m_from || sender() == m_to || sender() == m_useDates) {
        // A range set by hand is no longer the slider's month.
        const QSignalBlocker block(m_month);
        m_month->setValue(0);
        m_monthLabel->setText(m_useDates->isChecked() ? tr("Month") : tr("All months"));
    }
    m_from->setEnabled(m_useDates->isEnabled() && m_useDates->isChecked());
    m_to->setEnabled(m_useDates->isEnabled() && m_useDates->isChecked());
    if (m_useDates->isChecked()) {
        m_filter->setDateRange(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    } else {
        m_filter->setDateRange({}, {});
    }
}

} // namespace diplograph::ui
