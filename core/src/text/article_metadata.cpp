// Article dates from the page's own metadata or its dateline (metadata wins: a dateline's day lacks the
// year), and the page's canonical address.
#include "diplograph/article_metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <map>
#include <regex>

namespace diplograph::core {

namespace {

// Metadata sits in the head; scanning more of a huge page would only find other articles' dates.
constexpr std::size_t kMetadataScanBytes = 256 * 1024;

constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool validDay(int year, int month, int day)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month != 2 || day < 29 || leap;
}

std::string iso(int year, int month, int day)
{
    char buffer[40]; // room for any int, which keeps -Wformat-truncation quiet
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// "2024-06-18T09:30:00+03:30" -> "2024-06-18"; the calendar day as the page states it (no time-zone shift).
std::optional<std::string> isoPrefix(std::string_view value)
{
    static const std::regex kIso(R"re(^\s*(\d{4})-(\d{2})-(\d{2}))re");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_search(value.begin(), value.end(), match, kIso)) {
        return std::nullopt;
    }
    const int year = std::stoi(match[1]), month = std::stoi(match[2]), day = std::stoi(match[3]);
    return validDay(year, month, day) ? std::optional(iso(year, month, day)) : std::nullopt;
}

// The attributes of one tag, names lower-cased: <meta Name="x" content='y'> -> {name: x, content: y}.
std::map<std::string, std::string> attributes(const std::string& tag)
{
    static const std::regex kAttribute(R"re(([A-Za-z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'))re");
    std::map<std::string, std::string> out;
    for (auto it = std::sregex_iterator(tag.begin(), tag.end(), kAttribute); it != std::sregex_iterator(); ++it) {
        out.emplace(lower((*it)[1].str()), (*it)[2].matched ? (*it)[2].str() : (*it)[3].str());
    }
    return out;
}

// "a?b=1&amp;c=2" -> "a?b=1&c=2", the one entity a URL in an attribute routinely carries.
std::string decodeAmpersands(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text.compare(i, 5, "&amp;") == 0) {
            i += 4;
        }
    }
    return out;
}

std::optional<std::string> fromMetadata(std::string_view original)
{
    const std::string head(original.substr(0, kMetadataScanBytes));
    static const std::regex kMeta(R"re(<meta\b[^>]*>)re", std::regex::icase);
    static const char* const kNames[] = {"article:published_time", "og:published_time", "datepublished",
                                         "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
                                         "dcterms.created", "sailthru.date"};
    for (auto tag = std::sregex_iterator(head.begin(), head.end(), kMeta); tag != std::sregex_iterator(); ++tag) {
        auto values = attributes(tag->str());
        const std::string name = lower(!values["property"].empty() ? values["property"]
                                       : !values["name"].empty()   ? values["name"]
                                                                   : values["itemprop"]);
        const std::string content = values["content"];
        if (std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames)) {
            if (auto date = isoPrefix(content)) {
                return date;
            }
        }
    }
    static const std::regex kJsonLd(R"re("datePublished"\s*:\s*"([^"]+)")re");
    if (std::smatch match; std::regex_search(head, match, kJsonLd)) {
        if (auto date = isoPrefix(match[1].str())) {
            return date;
        }
    }
    static const std::regex kTime(R"re(<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["'])re", std::regex::icase);
    if (std::smatch match; std::regex_search(head, match, kTime)) {
        return isoPrefix(match[1].str());
    }
    return std::nullopt;
}

int monthOf(const std::string& word)
{
    const std::string prefix = lower(word.substr(0, 3));
    for (int i = 0; i < 12; ++i) {
        if (prefix == kMonths[i]) {
            return i + 1;
        }
    }
    return 0;
}

// The date in a dateline's head: "Jun. 18", "June 18, 2024", "18 June 2024".
std::optional<std::string> fromDateline(std::string_view line, std::string_view referenceDate)
{
    const std::string head(line.substr(0, 80));
    static const std::regex kMonthDay(
        R"(\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?)",
        std::regex::icase);
    static const std::regex kDayMonth(
        R"(\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+(\d{4}))?)",
        std::regex::icase);
    int month = 0, day = 0, year = 0;
    if (std::smatch match; std::regex_search(head, match, kMonthDay)) {
        month = monthOf(match[1]);
        day = std::stoi(match[2]);
        year = match[3].matched ? std::stoi(match[3]) : 0;
    } else if (std::regex_search(head, match, kDayMonth)) {
        day = std::stoi(match[1]);
        month = monthOf(match[2]);
        year = match[3].matched ? std::stoi(match[3]) : 0;
    } else {
        return std::nullopt;
    }
    if (year == 0) {
        const auto reference = isoPrefix(referenceDate);
        if (!reference) {
            return std::nullopt;
        }
        year = std::stoi(reference->substr(0, 4));
        // "Dec. 30" imported on 2 January is last year's.
        if (iso(year, month, day) > *reference) {
            --year;
        }
    }
    return validDay(year, month, day) ? std::optional(iso(year, month, day)) : std::nullopt;
}

} // namespace

std::optional<std::string> findArticleDate(std::string_view original, const ArticleResult& result,
                                           std::string_view referenceDate)
{
    if (auto date = fromMetadata(original)) {
        return date;
    }
    for (const auto& sentence : result.sentences) {
        if (sentence.dateline && sentence.range.end <= original.size()) {
            return fromDateline(original.substr(sentence.range.start, sentence.range.size()), referenceDate);
        }
    }
    return std::nullopt;
}

std::optional<std::string> findArticleUrl(std::string_view original)
{
    const std::string head(original.substr(0, kMetadataScanBytes));
    static const std::regex kTag(R"re(<(link|meta)\b[^>]*>)re", std::regex::icase);
    std::optional<std::string> openGraph;
    for (auto tag = std::sregex_iterator(head.begin(), head.end(), kTag); tag != std::sregex_iterator(); ++tag) {
        auto values = attributes(tag->str());
        const bool link = lower((*tag)[1].str()) == "link";
        const std::string url = decodeAmpersands(link ? values["href"] : values["content"]);
        const std::string scheme = lower(url.substr(0, 8));
        if (scheme.rfind("http://", 0) != 0 && scheme.rfind("https://", 0) != 0) {
            continue;
        }
        if (link && lower(values["rel"]) == "canonical") {
            return url; // the canonical link is the page's own statement of its address
        }
        if (!link && !openGraph && lower(values["property"]) == "og:url") {
            openGraph = url;
        }
    }
    return openGraph;
}

std::string todayIso()
{
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    return iso(utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday);
}

} // namespace diplograph::core
