#pragma once

#include "diplograph/graph.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListView;
class QSlider;

namespace diplograph::ui {

class ArticleModel;
class RelationFilterModel;

// Controls for RelationFilterModel: a checkbox per relation type with its count, minimum quotes,
// confidence threshold, date range (enabled when articles carry dates) and the articles list.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(RelationFilterModel* filter, ArticleModel* articles, QWidget* parent = nullptr);

    [[nodiscard]] QCheckBox* typeCheckBox(int relationType) const; // 1..3 (core::RelationType)
    [[nodiscard]] QListView* articleList() const { return m_articles; }
    [[nodiscard]] QCheckBox* showRejectedBox() const { return m_rejected; }
    [[nodiscard]] QSlider* weightSlider() const { return m_weight; }
    [[nodiscard]] QSlider* confidenceSlider() const { return m_confidence; }
    // Steps the date range a month at a time: 0 = every date, k = the k-th month from the first article's.
    [[nodiscard]] QSlider* monthSlider() const { return m_month; }
    // Re-reads the counts and which controls apply (after the data changed).
    void refresh();

Q_SIGNALS:
    // The analyst asked to remove these articles (the list's context menu or the Delete key).
    void articlesRemovalRequested(const QList<core::ArticleId>& ids);
    // The analyst gave an article a date (yyyy-mm-dd; empty = none) from the list's context menu.
    void articleDateEdited(core::ArticleId id, const QString& date);
    // An article was clicked in the list (to read it).
    void articleActivated(core::ArticleId id);

private:
    void applyArticles();
    void applyDates();
    void applyMonth(int step);

    RelationFilterModel* m_filter;
    ArticleModel* m_articleModel;
    QCheckBox* m_types[3];
    QCheckBox* m_isolated;
    QCheckBox* m_rejected = nullptr;
    QSlider* m_weight;
    QWidget* m_datesBox;
    QLabel* m_weightLabel;
    QSlider* m_confidence;
    QLabel* m_confidenceLabel;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSlider* m_month;
    QLabel* m_monthLabel;
    QDate m_firstMonth; // the first day of the earliest article's month
    QListView* m_articles;
};

} // namespace diplograph::ui
