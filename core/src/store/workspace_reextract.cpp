#include "diplograph/workspace.h"
#include "store/result_rows.h"
#include "store/sqlite_util.h"

namespace diplograph::core {

Result<ReextractSummary> Workspace::reextract(const Lexicon& base, const Progress& progress)
{
    if (m_readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    auto additions = lexiconAdditions();
    if (!additions) {
        return additions.error();
    }
    auto lexicon = additions->empty() ? Result<Lexicon>(base) : base.withEntities(*additions);
    if (!lexicon) {
        return lexicon.error();
    }
    auto records = articles();
    if (!records) {
        return records.error();
    }
    // One transaction: a cancelled or failed re-extraction leaves the old results as they were.
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    ReextractSummary summary;
    for (std::size_t i = 0; i < records->size(); ++i) {
        if (progress && !progress(i, records->size())) {
            return fail(ErrorCode::Cancelled, "re-extraction cancelled; nothing was changed");
        }
        const ArticleId id = (*records)[i].id;
        InputFormat format = InputFormat::Auto;
        std::string text;
        {
            DIPLOGRAPH_STATEMENT(select, *m_statements, "SELECT text, format FROM articles WHERE id = ?");
            select.bind(1, id);
            if (const int rc = select.step(); rc != SQLITE_ROW) {
                return sqliteError(m_db, rc, "reading an article");
            }
            text = select.text(0);
            format = static_cast<InputFormat>(select.integer(1));
        }
        auto result = extractBytes(std::move(text), *lexicon, format);
        if (!result) {
            ++summary.failed; // the stored result stays: the text was accepted when it was imported
            continue;
        }
        if (auto removed = deleteResultRows(m_db, *m_statements, id); !removed) {
            return removed.error();
        }
        if (auto inserted = insertResultRows(m_db, *m_statements, id, *result); !inserted) {
            return inserted.error();
        }
        ++summary.articles;
        summary.relations += result->relations.size();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    if (progress) {
        progress(records->size(), records->size());
    }
    return summary;
}

} // namespace diplograph::core
