#pragma once

#include "diplograph/graph.h"

#include <QAbstractListModel>

#include <vector>

namespace diplograph::ui {

class Controller;
class RelationFilterModel;

// The quotes behind one edge (those the filters keep), as rich text with the trigger highlighted.
// Roles: HtmlRole, ArticleIdRole, StartRole/EndRole (quote bytes), SentenceRole, ConfidenceRole.
class QuoteModel : public QAbstractListModel {
    Q_OBJECT
public:
    struct Row {
        core::ArticleId article = 0;
        QString articleTitle;
        QString source;  // the actor names as the article has them (agents, before folding)
        QString target;
        QString quote;
        QString html;
        QString rule;
        double confidence = 0;
        core::ByteRange range;
        int sentence = 0;
        bool rejected = false; // struck by the analyst (listed only while "show rejected" is on)
        bool analyst = false;  // added by an analyst rather than extracted
        QString provenance;    // "machine · rule svo.active" or "analyst · ana · 2026-01-02"
    };

    QuoteModel(const Controller* controller, const RelationFilterModel* filter, QObject* parent = nullptr);

    // Shows the quotes of `edge` (nullptr clears).
    void setEdge(const core::GraphEdge* edge);
    [[nodiscard]] const Row* row(int index) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

private:
    const Controller* m_controller;
    const RelationFilterModel* m_filter;
    std::vector<Row> m_rows;
};

} // namespace diplograph::ui
