#pragma once

#include <Qt>

namespace diplograph::ui {

// Item data roles shared by every ui model, so views and tests can read ids without parsing text.
enum Role {
    IdRole = Qt::UserRole + 1, // QString: actor id, edge id; qint64 for articles
    KindRole,                  // int(core::ActorKind)
    TypeRole,                  // int(core::RelationType)
    SourceIdRole,              // QString
    TargetIdRole,              // QString
    WeightRole,                // int: quotes surviving the filters
    ConfidenceRole,            // double
    ArticleIdRole,             // qint64 (core::ArticleId)
    StartRole,                 // qulonglong: byte offset into the article
    EndRole,                   // qulonglong
    SentenceRole,              // int: Sentence::id
    HtmlRole,                  // QString: rich text for the item delegate
    SortRole,                  // a value to sort by
    RejectedRole,              // bool: rejected by the analyst
    AnalystRole,               // bool: added by an analyst
};

} // namespace diplograph::ui
