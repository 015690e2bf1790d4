#include "diplograph/workspace.h"
#include "store/result_rows.h"
#include "store/sqlite_util.h"

#include <cctype>

namespace diplograph::core {

namespace {

bool isIsoDate(const std::string& date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') {
        return false;
    }
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!std::isdigit(static_cast<unsigned char>(date[i]))) {
            return false;
        }
    }
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2));
    if (month < 1 || month > 12) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day >= 1 && day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

bool isCalendarDate(const std::string& date)
{
    return isIsoDate(date);
}

namespace {

std::string titleFor(const ArticleInput& input, const ArticleResult& result)
{
    if (!input.title.empty()) {
        return input.title;
    }
    if (result.article.title && !result.article.title->empty()) {
        return *result.article.title;
    }
    if (!input.source.empty()) {
        const auto slash = input.source.find_last_of('/');
        return slash == std::string::npos ? input.source : input.source.substr(slash + 1);
    }
    return "Untitled";
}

// Inserts the article and its rows; the caller holds the transaction.
Result<ImportOutcome> insertArticle(sqlite3* db, StatementCache& cache, const ArticleInput& input,
                                    const ArticleResult& result)
{
    if (input.date && !isIsoDate(*input.date)) {
        return fail(ErrorCode::InvalidArgument, "the date '" + *input.date + "' is not yyyy-mm-dd");
    }
    const std::string sha = input.sha256.empty() ? sha256Hex(input.text) : input.sha256;
    {
        DIPLOGRAPH_STATEMENT(find, cache, "SELECT id FROM articles WHERE sha256 = ?");
        find.bind(1, sha);
        const int rc = find.step();
        if (rc == SQLITE_ROW) {
            return ImportOutcome{find.integer(0), true};
        }
        if (rc != SQLITE_DONE) {
            return sqliteError(db, rc, "looking for duplicates");
        }
    }
    DIPLOGRAPH_STATEMENT(insert, cache,
                         "INSERT INTO articles(sha256, title, source, date, format, bytes, text, actor_count, "
                         "relation_count, evidence_count) VALUES(?, ?, ?, ?, ?, ?, ?, 0, 0, 0)");
    insert.bind(1, sha);
    insert.bind(2, titleFor(input, result));
    insert.bind(3, input.source);
    if (input.date) {
        insert.bind(4, *input.date);
    } else {
        insert.bindNull(4);
    }
    insert.bind(5, static_cast<int>(input.format == InputFormat::Invalid ? InputFormat::Auto : input.format));
    const std::size_t bytes = input.text.empty() ? result.article.bytes : input.text.size();
    insert.bind(6, static_cast<std::int64_t>(bytes));
    insert.bindBlob(7, input.text);
    if (const int rc = insert.step(); rc != SQLITE_DONE) {
        return sqliteError(db, rc, "storing an article");
    }
    const ArticleId id = sqlite3_last_insert_rowid(db);
    if (auto rows = insertResultRows(db, cache, id, result); !rows) {
        return rows.error();
    }
    return ImportOutcome{id, false};
}

Result<void> requireWritable(bool readOnly)
{
    if (readOnly) {
        return fail(ErrorCode::ReadOnly, "the workspace is open read-only");
    }
    return {};
}

} // namespace

Result<ImportOutcome> Workspace::importArticle(const ArticleInput& input, const ArticleResult& result)
{
    if (auto writable = requireWritable(m_readOnly); !writable) {
        return writable.error();
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto outcome = insertArticle(m_db, *m_statements, input, result);
    if (!outcome) {
        return outcome;
    }
    if (!outcome->duplicate) {
        if (auto committed = transaction.commit(); !committed) {
            return committed.error();
        }
    }
    return outcome;
}

Result<ImportSummary> Workspace::importResults(const std::vector<ImportItem>& batch, const Progress& progress)
{
    ImportSummary summary;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (progress && !progress(i, batch.size())) {
            return fail(ErrorCode::Cancelled,
                        "import cancelled after " + std::to_string(summary.imported) + " articles (those are kept)");
        }
        auto outcome = importArticle(batch[i].input, batch[i].result);
        if (!outcome) {
            return outcome.error();
        }
        (outcome->duplicate ? summary.duplicates : summary.imported) += 1;
        summary.outcomes.push_back(*outcome);
    }
    if (progress) {
        progress(batch.size(), batch.size());
    }
    return summary;
}

Result<void> Workspace::removeArticle(ArticleId id)
{
    if (auto writable = requireWritable(m_readOnly); !writable) {
        return writable;
    }
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    {
        DIPLOGRAPH_STATEMENT(remove, *m_statements, "DELETE FROM articles WHERE id = ?");
        remove.bind(1, id);
        if (const int rc = remove.step(); rc != SQLITE_DONE) {
            return sqliteError(m_db, rc, "removing an article");
        }
        if (sqlite3_changes(m_db) == 0) {
            return fail(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the workspace");
        }
    }
    return transaction.commit();
}

Result<void> Workspace::setArticleDate(ArticleId id, const std::optional<std::string>& date)
{
    if (auto writable = requireWritable(m_readOnly); !writable) {
        return writable;
    }
    if (date && !isIsoDate(*date)) {
        return fail(ErrorCode::InvalidArgument, "the date '" + *date + "' is not yyyy-mm-dd");
    }
    DIPLOGRAPH_STATEMENT(update, *m_statements, "UPDATE articles SET date = ? WHERE id = ?");
    if (date) {
        update.bind(1, *date);
    } else {
        update.bindNull(1);
    }
    update.bind(2, id);
    if (const int rc = update.step(); rc != SQLITE_DONE) {
        return sqliteError(m_db, rc, "setting an article's date");
    }
    if (sqlite3_changes(m_db) == 0) {
        return fail(ErrorCode::NotFound, "no article " + std::to_string(id) + " in the workspace");
    }
    return {};
}

} // namespace diplograph::core
